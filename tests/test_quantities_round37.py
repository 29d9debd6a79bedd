"""Quantities round 37 (quantities-v40): earthquake magnitudes written `परिमाण` (`magnitude_words`), a passive
`की जानी चाहिए` written whole (`passive_obligatives`), headlines whose count stands before its inverted verb group
(`person_not_conjunct`: `1700 लोग कर सकेंगे यात्रा`) or before a coordinated list item (`inverted_list_items`).
Sentences shortened from corpus/news (round 36's leftovers, seed 4011)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
POFF = dataclasses.replace(P, magnitude_words=False, passive_obligatives=False, person_not_conjunct=False,
                           inverted_list_items=False)
LEXOFF = load_lexicon(ROOT / "models", POFF)


def run(text: str, lex=LEX, p=P):
    return quantities_in(text, lex, p)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def test_round37_shipped():
    assert lexicon_at_least(P.lexicon, 40) and P.magnitude_words and P.passive_obligatives \
        and P.person_not_conjunct and P.inverted_list_items


# --- magnitude_words -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun", [
    ("2009: पाडांग के शहर के निकट 7.6 परिमाण के भूकंप ने क्षेत्र को प्रभावित किया।", "7.6 परिमाण", "परिमाण"),
    ("पालू का उत्तरी क्षेत्र जो, 7.5 परिमाण वाले भूकंप के उपरिकेंद्र के पास है।", "7.5 परिमाण", "परिमाण"),
    ("रिक्टर स्केल पर 6.1 परिमाण का भूकंप आया।", "6.1 परिमाण", "परिमाण"),
    ("इससे पहले 1 अक्तूबर को भी राज्य में 4.5 तिव्रता का भूकंप आया था।", "4.5 तिव्रता", "तीव्रता"),
])
def test_round37_magnitude(text, qtext, noun):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("measure", noun)
    assert one(text, qtext, LEXOFF, POFF).kind == "count"


@pytest.mark.parametrize("text,qtext", [
    ("यहां 20 परिमाण में दवा भेजी गई।", "20 परिमाण"),  # not under 10.5: no magnitude
    ("कुल 5 से 8 परिमाण के नमूने लिए गए।", "5 से 8 परिमाण"),  # a range: no magnitude
])
def test_round37_magnitude_traps(text, qtext):
    assert one(text, qtext).kind == "count"


def test_round37_intensity_as_before():
    q = one("इंडोनेशिया के सुमात्रा द्वीप में 6.5 तीव्रता का भूकंप आया।", "6.5 तीव्रता")
    assert (q.kind, q.noun) == ("measure", "तीव्रता")


# --- passive_obligatives -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("दशक के अंत तक 10% प्रोडक्ट्स की आपूर्ति पुनः उपयोग के लायक बर्तनों में की जानी चाहिए।", "10%", "की जानी चाहिए", "जानी"),
    ("अधिकतम कटौती दो लाख रुपए तक की जानी चाहिए.", "दो लाख रुपए", "की जानी चाहिए", "जानी"),
])
def test_round37_passive_obligatives(text, qtext, event, old):
    assert one(text, qtext).event == event
    assert one(text, qtext, LEXOFF, POFF).event == old


@pytest.mark.parametrize("text,qtext,event", [
    ("दो हफ्ते में 500 लोगों की जांच की जानी चाहिए।", "500 लोगों", "जांच"),  # a nominal before की: as before
    ("28 लाख लोगों की स्क्रीनिंग की जानी है।", "28 लाख लोगों", "स्क्रीनिंग"),  # no obligation: as before
])
def test_round37_passive_traps(text, qtext, event):
    assert one(text, qtext).event == event


# --- person_not_conjunct -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun,event", [
    ("श्रमिक स्पेशल में अब 1700 लोग कर सकेंगे यात्रा, सामान्य लोगों के लिए केवल एसी ट्रेन चलाने का विरोध", "1700 लोग",
     "लोग", "कर सकेंगे यात्रा"),
    ("अब 1700 लोग कर सकेंगे यात्रा", "1700 लोग", "लोग", "कर सकेंगे यात्रा"),
    ("20 मजदूर कर रहे हैं काम के लिए प्रदर्शन", "20 मजदूर", "मजदूर", "कर रहे"),
])
def test_round37_person_not_conjunct(text, qtext, noun, event):
    q = one(text, qtext)
    assert (q.noun, q.event) == (noun, event)
    assert [q.text for q in run(text, LEXOFF, POFF)] != [qtext]  # was "1700" with no noun


@pytest.mark.parametrize("text,qtext,noun,event", [
    ("अब 1700 लोग यात्रा कर सकेंगे", "1700 लोग", "लोग", "यात्रा"),  # the plain order, as before
    ("78 लोग ठीक होकर घर जा चुके हैं।", "78 लोग", "लोग", "ठीक"),  # a predicate word before होकर, as before
])
def test_round37_person_traps(text, qtext, noun, event):
    q = one(text, qtext)
    assert (q.noun, q.event) == (noun, event)


# --- inverted_list_items -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("भारत में रोज बन रही हैं दो लाख पीपीई किट और एन-95 मास्क: उन्होंने कहा", "दो लाख पीपीई किट", "बन रही", None),
    ("सुरक्षाबलों ने बना डाले लाखों मास्क और पीपीई सूट, मल्टीनेशनल कंपनियों को दी टक्कर!", "लाखों मास्क", "बना डाले", "दी"),
])
def test_round37_inverted_list_items(text, qtext, event, old):
    assert one(text, qtext).event == event
    assert one(text, qtext, LEXOFF, POFF).event == old


@pytest.mark.parametrize("text,qtext", [
    ("रोज बन रही हैं दो लाख पीपीई किट और 20 मास्क", "दो लाख पीपीई किट"),  # a second count: not one item
    ("घर भेजे गए 19 बच्चे और दो शिक्षक, स्कूल बंद", "19 बच्चे"),  # a number word in the item
])
def test_round37_inverted_list_traps(text, qtext):
    assert one(text, qtext).event is None
