"""pipeline.refine, round 74 (issue 14: local places missed on news nobody tuned on): a list of places leaves untagged
a place the model takes for a common word or knows under another spelling (`ये मौतें बस्ती, [मेरठ]L, [वाराणसी]L ...`,
`[अमेरिका]L, [चीन]L, इजरायल समेत अन्य देश`); round 69's `listed_unseen_names` takes only words IL-NER never saw. In a
list whose tagged items are all LOC (two or more), an untagged one-word item that IL-NER saw as a place more often than
as a person or body, a district named like a common word or a KB place is LOC (`listed_places`). Hand-built lexicons,
as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _place, _ws, refine_only

R74 = replace(
    LEX,
    places={**LEX.places, "चीन": _place("चीन", "China"), "सऊदी अरब": _place("सऊदी अरब", "Saudi Arabia"),
            "सऊद": _place("सऊद", "Saud", "geonames", "town")},
    words={
        **LEX.words,
        "इजरायल": _ws(2, 1, 1, 1, loc=1),  # IL-NER saw this spelling once, as a place (the KB spells it `इज़राइल`)
        "बस्ती": _ws(8, 2, 0, 2, loc=2),  # "settlement", and the district (word_districts.txt): IL-NER saw it end names
        "रोड": _ws(18, 10, 1, 7, org=1, loc=9),  # "road": the head of places' names, seldom one alone
        "मंडी": _ws(6, 4, 3, 4, loc=4),  # "market", and the town of Himachal Pradesh
        "वेस्ट": _ws(6, 2, 2, 0, loc=2),  # "west": opens places' names (`वेस्ट गोदावरी`), never ends one
        "निजामुद्दीन": _ws(7, 7, 7, 0, per=7),  # IL-NER: the saint's name, a person's
        "गोरखपुर": _ws(3),
        "मौतें": _ws(20),
        "आश्रम": _ws(5),  # "ashram": a word IL-NER saw, never inside a name
        "की": _ws(9000),  # "deaths": a word IL-NER saw before a list's first item  # IL-NER saw it three times, never inside a name: no place evidence
    },
    word_districts=frozenset({"गया", "बस्ती"}),
    function_words=LEX.function_words | {"समेत", "अन्य", "देश", "हुई", "हैं", "रहे", "कर", "मामले", "आए", "से"},
)

ON = {"listed_places": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R74, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # covidnp_DH-2020-ARP-11-01: the list's first item after the clause's words (round 69's "tail" entry)
        ("ये मौतें बस्ती, मेरठ, वाराणसी और आगरा में हुई।",
         [("मेरठ", "LOC"), ("वाराणसी", "LOC"), ("आगरा", "LOC")],
         [("बस्ती", "LOC"), ("मेरठ", "LOC"), ("वाराणसी", "LOC"), ("आगरा", "LOC")]),
        # covidnp_AU-2020-MAY-13-02: the last item before `समेत` (a list's closer); the KB spells it `इज़राइल`
        ("अमेरिका, चीन, इजरायल समेत अन्य देश दावा कर रहे हैं।",
         [("अमेरिका", "LOC"), ("चीन", "LOC")],
         [("अमेरिका", "LOC"), ("चीन", "LOC"), ("इजरायल", "LOC")]),
        # a district named like a common word (`गया`, "went": word_districts.txt) inside a list of districts
        ("पटना, गया और भागलपुर में मामले आए।",
         [("पटना", "LOC"), ("भागलपुर", "LOC")],
         [("पटना", "LOC"), ("गया", "LOC"), ("भागलपुर", "LOC")]),
        # a KB place the model left untagged (`पुणे`) among places
        ("मुंबई, पुणे और नागपुर से मामले आए।",
         [("मुंबई", "LOC"), ("नागपुर", "LOC")],
         [("मुंबई", "LOC"), ("पुणे", "LOC"), ("नागपुर", "LOC")]),
    ],
)
def test_listed_places(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: a word IL-NER saw as a person's name (`निजामुद्दीन`) is no place by the list alone
        ("दिल्ली, मेरठ, निजामुद्दीन समेत अन्य देश।", [("दिल्ली", "LOC"), ("मेरठ", "LOC")]),
        # guard: a word IL-NER saw, never inside a name, is no place by the list alone
        ("ये मौतें गोरखपुर, मेरठ और आगरा में हुई।", [("मेरठ", "LOC"), ("आगरा", "LOC")]),
        # guard: a list of mixed labels (a person among the places)
        ("बस्ती, मेरठ और राम कुमार से मामले आए।", [("मेरठ", "LOC"), ("राम कुमार", "PER")]),
        # guard: one tagged place is no list of places
        ("बस्ती, मेरठ और कई गांव से मामले आए।", [("मेरठ", "LOC")]),
        # guard: a name's head word (covidnp_AU-2020-ARP-26-01: `साहिबाबाद, आश्रम रोड, पंजाबी बाग`) and a name's opening
        # word (ednil_navbharat_2010_5_20_5949938: `गुंटूर, कृष्णा, वेस्ट और ईस्ट गोदावरी`) are no places alone
        ("मेरठ, आश्रम रोड, आगरा और दिल्ली।", [("मेरठ", "LOC"), ("आगरा", "LOC"), ("दिल्ली", "LOC")]),
        ("गुंटूर, कृष्णा, वेस्ट और ईस्ट गोदावरी में बारिश।", [("गुंटूर", "LOC"), ("कृष्णा", "LOC"), ("ईस्ट गोदावरी", "LOC")]),
        # guard: a genitive's noun (covidnp_DJ-2020-MAY-02-01: `रुई की मंडी`, "the cotton market") before a list
        ("यहां रुई की मंडी, मेरठ, आगरा और दिल्ली हैं।", [("मेरठ", "LOC"), ("आगरा", "LOC"), ("दिल्ली", "LOC")]),
        # guard: a demonym (`सऊदी`, of the KB's `सऊदी अरब`... by its stem `सऊद`) is no place
        ("अमेरिका, चीन, सऊदी समेत अन्य देश।", [("अमेरिका", "LOC"), ("चीन", "LOC")]),
        # guard: the last item's first word before a word that goes on with a name (`बस्ती रोड`), no case marker or closer
        ("मेरठ, आगरा और बस्ती रोड पर जाम लगा।", [("मेरठ", "LOC"), ("आगरा", "LOC")]),
    ],
)
def test_listed_places_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
