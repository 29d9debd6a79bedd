"""Quantities round 44 (quantities-v46, no list changed): `ओवर` is a counted noun only in a count's place (switch
`ud_counted_places`): right after a number or an ordinal (`14वें`, also over ही/भी) and before a postposition, a copula,
a verb or a clause end. Round 42 took ओवर off the UD non-noun list everywhere; its review pinned the loan phrase
`2 ओवर द काउंटर`, golf's `3 ओवर पार` and the event ओवर of `गेम ओवर`. The guards are round 42's corpus/news overs (all
15 kept). Sentences shortened or paraphrased from corpus/news; the error cases are made up (none in corpus/news)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import quantities_in, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
POFF = dataclasses.replace(P, ud_counted_places=False)  # round 42's reading: ओवर a noun everywhere
LEXOFF = load_lexicon(ROOT / "models", POFF)


def test_round44_shipped():
    assert P.ud_counted_places and P.ud_counted_nouns
    assert LEX.digest != LEXOFF.digest  # the switch is in the lexicon's cache key


# --- error classes: ओवर outside a count's place is no counted noun and no event -------------------------------------
@pytest.mark.parametrize("text,qtext,oldtext,was", [
    ("उन्होंने 2 ओवर द काउंटर दवाएं खरीदीं।", "2", "2 ओवर", "ओवर"),  # English article of a spaced loan phrase
    ("उसने 3 ओवर पार का स्कोर किया।", "3", "3 ओवर पार", "पार"),  # golf: over par, not a counted noun before पार
    ("उसने दो ओवर the counter दवाएं लीं।", "दो", "दो ओवर", "ओवर"),  # the Latin article too
])
def test_over_not_counted(text, qtext, oldtext, was):
    assert the_quantity(text, qtext, LEX, P).noun is None
    assert the_quantity(text, oldtext, LEXOFF, POFF).noun == was


@pytest.mark.parametrize("text,qtext", [
    ("दो साल में उनका गेम ओवर हो गया।", "दो साल"),  # `गेम ओवर`: a loan predicate, no event of a nearby count
    ("उसके 10 साल का करियर ओवर हो गया।", "10 साल"),
])
def test_over_no_event(text, qtext):
    assert the_quantity(text, qtext, LEX, P).event != "ओवर"
    assert the_quantity(text, qtext, LEXOFF, POFF).event == "ओवर"


# --- guards: round 42's counted overs stay, with the switch on and off ---------------------------------------------
@pytest.mark.parametrize("text,qtext", [
    ("तब तक 41.2 ओवर हो चुके थे।", "41.2 ओवर"),  # a form of होना after the count
    ("उन्होंने अपने चार ओवर में सिर्फ़ 12 रन देकर चार विकेट गिराए।", "चार ओवर"),  # a case postposition
    ("गंभीर के पहले ओवर में आउट हो जाने के बाद सहवाग ने पारी संभाली।", "पहले ओवर"),  # an ordinal word
    ("स्कोर 14वें ओवर में तीन विकेट पर 100 रन था।", "14वें ओवर"),  # digits and a glued ordinal suffix
    ("दिल्ली ने 49.1 ओवर में 222 रन बनाकर जीत हासिल की।", "49.1 ओवर"),
    ("उसने 4 ओवर, 20 रन दिए।", "4 ओवर"),  # a comma ends the count
])
def test_over_counted_guard(text, qtext):
    assert the_quantity(text, qtext, LEX, P).noun == "ओवर"
    assert the_quantity(text, qtext, LEXOFF, POFF).noun == "ओवर"


@pytest.mark.parametrize("text,qtext,noun", [
    ("इंग्लैंड ने पहले 39 ओवरों में 175 रन बनाए।", "39 ओवरों", "ओवर"),  # the plural is another key, untouched
    ("कर्मचारियों ने 12 घंटे ओवरटाइम किया।", "12 घंटे", "घंटा"),
])
def test_over_other_words_guard(text, qtext, noun):
    assert the_quantity(text, qtext, LEX, P).noun == noun
    assert the_quantity(text, qtext, LEXOFF, POFF).noun == noun
