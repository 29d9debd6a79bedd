"""pipeline.refine, round 76 (issue 14: ORG on translated international news nobody tuned on): a foreign body's English
name written out in Devanagari (`जिसमें डिफेंस एडवांस्ड रिसर्च प्रोजेक्ट्स एजेंसी की`) is left untagged, as `loan_orgs`
takes no word many news articles use (`रिसर्च`) nor one IL-NER saw outside names (`इंटेलिजेंस`). An untagged run of
two to four English loan words before an English organisation head (one before a firm's: `धर्मा प्रोडक्शंस`), one of
them a rare name word, opening its clause, is one ORG (`loan_body_runs`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _ws, refine_only

R76 = replace(
    LEX,
    words={
        **LEX.words,
        "डिफेंस": _ws(3, 1, 0, 0, org=1),  # "defence": IL-NER saw it three times, once in a name
        "एडवांस्ड": _ws(2, 1, 0, 0, org=1),  # "advanced": seldom seen, the name's own word
        "प्रोजेक्ट्स": _ws(4),  # "projects": seen four times, never in a name (too few to call it Hindi)
        "इंटेलिजेंस": _ws(3),  # "intelligence"
        "एनर्जी": _ws(4, 1, 0, 0, org=1),  # "energy"
        "हेल्थ": _ws(16, 4, 0, 1, org=4),  # "health": IL-NER sees it mostly outside names
        "शुरुआत": _ws(120),  # "beginning": a Hindi noun
        "सदस्य": _ws(300),
        "पोत": _ws(4),  # "vessel": a Hindi word IL-NER saw four times, never in a name
    },
    news={
        "रिसर्च": NewsStats(84, 57, 43),  # in 57 news articles: no word `loan_orgs` takes, yet mostly inside names
        "डिफेंस": NewsStats(8, 7, 1),
        "जॉइंट": NewsStats(15, 8, 0),  # "joint": IL-NER never saw it, 8 news articles use it
        "आर्टिफीसियल": NewsStats(6, 2, 0),  # "artificial": 2 news articles, the name's own word
        "इंटेलिजेंस": NewsStats(10, 5, 5),
        "एनर्जी": NewsStats(40, 25, 10),
        "कोविड": NewsStats(3000, 500, 900),  # "covid", "care": loans of every story, no name's own word
        "केयर": NewsStats(300, 150, 20),
        "सिनोवेशन": NewsStats(1, 1, 0),
        "एपिक": NewsStats(2, 2, 0),
    },
    function_words=LEX.function_words | {"जिसमें", "एक", "की", "के", "हैं", "से", "हुई", "इसकी", "वे", "है", "शामिल",
                                         "खोला", "इस", "साल", "भर्ती", "को"},
)

ON = {"loan_body_runs": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R76, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # ntrex_cnbc.com.6772: `रिसर्च` (57 news articles) and `प्रोजेक्ट्स` (IL-NER: 4, no name) stopped `loan_orgs`
        ("जिसमें डिफेंस एडवांस्ड रिसर्च प्रोजेक्ट्स एजेंसी की चुनौतियां शामिल हैं।", [],
         [("डिफेंस एडवांस्ड रिसर्च प्रोजेक्ट्स एजेंसी", "ORG")]),
        # ntrex_cnbc.com.6772: after `एक`, a function word; `इंटेलिजेंस` (IL-NER: 3, no name) is a loan of the name
        ("इस साल यू.एस. डिफेंस डिपार्टमेंट ने एक जॉइंट आर्टिफीसियल इंटेलिजेंस सेंटर खोला।",
         [("यू.एस. डिफेंस डिपार्टमेंट", "ORG")],
         [("यू.एस. डिफेंस डिपार्टमेंट", "ORG"), ("जॉइंट आर्टिफीसियल इंटेलिजेंस सेंटर", "ORG")]),
        # ednil_earthquake-north-india: after a comma, inside brackets
        ("हर्ष गुप्ता (सदस्य, एटामिक एनर्जी रेग्यूलेटरी बोर्ड) ने कहा।", [("हर्ष गुप्ता", "PER")],
         [("हर्ष गुप्ता", "PER"), ("एटामिक एनर्जी रेग्यूलेटरी बोर्ड", "ORG")]),
        # covidnp_DH-2020-ARP-20-01, ntrex_cnbc.com.6772: before a firm's head one rare name word is enough
        ("धर्मा प्रोडक्शंस की तरफ से बयान जारी हुआ।", [], [("धर्मा प्रोडक्शंस", "ORG")]),
        ("वे सिनोवेशन वेंचर्स के सीईओ हैं।", [], [("सिनोवेशन वेंचर्स", "ORG")]),
        # covidnp_NT-2020-MAR-15-01: the story's own shorter name (`शिपिंग मिनिस्ट्री`) leaves `पोत` ("vessel") out
        ("शिपिंग मिनिस्ट्री ने कहा। पोत शिपिंग मिनिस्ट्री के अधिकारियों ने बताया।", [("शिपिंग मिनिस्ट्री", "ORG")],
         [("शिपिंग मिनिस्ट्री", "ORG"), ("शिपिंग मिनिस्ट्री", "ORG")]),
        # bbchi_0042: `ऑफ` + the tagged place after the head joins the body's name
        ("दिल्ली में एक संगठन है 'एमेच्योर एस्ट्रोनॉमर एसोसिएशन ऑफ दिल्ली'।", [("दिल्ली", "LOC"), ("दिल्ली", "LOC")],
         [("दिल्ली", "LOC"), ("एमेच्योर एस्ट्रोनॉमर एसोसिएशन ऑफ दिल्ली", "ORG")]),
    ],
)
def test_loan_body_runs(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: loans of every story, none the name's own word (a kind of centre, no name)
        ("कोविड केयर सेंटर में भर्ती हैं।", []),
        # guard (bbchi_0280): the run opens after a Hindi noun, no mark or function word: a description
        ("इसकी शुरुआत एंटी रेट्रो वायरल थेरेपी सेंटर से हुई।", []),
        # guard: one name word before a head other than a firm's is too little (covidnp_AU-2020-ARP-05-04: `एपिक सेन्टर`,
        # "epicentre", misspelt)
        ("इलाके को एपिक सेन्टर घोषित किया।", []),
        # guard: a word IL-NER sees mostly outside names (`हेल्थ`) cuts the run, which then opens after it
        ("वे हेल्थ रिसर्च एडवांस्ड सेंटर से हैं।", []),
        # guard: a head already inside a span
        ("जिसमें डिफेंस एडवांस्ड रिसर्च एजेंसी की चुनौतियां शामिल हैं।", [("रिसर्च एजेंसी", "ORG")]),
    ],
)
def test_loan_body_runs_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
