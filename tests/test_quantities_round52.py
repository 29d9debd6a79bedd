"""Quantities round 52 (quantities-v53). Switch `locative_state_events` (settings locative_state_nouns,
locative_state_lights): an event verb group found after the quantity that begins with a light verb (forms of आ, ले, रख,
भेज, रह) right after `X में`, X a state noun of contact, infection, watch, isolation or custody (संपर्क, चपेट, निगरानी,
क्वारंटाइन, आइसोलेशन ...), takes `X में` into the event, as round 27's `हिरासत में लिया` already did. A place before
`में` (वार्ड, अस्पताल) keeps its bare verb. Sentences shortened or paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "locative_state_events")
KEYS = ("locative_state_nouns", "locative_state_lights")


def test_round52_shipped():
    assert lexicon_at_least(P.lexicon, 53)
    assert lexicon_at_least(QuantitiesParams().lexicon, 53)
    assert P.locative_state_events and not QuantitiesParams().locative_state_events  # old params keep old behaviour
    assert OFF[0].digest != LEX.digest  # the switch is in the lexicon's cache key
    assert all(k in LEX.sets for k in KEYS) and not any(k in OFF[0].sets for k in KEYS)
    assert not LEX.sets["locative_state_nouns"] & {"वार्ड", "अस्पताल", "घर", "सेंटर"}  # no place nouns


@pytest.mark.parametrize("text,qtext,event,off_event", [
    # covidnp_AU-2020-MAR-04-05: watch, a passive perfect
    ("अब तक गाजियाबाद के कुल 11 मरीजों को निगरानी में रखा जा चुका है।", "11 मरीजों", "निगरानी में रखा जा चुका",
     "रखा जा चुका"),
    # ednil_navbharat_2005_9_12_1228454final: a storm's grip, three listed objects
    ("सोमवार सुबह तक खनून ने चार शहरों, 329 जिलों और 357 प्रांतों को अपनी चपेट में लिया।", "329 जिलों", "चपेट में लिया",
     "लिया"),
    # covidnp_DJ-2020-MAR-28-01: came into contact
    ("इनमें से 16 लोग विदेश से लौटे लोगों के संपर्क में आए थे।", "16 लोग", "संपर्क में आए", "आए"),
    # covidnp_NT-2020-MAR-26-01: caught by the infection, a vector after the light verb
    ("देश में अब तक 81,285 लोग कोरोना की चपेट में आ चुके हैं।", "81,285 लोग", "चपेट में आ चुके", "आ चुके"),
    # covidnp_PK-2020-APR-22-01: a count of police, the य-spelt vector
    ("कुल 38 पुलिसकर्मी कोविड की चपेट में आ गये हैं।", "38 पुलिसकर्मी", "चपेट में आ गये", "आ गये"),
    # covidnp_PK-2020-MAR-18-07: a duration of isolation
    ("सांसद ने ऐहतियातन खुद को 14 दिनों के लिए आइसोलेशन में रखा है।", "14 दिनों", "आइसोलेशन में रखा", "रखा"),
    # covidnp_AU-2020-MAR-20-03: one man came into contact with a thousand people
    ("वह एक शादी समारोह के दौरान 1000 से ज्यादा लोगों के संपर्क में आया है।", "1000 से ज्यादा लोगों", "संपर्क में आया",
     "आया"),
    # quarantine, with the light verb भेज
    ("सात लोगों को होम क्वारंटाइन में भेजा गया।", "सात लोगों", "क्वारंटाइन में भेजा गया", "भेजा गया"),
])
def test_locative_state_events(text, qtext, event, off_event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF).event == off_event  # switch off: the bare light verb, as before


@pytest.mark.parametrize("text,qtext,event", [
    # guard: a place before में keeps the bare verb (covidnp_PK-2020-MAR-13-01's `विशेष वार्ड में ... रखा गया`)
    ("30 मरीजों को आइसोलेशन वार्ड में रखा गया।", "30 मरीजों", "रखा गया"),
    # guard: the state noun before the quantity is out of reach (never back into or over the quantity's span)
    ("बाढ़ की चपेट में 20 गांव आ गए हैं।", "20 गांव", "आ गए"),
    # guard: a state with a copula stays the state word (round 30's state_locations), no light verb
    ("ये 12 लोग उसके संपर्क में थे।", "12 लोग", "संपर्क"),
    # guard: custody (round 27's locative_conjunct_nouns) reads as before
    ("पुलिस ने 5 लोगों को हिरासत में लिया।", "5 लोगों", "हिरासत में लिया"),
    # guard: a conjunctive `चपेट में आकर` before the main verb: the main verb is the event (covidnp_AU-2020-ARP-12-01)
    ("वहीं 9,875 लोग इस महामारी की चपेट में आकर दम तोड़ चुके हैं।", "9,875 लोग", "दम तोड़ चुके"),
])
def test_locative_state_guards(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF).event == event
