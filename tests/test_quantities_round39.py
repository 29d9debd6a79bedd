"""Quantities round 39 (quantities-v42): `पहले` + a word + an auxiliary or vector verb is the adverb, no ordinal
(`ordinal_participles`); an age read onto a word that is no person noun takes the person noun right after it
(`age_compound_persons`). Sentences shortened from corpus/news (sample seed 4013 and the corpus scans of round 39)."""
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
SWITCHES = ("ordinal_participles", "age_compound_persons")
POFF = dataclasses.replace(P, **{k: False for k in SWITCHES})
LEXOFF = load_lexicon(ROOT / "models", POFF)


def run(text: str, lex=LEX, p=P):
    return quantities_in(text, lex, p)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def texts(text: str, lex=LEX, p=P):
    return [q.text for q in run(text, lex, p)]


def test_round39_shipped():
    assert lexicon_at_least(P.lexicon, 42) and all(getattr(P, k) for k in SWITCHES)


# --- ordinal_participles --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,old", [
    ("जिन वाई फ़ाई स्पॉट से आपकी डिवाइस पहले जुड़ी रही हो उनके बारे में जानकारी मिलती है।", "पहले जुड़ी"),
    ("अगर संक्रमण के पहले प्लाज्मा लिया जाता है तो उसमें एंटी बॉडी कम होती है।", "पहले प्लाज्मा"),
])
def test_round39_ordinal_participles(text, old):
    assert old not in texts(text)
    assert old in texts(text, LEXOFF, POFF)  # was an ordinal


@pytest.mark.parametrize("text,qtext,noun", [
    ("लॉकडाउन के पहले चरण में सब बंद रहा।", "पहले चरण", "चरण"),
    ("वह राज्य के पहले मुख्यमंत्री बने।", "पहले मुख्यमंत्री", "मुख्यमंत्री"),
    ("हमारे पास पहले ही एक प्रणाली है जिसमें पहले टियर वाला ट्रिब्युनल शामिल है।", "पहले टियर", "टियर"),
])
def test_round39_ordinal_guard(text, qtext, noun):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("ordinal", noun)


# --- age_compound_persons -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun,old", [
    ("इशरत जहां एक 19 वर्षीय कॉलेज छात्रा थीं।", "19 वर्षीय कॉलेज छात्रा", "छात्रा", "कॉलेज"),
    ("27 वर्षीय गर्भवती महिला कोरोना पॉजिटिव पाई गई।", "27 वर्षीय गर्भवती महिला", "महिला", "गर्भवती"),
    ("यह मामला 22 वर्षीय थाई महिला का है।", "22 वर्षीय थाई महिला", "महिला", "थाई"),
])
def test_round39_age_compound_persons(text, qtext, noun, old):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("age", noun)
    assert [(r.kind, r.noun) for r in run(text, LEXOFF, POFF)] == [("age", old)]


@pytest.mark.parametrize("text,qtext,noun", [
    ("35 वर्षीय महिला डॉक्टर संक्रमित हुई।", "35 वर्षीय महिला", "महिला"),  # a person noun keeps the age
    ("सिंघल के बेटे ने 17 वर्ष की उम्र में आत्महत्या कर ली थी।", "17 वर्ष", "बेटा"),
])
def test_round39_age_guard(text, qtext, noun):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("age", noun)


def test_round39_age_disease_left_to_disease_step():
    q = one("35 वर्षीय कोरोना संक्रमित युवक की मौत हो गई।", "35 वर्षीय कोरोना संक्रमित युवक")
    assert (q.kind, q.noun) == ("age", "युवक")
