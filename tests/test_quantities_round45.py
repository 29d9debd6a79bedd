"""Quantities round 45 (quantities-v47): `पहले` that cannot be an ordinal of the word after it is the adverb
"earlier/before/ago" (switch `ordinal_adverb_agreement`), and `के आगे/पश्चात/उपरांत` frame a date as `के बाद` does
(switch `later_frames`). Sentences shortened or paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
SWITCHES = ("ordinal_adverb_agreement", "later_frames")
OFF = {s: switched_off(P, s) for s in SWITCHES}


def test_round45_shipped():
    assert lexicon_at_least(P.lexicon, 47) and all(getattr(P, s) for s in SWITCHES)
    assert not any(getattr(QuantitiesParams(), s) for s in SWITCHES)  # old params keep old behaviour
    assert all(LEX.digest != OFF[s][0].digest for s in SWITCHES)  # each switch is in the lexicon's cache key


def ordinals(text, lex, p):
    return [q.text for q in quantities_in(text, lex, p) if q.kind == "ordinal"]


# --- ordinal_adverb_agreement: `पहले` the adverb, no ordinal ------------------------------------------------------
@pytest.mark.parametrize("text,was", [
    # bbchi_0334: a relative quantifier after पहले, "than was expected earlier"
    ("रिपोर्ट के मुताबिक ग्रह का सिकुड़ना पहले जितनी उम्मीद थी उससे ज़्यादा है।", "पहले जितनी"),
    # bbchi_0013: a direct masculine singular adjective never agrees with the oblique ordinal
    ("यहां क्या पहले बड़ा मकान था, यह किसी को नहीं पता।", "पहले बड़ा मकान"),
    # covidnp_DJ-2020-ARP-18-01: the same with नया before a place
    ("मरीज इलाज के लिए पहले नया बाजार के एक क्लिनिक पर गया था।", "पहले नया बाजार"),
    # bbchi_0280: an infinitive after `के पहले`, before doing
    ("वह बेटी की शादी के पहले मरने की ख्वाहिश रखते हैं।", "पहले मरने"),
    # bbchi_0039: a span of time + भर + पहले, ago
    ("हफ्ते भर पहले कंपनी के सीईओ ने इस्तीफ़ा दे दिया।", "पहले कंपनी"),
])
def test_pahle_adverb(text, was):
    assert ordinals(text, LEX, P) == []
    assert ordinals(text, *OFF["ordinal_adverb_agreement"]) == [was]


@pytest.mark.parametrize("text,qtext,noun", [
    ("भारत के पहले बड़े मकान की नींव रखी गई।", "पहले बड़े मकान", "मकान"),  # the oblique adjective agrees (guard)
    ("वह फ़ेसबुक में पहले भारतीय इंजीनियर थे।", "पहले भारतीय इंजीनियर", "इंजीनियर"),  # bbchi_0072: -ीय, no -ा adjective
    ("गंभीर के पहले ओवर में आउट हो जाने के बाद सहवाग आए।", "पहले ओवर", "ओवर"),  # bbchi_0118: a noun after के पहले
    ("पहला बड़ा मुकाबला कल खेला जाएगा।", "पहला बड़ा मुकाबला", "मुकाबला"),  # the direct पहला agrees with बड़ा
    ("लॉकडाउन के पहले चरण में 500 मामले आए।", "पहले चरण", "चरण"),
])
def test_pahle_ordinal_guard(text, qtext, noun):
    assert the_quantity(text, qtext, LEX, P).noun == noun
    assert the_quantity(text, qtext, *OFF["ordinal_adverb_agreement"]).noun == noun


def test_pahle_time_span_guard():  # `दो हफ्ते पहले` was no ordinal before the round, and is none now
    text = "दो हफ्ते पहले आये चक्रवात से 20 घर गिरे।"
    assert ordinals(text, LEX, P) == [] and ordinals(text, *OFF["ordinal_adverb_agreement"]) == []


# --- later_frames: a date framed by `के आगे/उपरांत/पश्चात` takes the clause's predicate, not the noun after it -----
@pytest.mark.parametrize("text,qtext,event,was", [
    # covidnp_PK-2020-APR-28-01
    ("बैठक में तीन मई के आगे लॉकडाउन बढ़ेगा या नहीं इसपर फैसला हो सकता है।", "तीन मई", "बढ़ेगा", "लॉकडाउन"),
    ("तीन मई के उपरांत लॉकडाउन में ढील दी जाएगी।", "तीन मई", "ढील दी जाएगी", "लॉकडाउन"),  # made up, same frame
])
def test_later_frames(text, qtext, event, was):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF["later_frames"]).event == was


@pytest.mark.parametrize("text,qtext,event", [
    ("14 अप्रैल के बाद लॉकडाउन में छूट दी जा सकती है।", "14 अप्रैल", "छूट दी जा सकती"),  # round 35's frame, unchanged
    ("दो समुदायों के बीच झड़प हुई।", "दो समुदायों", "झड़प"),  # `के बीच` is no later frame: the noun is what is between
    ("26/11 का हमला भुलाया नहीं जा सकता।", "26/11", "हमला"),  # a date's genitive noun stays its event
])
def test_later_frames_guard(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF["later_frames"]).event == event
