"""Quantities round 54 (quantities-v54). Switch `aggregative_numerals` (settings aggregative_numerals,
aggregative_idiom_words): the aggregative form of a cardinal, the cardinal + `ों` (`तीनों`, `चारों`, `पांचों`: all three,
all four, all five), is a number word of the cardinal's value, a count as the cardinal is: its noun after it or, bare,
from the antecedent. Not दोनों ("both", the determiner of a pair, which gold leaves out), not the direction idioms `चारों
ओर`, `चारों तरफ`, `दसों दिशाओं` ("all around"). Sentences shortened or paraphrased from corpus/news (articles named per
case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantity_texts, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "aggregative_numerals")
KEYS = ("aggregative_numerals", "aggregative_idiom_words")


def test_round54_shipped():
    assert lexicon_at_least(P.lexicon, 54)
    assert lexicon_at_least(QuantitiesParams().lexicon, 54)
    assert P.aggregative_numerals and not QuantitiesParams().aggregative_numerals  # old params keep old behaviour
    assert OFF[0].digest != LEX.digest  # the switch is in the lexicon's cache key
    assert all(k in LEX.sets for k in KEYS) and not any(k in OFF[0].sets for k in KEYS)
    assert "दोनों" not in LEX.sets["aggregative_numerals"]  # "both": no count of its own
    assert LEX.numbers.words["चारों"] == LEX.numbers.words["चार"] == 4.0  # the cardinal's value, from numbers.tsv
    assert "चारों" not in OFF[0].numbers.words


@pytest.mark.parametrize("text,qtext,value,noun,event", [
    # ednil_jammu-and-kashmir3-txt_Blizzard4-xml (the round's sample): the four soldiers buried in the snow
    ("हिमस्खलन के बाद सेना ने बर्फ में दबे चारों जवानों को निकाल लिया।", "चारों जवानों", 4, "जवान", "निकाल"),
    # the same article: the other three taken to hospital
    ("अन्य तीनों जवानों को तुरंत श्रीनगर के अस्पताल ले जाया गया।", "तीनों जवानों", 3, "जवान", "ले जाया गया"),
    # the same article: the bodies of all five recovered
    ("बाद में पांचों जवानों के पार्थिव शरीर बरामद किए गए थे।", "पांचों जवानों", 5, "जवान", None),
    # covidnp_DJ-2020-ARP-09-01 (the sample): the three wards sealed
    ("ऐसे में प्रशासन ने तीनों वार्ड को सील कर घर-घर जांच करने का फैसला लिया है।", "तीनों वार्ड", 3, "वार्ड", "सील"),
    # a bare aggregative takes its noun from the antecedent, as a bare cardinal does
    ("जिले में तीन नए मरीज मिले हैं। तीनों को अस्पताल भेजा गया है।", "तीनों", 3, "मरीज", "भेजा गया"),
    # the chandrabindu spelling, a count of people
    ("पाँचों पर्यटकों को होटल में क्वारंटाइन किया गया है।", "पाँचों पर्यटकों", 5, "पर्यटक", "क्वारंटाइन"),
    # seven districts under lockdown
    ("राज्य के सातों जिले लॉकडाउन में रहेंगे।", "सातों जिले", 7, "जिला", None),
])
def test_aggregative_numerals(text, qtext, value, noun, event):
    q = the_quantity(text, qtext, LEX, P)
    assert (q.value, q.modifier, q.noun, q.kind) == (value, "exact", noun, "count")
    if event is not None:
        assert q.event == event
    assert qtext not in quantity_texts(text, *OFF)  # switch off: no quantity (an aggregative was no number word)


@pytest.mark.parametrize("text", [
    # guard: "both" is no count (gold leaves दोनों out)
    "यू.के. और यूरोपीय संघ, दोनों में आपूर्तिकर्ताओं से कार के पुर्जे आते हैं।",
    "दोनों देशों के नेताओं ने समझौते पर हस्ताक्षर किए।",
    # guard: the direction idioms, "all around"
    "आग ने इमारत को चारों ओर से घेर लिया।",
    "शहर में चारों तरफ पानी भरा हुआ है।",
    "उसकी ख्याति दसों दिशाओं में फैल गई।",
])
def test_aggregative_guards(text):
    assert quantity_texts(text, LEX, P) == quantity_texts(text, *OFF) == []


def test_cardinal_unchanged():
    # near miss: the cardinal itself reads as before, switch on or off
    text = "हादसे में चार जवान लापता हो गए।"
    for lex, p in ((LEX, P), OFF):
        q = the_quantity(text, "चार जवान", lex, p)
        assert (q.value, q.noun, q.event) == (4, "जवान", "लापता")
