"""Quantities round 42 (quantities-v45): counted nouns. A word the UD list tags as no noun that corpus/news counts after a
number (`ओवर`, switch `ud_counted_nouns`) and a count right before सहित/समेत, a part included in the next count, that is no
antecedent of later bare numbers (switch `inclusion_parts`), and a degree adverb after a count's noun that links no
modifier noun to a head (switch `degree_adverbs`). Sentences shortened from corpus/news (the sample of seed 4016
and the corpus scans of round 42)."""
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
SWITCHES = ("ud_counted_nouns", "inclusion_parts", "degree_adverbs")
POLD = dataclasses.replace(P, lexicon="quantities-v44", **{s: False for s in SWITCHES})  # main before round 42
LEXOLD = load_lexicon(ROOT / "models", POLD)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def off(switch: str):
    return switched_off(P, switch)


def test_round42_shipped():
    assert lexicon_at_least(P.lexicon, 46) and all(getattr(P, s) for s in SWITCHES)


# --- ओवर: UD tags it ADP ("over"), corpus/news counts it -------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,old,oldnoun", [
    ("मुंबई ने निर्धारित 20 ओवर में पांच विकेट खोकर 187 रन बनाए।", "20 ओवर", "20", None),
    ("स्टार्क ने चार ओवर में केवल 29 रन दिए।", "चार ओवर", "चार", None),
    ("इंग्लैंड ने 49.1 ओवर में 222 रन बनाकर सेमी फ़ाइनल में प्रवेश किया।", "49.1 ओवर", "49.1", None),
    ("विहारी 19वें ओवर में मलिंगा की गेंद पर आउट हुए।", "19वें ओवर", "19वें", None),
])
def test_round42_overs(text, qtext, old, oldnoun):
    assert one(text, qtext).noun == "ओवर"
    assert one(text, old, LEXOLD, POLD).noun == oldnoun
    lex, p = off("ud_counted_nouns")
    assert one(text, old, lex, p).noun == oldnoun


@pytest.mark.parametrize("text,qtext,event", [
    ("दो लोग बुखार के इलाज के लिए उसके पास गए थे।", "दो लोग", "गए"),  # पास stays a postposition: not in the list
    ("हमला सुबह 7 बजे से पहले बीच के पास हुआ।", "7 बजे", "हमला"),
])
def test_round42_overs_guard(text, qtext, event):
    assert one(text, qtext).event == event


# --- a count before सहित/समेत is a part of the next count, no antecedent ----------------------------------------------
LIST = ("देश में 47 मामले आए हैं। उत्तर प्रदेश में 19, केरल में दो विदेशियों सहित 27, कर्नाटक में 14, लद्दाख में आठ और "
        "तेलंगाना में दो विदेशियों सहित छह मामलों की पुष्टि हुई है।")


@pytest.mark.parametrize("text,qtext", [
    (LIST, "27"),  # the count before: no part's noun
    (LIST, "14"),
    (LIST, "आठ"),  # (and no list sharing with the next item's part)
    ("राज्य में 17 मामले हैं। राजस्थान में दो विदेशियों समेत सात, तमिलनाडु में तीन मामले आए।", "सात"),
])
def test_round42_inclusion_parts(text, qtext):
    assert one(text, qtext).noun == "मामला"
    assert one(text, qtext, LEXOLD, POLD).noun == "विदेशी"
    lex, p = off("inclusion_parts")
    assert one(text, qtext, lex, p).noun == "विदेशी"


@pytest.mark.parametrize("text,qtext,noun", [
    ("इस हादसे में 10 महिलाएं और पांच बच्चों समेत 24 यात्रियों की मौत हो गई।", "पांच बच्चों", "बच्चा"),  # the part keeps its noun
    ("इस हादसे में 10 महिलाएं और पांच बच्चों समेत 24 यात्रियों की मौत हो गई।", "10 महिलाएं", "महिला"),
    ("हरियाणा में 14 विदेशी नागरिकों सहित 17 मामले हैं। इनमें से 5 ठीक हो गए।", "5", "मामला"),
    ("केरल में 12 मरीज हैं। वहां 3 और मिले।", "3", "मरीज"),  # no सहित: the count before, as ever
])
def test_round42_inclusion_guard(text, qtext, noun):
    assert one(text, qtext).noun == noun


# --- a degree adverb after the count's noun modifies the predicate ----------------------------------------------------
@pytest.mark.parametrize("text,qtext,old", [
    ("मुझे यह 12 लड़के बहुत पसंद हैं और मुझे गर्व है।", "12 लड़के", "12 लड़के बहुत पसंद"),
    ("यहां 12 लड़के बहुत तेज खेल रहे हैं।", "12 लड़के", "12 लड़के बहुत तेज"),
])
def test_round42_degree_adverbs(text, qtext, old):
    assert one(text, qtext).noun == "लड़का"
    assert one(text, old, LEXOLD, POLD).noun != "लड़का"
    lex, p = off("degree_adverbs")
    assert one(text, old, lex, p).noun != "लड़का"


@pytest.mark.parametrize("text,qtext,noun", [
    ("अस्पताल में दो कोरोना संक्रमित रोगी भर्ती हैं।", "दो कोरोना संक्रमित रोगी", "रोगी"),  # an adjective links the head
    ("यहां 12 खिलाड़ी बहुत तेज खेल रहे हैं।", "12 खिलाड़ी", "खिलाड़ी"),
])
def test_round42_degree_adverbs_guard(text, qtext, noun):
    assert one(text, qtext).noun == noun
