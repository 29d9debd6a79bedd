"""Review of link round 35: a danda is no letter for the round-35 word boundaries (link.danda_boundary); an officer's
name set apart from a famous namesake joins it by no context marker (link.apart_context); a listed accused's name
keeps no famous person's alias row (link.listed_ages_unpinned); an `others` name is not its own `person:` context
(link.no_self_context). Sentences shortened from corpus/news articles (names as written there)."""

import dataclasses

import pytest

from pipeline.link import AliasEntry, AliasTable, LinkParams, _listed_age_nodes, _officer_nodes, link_mentions
from pipeline.records import Mention
from pipeline.runner import load_params
from tests.test_link import ROOT, doc_from_text

NO_ALIASES = AliasTable.empty()
SHIPPED = load_params(ROOT / "params.yaml", "link", LinkParams)


def test_review_switches_on_in_params():
    assert SHIPPED.danda_boundary and SHIPPED.apart_context and SHIPPED.listed_ages_unpinned
    assert SHIPPED.no_self_context


def ids(mentions: list[Mention], p: LinkParams, texts: dict[str, str],
        aliases: AliasTable = NO_ALIASES) -> dict[tuple[str, str], str]:
    _, linked = link_mentions(mentions, aliases, p, texts=texts)
    return {(m.doc_id, m.text): m.entity_id for m in linked}


def one(text: str, name: str) -> list[Mention]:
    i = text.index(name)
    return [Mention("d", 0, i, i + len(name), name, "PER", "t")]


# ---------------------------------------------------------------- 1. a danda is no letter (danda_boundary)

@pytest.mark.parametrize("text, name, listed", [
    # the death's word right before the danda, no other such word after it
    ("हादसे में रामू (25), श्यामू (30) और मोहन लाल (45) की मौत।", "मोहन लाल", True),
    ("पुलिस ने जावेद (25), इमरान खान (24) और सलीम खान (50) को गिरफ्तार।", "इमरान खान", True),
    ("पुलिस ने बताया कि जावेद (25), इमरान खान (24) और सलीम खान (50) आरोपी॥", "इमरान खान", True),
    # negative: a longer word that opens with the death's word (`मौतें`, `गिरफ्तारी`) is none
    ("पिछले साल रामू (25), श्यामू (30) और मोहन लाल (45) की टीम ने मौतें गिनीं।", "मोहन लाल", False),
    # negative: a batsman's runs, a danda after `पारी`
    ("रोहित शर्मा (45), इमरान खान (24) और विराट कोहली (30) की पारी।", "इमरान खान", False),
])
def test_crime_word_before_danda(text, name, listed):
    assert bool(_listed_age_nodes(one(text, name), text)) is listed
    if listed:
        assert not _listed_age_nodes(one(text, name), text, danda=False)  # round 35 as it was


@pytest.mark.parametrize("text, name, officer", [
    ("बारिश हुई।निदेशक डॉ. मनमोहन सिंह ने बताया कि मौसम साफ रहेगा।", "मनमोहन सिंह", True),  # a danda glued to the title
    # negative: `महानिदेशक` stays no director's title
    ("बारिश हुई।महानिदेशक मनमोहन सिंह ने बताया कि मौसम साफ रहेगा।", "मनमोहन सिंह", False),
])
def test_officer_title_after_danda(text, name, officer):
    off, _ = _officer_nodes(one(text, name), text)
    assert bool(off) is officer


# ---------------------------------------------------------------- 2. no context join to the famous namesake

PLAYER = "पुणे वारियर के खिलाड़ी राहुल शर्मा और वायने पार्नेल मुंबई में पकड़े गए।"
SP_B = "मुंबई में मुठभेड़ हुई। एसपी राहुल शर्मा ने बताया कि तीन नक्सली मारे गए।"
SP_C = "मुंबई में छापा पड़ा। एसपी राहुल शर्मा ने बताया कि दो लोग पकड़े गए।"
NAME = "राहुल शर्मा"


def _three(with_c: bool = True):
    ms = doc_from_text("a", PLAYER, (NAME, "PER"), ("वायने पार्नेल", "PER"), ("मुंबई", "LOC")) \
        + doc_from_text("b", SP_B, ("मुंबई", "LOC"), (NAME, "PER"))
    texts = {"a": PLAYER, "b": SP_B}
    if with_c:
        ms += doc_from_text("c", SP_C, ("मुंबई", "LOC"), (NAME, "PER"))
        texts["c"] = SP_C
    return ms, texts


def test_officer_joins_no_famous_namesake_by_context():
    ms, texts = _three(with_c=False)
    got = ids(ms, SHIPPED, texts)
    assert got[("a", NAME)] != got[("b", NAME)]
    old = ids(ms, dataclasses.replace(SHIPPED, apart_context=False), texts)
    assert old[("a", NAME)] == old[("b", NAME)]  # round 35 as it was: `context-other:मुंबई` joined them


def test_officers_still_join_each_other_by_context():
    ms, texts = _three()
    got = ids(ms, SHIPPED, texts)
    assert got[("b", NAME)] == got[("c", NAME)]  # negative: two officers of one place stay one
    assert got[("a", NAME)] != got[("b", NAME)]


# ---------------------------------------------------------------- 3. a listed accused keeps no famous alias row

ACCUSED = ("जिनके खिलाफ रासुका के तहत कार्रवाई हुई है, उनके नाम जावेद (25), इमरान खान (24), नासिर खां (58), "
           "सलीम खान (50) और समीर अनवर (22) हैं।")
PAK_PM = "पाक पीएम इमरान खान आए दिन कोरोना वायरस से लड़ने की तैयारियों को लेकर भाषण देते हैं।"
ROW = AliasTable("a.tsv", (AliasEntry("इमरान खान", "PER", (), "Q229", 2),))


def test_listed_accused_not_pinned_to_famous_row():
    name = "इमरान खान"
    ms = doc_from_text("a", PAK_PM, (name, "PER")) + doc_from_text("b", ACCUSED, (name, "PER"))
    texts = {"a": PAK_PM, "b": ACCUSED}
    got = ids(ms, SHIPPED, texts, ROW)
    assert got[("a", name)] != got[("b", name)]
    old = ids(ms, dataclasses.replace(SHIPPED, listed_ages_unpinned=False), texts, ROW)
    assert old[("a", name)] == old[("b", name)]  # round 35 as it was: `private -= pinned` undid the cue


def test_listed_name_after_famous_title_keeps_row():
    # negative: the article names him after a famous person's title too: the row's person
    text = "पीएम इमरान खान ने कहा। " + ACCUSED
    name = "इमरान खान"
    ms = doc_from_text("a", PAK_PM, (name, "PER")) + doc_from_text("b", text, (name, "PER"), (name, "PER"))
    got = ids(ms, SHIPPED, {"a": PAK_PM, "b": text}, ROW)
    assert got[("a", name)] == got[("b", name)]


# ---------------------------------------------------------------- 4. no_self_context

@pytest.mark.parametrize("self_context, joined", [(True, False), (False, True)])
def test_no_self_context(self_context, joined):
    # an officer set apart and the famous namesake share no marker but the name itself: only `person:<own name>`
    # (no_self_context false) would join them (with apart_context off)
    player = "पुणे वारियर के खिलाड़ी राहुल शर्मा ने अच्छी गेंदबाजी की।"
    sp = "दंतेवाड़ा में एसपी राहुल शर्मा ने बताया कि नक्सली मारे गए।"
    ms = doc_from_text("a", player, (NAME, "PER")) + doc_from_text("b", sp, ("दंतेवाड़ा", "LOC"), (NAME, "PER"))
    p = dataclasses.replace(SHIPPED, apart_context=False, no_self_context=self_context)
    got = ids(ms, p, {"a": player, "b": sp})
    assert (got[("a", NAME)] == got[("b", NAME)]) is joined
    on = ids(ms, dataclasses.replace(SHIPPED, no_self_context=self_context), {"a": player, "b": sp})
    assert on[("a", NAME)] != on[("b", NAME)]  # apart_context blocks it either way


# ---------------------------------------------------------------- the incremental link gives the full relink's tables

INC = {
    "a": [("मुंबई", "LOC", " में पुणे वारियर के खिलाड़ी "), ("राहुल शर्मा", "PER", " पकड़े गए। ")],
    "b": [("मुंबई", "LOC", " में मुठभेड़ हुई। एसपी "), ("राहुल शर्मा", "PER")],
    "c": [("मुंबई", "LOC", " में छापा पड़ा। एसपी "), ("राहुल शर्मा", "PER")],
    "e": [("राहुल शर्मा", "PER", " ने मुंबई में गेंदबाजी की। ")],
}


@pytest.mark.parametrize("order", [("a", "b", "c", "e"), ("b", "c", "a", "e"), ("e", "b", "a", "c")])
def test_incremental_link_equals_full_relink(tmp_path, order):
    from tests.test_incremental_link import link, tables, write_inputs
    works = [tmp_path / "inc", tmp_path / "full"]
    for w in works:
        (w / "models").mkdir(parents=True)
        (w / "models" / "aliases-t1.tsv").write_text("canonical_name\tlabel\taliases\tqid\n", encoding="utf-8")
        (w / "models" / "generic-t1.txt").write_text("स्वास्थ्य मंत्रालय\n", encoding="utf-8")
        (w / "params.yaml").write_text(
            "tables:\n  docs_per_part: 2\nlink:\n  aliases: aliases-t1\n  kb: ''\n  generic_orgs: generic-t1\n"
            "  common_names: true\n  private_persons: true\n  officers_apart: true\n  apart_context: true\n",
            encoding="utf-8")
    for i in range(1, len(order) + 1):
        corpus = {d: INC[d] for d in order[:i]}
        for w, full in zip(works, (False, True)):
            write_inputs(w, corpus)
            link(w, w / "params.yaml", w / "models", full=full)
        assert tables(works[0]) == tables(works[1])
    from pipeline import io
    got = {m["doc_id"]: m["entity_id"] for m in io.read_table(works[1] / "mentions.parquet", "mentions").to_pylist()
           if m["text"] == "राहुल शर्मा"}
    assert got["b"] == got["c"] != got["a"] == got["e"]  # the bowler (and a cue-less namesake) apart from the SPs
