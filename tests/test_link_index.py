"""The link index's persistence (link_index.LinkIndex in an io.BlobStore): a run reads the keys it asks for and
writes what changed, in one transaction; and the pieces run_link assembles from it."""
from __future__ import annotations

import gc
import sqlite3

import pytest

from pipeline import io, link_index, runner
from tests.test_incremental_link import CORPUS, link, setup, write_inputs


def test_blob_store_tables_keep_their_own_keys(tmp_path):
    store = io.BlobStore(tmp_path / "s.sqlite", ("blobs", "names"))
    store.put_many([(1, {"a": 1}), (2, ("x",))])
    store.put_many([("k", [1, 2]), ("1", "text key")], "names")
    assert store.get_many([1, 2, 3]) == {1: {"a": 1}, 2: ("x",)}
    assert store.get_many(["k", "1", "zz"], "names") == {"k": [1, 2], "1": "text key"}
    assert store.get_all("names") == {"k": [1, 2], "1": "text key"}
    store.delete_many(["k"], "names")
    assert store.get_all("names") == {"1": "text key"}
    with pytest.raises(KeyError):
        store.get_many([1], "other")
    store.clear()
    assert store.get_all() == {} and store.get_all("names") == {}


def test_blob_store_batch_commits_together_or_not_at_all(tmp_path):
    path = tmp_path / "s.sqlite"
    store = io.BlobStore(path, ("blobs", "names"))
    with store.batch():
        store.put_many([(1, "one")])
        store.put_many([("a", "A")], "names")
        assert io.BlobStore(path, ("blobs", "names")).get_all() == {}  # not committed yet: another reader sees none
    assert io.BlobStore(path, ("blobs", "names")).get_all() == {1: "one"}
    with pytest.raises(RuntimeError):
        with store.batch():
            store.put_many([(2, "two")])
            store.delete_many(["a"], "names")
            raise RuntimeError("stop")
    again = io.BlobStore(path, ("blobs", "names"))
    assert again.get_all() == {1: "one"} and again.get_all("names") == {"a": "A"}


def test_token_map_reads_only_the_keys_asked_and_writes_what_changed(tmp_path):
    store = io.BlobStore(tmp_path / "s.sqlite", ("blobs", "tokens"))
    tokens = link_index._TokenMap(store)
    tokens.add(("k1", "PER", "x"), 3)
    tokens.add(("k1", "PER", "x"), 1)
    tokens.add(("LOC", "y", 2), 5)
    tokens.flush()
    assert store.get_all("tokens") == {repr(("k1", "PER", "x")): (1, 3), repr(("LOC", "y", 2)): (5,)}
    fresh = link_index._TokenMap(store)
    fresh.fetch([("k1", "PER", "x"), ("nope",)])
    assert set(fresh.got) == {("k1", "PER", "x"), ("nope",)}  # nothing else was read
    assert fresh.get(("k1", "PER", "x"), ()) == {1, 3} and fresh.get(("nope",), ()) == ()
    fresh.discard(("LOC", "y", 2), 5)  # its last component: the row goes
    fresh.discard(("k1", "PER", "x"), 3)
    fresh.flush()
    assert store.get_all("tokens") == {repr(("k1", "PER", "x")): (1,)}


def _index_rows(work):
    (db,) = (work / "cache" / "link").glob("index-*/components.sqlite")
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in link_index.LinkIndex.TABLES}
    finally:
        con.close()


def test_link_index_is_one_sqlite_file_reopened_as_saved(tmp_path):
    work = tmp_path / "inc"
    params, models = setup(work, False)
    write_inputs(work, {d: CORPUS[d] for d in ("d01", "d04", "d09")})
    link(work, params, models)
    (root,) = (work / "cache" / "link").glob("index-*")
    assert sorted(f.name for f in root.iterdir()) == ["components.sqlite"]
    rows = _index_rows(work)
    assert rows["docs"] == 3 and rows["state"] == 4 and rows["comps"] == rows["blobs"] > 0 and rows["tokens"] > 0
    store = io.BlobStore(root / "components.sqlite", link_index.LinkIndex.TABLES)
    version = store.get_many(["version"], "state")["version"]
    store.close()
    index = link_index.LinkIndex.open(work / "cache", work / "mentions.parquet", version)
    assert sorted(index.docs) == ["d01", "d04", "d09"] and len(index.comps) == rows["comps"]
    assert index.token_comps.got == {}  # keys are read when asked
    other = link_index.LinkIndex.open(work / "cache", work / "mentions.parquet", "another version")
    assert other.docs == {} and other.comps == {}  # another version: empty, and so is the file
    assert _index_rows(work) == dict.fromkeys(link_index.LinkIndex.TABLES, 0)


def test_link_index_of_an_earlier_format_is_replaced(tmp_path):
    work = tmp_path / "inc"
    params, models = setup(work, False)
    write_inputs(work, {d: CORPUS[d] for d in ("d01", "d04")})
    link(work, params, models)
    (root,) = (work / "cache" / "link").glob("index-*")
    io.write_pickle(root / "index.pkl", {"version": "old"})  # what the index was before
    write_inputs(work, {d: CORPUS[d] for d in ("d01", "d04", "d08")})
    link(work, params, models)
    assert not (root / "index.pkl").exists()
    assert _index_rows(work)["docs"] == 3


def test_region_docs_merge_a_documents_pieces_in_their_order():
    from pipeline.link import LocalDoc, _Edge, pack_edge, pack_node, unpack_node

    n = {i: unpack_node("d", (("d", "PER", f"k{i}"), ((f"नाम{i}", 1),))) for i in range(4)}
    e = {j: _Edge(1, "rule", n[j].key, n[j + 1].key, False) for j in range(3)}
    one = {"docs": {"d": ([(0, pack_node(n[0])), (2, pack_node(n[2]))], [(1, pack_edge(e[1]))])}}
    two = {"docs": {"d": ([(1, pack_node(n[1])), (3, pack_node(n[3]))], [(0, pack_edge(e[0])), (2, pack_edge(e[2]))])}}
    new = LocalDoc("c", (), ())
    lds, pos, packed = link_index._region_docs([two, one], {"c": new})
    assert [ld.doc for ld in lds] == ["c", "d"] and lds[0] is not new and lds[0].nodes == ()
    assert [x.key for x in lds[1].nodes] == [n[i].key for i in range(4)]
    assert [pack_edge(x) for x in lds[1].edges] == [pack_edge(e[j]) for j in range(3)]
    assert [i for i, _ in pos["d"][0]] == [0, 1, 2, 3] and [j for j, _ in pos["d"][1]] == [0, 1, 2]
    assert packed == {n[i].key: pack_node(n[i]) for i in range(4)}


def test_run_link_pauses_the_garbage_collector_and_restores_it(tmp_path, monkeypatch):
    seen = []
    real = runner._run_link

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(runner, "_run_link", spy)
    work = tmp_path / "inc"
    params, models = setup(work, False)
    write_inputs(work, {d: CORPUS[d] for d in ("d01", "d02")})
    assert gc.isenabled()
    link(work, params, models)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        link(work, params, models)
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()


def test_local_docs_gathers_a_documents_rows_that_are_not_contiguous(tmp_path, monkeypatch):
    # review of round 19: a mentions table not grouped by doc_id gives each document all its rows
    import pyarrow as pa

    from pipeline import link
    from pipeline.records import Mention

    def ms(d, *texts):
        return io.doc_table("mentions", [Mention(d, i, 0, len(t), t, "PER", "t") for i, t in enumerate(texts)])

    tagged = pa.concat_tables([ms("a", "राम"), ms("b", "सीता"), ms("a", "श्याम", "मोहन")])
    monkeypatch.setattr(io, "read_table", lambda path, table, doc_ids=None: tagged if table == "mentions"
                        else io.TABLES["documents"].empty_table())
    seen = {}
    monkeypatch.setattr(link, "local_link", lambda d, ms, p, kb, text: seen.setdefault(d, [m.text for m in ms]))
    link_index.local_docs(tmp_path / "m", tmp_path / "d", ["a", "b"], True, None, None)
    assert {d: sorted(t) for d, t in seen.items()} == {"a": sorted(["राम", "श्याम", "मोहन"]), "b": ["सीता"]}
