"""Incremental link (runner.run_link with a cache): linking a corpus in increments gives the same tables, byte
for byte, as linking everything again at every step (`--full`) and as linking it all at once."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import io, runner
from pipeline.cli import main
from pipeline.records import Document, Mention

ALIASES = """canonical_name\tlabel\taliases\tqid\tname_en
व्लादिमीर पुतिन\tPER\t\tQ7747\tVladimir Putin
रूस\tLOC\tरूसी संघ\tQ159\tRussia
कज़ाख़स्तान\tLOC\tकज़ाख़स्तान गणराज्य\tQ232\tKazakhstan
अल्माटी\tLOC\tअल्मा-अता|अल्मा अता\tQ35493\tAlmaty
सामूहिक सुरक्षा संधि संगठन\tORG\tसीएसटीओ|CSTO\t\t
"""

# (name, label) per document; a document's text is its names, each followed by `ने कहा।`
CORPUS = {
    "d01": [("व्लादिमीर पुतिन", "PER"), ("पुतिन", "PER"), ("रूस", "LOC"), ("कज़ाख़स्तान", "LOC")],
    "d02": [("तोकायेव", "PER"), ("कासिम-जोमार्ट टोकायेव", "PER"), ("कजाकिस्तान", "LOC"), ("अल्मा-अता", "LOC")],
    "d03": [("टोकायव", "PER"), ("सीएसटीओ", "ORG"), ("रूसी संघ", "LOC"), ("मॉस्को", "LOC")],
    "d04": [("नरेंद्र मोदी", "PER"), ("मोदी", "PER"), ("भारत", "LOC"), ("भारतीय जनता पार्टी", "ORG"), ("भाजपा", "ORG")],
    "d05": [("मोदी", "PER"), ("दिल्ली", "LOC"), ("भाजपा", "ORG")],
    "d06": [("नीरव मोदी", "PER"), ("पंजाब नेशनल बैंक", "ORG"), ("दिल्ली", "LOC")],
    "d07": [("सामूहिक सुरक्षा संधि संगठन", "ORG"), ("मास्को", "LOC"), ("पुतिन", "PER")],
    "d08": [("पुतिन", "PER"), ("मास्को", "LOC"), ("रूस", "LOC"), ("भारत", "LOC")],
    "d09": [("अक्षय कुमार", "PER"), ("कुमार", "PER"), ("मुंबई", "LOC")],
    "d10": [("कुमार", "PER"), ("मुम्बई", "LOC"), ("नरेन्द्र मोदी", "PER")],
    "d11": [("कासिम जोमार्ट तोकायेव", "PER"), ("अल्माटी", "LOC"), ("कज़ाख़स्तान गणराज्य", "LOC")],
    "d12": [("दिल्ली हाई कोर्ट", "ORG"), ("हाई कोर्ट", "ORG"), ("दिल्ली", "LOC"), ("मोदी", "PER")],
    # institutions written after `<place> के` (link.generic_orgs): Iran's ministry in two articles, India's in two
    "d13": [("ईरान", "LOC", " के "), ("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC")],
    "d14": [("ईरान", "LOC", " के "), ("स्वास्थ्य मंत्रालय", "ORG"), ("स्वास्थ्य मंत्रालय", "ORG")],
    "d15": [("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC"), ("दिल्ली", "LOC")],
    "d16": [("भारत", "LOC", " के "), ("स्वास्थ्य मंत्रालय", "ORG"), ("रूस", "LOC")],
    # long names (link.long_names): one person in two spellings; two people whose middle words share a first consonant
    "d17": [("टेड्रोस अधानोम घेब्रेयसस", "PER"), ("राहुल कुमार श्रीवास्तव", "PER"), ("जिनेवा", "LOC")],
    "d18": [("टेड्रोस अदनोम गेब्रेयसो", "PER"), ("राहुल किशोर श्रीवास्तव", "PER")],
    # one-word names (link.xdoc_bare_names): a given name alone in two articles; a joined spelling of a full name
    "d19": [("सुनील", "PER"), ("हर्षवर्धन", "PER"), ("भोपाल", "LOC")],
    "d20": [("सुनील", "PER"), ("हर्ष वर्धन", "PER")],
    "d21": [("हर्षवर्धन", "PER"), ("सुनील", "PER")],
    # common names (link.common_names, round 29): one man in two articles of one place, another elsewhere; two surnames
    "d22": [("सतीश कुमार", "PER"), ("अमेठी", "LOC"), ("राहुल सिंह", "PER")],
    "d23": [("सतीश कुमार", "PER"), ("अमेठी", "LOC"), ("रायबरेली", "LOC")],
    "d24": [("सतीश कुमार", "PER"), ("महरौली", "LOC"), ("राहुल सिन्हा", "PER"), ("रायबरेली", "LOC")],
    # a state's body of generic words (link.place_keyed_bodies, round 32): keyed by the dateline in two articles; one
    # with no place links inside its article only
    "d25": [("पटना", "LOC", ": "), ("स्वास्थ्य विभाग", "ORG"), ("गया", "LOC")],
    "d26": [("पटना", "LOC", ": "), ("स्वास्थ्य विभाग", "ORG")],
    "d27": [("स्वास्थ्य विभाग", "ORG"), ("पटना", "LOC"), ("रांची", "LOC")],
    # private people (link.private_persons, round 33 and its review): a resident, an age, a phone number (made up)
    # beside a name: no strong name across articles; a place of both articles joins them, a cue-less mention too
    "d28": [("हुसैनपुर", "LOC", " निवासी "), ("राकेश गुप्ता", "PER"), ("असदुल्लाह शेख", "PER", " (45 वर्ष) की मौत। ")],
    "d29": [("जिम्स", "ORG", " के निदेशक "), ("राकेश गुप्ता", "PER"), ("नोएडा", "LOC")],
    "d30": [("मालदा", "LOC", " के रहने वाले "), ("असदुल्लाह शेख", "PER"), ("सहादतपुरा", "LOC", " निवासी "),
            ("सूर्यदेव", "PER")],
    "d31": [("असदुल्लाह शेख", "PER"), ("मालदा", "LOC"), ("सूर्य देव", "PER"), ("राकेश गुप्ता", "PER", " 98765 00000 प्रेमनगर। "),
            ("हुसैनपुर", "LOC")],
}
GENERIC = "स्वास्थ्य मंत्रालय विभाग\n"


def build(doc_id: str, names: list[tuple[str, ...]]) -> tuple[str, list[Mention]]:
    text, ms = "", []
    for name, label, *after in names:  # after: what follows the name (default `ने कहा।`)
        ms.append(Mention(doc_id, 0, len(text), len(text) + len(name), name, label, "test"))
        text += name + (after[0] if after else " ने कहा। ")
    ms.append(Mention(doc_id, 0, 0, 0, "", "NUM", "test"))  # not linked: passes through
    return text, ms


def write_inputs(work: Path, corpus: dict[str, list[tuple[str, str]]]) -> None:
    """The tagged mentions (a dataset whose manifest keys each document) and documents of `corpus`."""
    docs = sorted(corpus)
    built = {d: build(d, corpus[d]) for d in docs}
    keys = [(d, runner._hash("test-doc", built[d][0])) for d in docs]
    shutil.rmtree(work / "i_mentions.parquet", ignore_errors=True)
    with io.DatasetWriter(work / "i_mentions.parquet", "mentions", io.plan_parts(keys, 2), {"tagger": "test"}) as out:
        for d in docs:
            if d in out.wanted:
                out.add(built[d][1], d)
    io.write_table(work / "documents.parquet", "documents", [
        Document(d, f"{d}.txt", "", len(built[d][0]), 1, "ok", None, built[d][0], built[d][0]) for d in docs])


def setup(work: Path, xdoc: bool, aliases: str = ALIASES) -> tuple[Path, Path]:
    models = work / "models"
    models.mkdir(parents=True, exist_ok=True)
    (models / "aliases-t1.tsv").write_text(aliases, encoding="utf-8")
    (models / "generic-t1.txt").write_text(GENERIC, encoding="utf-8")
    params = work / "params.yaml"
    params.write_text(f"tables:\n  docs_per_part: 2\nlink:\n  aliases: aliases-t1\n  kb: ''\n  generic_orgs: generic-t1\n"
                      f"  typo_labels: [LOC, ORG, PER]\n  short_form_labels: [PER, ORG]\n  long_names: true\n  place_keyed_bodies: true\n"
                      f"  local_officials: true\n  local_facilities: true\n  private_persons: true\n"
                      f"  xdoc_surname: {'true' if xdoc else 'false'}\n"
                      # without xdoc (the project's params), one-word names of one article (d05, d12 `मोदी`, d07,
                      # d08 `पुतिन`) link to no other article either
                      f"  xdoc_bare_names: {'true' if xdoc else 'false'}\n"
                      f"  common_names: {'false' if xdoc else 'true'}\n  surnames_apart: {'false' if xdoc else 'true'}\n", encoding="utf-8")
    return params, models


def link(work: Path, params: Path, models: Path, full: bool = False, keep_ids: bool = True, cache: bool = True) -> None:
    runner.run_link(work / "i_mentions.parquet", work / "documents.parquet", work / "mentions.parquet",
                    work / "entities.parquet", params, models,
                    previous_in=work / "entities.parquet" if keep_ids else None,
                    cache_dir=work / "cache" if cache else None, full=full)


def tables(work: Path) -> dict[str, bytes]:
    out = {f"mentions/{f.name}": f.read_bytes() for f in sorted((work / "mentions.parquet").iterdir())}
    out["entities"] = (work / "entities.parquet").read_bytes()
    return out


def step(works: list[Path], corpus: dict, xdoc: bool, **kw) -> None:
    """Link `corpus` in each work folder: incrementally in the first, from scratch (`full`) in the second."""
    for work, full in zip(works, (False, True)):
        params, models = setup(work, xdoc, **kw)
        write_inputs(work, corpus)
        link(work, params, models, full=full)


@pytest.mark.parametrize("xdoc", [False, True])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_incremental_link_equals_full_relink_at_every_step(tmp_path, seed, xdoc):
    rng = random.Random(seed)
    order = sorted(CORPUS)
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, len(order)), 3)) + [len(order)]
    works = [tmp_path / "inc", tmp_path / "full"]
    for cut in cuts:
        step(works, {d: CORPUS[d] for d in order[:cut]}, xdoc)
        assert tables(works[0]) == tables(works[1]), cut
    # and as linking all of it at once, where no id memory is in play
    once = tmp_path / "once"
    params, models = setup(once, xdoc)
    write_inputs(once, CORPUS)
    link(once, params, models, keep_ids=False)  # a fresh cache: no index, everything at once
    for work in works:
        params, models = setup(work, xdoc)
        link(work, params, models, keep_ids=False)
    assert tables(works[0]) == tables(once)


@pytest.mark.parametrize("first, then", [
    (["d01", "d02", "d03"], ["d11"]),  # a fuller name and a KB-less spelling variant arrive
    (["d04", "d06", "d09"], ["d05", "d10", "d12"]),  # bare surnames, a second मोदी, an organisation's short form
    (["d03", "d07"], ["d01", "d08"]),  # an acronym and its expansion, then the person and the place
    (["d13", "d15"], ["d14", "d16"]),  # a foreign ministry in a second article; India's
    (["d17"], ["d18"]),  # a long name's second spelling joins; another middle word stays apart
    (["d22", "d24"], ["d23"]),  # a common name meets its place's article; through it the third (रायबरेली)
    (["d25", "d27"], ["d26"]),  # a state's body of one dateline joins its other article, not the unkeyed one
    (["d28", "d29"], ["d30", "d31"]),  # private people: by a place of both articles, a cue-less mention too
])
@pytest.mark.parametrize("xdoc", [False, True])
def test_incremental_link_new_documents_join_old_entities(tmp_path, first, then, xdoc):
    works = [tmp_path / "inc", tmp_path / "full"]
    step(works, {d: CORPUS[d] for d in first}, xdoc)
    step(works, {d: CORPUS[d] for d in first + then}, xdoc)
    assert tables(works[0]) == tables(works[1])


@pytest.mark.parametrize("full", [False, True])
def test_incremental_link_long_names_across_articles(tmp_path, full):
    work = tmp_path / "w"
    params, models = setup(work, False)
    write_inputs(work, {"d17": CORPUS["d17"]})
    link(work, params, models)
    write_inputs(work, {d: CORPUS[d] for d in ("d17", "d18")})
    link(work, params, models, full=full)
    ent = {(m["doc_id"], m["text"]): m["entity_id"]
           for m in io.read_table(work / "mentions.parquet", "mentions").to_pylist() if m["label"] == "PER"}
    assert ent[("d17", "टेड्रोस अधानोम घेब्रेयसस")] == ent[("d18", "टेड्रोस अदनोम गेब्रेयसो")]
    assert ent[("d17", "राहुल कुमार श्रीवास्तव")] != ent[("d18", "राहुल किशोर श्रीवास्तव")]


def test_incremental_link_keeps_unchanged_parts_and_index(tmp_path):
    work = tmp_path / "inc"
    params, models = setup(work, False)
    write_inputs(work, {d: CORPUS[d] for d in ("d01", "d04", "d09")})
    link(work, params, models)
    before = {f.name: f.stat().st_mtime_ns for f in (work / "mentions.parquet").glob("part-*.parquet")}
    link(work, params, models)  # nothing new: nothing rewritten
    assert before == {f.name: f.stat().st_mtime_ns for f in (work / "mentions.parquet").glob("part-*.parquet")}
    assert len(list((work / "cache" / "link").glob("index-*/components.sqlite"))) == 1


@pytest.mark.parametrize("xdoc", [False, True])
def test_incremental_link_changed_and_deleted_articles_leave_the_index(tmp_path, xdoc):
    works = [tmp_path / "inc", tmp_path / "full"]
    corpus = dict(CORPUS)
    step(works, corpus, xdoc)
    del corpus["d09"]  # deleted: its अक्षय कुमार must not count any more
    corpus["d05"] = [("नरेंद्र मोदी", "PER"), ("दिल्ली", "LOC")]  # changed
    step(works, corpus, xdoc)
    assert tables(works[0]) == tables(works[1])
    ents = io.read_table(works[0] / "entities.parquet", "entities").to_pylist()
    assert not any("अक्षय कुमार" in e["aliases"] for e in ents)
    linked = io.read_table(works[0] / "mentions.parquet", "mentions").to_pylist()
    assert {m["doc_id"] for m in linked} == set(corpus)


def test_incremental_link_alias_file_change_relinks_everything(tmp_path):
    works = [tmp_path / "inc", tmp_path / "full"]
    step(works, CORPUS, False)
    more = ALIASES + "नरेंद्र मोदी\tPER\t\tQ1058\tNarendra Modi\n"
    step(works, CORPUS, False, aliases=more)
    assert tables(works[0]) == tables(works[1])
    ents = io.read_table(works[0] / "entities.parquet", "entities").to_pylist()
    # the new row's QID is on the person's entity (which keeps its published id: --keep-ids)
    assert any(e["qid"] == "Q1058" and "नरेन्द्र मोदी" in e["aliases"] for e in ents)


def test_cli_link_full_flag_gives_the_same_tables(tmp_path):
    work = tmp_path / "inc"
    params, models = setup(work, False)
    write_inputs(work, {d: CORPUS[d] for d in ("d01", "d02")})
    link(work, params, models)
    write_inputs(work, CORPUS)
    link(work, params, models)
    inc = tables(work)
    args = [str(work / n) for n in ("i_mentions.parquet", "documents.parquet", "mentions.parquet", "entities.parquet")]
    result = CliRunner().invoke(main, ["link", *args, "--params", str(params), "--models", str(models), "--keep-ids",
                                       "--cache", str(work / "cache"), "--full"])
    assert result.exit_code == 0, result.output
    assert tables(work) == inc


def test_incremental_link_stays_incremental_beside_an_id_twin(tmp_path, caplog):
    """Two entities whose ids share a base (`एसईसी`, pinned to its alias row, and `एसीसी`: one phonetic key) get
    told apart by link's collision rule, which orders all owners of the id; a new article that touches one of them
    links the other's component again with it, instead of falling back to linking every document (which an article
    naming the SEC made each +1 run do over corpus/news); the tables are those of a full re-link."""
    import logging

    aliases = ALIASES + "एसईसी\tORG\tSEC|सिक्योरिटीज एंड एक्सचेंज कमीशन\t\tU.S. Securities and Exchange Commission\n"
    corpus = {"d19": [("एसईसी", "ORG"), ("रूस", "LOC")], "d20": [("एसीसी", "ORG"), ("भारत", "LOC")],
              "d21": [("मोदी", "PER"), ("दिल्ली", "LOC")]}
    works = [tmp_path / "inc", tmp_path / "full"]
    step(works, {d: corpus[d] for d in ("d19", "d20", "d21")}, False, aliases=aliases)
    ids = {m["text"]: m["entity_id"] for m in io.read_table(works[0] / "mentions.parquet", "mentions").to_pylist()}
    assert ids["एसईसी"] != ids["एसीसी"] and ids["एसईसी"].split("~")[0] == ids["एसीसी"].split("~")[0]
    corpus["d22"] = [("SEC", "ORG"), ("रूस", "LOC")]
    with caplog.at_level(logging.INFO, logger="hindi_extract"):
        step(works, corpus, False, aliases=aliases)
    assert "1 new document(s) linked with" in caplog.text
    assert tables(works[0]) == tables(works[1])


@pytest.mark.parametrize("chunk", [1, 3])
def test_local_docs_reads_texts_a_chunk_of_documents_at_a_time(tmp_path, monkeypatch, chunk):
    """A full link makes the mentions' records and reads the texts a few documents at a time (at 13,830 articles
    holding them all was hundreds of MB of the link stage's peak), with the local links of reading them whole."""
    from pipeline import link_index
    from pipeline.link import LinkParams, kb_index, load_aliases
    from pipeline.params import load_params

    params, models = setup(tmp_path, False)
    write_inputs(tmp_path, CORPUS)
    p = load_params(params, "link", LinkParams)
    kb = kb_index(load_aliases(models, p))
    docs = sorted(CORPUS)
    whole = link_index.local_docs(tmp_path / "i_mentions.parquet", tmp_path / "documents.parquet", docs, True, p, kb,
                                  chunk=len(docs))
    asked = []
    real = io.read_table
    monkeypatch.setattr(io, "read_table", lambda path, table, doc_ids=None, columns=None: asked.append(
        (table, doc_ids)) or real(path, table, doc_ids, columns))
    tagged, local = link_index.local_docs(tmp_path / "i_mentions.parquet", tmp_path / "documents.parquet", docs, True,
                                          p, kb, chunk=chunk)
    texts = [ids for table, ids in asked if table == "documents"]
    assert texts and all(ids is not None and len(ids) <= chunk for ids in texts)
    assert tagged.equals(whole[0]) and list(local) == list(whole[1]) == docs and local == whole[1]


@pytest.mark.parametrize("chunk", [1, 4, 7])
def test_linked_rows_a_chunk_of_rows_at_a_time_gives_the_rows_of_all_at_once(tmp_path, chunk):
    """linked_rows turns the mentions' columns into Python values a few documents at a time (whole documents, at
    most `chunk` rows unless one document has more), with the tables of doing them all at once."""
    from pipeline import link_index

    write_inputs(tmp_path, CORPUS)
    tagged = io.read_table(tmp_path / "i_mentions.parquet", "mentions")
    assigned = {}
    for i, m in enumerate(io.table_to_records(tagged, Mention)):
        from pipeline.link import name_keys
        nk = name_keys(m.text, m.label) if m.label != "NUM" else None
        if nk is not None and nk.k1:
            assigned[(m.doc_id, m.label, nk.k0)] = (f"e{i % 5}", "exact")
    whole = link_index.linked_rows(tagged, assigned, chunk=10**9)
    got = link_index.linked_rows(tagged, assigned, chunk=chunk)
    assert list(got) == list(whole) == sorted(CORPUS)
    assert all(got[d].equals(whole[d]) for d in whole)
    assert {d: t.column("entity_id").to_pylist() for d, t in got.items()} == \
        {d: t.column("entity_id").to_pylist() for d, t in whole.items()}


def test_incremental_link_state_body_keyed_by_its_dateline(tmp_path):
    """Round 32: `पटना: स्वास्थ्य विभाग` in two articles is one body; the article with no place keeps its own."""
    work = tmp_path / "w"
    params, models = setup(work, False)
    write_inputs(work, {d: CORPUS[d] for d in ("d25", "d26", "d27")})
    link(work, params, models)
    got = {(m["doc_id"], m["text"]): m["entity_id"]
           for m in io.read_table(work / "mentions.parquet", "mentions").to_pylist() if m["text"] == "स्वास्थ्य विभाग"}
    assert got[("d25", "स्वास्थ्य विभाग")] == got[("d26", "स्वास्थ्य विभाग")] != got[("d27", "स्वास्थ्य विभाग")]
