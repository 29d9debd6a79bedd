"""pipeline.refine, round 70 (issue 14: spans that grow into the next word): an ORG or PER span that ran into the head
of the next phrase or a time word (`[सोनीपत पुलिस शाम]O साढ़े पांच बजे से`, `[माइक्रोसॉफ्ट संस्थापक]O ने`, `[राहुल नयी]P
दिल्ली:`), its last word one that IL-NER almost never sees inside a name of that label or ending a name, is cut back to
the name the story tags alone (`grown_spans`: `grown_orgs`, `grown_heads`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _ws, refine_only

R70 = replace(
    LEX,
    words={
        **LEX.words,
        "शाम": _ws(25),  # "evening": never inside a name
        "संस्थापक": _ws(8),  # "founder"
        "परिसर": _ws(29, 1, 0, 1, loc=1),  # "campus": once ending a place's name
        "नयी": _ws(46, 3, 1, 0, org=1, loc=2),  # "new": opens `नयी दिल्ली`, ends no name
        "प्रेम": _ws(31, 2, 1, 0, per=1, org=1),  # "love", and a given name
        "मंडल": _ws(25, 2, 1, 0, org=2),  # "division", and a surname
        "हिन्दी": _ws(420),  # the language, and BBC's Hindi service
        "फाइबर": _ws(4),  # "fibre": a product's word no news article uses 3 times
        "मोड़": _ws(16),  # "turn", "crossing"
    },
    news={
        **LEX.news,
        "शाम": NewsStats(256, 174, 98),
        "संस्थापक": NewsStats(23, 16, 3),
        "परिसर": NewsStats(48, 32, 38),
        "नयी": NewsStats(141, 64, 0),
        "प्रेम": NewsStats(22, 18, 3),
        "मंडल": NewsStats(35, 19, 32),
        "हिन्दी": NewsStats(185, 185, 186),
        "अस्पताल": NewsStats(823, 395, 600),
        "मोड़": NewsStats(30, 24, 18),
    },
    media_services=LEX.media_services | frozenset({"हिन्दी"}),
)

ON = {"grown_orgs": True, "grown_heads": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R70, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # covidnp_AU-2020-APR-01-08 (paraphrased): a time word after the police's name
        ("सोनीपत पुलिस ने आदेश जारी किया। इसके तहत सोनीपत पुलिस शाम साढ़े पांच बजे से गश्त करेगी।",
         [("सोनीपत पुलिस", "ORG"), ("सोनीपत पुलिस शाम", "ORG")],
         [("सोनीपत पुलिस", "ORG"), ("सोनीपत पुलिस", "ORG")]),
        # covidnp_AU-2020-ARP-22-01 (paraphrased): the head of the next phrase, `संस्थापक` ("founder")
        ("माइक्रोसॉफ्ट की टीम ने काम किया। माइक्रोसॉफ्ट संस्थापक ने पत्र में लिखा।",
         [("माइक्रोसॉफ्ट", "ORG"), ("माइक्रोसॉफ्ट संस्थापक", "ORG")],
         [("माइक्रोसॉफ्ट", "ORG"), ("माइक्रोसॉफ्ट", "ORG")]),
        # covidnp_DJ-2020-ARP-02-02 (paraphrased): `परिसर` ("campus") of an institute of three words
        ("नेशनल कैंसर इंस्टीट्यूट में जांच हुई। उन्हें नेशनल कैंसर इंस्टीट्यूट परिसर में लाया गया।",
         [("नेशनल कैंसर इंस्टीट्यूट", "ORG"), ("नेशनल कैंसर इंस्टीट्यूट परिसर", "ORG")],
         [("नेशनल कैंसर इंस्टीट्यूट", "ORG"), ("नेशनल कैंसर इंस्टीट्यूट", "ORG")]),
        # covidnp_NT-2020-MAY-11-01 (paraphrased): a headline's speaker run into the next dateline's first word
        ("राहुल ने सवाल उठाए। बहाना नहीं हो सकता: राहुल नयी दिल्ली: कांग्रेस ने कहा।",
         [("राहुल", "PER"), ("राहुल नयी", "PER")],
         [("राहुल", "PER"), ("राहुल", "PER")]),
        # bbchi_0125 (paraphrased): `प्रेम` ("love") after the name it is the love of
        ("सचिन से मिलने आया। सुधीर के इस सचिन प्रेम का एक नियम है।", [("सचिन", "PER"), ("सचिन प्रेम", "PER")],
         [("सचिन", "PER"), ("सचिन", "PER")]),
    ],
)
def test_grown_spans(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switches off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: the story tags the name alone nowhere: no evidence of where it ends
        ("इसके तहत सोनीपत पुलिस शाम साढ़े पांच बजे से गश्त करेगी।", [("सोनीपत पुलिस शाम", "ORG")]),
        # guard: the shorter words tagged with another label are no evidence for the ORG
        ("माइक्रोसॉफ्ट में बैठक हुई। माइक्रोसॉफ्ट संस्थापक ने पत्र में लिखा।",
         [("माइक्रोसॉफ्ट", "LOC"), ("माइक्रोसॉफ्ट संस्थापक", "ORG")]),
        # guard: a broadcaster's service word (media_services) is part of its name (`बीबीसी हिन्दी`)
        ("बीबीसी ने बताया। बीबीसी हिन्दी के ऐप के लिए क्लिक करें।", [("बीबीसी", "ORG"), ("बीबीसी हिन्दी", "ORG")]),
        # guard: a word that fewer than 3 news articles use (a product's, covidnp_NT-2020-MAR-29-01) stays
        ("रिलायंस जियो ने घोषणा की। रिलायंस जियो फाइबर ग्राहक ऐप से रिचार्ज कर सकेंगे।",
         [("रिलायंस जियो", "ORG"), ("रिलायंस जियो फाइबर", "ORG")]),
        # guard: a head that ends organisations' names in the training data (`अस्पताल`, 8 of 79 inside an ORG)
        ("आरएमएल में भर्ती कराया गया। आरएमएल अस्पताल के डॉक्टर ने कहा।", [("आरएमएल", "ORG"), ("आरएमएल अस्पताल", "ORG")]),
        # guard: a PER span the story writes twice is the person's name (`मंडल`, a surname and a word)
        ("दुकान के मालिक संजय मंडल की हत्या हुई। संजय घर लौट रहे थे। पुलिस ने संजय मंडल के परिवार से बात की।",
         [("संजय मंडल", "PER"), ("संजय", "PER"), ("संजय मंडल", "PER")]),
        # guard: a LOC span is no concern of this step (`द्वारका मोड़`, a place named by its crossing, beside `द्वारका`)
        ("द्वारका में गोली चली। वारदात द्वारका मोड़ के नजदीक हुई।", [("द्वारका", "LOC"), ("द्वारका मोड़", "LOC")]),
    ],
)
def test_grown_spans_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
