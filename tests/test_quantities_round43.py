"""Quantities round 43 (quantities-v46): leftovers of the review of round 41 and of round 42. `वायरस` in the run of disease
words before an inverted headline verb's count (inverted_owner_nouns), a bare `पार` after a number read as the threshold
`के पार` (switch `bare_threshold_pass`), a headline count that ends in its threshold closing its clause at the comma
(switch `threshold_comma_clauses`), the noun before such a count as its subject (switch `threshold_subjects`), and the
English-order compound `X स्पेशल Y` counting Y (switch `loan_compound_heads`). Sentences shortened from corpus/news."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
SWITCHES = ("bare_threshold_pass", "threshold_comma_clauses", "threshold_subjects", "loan_compound_heads")
POLD = dataclasses.replace(P, lexicon="quantities-v45", **{s: False for s in SWITCHES})  # main before round 43
LEXOLD = load_lexicon(ROOT / "models", POLD)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def off(switch: str):
    return switched_off(P, switch)


def test_round43_shipped():
    assert lexicon_at_least(P.lexicon, 46) and all(getattr(P, s) for s in SWITCHES)
    assert "वायरस" in LEX.sets["inverted_owner_nouns"] and "वायरस" not in LEXOLD.sets["inverted_owner_nouns"]


# --- वायरस: the two-word disease name before an inverted headline verb's count ----------------------------------------
def test_virus_owner_run():
    t = "जीबीआरसी ने खोजे कोरोना वायरस के तीन नए म्यूटेशन, वैक्सीन बनाने में मिलेगी मदद"
    assert one(t, "तीन नए म्यूटेशन").event == "खोजे"
    assert one(t, "तीन नए म्यूटेशन", LEXOLD, POLD).event == "बनाने"


# --- a bare पार after a number: the threshold of a verbless headline --------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun", [
    ("फ्रांस में मरने वालों की संख्या 20 हजार पार", "20 हजार पार", "लोग"),
    ("दिल्ली में कोरोना केस 2 हजार पार हो गए हैं।", "2 हजार पार", "केस"),
    ("देश में कोरोना का मामले 26 हजार पार", "26 हजार पार", "मामला"),
])
def test_bare_threshold(text, qtext, noun):
    q = one(text, qtext)
    assert (q.modifier, q.noun) == ("more_than", noun)
    old = one(text, qtext, LEXOLD, POLD)
    assert (old.modifier, old.noun) == ("exact", "पार")
    lex, p = off("bare_threshold_pass")
    assert one(text, qtext, lex, p).noun == "पार"


def test_bare_threshold_guard_do_verb():
    # पार करना: the number is the verb's object, no threshold modifier
    t = "कोरोनावायरस संक्रमण के मामलों की संख्या 100 पार करने के बीच स्कूल बंद हुए।"
    q = one(t, "100 पार")
    assert q.modifier == "exact"


# --- a headline's threshold clause ends at its comma -------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,oldevent", [
    ("अमेरिका में मृतकों की संख्या 12 हजार के पार, ट्रंप बोले- आशंका से कम", "12 हजार के पार", "बोले"),
    ("महाराष्ट्र में कोरोना मरीजों की संख्या 11 हजार के पार, 24 घंटों में सामने आए 1008 नए मामले", "11 हजार के पार", "सामने आए"),
])
def test_threshold_comma(text, qtext, oldevent):
    assert one(text, qtext).event is None
    assert one(text, qtext, LEXOLD, POLD).event == oldevent
    lex, p = off("threshold_comma_clauses")
    assert one(text, qtext, lex, p).event == oldevent


def test_threshold_comma_guard_sentence():
    # not in a sentence that ends in a danda: the comma need not end a verbless clause there
    t = "मरीजों की संख्या 500 के पार, अब तक 20 लोग ठीक हुए हैं।"
    assert one(t, "500 के पार").event == one(t, "500 के पार", *off("threshold_comma_clauses")).event


# --- the subject before a threshold ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,noun", [
    ("कोरोना मरीज 20 हजार पार, जानिए दुनिया की तुलना में हम कहां खड़े हैं", "20 हजार पार", "मरीज"),
    ("तमिलनाडु में कोविड-19 के मामले 7,000 के पार", "7,000 के पार", "मामला"),
])
def test_threshold_subject(text, qtext, noun):
    assert one(text, qtext).noun == noun
    lex, p = off("threshold_subjects")
    assert one(text, qtext, lex, p).noun != noun


def test_threshold_subject_guard_attribute():
    # a measured attribute before the threshold is no counted noun
    t = "देश में रिकवरी रेट 30 के पार"
    assert one(t, "30 के पार").noun != "रेट"


# --- X स्पेशल Y: the last noun is counted -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,oldtext", [
    ("रेलवे ने बुधवार को 56 श्रमिक स्पेशल ट्रेनें चलाईं।", "56 श्रमिक स्पेशल ट्रेनें", "56 श्रमिक"),
    ("इसके बाद रेलवे ने छह श्रमिक स्पेशल ट्रेन चलाने की घोषणा की।", "छह श्रमिक स्पेशल ट्रेन", "छह श्रमिक"),
])
def test_loan_compound(text, qtext, oldtext):
    assert one(text, qtext).noun == "ट्रेन"
    assert one(text, oldtext, LEXOLD, POLD).noun == "श्रमिक"
    lex, p = off("loan_compound_heads")
    assert one(text, oldtext, lex, p).noun == "श्रमिक"


def test_loan_compound_guard_verb():
    # a place after स्पेशल (before में/पर) is where the counted are: the count keeps its own noun
    t = "कल 12 मरीज स्पेशल वार्ड में भर्ती किए गए।"
    assert one(t, "12 मरीज").noun == "मरीज"
