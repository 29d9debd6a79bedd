"""Session 26, the blind verifier's review: an English compass loan before a place name links to the place its Hindi
compass word names (`साउथ कोरिया` = `दक्षिण कोरिया`, Q884; link param compass_equivalents); quantities-v37: a threshold
count `N के पार` before `चले गये` counts the noun right before it (threshold_pass_verbs), a census noun before a
population count as its subject is the measured noun (census_subject_nouns). Sentences shortened from corpus/news;
negatives: what must not change."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.link import LinkParams, compass_row, kb_index, link_mentions, load_aliases, name_keys
from pipeline.quantities import QuantitiesParams, extract_quantities, load_lexicon
from pipeline.runner import load_params
from pipeline.segment import SegmentParams, split_sentences
from tests.test_link import doc_from_text
from tests.test_quantities import lexicon_at_least

ROOT = Path(__file__).resolve().parents[1]
LINK = load_params(ROOT / "params.yaml", "link", LinkParams)
LINK_OFF = dataclasses.replace(LINK, compass_equivalents=False)
TABLE = load_aliases(ROOT / "models", LINK)
KB = kb_index(TABLE)
QP = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", QP)
LEX36 = load_lexicon(ROOT / "models", dataclasses.replace(QP, lexicon="quantities-v36"))


def test_shipped_switches():
    assert LINK.compass_equivalents and lexicon_at_least(QP.lexicon, 47)  # v38: round 35; v39: round 36; v40: round 37; v41: round 38; v42: round 39; v43: round 40; v44: round 41; v45: round 42; v46: round 43; v47: round 45


# --- link: compass_equivalents ---------------------------------------------------------------------------------
def qid_of(text: str, name: str, p: LinkParams) -> str | None:
    ms = doc_from_text("d1", text, (name, "LOC"))
    entities, linked = link_mentions(ms, TABLE, p, texts={"d1": text})
    eid = next(m.entity_id for m in linked if m.text == name)
    return next(e.qid for e in entities if e.entity_id == eid)


@pytest.mark.parametrize("text, name, qid", [
    ("ईरान, इटली, साउथ कोरिया समेत 10 देशों में कोरोना वायरस फैल चुका है", "साउथ कोरिया", "Q884"),  # covidnp_NT-2020-MAR-02-02
    ("नॉर्थ कोरिया के नेता किम जोंग उन को लेकर अटकलें हैं", "नॉर्थ कोरिया", "Q423"),  # covidnp_PK-2020-APR-22-01
    ("कुछ दिनों पहले वह साउथ अफ्रीका जमात में गए थे", "साउथ अफ्रीका", "Q258"),  # covidnp_DJ-2020-ARP-10-01: the country,
    # not the region `दक्षिणी अफ़्रीका` (the noun `दक्षिण` is read first)
])
def test_compass_loan_links_to_the_hindi_row(text, name, qid):
    assert qid_of(text, name, LINK) == qid
    assert qid_of(text, name, LINK_OFF) is None  # before: an entity of its own, no QID


@pytest.mark.parametrize("name", [
    "साउथ दिल्ली",  # no row spells `दक्षिण दिल्ली`: its own district, as before
    "वेस्ट इंफाल",
    "साउथ गोवा",
    "कोरिया",  # no compass word
    "नॉर्थ",  # one word
])
def test_compass_row_leaves_other_names(name):
    assert compass_row(KB, "LOC", name_keys(name, "LOC")) is None


def test_compass_row_only_places():
    assert compass_row(KB, "LOC", name_keys("साउथ कोरिया", "LOC")) is not None
    assert compass_row(KB, "ORG", name_keys("साउथ कोरिया", "ORG")) is None


# --- quantities-v37 ------------------------------------------------------------------------------------------------
def run(text: str, lex=LEX):
    return [(q.text, q.value, q.kind, q.noun, q.event)
            for q in extract_quantities(split_sentences("d", text, SegmentParams()), [], lex, QP)]


def find(text: str, value: float, lex=LEX):
    qs = [q for q in run(text, lex) if q[1] == value]
    assert len(qs) == 1, run(text, lex)
    return qs[0]


@pytest.mark.parametrize("text, value, noun", [
    # covidnp_NT-2020-APR-28-01: the subject right before the threshold, not the earlier sentence's noun
    ("अब तक 900 लोगों की मौत हुई है। देश में मंगलवार को संक्रमण के सत्यापित मामले 30000 के पार चले गये।", 30000, "मामला"),
    ("कुल मरीज 500 के पार निकल गए हैं।", 500, "मरीज"),
])
def test_threshold_pass_verbs(text, value, noun):
    assert find(text, value)[3] == noun


@pytest.mark.parametrize("text, value", [
    # negatives: `चले` after no `पार` is no predicate of the number (`30000 रुपये लेकर चले गये` keeps its unit)
    ("वह 30000 रुपये लेकर चले गये।", 30000),
])
def test_threshold_pass_verbs_need_par(text, value):
    assert find(text, value) == find(text, value, LEX36)


@pytest.mark.parametrize("text, value", [
    ("विशेषज्ञों का कहना है कि भारत की आबादी एक अरब 30 करोड़ हैं।", 1_300_000_000),  # covidnp_AU-2020-MAR-18-01
    ("खास बात यह है कि भारत की कुल आबादी ही 130 करोड़ के करीब है।", 1_300_000_000),  # covidnp_NT-2020-APR-23-02
])
def test_census_subject_nouns(text, value):
    assert find(text, value)[2:4] == ("count", "आबादी")
    assert find(text, value, LEX36)[3] is None  # v36: no noun


@pytest.mark.parametrize("text, value, kind, noun", [
    # negatives: a following census noun as before, and no census noun before: the money reading stays
    ("छह करोड़ की आबादी वाले इस देश में लॉकडाउन है।", 60_000_000, "count", "आबादी"),
    ("सरकार ने 130 करोड़ रुपये जारी किए।", 1_300_000_000, "money", "रुपये"),
    ("पांच करोड़ की आबादी की जमीन पर कब्जा है।", 50_000_000, "money", "रुपये"),
])
def test_census_subject_nouns_negatives(text, value, kind, noun):
    assert find(text, value)[2:4] == (kind, noun)
