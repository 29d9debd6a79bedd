"""pipeline.refine, round 37: places and bodies of native reports (junctions, institutes' short names and seats,
compass-word places). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _mentions, _place, _ws

LEX_R37 = replace(
    LEX,
    places={**LEX.places, "रांची": _place("रांची", "Ranchi", "geonames", "city"),
            "अलीगढ़": _place("अलीगढ़", "Aligarh", "geonames", "city"),
            "भारत": _place("भारत", "India")},
    words={**LEX.words, "अहम": _ws(40), "तरफ": _ws(120), "मुंह": _ws(30), "रेफर": _ws(5), "भेजा": _ws(60),
           "ट्रॉमा": _ws(3)},
    news={"ऋषिकेश": NewsStats(20, 11, 8), "ट्रॉमा": NewsStats(14, 7, 0)},
    function_words=LEX.function_words | frozenset("का के की से पर".split()),
)


def _refine37(sentences_of, text, spans, **params):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), LEX_R37, RefineParams(**{"no_overlaps": False, **params}))
    for m in got:
        assert text[m.start : m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("दुकानदारों का कहना है कि भाटपाड़ा मोड़ पर पुलिस क्योस्क है।", [], True, [("भाटपाड़ा मोड़", "LOC")]),
        ("दुकानदारों का कहना है कि भाटपाड़ा मोड़ पर पुलिस क्योस्क है।", [], False, []),
        ("लोगों को डिगिहा तिराहे से एंबुलेंस से भेजा गया।", [], True, [("डिगिहा तिराहे", "LOC")]),
        ("सोमवार को पंचकोशी चौराहा पर भीड़ लगी।", [], True, [("पंचकोशी चौराहा", "LOC")]),
        # a one-word place before the head grows over it; not a country
        ("वारदात द्वारका मोड़ के नजदीक हुई।", [("द्वारका", "LOC")], True, [("द्वारका मोड़", "LOC")]),
        ("भारत मोड़ पर है।", [("भारत", "LOC")], True, [("भारत", "LOC")]),
        # the verb and the turning point, the English mode, no postposition after the head
        ("उन्होंने मुंह मोड़ लिया।", [], True, []),
        ("यह एक अहम मोड़ है।", [], True, []),
        ("मल्टीप्लेयर मोड में दोस्त साथ खेल सकते हैं।", [], True, []),
        ("काजीचक मोड़ दिया गया।", [], True, []),
    ],
)
def test_refine_junction_names(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), junction_names=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("वहीं पीजीआइ में दो मरीजों में कोरोना की पुष्टि हुई।", [("पीजीआइ", "LOC")], True, [("पीजीआइ", "ORG")]),
        ("वहीं पीजीआइ में दो मरीजों में कोरोना की पुष्टि हुई।", [("पीजीआइ", "LOC")], False, [("पीजीआइ", "LOC")]),
        # the campus's police area stays a place
        ("पीजीआइ थाना क्षेत्र में चोरी हुई।", [("पीजीआइ", "LOC")], True, [("पीजीआइ", "LOC")]),
        # before a KB town, tagged or not, and a town the KB lacks that news writes before case markers
        ("नमूने एएमयू अलीगढ़ भेजे गए हैं।", [("एएमयू", "ORG"), ("अलीगढ़", "LOC")], True, [("एएमयू अलीगढ़", "ORG")]),
        ("सैंपल रिम्स रांची भेजे गए थे।", [("रिम्स", "LOC")], True, [("रिम्स रांची", "ORG")]),
        ("मरीज को एम्स ऋषिकेश रेफर किया गया है।", [("एम्स", "ORG")], True, [("एम्स ऋषिकेश", "ORG")]),
        ("मरीज को एम्स ऋषिकेश रेफर किया गया है।", [("एम्स ऋषिकेश", "PER")], True, [("एम्स ऋषिकेश", "ORG")]),
        ("मरीज को एम्स ऋषिकेश रेफर किया गया है।", [("एम्स", "ORG")], False, [("एम्स", "ORG")]),
        # no seat: a common word, a loan the news never writes before a case marker
        ("मरीज को एम्स रेफर किया गया है।", [("एम्स", "ORG")], True, [("एम्स", "ORG")]),
        ("घायल को एम्स ट्रॉमा सेंटर भेजा गया।", [("एम्स", "ORG")], True, [("एम्स", "ORG")]),
    ],
)
def test_refine_institute_seats(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), institute_seats=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("बिजली नहीं होने से नॉर्थ कैरोलिन के घर अंधेरे में।", [("नॉर्थ कैरोलिन", "PER")], True,
         [("नॉर्थ कैरोलिन", "LOC")]),
        ("बिजली नहीं होने से नॉर्थ कैरोलिन के घर अंधेरे में।", [("नॉर्थ कैरोलिन", "PER")], False,
         [("नॉर्थ कैरोलिन", "PER")]),
        ("वेस्ट इंडीज ने पहली पारी घोषित की।", [("वेस्ट इंडीज", "PER")], True, [("वेस्ट इंडीज", "LOC")]),
        # an organisation and a one-word person stay
        ("ईस्ट इंडिया कंपनी ने व्यापार किया।", [("ईस्ट इंडिया कंपनी", "ORG")], True, [("ईस्ट इंडिया कंपनी", "ORG")]),
        ("वेस्ट ने कहा।", [("वेस्ट", "PER")], True, [("वेस्ट", "PER")]),
    ],
)
def test_refine_compass_places(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), compass_places=on) == expected
