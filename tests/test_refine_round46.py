"""pipeline.refine, round 46 (translated international news and native disaster reports): places a dateline joins by
a slash (`श्रीगंगानगर/सादुलशहर।`, `न्यू यॉर्क/वॉशिंगटन (भाषा):`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _place, _ws, refine_only

_LEX = replace(
    LEX,
    places={
        **LEX.places,
        "न्यूयॉर्क": _place("न्यूयॉर्क", "New York", "cldr", "city"),
        "वॉशिंगटन": _place("वॉशिंगटन", "Washington", "pycountry", "region"),
        "पटना": _place("पटना", "Patna", "geonames", "city"),
        "लखनऊ": _place("लखनऊ", "Lucknow", "geonames", "city"),
        "रांची": _place("रांची", "Ranchi", "geonames", "city"),
        "झारखंड": _place("झारखंड", "Jharkhand", "pycountry", "state"),
    },
    words={
        **LEX.words,
        "कोरोना": _ws(120),  # the disease: a common word
        "इफेक्ट": _ws(6),
        "वीडियो": _ws(40),
        "बुधवार": _ws(60),
        "शाम": _ws(80),
        "क्षेत्र": _ws(300, 20, 0, 18, loc=20),
        "अपडेट": _ws(2),  # a loan IL-NER saw twice, outside names ...
    },
    news={**LEX.news, "अपडेट": NewsStats(80, 70, 10)},  # ... that 70 news articles hold: a rubric's word
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # an untagged place beside a tagged one across a glued slash (the datelines of corpus/news)
        ("श्रीगंगानगर/सादुलशहर। बुधवार शाम को मौसम का मिजाज फिर बदला।", [("श्रीगंगानगर", "LOC")], True,
         [("श्रीगंगानगर", "LOC"), ("सादुलशहर", "LOC")]),
        ("रेवाड़ी/नारनौल, जागरण संवाददाता। जिले में मरीज मिले।", [("नारनौल", "LOC")], True,
         [("नारनौल", "LOC"), ("रेवाड़ी", "LOC")]),
        ("लक्खीबाग/रीठामंडी क्षेत्र में दुकानें खुलीं।", [("लक्खीबाग", "LOC")], True,
         [("लक्खीबाग", "LOC"), ("रीठामंडी", "LOC")]),
        ("घुमारवीं/नाहन/कुल्लू, जेएनएन। बारिश हुई।", [("नाहन", "LOC")], True,
         [("कुल्लू", "LOC"), ("घुमारवीं", "LOC"), ("नाहन", "LOC")]),
        ("पटना/ लखनऊ। बिहार और उत्तर प्रदेश में तूफान आया।", [("पटना", "LOC")], True,
         [("लखनऊ", "LOC"), ("पटना", "LOC")]),
        # a span over the slash whose sides are KB places is the two places
        ("न्यू यॉर्क/वॉशिंगटन (भाषा): अमेरिका में अराजकता है।", [("न्यू यॉर्क/वॉशिंगटन", "ORG")], True,
         [("न्यू यॉर्क", "LOC"), ("वॉशिंगटन", "LOC")]),
        ("श्रीगंगानगर/सादुलशहर। बुधवार शाम को मौसम बदला।", [("श्रीगंगानगर", "LOC")], False, [("श्रीगंगानगर", "LOC")]),
        ("न्यू यॉर्क/वॉशिंगटन (भाषा): अमेरिका में अराजकता है।", [("न्यू यॉर्क/वॉशिंगटन", "ORG")], False,
         [("न्यू यॉर्क/वॉशिंगटन", "ORG")]),
        # negatives: a rubric spaced on both sides; a common word or a designator across the slash; a word that runs
        # on into a longer name; a span whose other side is no place
        ("रांची / कोरोना इफेक्ट: झारखंड में दुकानें बंद।", [("रांची", "LOC"), ("झारखंड", "LOC")], True,
         [("झारखंड", "LOC"), ("रांची", "LOC")]),
        ("रांची/कोरोना से जंग जारी है।", [("रांची", "LOC")], True, [("रांची", "LOC")]),
        ("शाहदरा/सुशील नगर/यमुना ब्रिज, 2 मरीज।", [("यमुना", "LOC")], True, [("यमुना", "LOC")]),
        ("पटना/न्यू जलपाईगुड़ी के बीच ट्रेन चली।", [("पटना", "LOC")], True, [("पटना", "LOC")]),
        ("पटना/अपडेट: शहर में 20 नए मरीज मिले।", [("पटना", "LOC")], True, [("पटना", "LOC")]),
        ("जासं/रेवाड़ी: जिले में 20 नए मरीज मिले।", [("रेवाड़ी", "LOC")], True, [("रेवाड़ी", "LOC")]),
        ("दिल्ली/एबीसी के दफ्तर में बैठक हुई।", [("दिल्ली/एबीसी", "ORG")], True, [("दिल्ली/एबीसी", "ORG")]),
    ],
)
def test_refine_slash_places(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, slash_places=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # a common noun for a person, tagged alone
        ("उसकी सर्जरी भी हो चुकी थी। बुजुर्ग ने सुबह आठ बजे अंतिम सांस ली।", [("बुजुर्ग", "PER")], True, []),
        ("मरीज ने किस-किस देश की यात्रा की, इसकी जांच हो रही है।", [("मरीज", "PER")], True, []),
        # a given name that is also the noun: only where the noun stands
        ("शनिवार को 13 वर्षीय किशोर पर एक शार्क ने हमला किया।", [("किशोर", "PER")], True, []),
        ("पिज्जा पहुंचाने का काम करने वाला किशोर कुछ समय से अस्वस्थ था।", [("किशोर", "PER")], True, []),
        ("शनिवार को 13 वर्षीय किशोर पर एक शार्क ने हमला किया।", [("किशोर", "PER")], False, [("किशोर", "PER")]),
        # negatives: the given name alone; a cut name after a given name or a person; a longer name
        ("किशोर ने कहा कि वह कल लौटेगा।", [("किशोर", "PER")], True, [("किशोर", "PER")]),
        ("कोषाध्यक्ष आनंद मरीज के साथ थे।", [("मरीज", "PER")], True, [("मरीज", "PER")]),
        ("संयुक्त सचिव नन्द किशोर प्रसाद आए।", [("नन्द", "PER"), ("किशोर", "PER")], True,
         [("किशोर", "PER"), ("नन्द", "PER")]),
        ("13 वर्षीय किशोर कुमार को भर्ती कराया गया।", [("किशोर कुमार", "PER")], True, [("किशोर कुमार", "PER")]),
    ],
)
def test_refine_noun_persons(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, noun_persons=on) == sorted(expected)
