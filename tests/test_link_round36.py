"""Link round 36 (spelling variants across articles): a Latin acronym meets the same letters in Devanagari
(link.acronym_groups), a place the KB spells with `ॉ` is the place the news spells with `ा` (link.kb_o_fold), a name
written apart and joined inside one article (link.joined_loose), and the round-32/33 title regexes take a danda for
no letter (link.title_danda_boundary). Names and sentences from corpus/news articles (shortened)."""

import dataclasses
import re
from functools import lru_cache

import pytest

from pipeline.link import (LinkParams, _after_famous_title, _local_official_nodes, _private_person_nodes, link_mentions,
                           load_aliases)
from pipeline.records import Mention
from pipeline.runner import load_params
from tests.test_link import ROOT, doc_from_text

SHIPPED = load_params(ROOT / "params.yaml", "link", LinkParams)


@lru_cache(maxsize=1)
def shipped_aliases():
    return load_aliases(ROOT / "models", SHIPPED)


def ids(mentions: list[Mention], p: LinkParams, texts: dict[str, str] | None = None) -> dict[tuple[str, str], str]:
    _, linked = link_mentions(mentions, shipped_aliases(), p, texts=texts)
    return {(m.doc_id, m.text): m.entity_id for m in linked}


def off(**kw) -> LinkParams:
    return dataclasses.replace(SHIPPED, **kw)


def aliases_at_least(name: str, version: int) -> bool:
    """A round test's shipped alias-file check (link round 42): `name` is aliases-vN with N >= `version` (each
    version is made from the one before and keeps its rows), not a list that grows with every release."""
    m = re.fullmatch(r"aliases-v(\d+)", name)
    return m is not None and int(m.group(1)) >= version


def test_round36_switches_on_in_params():
    assert SHIPPED.acronym_groups and SHIPPED.kb_o_fold and SHIPPED.joined_loose and SHIPPED.title_danda_boundary


# ---------------------------------------------------------------- 1. acronym_groups

def test_latin_acronym_meets_devanagari_letters():
    # ednil_punjab6: `BSF की नौकरी`; covidnp_AU-2020-ARP-28-01: `बीएसएफ और सीआईएसएफ`. `BSF` (k1 bsp) sat in the group of
    # the BSP row's `BSP`, whose hub refused it, so it never met the BSF row
    ms = (doc_from_text("a", "ठुकरा दी थी BSF की नौकरी", ("BSF", "ORG"))
          + doc_from_text("b", "बीएसएफ और सीआईएसएफ जैसे बलों", ("बीएसएफ", "ORG")))
    got = ids(ms, SHIPPED)
    assert got[("a", "BSF")] == got[("b", "बीएसएफ")]
    got = ids(ms, off(acronym_groups=False))
    assert got[("a", "BSF")] != got[("b", "बीएसएफ")]


@pytest.mark.parametrize("latin, other", [
    ("BSF", "बीएसपी"),  # BSF is no BSP (F read p): letters, never sound
    ("AP", "एएफपी"),     # AP is no AFP
    ("BSP", "बीएसएफ"),
])
def test_latin_acronym_other_letters_stay_apart(latin, other):
    ms = (doc_from_text("a", f"उसने {latin} की नौकरी छोड़ी", (latin, "ORG"))
          + doc_from_text("b", f"{other} ने कहा", (other, "ORG")))
    got = ids(ms, SHIPPED)
    assert got[("a", latin)] != got[("b", other)]


# ---------------------------------------------------------------- 2. kb_o_fold

@pytest.mark.parametrize("name, qid", [
    ("नार्वे", "LOC:Q20"),          # bbchi_0104 `नार्वे के एक स्कूल`; the KB spells `नॉर्वे`
    ("आस्ट्रेलिया", "LOC:Q408"),    # covidnp_NT-2020-MAR-20-03; the KB spells `ऑस्ट्रेलिया`
])
def test_o_folded_place_is_the_kb_place(name, qid):
    ms = doc_from_text("a", f"लेकिन {name} के एक स्कूल के लिए", (name, "LOC"))
    assert ids(ms, SHIPPED)[("a", name)] == qid
    assert ids(ms, off(kb_o_fold=False))[("a", name)] != qid


@pytest.mark.parametrize("name", [
    "टाकीज",     # `चित्रा टाकीज` (a cinema the tagger called a place): no KB row spells `टॉकीज`
    "मानगो",     # Jamshedpur's Mango: no KB place by folding
])
def test_o_fold_no_row_stays_unpinned(name):
    ms = doc_from_text("a", f"इलाके {name} में", (name, "LOC"))
    assert ":" not in ids(ms, SHIPPED)[("a", name)]


def test_o_fold_not_for_one_word_person():
    # a person's one-word name is no pin of a KB row, folded or not
    ms = doc_from_text("a", "नार्वे ने कहा", ("नार्वे", "PER"))
    assert ":" not in ids(ms, SHIPPED)[("a", "नार्वे")]


# ---------------------------------------------------------------- 3. joined_loose

TEXT_SH = ("शासकीय आदेशों का उल्लंघन करने पर थाना श्यामला हिल्स में आरोपी पत्रकार केके सक्सेना, निवासी प्रोफेसर कॉलोनी, "
           "थाना श्यामलहिल्स के विरुद्ध अपराध पंजीबद्ध")


def test_joined_loose_inside_one_article():
    ms = doc_from_text("a", TEXT_SH, ("श्यामला हिल्स", "LOC"), ("श्यामलहिल्स", "LOC"))
    got = ids(ms, SHIPPED, {"a": TEXT_SH})
    assert got[("a", "श्यामला हिल्स")] == got[("a", "श्यामलहिल्स")]
    got = ids(ms, off(joined_loose=False), {"a": TEXT_SH})
    assert got[("a", "श्यामला हिल्स")] != got[("a", "श्यामलहिल्स")]


def test_joined_loose_not_across_articles():
    ms = (doc_from_text("a", "थाना श्यामला हिल्स में", ("श्यामला हिल्स", "LOC"))
          + doc_from_text("b", "थाना श्यामलहिल्स के विरुद्ध", ("श्यामलहिल्स", "LOC")))
    got = ids(ms, SHIPPED)
    assert got[("a", "श्यामला हिल्स")] != got[("b", "श्यामलहिल्स")]


def test_joined_loose_needs_the_same_letters():
    # another final vowel than `a` (`सिद्धार्थनगरी`) is another name, written apart or joined
    text = "सिद्धार्थ नगर के लोग सिद्धार्थनगरी पहुंचे"
    ms = doc_from_text("a", text, ("सिद्धार्थ नगर", "LOC"), ("सिद्धार्थनगरी", "LOC"))
    got = ids(ms, SHIPPED, {"a": text})
    assert got[("a", "सिद्धार्थ नगर")] != got[("a", "सिद्धार्थनगरी")]


# ---------------------------------------------------------------- 4. title_danda_boundary

def one(text: str, name: str) -> list[Mention]:
    i = text.index(name)
    return [Mention("d", 0, i, i + len(name), name, "PER", "t")]


@pytest.mark.parametrize("text, name, local", [
    # covidnp_NT-2020-APR-15-01: a danda glued before the title
    ("यह निर्णय लिया गया है।जिलाधिकारी अजय शंकर पांडेय ने कहा कि", "अजय शंकर पांडेय", True),
    ("यह निर्णय लिया गया है। जिलाधिकारी अजय शंकर पांडेय ने कहा कि", "अजय शंकर पांडेय", True),
    ("बैठक में २०डीएम अजय शंकर पांडेय ने कहा", "अजय शंकर पांडेय", True),
    # negative: a letter before the title is another word (`उपजिलाधिकारी` is no `जिलाधिकारी` of round 32)
    ("बैठक में उपजिलाधिकारी अजय शंकर पांडेय ने कहा", "अजय शंकर पांडेय", False),
])
def test_local_office_after_danda(text, name, local):
    assert bool(_local_official_nodes(one(text, name), text)) is local
    if local and "।" in text.replace("। ", ""):
        assert not _local_official_nodes(one(text, name), text, danda=False)  # round 32 as it was


@pytest.mark.parametrize("before, famous", [
    ("बिहार में कहा गया।मुख्यमंत्री ", True),
    ("फिल्म रिलीज हुई।अभिनेता ", True),
    ("बिहार के मुख्यमंत्री ", True),
    ("उनके सहमंत्री ", False),  # a letter before `मंत्री`
])
def test_famous_title_after_danda(before, famous):
    assert _after_famous_title(before) is famous


@pytest.mark.parametrize("text, name, private", [
    ("पुलिस ने बताया कि मृतक राम प्रसाद निवासी। उसके परिजन", "राम प्रसाद", True),
    ("हादसे में घायल हुए।निवासी राम प्रसाद को अस्पताल भेजा", "राम प्रसाद", True),
    # negative: `निवासियों` after the name is no resident's cue
    ("राम प्रसाद निवासियों से मिले", "राम प्रसाद", False),
])
def test_private_cues_beside_danda(text, name, private):
    assert bool(_private_person_nodes(one(text, name), text)) is private
