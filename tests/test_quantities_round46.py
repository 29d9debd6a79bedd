"""Quantities round 46 (quantities-v48): a count whose span ends in the threshold `पार` right before a form of होना has
crossed it, and `पार` + that verb group is its event (switch `threshold_become`). Sentences shortened or paraphrased
from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "threshold_become")


def test_round46_shipped():
    assert lexicon_at_least(P.lexicon, 48) and P.threshold_become
    assert not QuantitiesParams().threshold_become  # old params keep old behaviour
    assert LEX.digest != OFF[0].digest  # the switch is in the lexicon's cache key
    assert "threshold_become_posts" not in OFF[0].sets and "threshold_become_forms" not in OFF[0].sets


# --- threshold_become: `N (के) पार` + a form of होना -> पार + the verb group (was none) ----------------------------------
@pytest.mark.parametrize("text,qtext,event", [
    # covidnp_NT-2020-MAY-07-01: `के पार` + हो गए, a finite perfect
    ("तमिलनाडु में मामले 5000 के पार हो गए हैं क्योंकि वहां नये मामले आये।", "5000 के पार", "पार हो गए"),
    # covidnp_NT-2020-APR-20-01: round 43's bare पार + हो चुके
    ("राजधानी में कोरोना के मामले 2 हजार पार हो चुके हैं।", "2 हजार पार", "पार हो चुके"),
    # covidnp_NT-2020-APR-29-01: a headline's participle हुए before the counted noun
    ("31 हजार पार हुए कोरोना केस", "31 हजार पार", "पार हुए"),
    # covidnp_DH-2020-MAY-11-01: the same after `के पार`, before a comma
    ("पाकिस्तान में 30 हजार के पार हुए कोरोना केस, 600 से ज्यादा मौत", "30 हजार के पार", "पार हुए"),
    # covidnp_PK-2020-APR-20-02: हुई before a correlative तो
    ("प्रदेश में मरीजों की तादाद एक हजार के पार हुई तो प्रशासन ने सख्ती बढ़ाई।", "एक हजार के पार", "पार हुई"),
    # covidnp_DJ-2020-MAY-04-02: the pluperfect's auxiliary stays out, as the duration's event already read
    ("73 दिन बाद ये संख्या 1000 के पार हो गई थी।", "1000 के पार", "पार हो गई"),
])
def test_threshold_become(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF).event is None


@pytest.mark.parametrize("text,qtext,event", [
    # covidnp_PK-2020-APR-23-01: a change participle before the count stays its event (the rule fills only an empty one)
    ("देश में संक्रमण के मामले बढ़कर 21 हजार के पार हो चुके हैं।", "21 हजार के पार", "बढ़कर"),
    # covidnp_PK-2020-APR-09-01: the owner's event (`संक्रमितों की संख्या`) stays
    ("दुनियाभर में संक्रमितों की संख्या 16 लाख के पार हो गयी है।", "16 लाख के पार", "संक्रमित"),
    # covidnp_DJ-2020-ARP-03-02: another verb after `के पार` stays the event
    ("देश में संक्रमितों के मामले 10,000 के पार पहुंच गए हैं।", "10,000 के पार", "पहुंच गए"),
    # covidnp_DH-2020-ARP-04-01: पार करना was the event before, and is
    ("शनिवार को यह आंकड़ा 2900 पार कर गया।", "2900", "पार कर गया"),
])
def test_threshold_become_guard(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF).event == event


@pytest.mark.parametrize("text,qtext", [
    # covidnp_DH-2020-ARP-26-01: a verbless headline's `के पार` stays no event (round 43)
    ("महाराष्ट्र में कोरोना मरीजों की संख्या 8000 के पार, आज 440 नए केस", "8000 के पार"),
    # a number not ending in पार before a copula: no event, as before
    ("इस साल बाजार का पूंजीकरण 137 लाख करोड़ रुपये हो गया।", "137 लाख करोड़ रुपये"),
])
def test_threshold_become_none_guard(text, qtext):
    assert the_quantity(text, qtext, LEX, P).event is None
    assert the_quantity(text, qtext, *OFF).event is None
