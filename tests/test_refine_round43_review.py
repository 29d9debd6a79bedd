"""Review of round 43 (pipeline.refine `town_slots`, `compass_joins`, `train_spans`, `station_spans`): a geonames town is LOC only if
GeoNames has it in India (india_towns.txt of entity-lexicon-v10: common words that are towns abroad, `मरी` Mary,
`दारु` Daru, `सार` Sarh, `होप` Hope, `बुरसा` Bursa, stay untagged), after a place + genitive only before a place's
follower, `क्षेत्र` or `होते`, and listed first only where it opens the list item; no English compass word joins a
place that opens with a Hindi one (`नॉर्थ उत्तर कोरिया`); an ORG `X एक्सप्रेस` in a sentence about trains is the train,
no entity; a station named for the site it serves (`एयरपोर्ट`/`रेलवे पुलिस स्टेशन`) leaves no place. Sentences shortened from corpus/news and the review's probes; hand-built lexicons as tests/test_refine.py,
with IL-NER's counts and the news counts lacking the common words, as in the shipped lexicon."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import _mentions, _place, refine_only
from tests.test_refine_round43 import _LEX, _TRAIN_LEX

MODELS = Path(__file__).resolve().parents[1] / "models"

# geonames towns abroad that are common Hindi words (the review's probes); `घरौंडा`, `मेरठ`, `करनाल` of India
_TOWN_LEX = replace(_LEX, places={
    **_LEX.places,
    **{w: _place(w, en, "geonames", "town") for w, en in (
        ("दारु", "Daru"), ("मरी", "Mary"), ("गाली", "Galle"), ("सार", "Sarh"), ("होप", "Hope"), ("बुरसा", "Bursa"),
        ("पेच", "Pécs"), ("घरौंडा", "Gharaunda"), ("जीरा", "Zira"))},
    "मेरठ": _place("मेरठ", "Meerut", "geonames", "city"), "करनाल": _place("करनाल", "Karnal", "geonames", "city"),
    "कानपुर": _place("कानपुर", "Kanpur", "geonames", "city"), "लंदन": _place("लंदन", "London", "cldr", "city"),
    "मलेशिया": _place("मलेशिया", "Malaysia"), "भारत": _place("भारत", "India")},
    india_towns=_LEX.india_towns | {"घरौंडा", "जीरा"})


def _run(sentences_of, text, spans, lex=_TOWN_LEX, **params):
    return refine_only(sentences_of, text, spans, lex, **params)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # Indian towns: listed, and after a place + genitive before `क्षेत्र`
        ("करनाल के घरौंडा क्षेत्र के कोरोना मरीज की मौत हुई.", [("करनाल", "LOC")], [("करनाल", "LOC"), ("घरौंडा", "LOC")]),
        ("हजारीबाग और कोडरमा से एक-एक मरीज शामिल थे.", [("हजारीबाग", "LOC")], [("कोडरमा", "LOC"), ("हजारीबाग", "LOC")]),
        # common words that are towns abroad: none (the review's probes; `बुरसा` of bbchi_0301, the stock index)
        ("मेरठ का दारु माफिया पकड़ा गया.", [("मेरठ", "LOC")], [("मेरठ", "LOC")]),
        ("कानपुर की मरी हुई महिला मिली.", [("कानपुर", "LOC")], [("कानपुर", "LOC")]),
        ("भारत का सार यही है.", [("भारत", "LOC")], [("भारत", "LOC")]),
        ("लंदन और होप में बारिश हुई.", [("लंदन", "LOC")], [("लंदन", "LOC")]),
        ("मलेशिया का बुरसा 1.8% गिरा.", [("मलेशिया", "LOC")], [("मलेशिया", "LOC")]),
        # an Indian town after a place + genitive before a common word, or listed inside a longer name: none
        ("झारखंड का सिमडेगा माफिया पकड़ा गया.", [("झारखंड", "LOC")], [("झारखंड", "LOC")]),
        # `जीरा` (Zira, Punjab) after a country, or listed on after a genitive: none
        ("भारत का जीरा और हल्दी बिकता है.", [("भारत", "LOC")], [("भारत", "LOC")]),
        ("पंजाब के जीरा और हल्दी की मांग है.", [("पंजाब", "LOC")], [("पंजाब", "LOC")]),
        ("इनमें बाजार, गुडियावाला कोडरमा, रांची में दुकानें खुलीं.", [("रांची", "LOC")], [("रांची", "LOC")]),
    ],
)
def test_town_slots_review(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, town_slots=True) == sorted(expected)


def test_town_slots_needs_india_towns(sentences_of):
    """A lexicon without india_towns.txt (v8 and before): the rule tags nothing."""
    lex = replace(_TOWN_LEX, india_towns=frozenset())
    assert _run(sentences_of, "हजारीबाग और कोडरमा से मरीज मिले.", [("हजारीबाग", "LOC")], lex, town_slots=True) == \
        [("हजारीबाग", "LOC")]


def test_lexicon_v10_india_towns():
    """entity-lexicon-v10: v8 + india_towns.txt; every other file is v8's bytes."""
    lex = load_lexicon(MODELS / "entity-lexicon-v10")
    assert {"कोडरमा", "चक्रधरपुर", "सिमडेगा", "घरौंडा", "कुलगाम", "झारसुगुडा"} <= lex.india_towns
    assert not {"मरी", "दारु", "सार", "गाली", "होप", "बुरसा", "पेच", "काई"} & lex.india_towns
    for f in (MODELS / "entity-lexicon-v8").iterdir():
        if f.name != "MODEL_CARD.md":
            assert (MODELS / "entity-lexicon-v10" / f.name).read_bytes() == f.read_bytes()


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("उसे एयरपोर्ट पुलिस स्टेशन ले जाया गया.", [("एयरपोर्ट पुलिस स्टेशन", "LOC")], []),
        ("रेलवे पुलिस स्टेशन में शिकायत दी.", [("रेलवे पुलिस स्टेशन", "ORG")], []),
        ("कासा पुलिस स्टेशन के इंचार्ज निलंबित.", [("कासा पुलिस स्टेशन", "LOC")], [("कासा", "LOC")]),
    ],
)
def test_station_spans_review(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, station_spans=True) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("उत्तर कोरिया और नॉर्थ उत्तर कोरिया के बीच तनाव है.", [("उत्तर कोरिया", "LOC")], [("उत्तर कोरिया", "LOC")]),
        ("नॉर्थ कोरिया ने मिसाइल दागी.", [("कोरिया", "LOC")], [("नॉर्थ कोरिया", "LOC")]),
    ],
)
def test_compass_joins_review(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans, compass_joins=True) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # an ORG train with no route pair where the sentence speaks of trains: no entity
        ("एर्नाकुलम एक्सप्रेस से पांच सौ यात्री बक्सर स्टेशन पर उतरे.", [("एर्नाकुलम एक्सप्रेस", "ORG"), ("बक्सर", "LOC")],
         [("बक्सर", "LOC")]),
        ("राप्ती सागर एक्सप्रेस ट्रेन में सवार लोग जांचे गए.", [("राप्ती सागर एक्सप्रेस", "ORG")], []),
        # the story's other mention of the train goes too; alone, with no word of trains, it stays
        ("वह एलेप्पी एक्सप्रेस से घर आ रहे थे. वे एलेप्पी एक्सप्रेस से बोकारो आए, यात्री जांचे गए.",
         [("एलेप्पी एक्सप्रेस", "ORG"), ("एलेप्पी एक्सप्रेस", "ORG")], []),
        ("सभी एर्नाकुलम एक्सप्रेस से मुजफ्फरपुर पहुंचे थे.", [("एर्नाकुलम एक्सप्रेस", "ORG")],
         [("एर्नाकुलम एक्सप्रेस", "ORG")]),
        # a paper away from trains stays, and a known one (the alias file) everywhere
        ("उन्होंने स्टॉकपोर्ट एक्सप्रेस में पत्रकार के रूप में काम किया.", [("स्टॉकपोर्ट एक्सप्रेस", "ORG")],
         [("स्टॉकपोर्ट एक्सप्रेस", "ORG")]),
        ("इंडियन एक्सप्रेस के अनुसार ट्रेन रद्द हुई.", [("इंडियन एक्सप्रेस", "ORG")], [("इंडियन एक्सप्रेस", "ORG")]),
    ],
)
def test_train_spans_review(sentences_of, text, spans, expected):
    sents = sentences_of(text)
    lex = replace(_TRAIN_LEX, orgs={**_TRAIN_LEX.orgs, ("इंडियन", "एक्सप्रेस"): "इंडियन एक्सप्रेस"})  # the alias file's
    got = refine_mentions(sents, _mentions(sents, spans), lex,
                          RefineParams(no_overlaps=False, steps=(), route_pairs=True, train_spans=True))
    assert sorted((m.text, m.label) for m in got) == sorted(expected)
