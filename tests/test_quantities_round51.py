"""Quantities round 51 (quantities-v52). Switch `clock_wrap_ranges` (settings clock_wrap_ends, clock_wrap_max_hour): a
from-to pair of clock hours whose second is smaller, followed by the clock unit and the end of a span (`तक`, `के बीच`),
is one range of clock times wrapping noon or midnight, first hour to last as written. Switch
`listed_distributive_heads` (settings listed_distributive_marks, listed_distributive_gap): a place-keyed list of bare
counts whose last item is the distributive `एक-एक`/`एक एक` + a noun shares that noun, as round 38's `में एक व्यक्ति`
does. Sentences shortened or paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantity_texts, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF_CLOCK = switched_off(P, "clock_wrap_ranges")
OFF_LIST = switched_off(P, "listed_distributive_heads")
CLOCK_KEYS = ("clock_wrap_ends",)
LIST_KEYS = ("listed_distributive_marks",)


def test_round51_shipped():
    assert lexicon_at_least(P.lexicon, 52)
    assert lexicon_at_least(QuantitiesParams().lexicon, 52)
    assert P.clock_wrap_ranges and not QuantitiesParams().clock_wrap_ranges  # old params keep old behaviour
    assert P.listed_distributive_heads and not QuantitiesParams().listed_distributive_heads
    for off, keys in ((OFF_CLOCK, CLOCK_KEYS), (OFF_LIST, LIST_KEYS)):
        assert off[0].digest != LEX.digest  # the switch is in the lexicon's cache key
        assert all(k in LEX.sets for k in keys) and not any(k in off[0].sets for k in keys)
    assert float(LEX.settings["clock_wrap_max_hour"]) == 12


@pytest.mark.parametrize("text,qtext,value,value_max,off_texts", [
    # covidnp_DJ-2020-MAY-08-01: a bare first hour, a time of day before the second
    ("अब सुबह 11 से शाम 5 बजे तक खुलेगा थोक दवा बाजार।", "11 से शाम 5 बजे", 11, 5, ["11", "5 बजे"]),
    # covidnp_DH-2020-APR-01-01: number words
    ("राशन वितरण सुबह आठ से शाम पांच बजे तक ही होता था।", "आठ से शाम पांच बजे", 8, 5, ["आठ", "पांच बजे"]),
    # covidnp_DH-2020-APR-01-01: एक बजे is the hour one
    ("बुधवार को सुबह छह से दोपहर एक बजे तक राशन बांटा गया।", "छह से दोपहर एक बजे", 6, 1, ["छह", "एक बजे"]),
    # covidnp_AU-2020-MAR-22-02: the unit written twice
    ("सोमवार को सुबह 10 बजे से शाम 4 बजे तक मेट्रो सेवा बंद रहेगी।", "10 बजे से शाम 4 बजे", 10, 4, ["10 बजे", "4 बजे"]),
    # covidnp_DH-2020-MAY-05-01: के बीच ends the span
    ("पुलिसकर्मी 11 बजे से दोपहर दो बजे के बीच ड्यूटी पर नहीं दिखे।", "11 बजे से दोपहर दो बजे", 11, 2,
     ["11 बजे", "दो बजे"]),
    # covidnp_DJ-2020-ARP-03-02: noon to three, no time of day before the second
    ("यहां दिन में 12 बजे से तीन बजे के बीच कर्फ्यू जैसे लॉकडाउन का एलान हुआ।", "12 बजे से तीन बजे", 12, 3,
     ["12 बजे", "तीन बजे"]),
    # tico19_SARS-CoV-2-surpasses-one-million-infections-worldwide: over midnight
    ("थाईलैंड ने रात 10 बजे से सुबह 4 बजे तक कर्फ़्यू लगाने की योजना बनाई।", "10 बजे से सुबह 4 बजे", 10, 4,
     ["10 बजे", "4 बजे"]),
    # the brief's example: over midnight with no time of day before the second
    ("दुकानें रात 10 से 2 बजे तक खुली रहेंगी।", "10 से 2 बजे", 10, 2, ["10", "2 बजे"]),
])
def test_clock_wrap_ranges(text, qtext, value, value_max, off_texts):
    q = the_quantity(text, qtext, LEX, P)
    assert (q.value, q.value_max, q.modifier, q.noun, q.kind) == (value, value_max, "range", "बजे", "date")
    assert quantity_texts(text, *OFF_CLOCK) == off_texts  # switch off: two quantities, as before


@pytest.mark.parametrize("text,texts", [
    # guard: no end word after the clock unit (a time, then another)
    ("दुकानें 12 से 2 बजे खुलेंगी।", ["12", "2 बजे"]),
    # guard: a 24-hour first number is no 12-hour clock
    ("दफ्तर 20 से 4 बजे तक बंद रहेगा।", ["20", "4 बजे"]),
    # guard: not a clock unit after the second number
    ("10 से 2 लोगों तक खबर पहुंची।", ["10", "2 लोगों"]),
    # guard: the second hour larger is the ordinary range, as before
    ("सुबह 7 से 11 बजे तक दुकानें खुलेंगी।", ["7 से 11 बजे"]),
])
def test_clock_wrap_guards(text, texts):
    assert quantity_texts(text, LEX, P) == texts
    assert quantity_texts(text, *OFF_CLOCK) == texts


@pytest.mark.parametrize("text,qtexts,noun", [
    # covidnp_PK-2020-APR-04-01: places listed before एक-एक
    ("बिहार में सिवान में 6, गोपालगंज में 3, नालंदा में 2, लखीसराय, बेगूसराय, सारण और भागलपुर में एक-एक व्यक्ति कोरोना "
     "संक्रमित पाए गए हैं.", ["6", "3", "2"], "व्यक्ति"),
    # covidnp_DH-2020-ARP-28-01: एक एक written with a space
    ("कोट्टायम में छह, इडुक्की में चार, पलक्कल, मलप्पुरम एवं कन्नूर में एक एक मामले हैं।", ["छह", "चार"], "मामला"),
    # covidnp_DH-2020-MAY-10-01: one item, then a run of places
    ("मेरठ में दो तथा अलीगढ़, ललितपुर और नोएडा में एक-एक व्यक्ति की जान चली गई।", ["दो"], "व्यक्ति"),
    # covidnp_DH-2020-MAR-21-01: a distributive item (दो-दो) before it
    ("उत्तराखंड में तीन, पश्चिम बंगाल और पंजाब में दो-दो, पुडुचेरी व चंडीगढ़ में एक-एक मरीज मिला है।", ["तीन", "दो-दो"],
     "मरीज"),
])
def test_listed_distributive_heads(text, qtexts, noun):
    for qtext in qtexts:
        assert the_quantity(text, qtext, LEX, P).noun == noun
        assert the_quantity(text, qtext, *OFF_LIST).noun is None  # switch off: no noun, as before


def test_listed_distributive_more_place():
    # covidnp_DJ-2020-ARP-05-03: `तीन और फरीदाबाद` is three, then the next item's places (was "three more फरीदाबाद")
    text = "गुरुग्राम में नौ, पानीपत में तीन और फरीदाबाद, पलवल तथा सोनीपत में एक-एक मरीज ठीक होकर लौटे हैं।"
    assert the_quantity(text, "तीन", LEX, P).noun == "मरीज"
    assert the_quantity(text, "नौ", LEX, P).noun == "मरीज"
    assert the_quantity(text, "तीन और फरीदाबाद", *OFF_LIST).noun == "फरीदाबाद"


@pytest.mark.parametrize("text,qtext,noun", [
    # guard: an item with a noun of its own keeps it (covidnp_AU-2020-MAR-29-08)
    ("अहमदाबाद में दो लोगों की और सूरत व भावनगर में एक-एक व्यक्ति की मौत हो चुकी है।", "दो लोगों", "लोग"),
    # guard: a different postposition before the items (से against में): no list
    ("हिंदपीढ़ी से सात, बोकारो तथा गिरिडीह में एक-एक मरीज मिले.", "सात", None),
    # guard: a pronoun after एक-एक is no noun of the list (covidnp_DJ-2020-MAR-13-02)
    ("अब तक आगरा में सात, गाजियाबाद में दो, नोएडा और लखनऊ में एक-एक इससे प्रभावित हैं।", "सात", None),
    # guard: `N और <noun>` with no place after और is "N more", kept (not a list item)
    ("दिल्ली में 14 और नमूने, मुंबई तथा पुणे में एक-एक मरीज की जांच हुई।", "14 और नमूने", "नमूना"),
])
def test_listed_distributive_guards(text, qtext, noun):
    assert the_quantity(text, qtext, LEX, P).noun == noun
    assert the_quantity(text, qtext, *OFF_LIST).noun == noun
