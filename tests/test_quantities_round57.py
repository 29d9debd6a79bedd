"""Quantities round 57 (quantities-v56). Switch `above_thresholds` (setting above_threshold_words): `के ऊपर` right
after a bare number, a scale word or a unit (no counted noun between) is a threshold crossed, more_than as `से ऊपर`
(modifiers.tsv) already is; after a counted noun `के ऊपर` is a place or a target (`100 मजदूरों के ऊपर गिरी`) and stays
out of the span. The typed `से उपर` (no long ऊ) reads as `से ऊपर`. Code switch `fraction_range_starts`: a fraction word alone (डेढ़,
ढाई) before `से`/`-`/`या` and a larger number opens a range as a cardinal does (`डेढ़ से दो मीटर` -> 1.5-2 मीटर; was
`दो मीटर`, the fraction dropped as the adverb "half"). Sentences from or paraphrased from corpus/news (articles named
per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, quantity_texts, switched_off

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "above_thresholds")
FR_OFF = switched_off(P, "fraction_range_starts")


def records(text, lex, p):
    """(text, value, modifier, noun, event) of every quantity of `text`, in order."""
    return [(q.text, q.value, q.modifier, q.noun, q.event) for q in quantities_in(text, lex, p)]


def test_round57_shipped():
    assert lexicon_at_least(P.lexicon, 56)
    assert lexicon_at_least(QuantitiesParams().lexicon, 56)
    assert P.above_thresholds and not QuantitiesParams().above_thresholds  # old params keep old behaviour
    assert "above_threshold_words" in LEX.sets and "above_threshold_words" not in OFF[0].sets
    assert P.fraction_range_starts and not QuantitiesParams().fraction_range_starts


@pytest.mark.parametrize("text,on,off", [
    # covidnp_DJ-2020-MAR-02-02: the toll went above 3,000
    ("दुनियाभर में मरने वालों की संख्या 3,000 के ऊपर हो गई है।",
     ("3,000 के ऊपर", 3000.0, "more_than"), ("3,000", 3000.0, "exact")),
    # covidnp_PK-2020-APR-25-01: a scale word before के ऊपर
    ("लॉकडाउन नहीं होता तो मरीजों की संख्या एक लाख के ऊपर होती.",
     ("एक लाख के ऊपर", 100000.0, "more_than"), ("एक लाख", 100000.0, "exact")),
    # covidnp_NT-2020-APR-24-02: a unit before के ऊपर
    ("कुल केसों में से 443 ही 60 साल के ऊपर के हैं।",
     ("60 साल के ऊपर", 60.0, "more_than"), ("60 साल", 60.0, "exact")),
    # a temperature above a mark
    ("दोपहर में तापमान 45 डिग्री के ऊपर पहुंच गया।",
     ("45 डिग्री के ऊपर", 45.0, "more_than"), ("45 डिग्री", 45.0, "exact")),
    # bbchi_0057: the typed `से उपर`, as `से ऊपर`
    ("अनुमान है कि इसका तापमान दो सौ डिग्री सेल्सियस से उपर होगा.",
     ("दो सौ डिग्री सेल्सियस से उपर", 200.0, "more_than"), ("दो सौ डिग्री सेल्सियस", 200.0, "exact")),
])
def test_above_thresholds(text, on, off):
    assert on in [r[:3] for r in records(text, LEX, P)]
    assert off in [r[:3] for r in records(text, *OFF)]


def test_above_threshold_noun_after():
    # covidnp_PK-2020-MAY-01-03: the counted noun after `80 के ऊपर` is found past it, as after `से अधिक`
    text = "सिर्फ रांची में ही 80 के ऊपर कोरोना संक्रमित मरीज मिले हैं।"
    assert records(text, LEX, P)[0][:4] == ("80 के ऊपर कोरोना संक्रमित मरीज", 80.0, "more_than", "मरीज")
    assert records(text, *OFF)[0][:3] == ("80", 80.0, "exact")


def test_above_threshold_no_event():
    # covidnp_PK-2020-APR-24-02 (a headline): ऊपर is part of the modifier, no longer the event
    text = "महाराष्ट्र में मरीजों की संख्या 5500 के ऊपर"
    assert records(text, LEX, P) == [("5500 के ऊपर", 5500.0, "more_than", "मरीज", None)]
    assert records(text, *OFF)[0][4] == "ऊपर"


@pytest.mark.parametrize("text", [
    # near miss: after a counted noun `के ऊपर` is a place (ednil_lucknow1: the chimney fell on about 100 workers)
    "240 मीटर ऊंची चिमनी लगभग 100 मजदूरों के ऊपर गिरी थी।",
    # near miss: after a counted noun `के ऊपर` is a target (a case against five people)
    "पुलिस ने पांच लोगों के ऊपर मुकदमा दर्ज किया।",
    # near miss: a count with its noun before `के ऊपर`, a place (above two floors)
    "इमारत की दो मंजिल के ऊपर आग लगी।",
    # near miss: `से ऊपर` is in modifiers.tsv already (the switch changes nothing)
    "संक्रमितों की संख्या तीन हजार से ऊपर चली गई है।",
    # near miss: `ऊपर` with no के/से before it
    "पानी 20 फीट ऊपर तक पहुंच गया।",
])
def test_above_threshold_guards(text):
    assert records(text, LEX, P) == records(text, *OFF)


def test_texts_unchanged_elsewhere():
    text = "बाढ़ में 12 लोगों की मौत हो गई, जबकि पांच से ज्यादा लोग लापता हैं।"
    assert quantity_texts(text, LEX, P) == quantity_texts(text, *OFF) == ["12 लोगों", "पांच से ज्यादा लोग"]


def ranges(text, lex, p):
    """(text, value, value_max, modifier, noun) of every quantity of `text`, in order."""
    return [(q.text, q.value, q.value_max, q.modifier, q.noun) for q in quantities_in(text, lex, p)]


@pytest.mark.parametrize("text,on,off", [
    # ednil_navbharat_2010_5_20_5949938 (the round's sample): waves one and a half to two metres high
    ("तटीय इलाकों में डेढ़ से दो मीटर ऊंची लहरों का अनुमान लगाया गया है।",
     ("डेढ़ से दो मीटर", 1.5, 2.0, "range", "मीटर"), ("दो मीटर", 2.0, None, "exact", "मीटर")),
    # covidnp_NT-2020-MAR-12-01: a digit as the range's second end
    ("वैक्सिन बनाने में डेढ़ से 2 साल तक का वक्त लगेगा।",
     ("डेढ़ से 2 साल", 1.5, 2.0, "range", "साल"), ("2 साल", 2.0, None, "exact", "साल")),
    # a range with या, as `दो या तीन साल`
    ("इस काम में डेढ़ या दो महीने लगेंगे।",
     ("डेढ़ या दो महीने", 1.5, 2.0, "range", "महीना"), ("दो महीने", 2.0, None, "exact", "महीना")),
    # the scale word of the second end read for both (as `5 से 10 लाख`)
    ("बाढ़ से ढाई से तीन लाख लोग प्रभावित हुए हैं।",
     ("ढाई से तीन लाख लोग", 250000.0, 300000.0, "range", "लोग"), ("तीन लाख लोग", 300000.0, None, "exact", "लोग")),
])
def test_fraction_range_starts(text, on, off):
    assert ranges(text, LEX, P) == [on]
    assert ranges(text, *FR_OFF) == [off]


@pytest.mark.parametrize("text", [
    # near miss: `आधे से ज्यादा` is "more than half", no number after से
    "आधे से ज्यादा लोग घर लौट गए।",
    # near miss: a smaller number after से opens no range
    "डेढ़ से एक घंटे का सफर बचेगा।",
    # near miss: a fraction with its own unit keeps reading as before
    "लहरें डेढ़ मीटर ऊंची थीं और हवा 90 किलोमीटर प्रति घंटे की रफ्तार से चली।",
])
def test_fraction_range_guards(text):
    assert ranges(text, LEX, P) == ranges(text, *FR_OFF)
