from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import io
from pipeline.records import Entity, Mention, Quantity, Sentence


def mention(start, end, text, label="PER", doc="d"):
    return Mention(doc, 0, start, end, text, label, "rules.v1/test")


def test_io_roundtrip_sorted_and_byte_identical(tmp_path):
    ms = [mention(10, 15, "पुतिन"), mention(0, 6, "टोकायव"), mention(0, 3, "रूस", "LOC", doc="a")]
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    io.write_table(a, "mentions", ms, {"tagger": "t"})
    io.write_table(b, "mentions", list(reversed(ms)), {"tagger": "t"})
    assert a.read_bytes() == b.read_bytes()
    back = io.read_records(a, "mentions", Mention)
    assert [(m.doc_id, m.start) for m in back] == [("a", 0), ("d", 0), ("d", 10)]
    assert back[1] == ms[1]
    tbl = pq.read_table(a)
    assert tbl.column("mention_id").to_pylist()[0] == "a:0-3:LOC"
    meta = io.table_metadata(a)
    assert meta["schema_version"] and meta["pipeline_version"] and meta["tagger"] == "t"


def test_io_list_columns_roundtrip(tmp_path):
    ents = [Entity("PER_x", "PER", "पुतिन", ("पुतिन", "व्लादिमीर पुतिन"), 5, 2, "Q7747", ("exact",))]
    sents = [Sentence("d", 0, 0, 4, "रूस।", (0, 3), (3, 4))]
    io.write_table(tmp_path / "e.parquet", "entities", ents)
    io.write_table(tmp_path / "s.parquet", "sentences", sents)
    assert io.read_records(tmp_path / "e.parquet", "entities", Entity) == ents
    assert io.read_records(tmp_path / "s.parquet", "sentences", Sentence) == sents


def test_io_non_nullable_column_rejected(tmp_path):
    bad = Mention("d", 0, 0, 1, None, "PER", "t")  # text is required
    with pytest.raises(Exception, match="text"):
        io.write_table(tmp_path / "m.parquet", "mentions", [bad])
    assert not list(tmp_path.iterdir()), "a failed write leaves no file behind"


def test_io_atomic_write_keeps_old_table_on_failure(tmp_path):
    path = tmp_path / "m.parquet"
    io.write_table(path, "mentions", [mention(0, 5, "पुतिन")])
    before = path.read_bytes()
    with pytest.raises(Exception):
        io.write_table(path, "mentions", [Mention("d", 0, 0, 1, None, "PER", "t")])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.parquet"]


def test_io_read_missing_column_names_table(tmp_path):
    import pyarrow as pa

    pq.write_table(pa.table({"doc_id": ["d"]}), tmp_path / "x.parquet")
    with pytest.raises(io.TableError, match="mentions table lacks columns"):
        io.read_table(tmp_path / "x.parquet", "mentions")
    with pytest.raises(io.TableError, match="not found"):
        io.read_table(tmp_path / "nope.parquet", "mentions")


def test_io_doc_cache(tmp_path):
    cache = io.DocCache(tmp_path)

    def get(key, table="mentions", cls=Mention, c=cache):
        tbl = c.get_table("tag", key, table)
        return None if tbl is None else io.table_to_records(tbl, cls)

    assert get("ab12") is None
    cache.put_table("tag", "ab12", io.doc_table("mentions", [mention(0, 5, "पुतिन")]))
    assert get("ab12") == [mention(0, 5, "पुतिन")]
    assert cache.has("tag", "ab12") and not cache.has("tag", "cd34")
    assert get("ab12", "quantities", Quantity) is None  # another table's columns: a miss, not a crash
    cache.put_table("tag", "ef56", io.doc_table("mentions", []))
    assert get("ef56") == []  # an empty result is a hit
    (tmp_path / "tag" / "ab" / "ab12.arrow").write_bytes(b"{broken")
    assert get("ab12") is None
    assert get("ab12", c=io.DocCache(None)) is None


def _dataset(path, docs, keys=None, docs_per_part=2, meta=None):
    """Write {doc_id: mentions} as a dataset; returns the writer (its counts)."""
    keys = keys or {d: f"key-{d}" for d in docs}
    parts = io.plan_parts([(d, keys[d]) for d in sorted(docs)], docs_per_part)
    with io.DatasetWriter(path, "mentions", parts, meta or {"tagger": "t"}) as out:
        for d in sorted(docs):
            if d in out.wanted:
                out.add(docs[d], d)
    return out


DOCS = {"a": [mention(0, 3, "रूस", "LOC", doc="a")],
        "b": [mention(0, 6, "टोकायव", doc="b"), mention(10, 15, "पुतिन", doc="b")],
        "c": [mention(0, 4, "कज़ाख़", "LOC", doc="c")],
        "d": [],  # a document without rows
        "क्ष": [mention(0, 3, "रूस", "LOC", doc="क्ष")]}


def test_io_dataset_parts_are_content_defined_and_sorted():
    ids = [f"doc{i:04d}" for i in range(400)]
    parts = io.plan_parts([(d, "k") for d in ids], 16)
    assert [d for p in parts for d in p.doc_ids] == ids  # every document once, in order
    assert [p.name for p in parts] == sorted(p.name for p in parts)  # names sort as the doc_ids do
    assert 400 / 16 / 2 < len(parts) < 400 / 16 * 2
    # one more document changes only the part it falls into
    more = io.plan_parts([(d, "k") for d in sorted(ids + ["doc0100x"])], 16)
    assert len({p.key for p in more} - {p.key for p in parts}) <= 2
    assert io.part_name("क्ष") < io.part_name("क्षा") and io.part_name("a") < io.part_name("b")


def test_io_dataset_writer_rewrites_only_changed_parts(tmp_path):
    cache = io.DocCache(tmp_path / "cache")
    path = tmp_path / "m.parquet"
    first = _dataset(path, DOCS)
    assert first.written == len(first.parts) >= 2 and first.rows == 5
    assert cache.manifest(path) == {d: f"key-{d}" for d in DOCS}  # the next stage keys its work from these
    # the same rows as one table, sorted by doc_id
    whole = io.read_table(path, "mentions")
    assert whole.column("doc_id").to_pylist() == ["a", "b", "b", "c", "क्ष"]
    assert pd.read_parquet(path).doc_id.tolist() == ["a", "b", "b", "c", "क्ष"]
    mtimes = {f: f.stat().st_mtime_ns for f in path.iterdir()}
    again = _dataset(path, DOCS)
    assert again.written == 0 and again.rows == 5 and {f: f.stat().st_mtime_ns for f in path.iterdir()} == mtimes
    # a changed document: only its part is written again
    changed = _dataset(path, {**DOCS, "c": DOCS["c"] * 1}, keys={**{d: f"key-{d}" for d in DOCS}, "c": "key-c2"})
    assert changed.written == 1 and changed.wanted == {d for p in changed.todo for d in p.doc_ids} and "c" in changed.wanted
    # a document gone: its part changes, parts no longer planned are removed
    fewer = _dataset(path, {d: DOCS[d] for d in ("a", "b")})
    assert fewer.rows == 3 and len(list(path.glob("part-*.parquet"))) == len(fewer.parts)
    assert io.read_table(path, "mentions").column("doc_id").to_pylist() == ["a", "b", "b"]
    # no documents at all: an empty table that still reads
    assert io.read_table(_dataset(tmp_path / "e.parquet", {}).path, "mentions").num_rows == 0


@pytest.mark.parametrize("batch_rows", [1, 2, 4096])
def test_io_iter_doc_tables_groups_across_batches(tmp_path, batch_rows):
    ms = [mention(0, 3, "रूस", "LOC", doc="a"), mention(0, 6, "टोकायव", doc="b"), mention(10, 15, "पुतिन", doc="b"),
          mention(0, 4, "कज़ाख़", "LOC", doc="c")]
    io.write_table(tmp_path / "m.parquet", "mentions", ms)
    got = [(d, io.table_to_records(t, Mention)) for d, t in io.iter_doc_tables(tmp_path / "m.parquet", "mentions", batch_rows)]
    assert got == [("a", ms[:1]), ("b", ms[1:3]), ("c", ms[3:])]


@pytest.mark.parametrize("batch_rows", [1, 2, 4096])
@pytest.mark.parametrize("wanted,expected", [
    ({"b"}, ["b"]),
    ({"a", "c"}, ["a", "c"]),
    ({"a", "b", "c"}, ["a", "b", "c"]),
    ({"bb"}, []),
])
def test_io_iter_doc_tables_only_wanted_documents_across_batches(tmp_path, batch_rows, wanted, expected):
    ms = [mention(0, 3, "रूस", "LOC", doc="a"), mention(0, 6, "टोकायव", doc="b"), mention(10, 15, "पुतिन", doc="b"),
          mention(20, 26, "तोकायेव", doc="b"), mention(0, 4, "कज़ाख़", "LOC", doc="c")]
    io.write_table(tmp_path / "m.parquet", "mentions", ms)
    got = [(d, io.table_to_records(t, Mention))
           for d, t in io.iter_doc_tables(tmp_path / "m.parquet", "mentions", batch_rows, doc_ids=wanted)]
    assert got == [(d, [m for m in ms if m.doc_id == d]) for d in expected]


@pytest.mark.parametrize("docs_per_part", [1, 2, 256])
@pytest.mark.parametrize("wanted,expected", [
    (["b"], ["b", "b"]),
    (["a", "c"], ["a", "c"]),
    (["zz", "0"], []),        # outside every row group's doc_id range
    (["bb"], []),             # inside a range, not present
    ([], []),
])
def test_io_read_table_only_wanted_documents(tmp_path, docs_per_part, wanted, expected):
    path = tmp_path / "m.parquet"
    docs = {"a": [mention(0, 3, "रूस", "LOC", doc="a")],
            "b": [mention(0, 6, "टोकायव", doc="b"), mention(10, 15, "पुतिन", doc="b")],
            "c": [mention(0, 4, "कज़ाख़", "LOC", doc="c")]}
    io.write_table(path, "mentions", [m for ms in docs.values() for m in ms])
    assert io.read_table(path, "mentions", wanted).column("doc_id").to_pylist() == expected
    _dataset(tmp_path / "parts.parquet", docs, docs_per_part=docs_per_part)  # a folder of parts reads the same
    assert io.read_table(tmp_path / "parts.parquet", "mentions", wanted).column("doc_id").to_pylist() == expected
    got = [d for d, _ in io.iter_doc_tables(tmp_path / "parts.parquet", "mentions", doc_ids=set(wanted))]
    assert got == sorted(set(expected))


def test_io_path_digest_skips_model_cards_only_when_asked(tmp_path):
    model = tmp_path / "ner-x-v1"
    model.mkdir()
    (model / "weights.bin").write_bytes(b"\x00\x01")
    (model / "MODEL_CARD.md").write_text("# v1", encoding="utf-8")
    before = (io.path_digest(model), io.path_digest(model, skip_docs=True))
    (model / "MODEL_CARD.md").write_text("# v1, with more figures", encoding="utf-8")
    assert io.path_digest(model, skip_docs=True) == before[1]
    assert io.path_digest(model) != before[0]
    (model / "weights.bin").write_bytes(b"\x00\x02")
    assert io.path_digest(model, skip_docs=True) != before[1]


def test_runner_code_digest_covers_every_module_of_a_package():
    from pathlib import Path

    from pipeline import runner

    adapters = Path(runner.__file__).parent / "adapters"
    assert runner._code("pipeline.adapters") == io.path_digest(adapters)  # not only adapters/__init__.py
    assert runner._code("pipeline.link") == io.path_digest(adapters.parent / "link.py")


def test_io_rows_pickle_only_their_own_rows(tmp_path):
    """A document's slice of a large table crosses to a worker as its own rows, not as the whole table's buffers."""
    import pickle

    ms = [mention(i, i + 3, f"नाम{i}", "PER", doc=f"d{i // 10:03d}") for i in range(0, 5000)]
    io.write_table(tmp_path / "m.parquet", "mentions", ms)
    docs = list(io.iter_doc_tables(tmp_path / "m.parquet", "mentions"))
    doc_id, rows = docs[7]
    blob = pickle.dumps(io.Rows(rows))
    assert len(blob) < len(pickle.dumps(rows)) / 20
    back = pickle.loads(blob)
    assert back.records(Mention) == [m for m in ms if m.doc_id == doc_id]
    assert io.Rows(rows.slice(0, 0)).records(Mention) == []


def test_io_list_corpus_any_case_and_reports_the_rest(tmp_path, caplog):
    from pipeline.io import list_corpus

    for name in ("b.txt", "A.TXT", "c.Txt", "notes.doc", "b.TXT", ".hidden.txt"):
        (tmp_path / name).write_text("रूस", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    with caplog.at_level("WARNING", logger="hindi_extract"):
        got = [p.name for p in list_corpus(tmp_path)]
    assert got == ["A.TXT", "b.TXT", "c.Txt"]  # one file per doc_id: b.TXT sorts before b.txt
    assert "notes.doc" in caplog.text and "b.txt" in caplog.text


def test_io_list_corpus_without_articles_is_an_error(tmp_path):
    from pipeline.io import list_corpus

    (tmp_path / "readme.md").write_text("x", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="no article"):
        list_corpus(tmp_path)


def test_io_writes_remove_stale_temp_files_and_are_world_readable(tmp_path):
    import os
    import stat

    from pipeline.io import write_json, write_table
    from pipeline.records import Entity

    stale = tmp_path / ".entities.parquet.abc123.tmp"  # left by a run killed while writing
    stale.write_bytes(b"partial")
    other = tmp_path / ".claims.parquet.x.tmp"  # another table's: not this write's business
    other.write_bytes(b"partial")
    write_table(tmp_path / "entities.parquet", "entities", [Entity("PER_x", "PER", "पुतिन", ("पुतिन",), 1, 1)])
    write_json(tmp_path / "m.json", {"a": 1})
    assert not stale.exists() and other.exists()
    umask = os.umask(0)
    os.umask(umask)
    for name in ("entities.parquet", "m.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask


# ----------------------------------------------------------------------------- cheap re-runs

@pytest.mark.parametrize("before, after", [
    ("भारत ने कहा।", "भारत ने कहा!"),  # same size, other bytes
    ("रूस", "रूस और भारत"),
    ("नेपाल", "नेपाल"),  # rewritten with the same bytes: same digest
])
def test_file_digests_read_a_file_again_only_when_its_stat_changed(tmp_path, monkeypatch, before, after):
    import hashlib
    import os

    index = tmp_path / "index.pkl"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(before, encoding="utf-8")
    b.write_text("दिल्ली", encoding="utf-8")
    sha = lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest()  # noqa: E731
    reads = []
    real = io.read_bytes
    monkeypatch.setattr(io, "read_bytes", lambda p: reads.append(p.name) or real(p))
    want = [sha(before), sha("दिल्ली")]
    assert io.file_digests([a, b], index) == want and reads == ["a.txt", "b.txt"]
    assert io.file_digests([a, b], index) == want and reads == ["a.txt", "b.txt"] * 2  # just written: racy, read
    monkeypatch.setattr(io, "RACY_NS", 0)
    reads.clear()
    assert io.file_digests([a, b], index) == want and reads == []  # the stats matched those of the last record
    st = os.stat(a)
    a.write_text(after, encoding="utf-8")  # a write changes the ctime, even with the old mtime put back
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert io.file_digests([a, b], index) == [sha(after), sha("दिल्ली")] and reads == ["a.txt"]


def test_file_digests_index_files_by_absolute_path(tmp_path, monkeypatch):
    """Relative paths (`corpus/x.txt`, a bare `y.txt`) are recorded under their absolute paths: a run from
    another working directory finds them again."""
    import hashlib

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "x.txt").write_text("भारत", encoding="utf-8")
    (tmp_path / "y.txt").write_text("नेपाल", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    index = tmp_path / "index.pkl"
    got = io.file_digests([Path("corpus/x.txt"), Path("y.txt")], index)
    assert got == [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in ("भारत", "नेपाल")]
    assert sorted(io.read_pickle(index)["files"]) == [str(tmp_path / "corpus" / "x.txt"), str(tmp_path / "y.txt")]


def test_part_stats_reads_only_parts_whose_key_changed(tmp_path):
    docs = [f"doc{i:02d}" for i in range(12)]
    rows = {d: [Sentence(d, 0, 0, 4, "भारत", (0,), (4,))] for d in docs}

    def write(keys):
        parts = io.plan_parts([(d, keys.get(d, "k")) for d in docs], 3)
        with io.DatasetWriter(tmp_path / "s.parquet", "sentences", parts) as out:
            for d in docs:
                if d in out.wanted:
                    out.add(rows[d], d)
        return parts

    parts = write({})
    seen = []

    def stat(part):
        seen.append(part.name)
        return pq.read_table(part).num_rows

    memo = tmp_path / "memo.json"
    assert sum(io.part_stats(tmp_path / "s.parquet", "sentences", stat, memo)) == 12 and len(seen) == len(parts)
    seen.clear()
    assert sum(io.part_stats(tmp_path / "s.parquet", "sentences", stat, memo)) == 12 and seen == []
    rows["doc05"] = rows["doc05"] * 2
    write({"doc05": "k2"})
    assert sum(io.part_stats(tmp_path / "s.parquet", "sentences", stat, memo)) == 13 and len(seen) == 1


@pytest.mark.parametrize("wanted", [None, ["पटना"], ["दिल्ली", "मुंबई"], ["अ"], ["ज़"], ["पटना", "ह"]])
@pytest.mark.parametrize("columns", [None, ["text", "doc_id"], ["start"]])
def test_io_read_file_reads_what_pq_read_table_reads(tmp_path, wanted, columns):
    """read_file (pq.ParquetFile, several row groups) gives pq.read_table's rows, columns and metadata."""
    docs = ["दिल्ली", "पटना", "मुंबई"]  # UTF-8 byte order = code point order, like the row-group statistics
    ms = [mention(i, i + 3, f"नाम{i}", doc=d) for d in docs for i in range(0, 30, 3)]
    path = tmp_path / "m.parquet"
    io.write_table(path, "mentions", ms, {"tagger": "t"})
    tbl = pq.read_table(path)
    pq.write_table(tbl, path, row_group_size=7)  # row groups that split documents
    assert pq.ParquetFile(path).metadata.num_row_groups > 3
    names = columns or io.TABLES["mentions"].names
    filters = [("doc_id", "in", wanted)] if wanted else None
    expected = pq.read_table(path, columns=names, filters=filters)
    got = io.read_file(path, names, wanted)
    assert got.equals(expected) and got.schema.metadata == expected.schema.metadata


def test_io_reading_a_table_does_not_import_pyarrow_dataset(tmp_path):
    """pq.read_table imports pyarrow.dataset (about 0.4 CPU s in every stage process); io reads without it."""
    import subprocess
    import sys

    path = tmp_path / "m.parquet"
    io.write_table(path, "mentions", [mention(0, 3, "रूस", "LOC", doc="a"), mention(0, 5, "पुतिन", doc="b")])
    code = ("import sys; from pipeline import io; "
            f"t = io.read_table({str(path)!r}, 'mentions', ['b']); io.read_column({str(path)!r}, 'mentions', 'doc_id'); "
            f"io.read_earlier_records({str(path)!r}, 'mentions', __import__('pipeline.records').records.Mention); "
            "print(t.column('text').to_pylist(), 'pyarrow.dataset' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    assert out.strip() == "['पुतिन'] False"


@pytest.mark.parametrize("values,expected", [
    (["रूस", None, "भारत"], "['रूस', None, 'भारत']"),
    ([["पटना", "दिल्ली"], None], "[['पटना', 'दिल्ली'], None]"),
    ([1, None], "[1, None]"),
])
def test_io_skip_pandas_probe_keeps_pandas_out_of_a_stage_process(values, expected):
    """After skip_pandas_probe, making arrays from lists imports no pandas (a stage's process, ~0.25 CPU s);
    to_pandas still works."""
    import subprocess
    import sys

    code = ("import sys; import pyarrow as pa; from pipeline import io; io.skip_pandas_probe(); "
            f"a = pa.array({values!r}); print(a.to_pylist(), 'pandas' in sys.modules); "
            "print(len(pa.table({'x': a}).to_pandas()) == len(a), 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.splitlines()
    assert out == [f"{expected} False", "True True"]


@pytest.mark.parametrize("parts", [
    ("extract", ["a1b2", "c3d4", "e5f6"]),
    ("बीबीसी_0001", ["टोकायव", "तोकायेव"], "क़"),
    (["मोदी\u200d", "\"उद्धरण\"", "\\", "\n"],),
    ([],),
    (["a", None],),                      # not all str: the general path
    ({"ख": 1, "क": [2, "ग"]}, ("x",)),    # dicts (sorted keys) and tuples
])
def test_runner_hash_fast_paths_give_json_dumps_digests(parts):
    import hashlib
    import json

    from pipeline import runner

    h = hashlib.sha256()
    for part in parts:  # the reference: every part as json.dumps writes it
        h.update(json.dumps(part, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\x00")
    assert runner._hash(*parts) == h.hexdigest()


def test_io_dataset_without_keys_records_each_parts_bytes(tmp_path):
    """Without a cache the parts have no key: the manifest records each part's sha256 instead, so that it changes
    whenever the table does (DVC tracks the tables through their manifests) and stays the same when it does not."""
    path = tmp_path / "m.parquet"
    nokeys = {d: None for d in DOCS}
    _dataset(path, DOCS, nokeys)
    first = (path / io.MANIFEST).read_text(encoding="utf-8")
    parts = io.read_manifest(path)["parts"]
    assert parts and all(v[0] is None and len(v) == 5 and len(v[4]) == 64 for v in parts.values())
    _dataset(path, DOCS, nokeys)
    assert (path / io.MANIFEST).read_text(encoding="utf-8") == first  # same rows, same bytes: same manifest
    _dataset(path, {**DOCS, "b": [mention(0, 6, "तोकायेव", doc="b")]}, nokeys)
    assert (path / io.MANIFEST).read_text(encoding="utf-8") != first
    _dataset(path, DOCS)  # with keys: no digests
    assert all(len(v) == 4 for v in io.read_manifest(path)["parts"].values())


def test_io_read_manifest_parses_a_manifest_once_while_its_bytes_stay_the_same(tmp_path, monkeypatch):
    path = tmp_path / "m.parquet"
    _dataset(path, DOCS)
    loads = []
    real = io.json.loads
    monkeypatch.setattr(io.json, "loads", lambda s, *a, **k: loads.append(1) or real(s, *a, **k))
    first = io.read_manifest(path)
    assert io.read_manifest(path) is first and io.DocCache(tmp_path / "c").manifest(path) == first["docs"]
    io.read_table(path, "mentions", doc_ids=["a"])  # the parts that hold a document: from the same manifest
    assert len(loads) == 1
    # rewritten (another key for c): read again, whatever its size and times
    _dataset(path, DOCS, keys={**{d: f"key-{d}" for d in DOCS}, "c": "key-cX"})
    assert io.read_manifest(path)["docs"]["c"] == "key-cX" and len(loads) == 2
    (path / io.MANIFEST).write_text("not json", encoding="utf-8")
    assert io.read_manifest(path) == {}


def test_io_plan_parts_cuts_where_starts_part_says():
    ids = [f"d{i:05d}" for i in range(3000)]
    for n in (1, 7, 64):
        parts = io.plan_parts([(d, d[::-1]) for d in ids], n, salt="s")
        assert [p.doc_ids[0] for p in parts] == [d for i, d in enumerate(ids) if i == 0 or io.starts_part(d, n)]
        p = parts[1]
        assert p.key == io.hashlib.sha256(io.json.dumps(["s", [[d, k] for d, k in zip(p.doc_ids, p.doc_keys)]],
                                                        ensure_ascii=False).encode("utf-8")).hexdigest()


def test_io_read_manifest_keeps_only_the_last_few_parsed(tmp_path):
    for i in range(io.MANIFESTS_KEPT + 3):
        _dataset(tmp_path / f"t{i}.parquet", DOCS)
        assert io.read_manifest(tmp_path / f"t{i}.parquet")["docs"]
    assert len(io._MANIFESTS) <= io.MANIFESTS_KEPT
    assert str((tmp_path / f"t{io.MANIFESTS_KEPT + 2}.parquet" / io.MANIFEST).resolve()) in io._MANIFESTS


def test_runner_normalize_keeps_a_stat_index_per_corpus_folder(tmp_path, monkeypatch):
    """One cache, two corpus folders (the project's corpus and the gold set of the `evaluate_dev` stage): a run over
    one folder keeps the other's stat index, so that the next run over the other reads no unchanged article (one
    index for all made the first one-article run after a full `dvc repro` read and hash the whole archive)."""
    from pipeline import runner

    root = Path(__file__).resolve().parents[1]
    cache = tmp_path / "cache"
    for name, texts in (("corpus", ["भारत ने कहा।", "रूस और भारत।", "नेपाल में बारिश।"]), ("gold", ["दिल्ली में बैठक।"])):
        (tmp_path / name).mkdir()
        for i, t in enumerate(texts):
            (tmp_path / name / f"{name}{i}.txt").write_text(t, encoding="utf-8")
    monkeypatch.setattr(io, "RACY_NS", 0)  # the files were just written: no racy window
    run = lambda name: runner.run_normalize(tmp_path / name, tmp_path / f"{name}.parquet", root / "params.yaml",  # noqa: E731
                                            cache)
    run("corpus")
    run("gold")
    reads = []
    real = io.read_bytes
    monkeypatch.setattr(io, "read_bytes", lambda p: reads.append(Path(p).name) or real(p))
    counts = run("corpus")
    assert counts["documents"] == 3 and reads == []
    (tmp_path / "corpus" / "corpus9.txt").write_text("चीन में बाढ़।", encoding="utf-8")
    assert run("corpus")["documents"] == 4 and reads == ["corpus9.txt"] * 2  # hashed, then normalized
