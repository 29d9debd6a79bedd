"""Quantities round 49 (code switch `threshold_objects`, no new data: quantities-v50's settings bare_threshold_posts,
threshold_do_forms, temperature_frame_unit): a bare count, or a measure of degrees, that is the object of पार करना is a
threshold crossed, more_than as `N के पार` already is. Sentences shortened or paraphrased from corpus/news (articles named
per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "threshold_objects")


def test_round49_shipped():
    assert P.threshold_objects and not QuantitiesParams().threshold_objects  # old params keep old behaviour
    assert OFF[0].digest != LEX.digest  # the switch is in the lexicon's cache key
    assert "_threshold_objects" in LEX.sets and "_threshold_objects" not in OFF[0].sets


@pytest.mark.parametrize("text,qtext", [
    # ednil_temperature-up-in-many-parts-of-country-mp-sees-its-hottest-day-2017050900: degrees, no को
    ("चुरू जिले में तापमान 47 डिग्री पार कर गया।", "47 डिग्री"),
    # ednil_heat-rajasthan-phalodi-boils-at-51-degree-celsius-ahmedabad-breaks-100-yea: degrees with को
    ("फलौदी में गुरुवार को पारा 50 डिग्री को पार कर गया।", "50 डिग्री"),
    # covidnp_AU-2020-ARP-09-02: a bare count with को
    ("संक्रमण से मरने वालों की संख्या 7000 को पार कर गई है।", "7000"),
    # covidnp_NT-2020-MAR-24-01: a bare count with a scale word, no को
    ("भारत में पीड़ित मरीजों की संख्या 5 हजार पार कर चुकी है।", "5 हजार"),
])
def test_threshold_objects(text, qtext):
    assert the_quantity(text, qtext, LEX, P).modifier == "more_than"
    assert the_quantity(text, qtext, *OFF).modifier == "exact"  # switch off: as before


@pytest.mark.parametrize("text,qtext,modifier", [
    # guard: a count with its noun in the span is what is crossed (rivers), no threshold
    ("जवानों ने रात में दो नदियों को पार किया।", "दो नदियों", "exact"),
    # guard: another unit is a distance covered
    ("उसने पैदल पांच किलोमीटर पार की।", "पांच किलोमीटर", "exact"),
    # guard: the prospective `पार करने वाला है` (covidnp_NT-2020-MAR-20-01): not yet crossed
    ("कंफर्म केसेज का आंकड़ा ढाई लाख को पार करने वाला है।", "ढाई लाख", "exact"),
    # guard: a range stays a range (covidnp_DH-2020-MAR-05-01)
    ("यहां का तापमान 35-36 डिग्री सेल्सियस को पार कर जाता है।", "35-36 डिग्री सेल्सियस", "range"),
    # guard: `के पार` was already more_than by the post-modifier, untouched by the switch
    ("चुरू जिले में तापमान 47 डिग्री के पार पहुंच गया।", "47 डिग्री के पार", "more_than"),
])
def test_threshold_object_guards(text, qtext, modifier):
    assert the_quantity(text, qtext, LEX, P).modifier == modifier
    assert the_quantity(text, qtext, *OFF).modifier == modifier
