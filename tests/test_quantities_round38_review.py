"""Review of quantities round 38: one case per fix and per guard (sentences shortened or paraphrased from corpus/news;
the guard cases of the pronoun `एक` and of animals in a coordinated death are built on the corpus's constructions).
- ek_clock_ranges: `एक` after हर/किसी/प्रत्येक is the pronoun, `से` its postposition: no range 1-N.
- infant_ages: an article `एक` between the genitive and the child noun (`दो माह के एक बच्चे`).
- other_count_events: only a count of cases (settings case_heads) loses a death noun of the coordinated count after it;
  another noun in the direct case shares the coordination's genitive (`40 मवेशी और दो लोगों की मौत`)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import quantities_in, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)


def run(text: str, lex=LEX, p=P):
    return quantities_in(text, lex, p)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def off(switch: str):
    return switched_off(P, switch)


# --- ek_clock_ranges: the pronoun एक ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,value", [
    ("हर एक से 500 रुपये वसूले गए।", "500 रुपये", 500.0),
    ("उनमें से किसी एक से दो बातें पूछी गईं।", "दो बातें", 2.0),
    ("प्रत्येक एक से 200 रुपये जुर्माना लिया गया।", "200 रुपये", 200.0),
])
def test_review38_ek_pronoun_no_range(text, qtext, value):
    q = one(text, qtext)
    assert (q.value, q.value_max) == (value, None)
    assert not any(x.text.startswith("एक") for x in run(text))


@pytest.mark.parametrize("text,qtext,lo,hi", [  # guard: the range stays where एक is the number
    ("स्कूल को सेनिटाइज करने की प्रक्रिया में एक से दो दिन का समय लगेगा।", "एक से दो दिन", 1.0, 2.0),
    ("बता दें कि एक से तीन अप्रैल तक 1,162 नए मामले सामने आए।", "एक से तीन अप्रैल", 1.0, 3.0),
])
def test_review38_ek_range_kept(text, qtext, lo, hi):
    q = one(text, qtext)
    assert (q.value, q.value_max, q.modifier) == (lo, hi, "range")


# --- infant_ages: over the article एक ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,value,noun", [
    ("राजस्थान में संक्रमित पाए गए दो माह के एक बच्चे की मौत हो गयी।", "दो माह के एक बच्चे", 2.0, "बच्चा"),
    ("इनमें 10 महीने की एक बच्ची भी है।", "10 महीने की एक बच्ची", 10.0, "बच्ची"),
    ("ताजा मामलों में नौ महीने का एक नवजात शिशु भी शामिल है।", "नौ महीने का एक नवजात", 9.0, "नवजात"),
])
def test_review38_infant_age_over_article(text, qtext, value, noun):
    q = one(text, qtext)
    assert (q.value, q.kind, q.noun) == (value, "age", noun)
    lex, p = off("infant_ages")
    assert [x.kind for x in run(text, lex, p)] == ["duration"]  # was a duration


@pytest.mark.parametrize("text,qtext,kind", [  # guards: a span of time, no child noun after the article
    ("पिछले तीन महीने के एक बच्चे के आंकड़े जारी किए गए।", "तीन महीने", "duration"),
    ("दो महीने के एक अभियान में जांच की गई।", "दो महीने", "duration"),
])
def test_review38_infant_age_guards(text, qtext, kind):
    assert one(text, qtext).kind == kind


# --- other_count_events: only a count of cases ------------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext", [
    ("जिले में 40 मवेशी और दो लोगों की मौत हो गई।", "40 मवेशी"),
    ("बाढ़ में 25 भेड़ और एक चरवाहे की मौत हो गई।", "25 भेड़"),
])
def test_review38_other_count_shares_death(text, qtext):
    assert one(text, qtext).event is not None  # the animals died too: the coordination's genitive is shared


@pytest.mark.parametrize("text,qtext", [  # guard: a count of cases still takes no death
    ("पिछले 24 घंटे में 918 नए मामले और 31 लोगों की मौत", "918 नए मामले"),
    ("24 घंटे में 1990 नए केस, 49 की मौत", "1990 नए केस"),
])
def test_review38_other_count_cases(text, qtext):
    assert one(text, qtext).event is None
    p = dataclasses.replace(P, other_count_events=False, headline_comma_clauses=False)  # (round 41's comma rule too)
    assert one(text, qtext, load_lexicon(ROOT / "models", p), p).event is not None  # was the other count's death
