"""Quantities round 40 (quantities-v43): the list gaps that the review of round 38 left. Child nouns of an infant age
(`तीन माह का मासूम`), one adjective of a small child between the age and the child (`तीन माह का दुधमुंहा बेटा`, switch
`infant_age_adjectives`), demonym spellings (`56 भारतीय और 17 इटैलियन।`) and a demonym before a closing bracket
(`(66 विदेशी)`). Sentences shortened from corpus/news (the corpus scans of round 40)."""
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
POLD = dataclasses.replace(P, lexicon="quantities-v42", infant_age_adjectives=False)  # main before round 40
LEXOLD = load_lexicon(ROOT / "models", POLD)
POFF = dataclasses.replace(P, infant_age_adjectives=False)
LEXOFF = load_lexicon(ROOT / "models", POFF)


def run(text: str, lex=LEX, p=P):
    return quantities_in(text, lex, p)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def test_round40_shipped():
    assert lexicon_at_least(P.lexicon, 43) and P.infant_age_adjectives and P.infant_ages


# --- infant ages: child nouns and adjectives ----------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun", [
    ("रिपोर्ट के मुताबिक तीन माह का मासूम पॉजिटिव है।", "तीन माह का मासूम", "मासूम"),
    ("ओवेस का तीन माह का दुधमुंहा बेटा कोरोना पॉजिटिव मिला है।", "तीन माह का दुधमुंहा बेटा", "बेटा"),
    ("गांव में दो महीने की एक नन्ही बच्ची भी संक्रमित मिली।", "दो महीने की एक नन्ही बच्ची", "बच्ची"),
    ("अस्पताल में 15 दिन का लड़का भर्ती है।", "15 दिन का लड़का", "लड़का"),
])
def test_round40_infant_ages(text, qtext, noun):
    q = one(text, qtext)
    assert (q.kind, q.noun) == ("age", noun)
    assert [r.kind for r in run(text, LEXOLD, POLD)] == ["duration"]  # was the span of time


def test_round40_infant_adjective_switch():
    text = "ओवेस का तीन माह का दुधमुंहा बेटा कोरोना पॉजिटिव मिला है।"
    assert [(r.text, r.kind) for r in run(text, LEXOFF, POFF)] == [("तीन माह", "duration")]


@pytest.mark.parametrize("text,qtext,kind", [
    ("दुकान का तीन महीने का किराया माफ किया गया।", "तीन महीने", "duration"),  # no child noun: a span of time
    ("पिछले 10 दिन के मासूम मरीजों की जांच हुई।", "10 दिन", "duration"),  # after पिछले a span of time
    ("उसे छह महीने की नन्ही सज़ा मिली।", "छह महीने", "duration"),  # an adjective alone is no child
])
def test_round40_infant_guard(text, qtext, kind):
    assert one(text, qtext).kind == kind


# --- demonym spellings ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun,old", [
    ("अब तक 76 मामले, इनमें 56 भारतीय और 17 इटैलियन।", "56 भारतीय", "भारतीय", "इटैलियन"),
    ("इनमें 12 भारतीय और 16 वियतनामी।", "12 भारतीय", "भारतीय", "वियतनामी"),
])
def test_round40_demonyms(text, qtext, noun, old):
    assert one(text, qtext).noun == noun
    assert one(text, qtext, LEXOLD, POLD).noun == old


@pytest.mark.parametrize("text,qtext,noun", [
    ("इनमें से 16 इटालियन और 10 भारतीय की रिपोर्ट पॉजीटिव आई है।", "16 इटालियन", "इटालियन"),
    ("नौ सऊदी और तीन थाई नागरिकों को ब्लैकलिस्ट किया गया है।", "तीन थाई नागरिकों", "नागरिक"),  # a demonym before its noun
])
def test_round40_demonym_guard(text, qtext, noun):
    assert one(text, qtext).noun == noun


# --- a demonym before a closing bracket -----------------------------------------------------------------------------
def test_round40_bracket():
    text = "राज्य पॉजिटिव केस (66 विदेशी) डिस्चार्ज मौत"
    assert one(text, "66 विदेशी").noun == "विदेशी"
    assert one(text, "66 विदेशी", LEXOLD, POLD).noun is None


@pytest.mark.parametrize("text,qtext,noun", [
    ("भारत के सलामी बल्लेबाज़ सहवाग (117 रन) और स्वान (चार विकेट) के नाम रहा।", "117 रन", "रन"),
    ("दक्षिण कोरिया (6,284 मामले, 42 मौत) में हालात खराब हैं।", "6,284 मामले", "मामला"),
])
def test_round40_bracket_guard(text, qtext, noun):
    assert one(text, qtext).noun == noun
