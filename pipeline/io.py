"""The only module that touches disk: corpus files, Parquet tables, the per-document cache.

Tables are written atomically (temp file in the same folder + os.replace), so an interrupted
run never leaves a half-written table.
"""
from __future__ import annotations

import bisect
import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.schemas import SCHEMA_VERSION, SORT_KEYS, TABLES

log = logging.getLogger("hindi_extract")

T = TypeVar("T")


class TableError(ValueError):
    pass


# ----------------------------------------------------------------------------- corpus


def list_corpus(corpus_dir: Path, suffix: str = ".txt") -> list[Path]:
    """Article files of a corpus folder (not recursive: a gold/ or other subfolder holds no articles): every
    file whose name ends in `.txt` in any case (`ARTICLE.TXT`), sorted by doc_id (the file stem), the
    order of every table's rows. Other files are named in a warning; a second file with the same stem
    is skipped with a warning; a folder with no article at all is an error."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    # os.scandir: a directory entry knows whether it is a file without a stat call (13,830 fewer at 14k articles)
    with os.scandir(corpus_dir) as it:
        names = sorted((os.path.splitext(e.name)[0], e.name) for e in it
                       if not e.name.startswith(".") and e.is_file())
    # names as strings, one Path per article (pathlib's stem/suffix per file: 0.1 s at 13,830 articles)
    other = [name for stem, name in names if name[len(stem):].lower() != suffix]
    if other:  # gold annotations (.json) beside their articles are expected: said, not warned
        level = logging.INFO if all(n.lower().endswith((".json", ".md", ".py")) for n in other) else logging.WARNING
        log.log(level, "%s: %d file(s) skipped, not %s articles: %s", corpus_dir, len(other), suffix,
                ", ".join(other[:10]) + (" …" if len(other) > 10 else ""))
    out: dict[str, Path] = {}
    for stem, name in names:
        if name[len(stem):].lower() != suffix:
            continue
        if stem in out:
            log.warning("%s: skipped, its doc_id %r is already %s", corpus_dir / name, stem, out[stem].name)
            continue
        out[stem] = corpus_dir / name
    if not out:
        raise FileNotFoundError(f"{corpus_dir}: no article in this folder (articles are UTF-8 *{suffix} files)")
    return list(out.values())


def skip_pandas_probe() -> None:
    """pyarrow imports pandas (about 0.25 CPU s) the first time it makes an array from a Python list (to tell pandas
    objects and missing values); the stages pass plain lists and None. A stage's process lets those probes fail
    once (pandas hidden while pyarrow makes one array), so that pyarrow does not import pandas for it; a pandas call
    (to_pandas) still imports pandas when one is made. Not for processes that give pyarrow pandas objects."""
    if "pandas" in sys.modules:
        return
    hide = _HidePandas()
    sys.meta_path.insert(0, hide)  # `import pandas` fails, this once
    try:
        pa.array(["x", None])
    finally:
        sys.meta_path.remove(hide)


class _HidePandas:
    """An import finder under which `import pandas` fails (skip_pandas_probe)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.split(".")[0] == "pandas":
            raise ImportError("pandas hidden while pyarrow probes for it")


def read_bytes(path: Path) -> bytes:
    return Path(path).read_bytes()


def read_text(path: Path) -> str:
    return Path(path).read_text(encoding="utf-8")


def read_model_file(path: Path, error: type[Exception], setting: str) -> str:
    """Text of a model/lexicon file; `error` (the stage's own exception type) names the file and
    the params setting that chose it when it is missing or not UTF-8."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise error(f"{path}: not found (params {setting})") from exc
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _temp_file(path: Path) -> tuple[int, str]:
    """A temp file next to `path` for an atomic write. Temp files that a killed run left for this
    path (`.<name>.*.tmp`; one writer per path at a time) are removed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)
    return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")


def _publish(tmp: str | Path, path: Path) -> None:
    """Move a finished temp file into place, readable like any file the user makes (mkstemp's 0600
    becomes 0666 less the umask, 0644 by default)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    fd, tmp = _temp_file(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        _publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def write_tree(root: Path, files: "Iterable[tuple[str, Any] | tuple[str, Any, str | None]]",
               manifest: str = "manifest.json", *, previous: bytes | None = None,
               kept: Sequence[str] = (), saved: dict | None = None) -> dict[str, int]:
    """Write a folder of generated files (a static site): `files` yields (relative POSIX path, content)
    or (path, content, key), content being str, bytes or a function that returns them.

    Incremental: `root/<manifest>` records the sha256, size and key of every file written here. A file
    whose key (a digest of what it is made from) is the recorded one is not even made again; otherwise
    a file whose new bytes have the recorded hash is not rewritten. Either way it must still be on disk
    with the recorded size, and it keeps its mtime. Files of the previous manifest that `files` no longer
    yields are removed (other files in `root` are left alone). Each write is atomic (temp file +
    os.replace). Returns the counts `files`, `written`, `unchanged` (of which `skipped`: not made) and
    `removed`.

    `previous`: the manifest's bytes, read by a caller that knows the folder is as that manifest left it (no
    temp file of a killed run to sweep); `kept` (may be filled while `files` is consumed): paths that `files`
    does not yield but that keep their recorded entry without being looked at (report_state: the pages that
    cannot have changed); `saved` (a dict): given the manifest as it now is on disk ("manifest": its bytes, "files": its
    entries), so that a caller that keeps its digest need not read and parse it again."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    mpath = root / manifest
    if previous is None:
        for stale in root.rglob(".*.tmp"):  # left by a killed run
            stale.unlink(missing_ok=True)
    try:
        old = (json.loads(previous) if previous is not None else read_json(mpath)).get("files", {})
    except (OSError, ValueError, AttributeError):
        old = {}
    new: dict[str, list] = {}
    counts = {"files": 0, "written": 0, "unchanged": 0, "skipped": 0, "removed": 0}
    made: set[Path] = set()

    def on_disk(path: Path, size: int) -> bool:
        try:
            return path.stat().st_size == size
        except OSError:
            return False

    for item in files:
        rel, content, key = item if len(item) == 3 else (*item, None)
        if rel in new or rel == manifest or rel.startswith("/") or ".." in rel.split("/"):
            raise ValueError(f"write_tree: bad or repeated path {rel!r}")
        path, prev = root / rel, old.get(rel)
        if key is not None and isinstance(prev, list) and len(prev) == 3 and prev[2] == key and on_disk(path, prev[1]):
            new[rel] = prev
            counts["unchanged"] += 1
            counts["skipped"] += 1
            continue
        if callable(content):
            content = content()
        data = content.encode("utf-8") if isinstance(content, str) else content
        new[rel] = [hashlib.sha256(data).hexdigest(), len(data), key]
        if isinstance(prev, list) and prev[:2] == new[rel][:2] and on_disk(path, len(data)):
            counts["unchanged"] += 1
            continue
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(data)
            _publish(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        counts["written"] += 1
    for rel in kept:
        if rel in new or rel not in old:
            raise ValueError(f"write_tree: kept file {rel!r} is yielded too or not in the manifest")
        new[rel] = old[rel]
    counts["unchanged"] += len(kept)
    counts["skipped"] += len(kept)
    for rel in sorted(old.keys() - new.keys()):
        path = root / rel
        if path.is_file():
            path.unlink()
            counts["removed"] += 1
        for parent in path.parents:  # folders it leaves empty
            if parent == root or not parent.is_dir() or any(parent.iterdir()):
                break
            parent.rmdir()
    counts["files"] = len(new)
    # compact: json's C encoder writes it (indent=0 went through the pure-Python one: 0.06 CPU s at 15k pages)
    body = json.dumps({"files": new}, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    data = body.encode("utf-8")
    if previous is not None and previous != data or previous is None and (
            not mpath.is_file() or mpath.read_bytes() != data):
        write_bytes_atomic(mpath, data)
    if saved is not None:
        saved.update(manifest=data, files=new)
    return counts


# ----------------------------------------------------------------------------- tables


def doc_table(table: str, records: Sequence[Any]) -> pa.Table:
    """Records -> a pa.Table with the table's schema (no run metadata), sorted by its sort keys."""
    schema = TABLES[table]
    if records:
        fields = {f.name for f in dataclasses.fields(records[0])}
        missing = [n for n in fields if n not in schema.names]
        if missing:  # the table would silently drop them
            raise TableError(f"{table}: record fields {missing} have no column in the schema")
    keys = SORT_KEYS[table]
    def sort_key(r: Any) -> tuple:
        values = (getattr(r, k) for k in keys)
        return tuple((v is None, 0 if v is None else v) for v in values)  # None sorts last

    records = sorted(records, key=sort_key)
    columns = {}
    for field in schema:
        values = [getattr(r, field.name) for r in records]  # dataclass field or derived id property (mention_id …)
        if pa.types.is_list(field.type):
            values = [None if v is None else list(v) for v in values]
        columns[field.name] = values
    return pa.Table.from_pydict(columns, schema=schema)


def with_run_metadata(tbl: pa.Table, table: str, metadata: dict[str, str] | None = None) -> pa.Table:
    meta = {"table": table, "schema_version": SCHEMA_VERSION, "pipeline_version": __version__}
    meta.update(metadata or {})
    return tbl.replace_schema_metadata({k: str(v) for k, v in sorted(meta.items())})


def records_to_table(table: str, records: Sequence[Any], metadata: dict[str, str] | None = None) -> pa.Table:
    """Records -> a pa.Table with the table's schema, sorted by its sort keys, with run metadata."""
    return with_run_metadata(doc_table(table, records), table, metadata)


def write_table(path: Path, table: str, records: Sequence[Any], metadata: dict[str, str] | None = None) -> Path:
    """Write records as one Parquet file atomically. Same records + metadata -> byte-identical file."""
    write_arrow(path, records_to_table(table, records, metadata))
    return path


def write_arrow(path: Path, tbl: pa.Table) -> Path:
    """Write any Arrow table as Parquet atomically (temp file in the same folder + os.replace)."""
    path = Path(path)
    fd, tmp = _temp_file(path)
    os.close(fd)
    try:
        pq.write_table(tbl, tmp, compression="zstd")
        if path.is_dir():  # the partitioned form of an earlier run
            shutil.rmtree(path)
        _publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _parts(path: Path, doc_ids: "Iterable[str] | None" = None) -> list[Path]:
    """The Parquet file(s) of a table in order; with `doc_ids` and a dataset manifest, only the parts that
    can hold those documents (a part holds the doc_ids from its first one to the next part's first)."""
    if path.is_dir():  # a partitioned table: its parts in order
        parts = sorted(path.glob("part-*.parquet"))
        if not parts:
            raise TableError(f"{path}: folder holds no part-*.parquet files")
        if doc_ids is not None:
            listed = read_manifest(path).get("parts", {})
            firsts = sorted((v[1][0], k) for k, v in listed.items() if isinstance(v, list) and len(v) > 1 and v[1])
            if firsts and len(firsts) == len(listed) and {k for _, k in firsts} == {p.name for p in parts}:
                starts = [f for f, _ in firsts]
                want = {firsts[max(0, bisect.bisect_right(starts, d) - 1)][1] for d in doc_ids}
                return [p for p in parts if p.name in want]
        return parts
    return [path]


def check_table(path: Path, table: str, doc_ids: "Iterable[str] | None" = None) -> list[Path]:
    """The Parquet file(s) of a table (with `doc_ids`: those that can hold them), after checking its schema
    (clear error naming table and columns)."""
    path = Path(path)
    if not path.exists():
        raise TableError(f"{table} table not found: {path} (run the stage that writes it first)")
    parts = _parts(path, doc_ids)
    if not parts:
        return parts
    file_schema = pq.read_schema(parts[0])
    schema = TABLES[table]
    missing = [n for n in schema.names if n not in file_schema.names]
    if missing:
        raise TableError(f"{path}: the {table} table lacks columns {missing}")
    version = (file_schema.metadata or {}).get(b"schema_version", b"?").decode()
    if version != SCHEMA_VERSION:
        raise TableError(
            f"{path}: {table} table has schema version {version}, this pipeline reads {SCHEMA_VERSION}; re-run the pipeline"
        )
    return parts


def read_table(path: Path, table: str, doc_ids: Sequence[str] | None = None,
               columns: Sequence[str] | None = None) -> pa.Table:
    """Read a Parquet table (a file, or a folder of parts in order) checked against its schema;
    `doc_ids`: only those documents' rows, filtered while reading (row groups by their statistics);
    `columns`: only these columns (in this order), the others are not read."""
    parts = check_table(path, table, doc_ids if doc_ids else None)
    names = list(columns) if columns is not None else TABLES[table].names
    tables = [read_file(part, names, doc_ids or None) for part in parts]
    if not tables:  # no part holds the documents asked for
        return TABLES[table].empty_table().select(names)
    tbl = tables[0] if len(tables) == 1 else pa.concat_tables(tables).replace_schema_metadata(tables[0].schema.metadata)
    if doc_ids is not None and not doc_ids:  # no documents asked for: no rows
        tbl = tbl.slice(0, 0)
    return tbl.select(names)


def read_file(part: Path, columns: Sequence[str], doc_ids: "Iterable[str] | None" = None) -> pa.Table:
    """One Parquet file's `columns`, in this order (with `doc_ids`: only those documents' rows; row groups
    whose doc_id statistics exclude them are not read). Through pq.ParquetFile, not pq.read_table: that one
    goes through pyarrow.dataset, whose import costs every stage process about 0.4 CPU s."""
    f = pq.ParquetFile(part)
    if doc_ids is None:
        return f.read(columns=list(columns))
    want = sorted(set(doc_ids))
    meta, col = f.metadata, f.schema_arrow.get_field_index("doc_id")
    groups = []
    for i in range(meta.num_row_groups):
        st = meta.row_group(i).column(col).statistics
        if st is None or not st.has_min_max:
            groups.append(i)
            continue
        j = bisect.bisect_left(want, st.min)
        if j < len(want) and want[j] <= st.max:
            groups.append(i)
    names = list(columns)
    tbl = f.read_row_groups(groups, columns=names if "doc_id" in names else [*names, "doc_id"])
    import pyarrow.compute as pc  # here: importing it costs every stage process about 0.07 CPU s

    tbl = tbl.filter(pc.is_in(tbl.column("doc_id"), pa.array(want, pa.string())))
    return tbl.select(names)


def iter_table_batches(path: Path, table: str, columns: Sequence[str], batch_rows: int = 256) -> Iterator[pa.Table]:
    """A table's rows in order, `batch_rows` at a time, only `columns` read (the report streams the
    documents' texts this way instead of holding them all)."""
    for part in check_table(path, table):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=batch_rows, columns=list(columns)):
            yield pa.Table.from_batches([batch])


def iter_doc_tables(path: Path, table: str, batch_rows: int = 4096,
                    doc_ids: "set[str] | None" = None) -> Iterator[tuple[str, pa.Table]]:
    """(doc_id, that document's rows as an Arrow table) per document, streamed in record batches: a
    table sorted by doc_id (every per-document table is) is read without holding all of it, and
    without turning rows into Python objects (`table_to_records` does that, for the documents a
    stage actually has to process). `doc_ids`: only these documents (of a dataset, only the parts
    that hold them are read)."""
    names = TABLES[table].names
    cur: str | None = None
    pieces: list[pa.Table] = []
    if doc_ids is not None and not doc_ids:
        return
    for part in check_table(path, table, doc_ids):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=batch_rows, columns=names):
            tbl = pa.Table.from_batches([batch])
            ids = tbl.column("doc_id").to_pylist()
            start = 0
            for i in range(1, len(ids) + 1):
                if i < len(ids) and ids[i] == ids[start]:
                    continue
                doc_id = ids[start]
                if doc_ids is not None and doc_id not in doc_ids:  # a run of rows of a document not asked for
                    start = i
                    continue
                if doc_id != cur:
                    if pieces:
                        yield cur, pieces[0] if len(pieces) == 1 else pa.concat_tables(pieces)  # type: ignore[misc]
                    cur, pieces = doc_id, []
                pieces.append(tbl.slice(start, i - start))
                start = i
    if pieces:
        yield cur, pieces[0] if len(pieces) == 1 else pa.concat_tables(pieces)  # type: ignore[misc]


def read_earlier_records(path: Path, table: str, cls: type[T]) -> list[T]:
    """Records of an earlier run's table, read for memory (entity ids) from any schema version: the
    columns this version knows and the file has; a column the file lacks takes the record's default."""
    parts = _parts(Path(path))
    version = (pq.read_schema(parts[0]).metadata or {}).get(b"schema_version", b"?").decode()
    if version != SCHEMA_VERSION:
        log.warning("%s: %s table of schema version %s (this pipeline writes %s); reading its ids only",
                    path, table, version, SCHEMA_VERSION)
    known = set(TABLES[table].names)
    tables = [read_file(part, [n for n in pq.read_schema(part).names if n in known]) for part in parts]
    return [r for t in tables for r in table_to_records(t, cls)]


def read_column(path: Path, table: str, column: str) -> list[Any]:
    """One column of a table (e.g. its doc_ids), without reading the others."""
    return [v for part in check_table(path, table) for v in read_file(part, [column]).column(column).to_pylist()]


def table_metadata(path: Path) -> dict[str, str]:
    meta = pq.read_schema(_parts(Path(path))[0]).metadata or {}
    return {k.decode(): v.decode() for k, v in meta.items()}


def table_to_records(tbl: pa.Table | pa.RecordBatch, cls: type[T]) -> list[T]:
    """Rows of an Arrow table/batch as records, column-wise (much faster than row dicts)."""
    names = [f.name for f in dataclasses.fields(cls) if f.name in tbl.schema.names]  # type: ignore[arg-type]
    cols = []
    for name in names:
        values = tbl.column(name).to_pylist()
        if pa.types.is_list(tbl.schema.field(name).type):
            values = [tuple(v) if v is not None else None for v in values]
        cols.append(values)
    return [cls(**dict(zip(names, vals))) for vals in zip(*cols)]


class Rows:
    """One document's rows (an Arrow table) on their way to a worker process.

    Pickling a slice of a larger Arrow table copies the whole table's buffers (3.4 GB for the
    sentences of 1,383 articles); this wrapper pickles just the rows, as an Arrow IPC stream, and the
    worker turns them into records. So the main process neither converts nor copies them.
    """

    __slots__ = ("table",)

    def __init__(self, table: pa.Table) -> None:
        self.table = table

    def records(self, cls: type[T]) -> list[T]:
        return table_to_records(self.table, cls) if self.table.num_rows else []

    def __reduce__(self):
        return _rows_from_ipc, (to_ipc(self.table),)


def _rows_from_ipc(buf: pa.Buffer) -> Rows:
    return Rows(from_ipc(buf))


def to_ipc(tbl: pa.Table) -> pa.Buffer:
    """A table as an Arrow IPC stream (only its own rows, also for a slice of a larger table)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, tbl.schema) as writer:
        writer.write_table(tbl)
    return sink.getvalue()


def from_ipc(buf: pa.Buffer | bytes) -> pa.Table:
    with pa.ipc.open_stream(buf) as reader:
        return reader.read_all()


def read_records(path: Path, table: str, cls: type[T], doc_ids: Sequence[str] | None = None) -> list[T]:
    return table_to_records(read_table(path, table, doc_ids), cls)


# ----------------------------------------------------------------------------- datasets
# A per-document table is a folder of Parquet parts (`<name>.parquet/part-….parquet`; pandas, DuckDB, Spark
# and read_table read it as one table). A part holds the rows of a run of consecutive documents (doc_id
# order). Its boundaries are content-defined: a document whose doc_id hashes to 0 modulo `docs_per_part`
# starts a part. So they depend on the doc_ids alone: the whole archive at once and its daily increments
# cut the same parts, a new article changes only the part it falls into, and part names (the first
# doc_id in hex) sort in doc_id order. `_manifest.json` in the folder records each part's key (a digest
# of its documents' keys and the run metadata) and each document's key: a stage rewrites only the parts
# whose key changed, and the next stage keys its own work from the document keys without reading rows.

MANIFEST = "_manifest.json"
DOCS_PER_PART = 64


@dataclasses.dataclass(frozen=True)
class TableParams:
    """params.yaml `tables`: how the per-document tables are laid out on disk."""

    docs_per_part: int = DOCS_PER_PART  # documents per Parquet part, on average (content-defined boundaries)


def starts_part(doc_id: str, docs_per_part: int) -> bool:
    return int.from_bytes(hashlib.sha256(doc_id.encode("utf-8")).digest()[:8], "big") % docs_per_part == 0


def part_name(first_doc_id: str) -> str:
    """`part-<first doc_id as UTF-8 hex>-<its hash>.parquet`: names sort as the doc_ids do (a very long
    doc_id is cut; the hash keeps names unique)."""
    raw = first_doc_id.encode("utf-8")
    return f"part-{raw.hex()[:96]}-{hashlib.sha256(raw).hexdigest()[:8]}.parquet"


@dataclasses.dataclass(frozen=True)
class Part:
    name: str
    doc_ids: tuple[str, ...]
    doc_keys: tuple[str | None, ...]
    key: str | None  # None: a document's key is unknown (no cache): always written


def plan_parts(doc_keys: Sequence[tuple[str, str | None]], docs_per_part: int = DOCS_PER_PART,
               salt: str = "") -> list[Part]:
    """The parts of a dataset of these documents, given in doc_id order with the key each one's rows were
    computed under (None: unknown). `salt`: what else the rows depend on (the run metadata)."""
    groups: list[list[tuple[str, str | None]]] = []
    for doc_id, key in doc_keys:
        if not groups or starts_part(doc_id, docs_per_part):
            groups.append([])
        groups[-1].append((doc_id, key))
    parts = []
    for g in groups:
        known = all(k is not None for _, k in g)
        key = hashlib.sha256(json.dumps([salt, g], ensure_ascii=False).encode("utf-8")).hexdigest() if known else None
        parts.append(Part(part_name(g[0][0]), tuple(d for d, _ in g), tuple(k for _, k in g), key))
    return parts


_MANIFESTS: dict[str, tuple[bytes, dict[str, Any]]] = {}  # a manifest's path -> (its bytes, parsed), in this process
MANIFESTS_KEPT = 5  # manifests kept parsed (a stage reads at most three inputs' and writes two)


def read_manifest(path: Path) -> dict[str, Any]:
    """The `_manifest.json` of a dataset folder ({} for a single-file table or an unreadable one). Parsed once per
    process while its bytes stay the same: a stage reads its input tables' manifests many times over (keys, parts of
    the documents it reads, statistics), and at 13,830 articles each one is 1.4 MB of JSON. The result is shared:
    callers must not change it."""
    mpath = os.path.abspath(os.path.join(os.fspath(path), MANIFEST))
    try:
        with open(mpath, "rb") as fh:
            raw = fh.read()
    except OSError:
        return {}
    got = _MANIFESTS.get(mpath)
    if got is not None and got[0] == raw:
        return got[1]
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    _MANIFESTS.pop(mpath, None)
    _MANIFESTS[mpath] = (raw, data)
    while len(_MANIFESTS) > MANIFESTS_KEPT:  # the oldest: `hindi-extract run` reads every table's in one process
        del _MANIFESTS[next(iter(_MANIFESTS))]
    return data


class DatasetWriter:
    """Writes a per-document table as a dataset folder (see above), a part at a time.

    `parts` (plan_parts) says which documents the table holds. Parts whose key and file match the folder's
    manifest are kept as they are; `wanted` are the documents of the others, which the stage must `add`
    (in doc_id order; an empty table for a document without rows). A part is written (temp file +
    os.replace) as soon as its last document arrives; on close, parts of the old manifest that the plan
    no longer has are removed and the manifest is replaced. A single-file table at `path` (an older
    layout) is replaced by the folder. Without `incremental`, every part is written."""

    def __init__(self, path: Path, table: str, parts: Sequence[Part], metadata: dict[str, str] | None = None,
                 incremental: bool = True):
        self.path, self.table, self.metadata = Path(path), table, metadata
        if self.path.is_file():
            self.path.unlink()
        self.path.mkdir(parents=True, exist_ok=True)
        for stale in self.path.glob(".*.tmp"):
            stale.unlink(missing_ok=True)
        old = read_manifest(self.path).get("parts", {}) if incremental else {}
        self.parts = list(parts)
        self.kept = [p for p in self.parts
                     if p.key is not None and isinstance(old.get(p.name), list) and old[p.name][0] == p.key
                     and (self.path / p.name).is_file()]
        kept = {p.name for p in self.kept}
        self.todo = [p for p in self.parts if p.name not in kept]
        self._part_of = {d: p for p in self.todo for d in p.doc_ids}
        self._wanted = frozenset(self._part_of)
        self._left = {p.name: len(p.doc_ids) for p in self.todo}
        self._buf: dict[str, list[pa.Table]] = {}
        self._rows = {p.name: old[p.name][2] for p in self.kept}
        self._content: dict[str, str] = {}
        self.written = 0

    @property
    def wanted(self) -> frozenset[str]:
        """The documents the stage must add (those of the parts to write)."""
        return self._wanted

    def add(self, rows: "Sequence[Any] | pa.Table", doc_id: str) -> None:
        part = self._part_of[doc_id]
        self._buf.setdefault(part.name, []).append(rows if isinstance(rows, pa.Table) else doc_table(self.table, rows))
        self._left[part.name] -= 1
        if self._left[part.name] == 0:
            self._write(part)

    def _write(self, part: Part) -> None:
        schema = TABLES[self.table]
        pieces = [t.select(schema.names) for t in self._buf.pop(part.name, [])]
        tbl = pa.concat_tables(pieces).combine_chunks() if pieces else schema.empty_table()
        tbl = with_run_metadata(tbl.cast(schema) if tbl.schema != schema else tbl, self.table, self.metadata)
        fd, tmp = _temp_file(self.path / part.name)
        os.close(fd)
        try:
            pq.write_table(tbl, tmp, compression="zstd")
            if part.key is None:  # no key (a run without a cache): the manifest records the part's bytes instead
                self._content[part.name] = hashlib.sha256(Path(tmp).read_bytes()).hexdigest()
            _publish(tmp, self.path / part.name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._rows[part.name] = tbl.num_rows
        self._left.pop(part.name, None)
        self.written += 1

    @property
    def rows(self) -> int:
        return sum(self._rows.values())

    def close(self) -> Path:
        for part in self.todo:
            if part.name in self._left:  # documents the stage did not add have no rows
                self._write(part)
        names = {p.name for p in self.parts}
        for f in self.path.glob("part-*.parquet"):
            if f.name not in names:
                f.unlink()
        if not self.parts:  # no documents: one empty part, so that the table still reads
            self._write(Part("part-.parquet", (), (), None))
            names = {"part-.parquet"}
        manifest = {
            "table": self.table,
            # [key, first doc_id, rows, documents] (+ the bytes' sha256 for a part without a key: a manifest changes
            # whenever its table does, which is what DVC, tracking the manifest, relies on)
            "parts": {p.name: [p.key, list(p.doc_ids[:1]), self._rows.get(p.name, 0), len(p.doc_ids),
                               *([self._content[p.name]] if p.name in self._content else [])] for p in self.parts},
            "docs": {d: k for p in self.parts if p.key is not None for d, k in zip(p.doc_ids, p.doc_keys)},
        }
        # compact: json's C encoder writes it (with indent, the pure-Python one: 0.05 CPU s a table at 14k articles)
        body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        mpath = self.path / MANIFEST
        if not mpath.is_file() or mpath.read_text(encoding="utf-8") != body:  # unchanged: not touched
            write_text_atomic(mpath, body)
        return self.path

    def abort(self) -> None:
        self._buf.clear()

    def __enter__(self) -> "DatasetWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


# ----------------------------------------------------------------------------- cache


class DocCache:
    """Per-document results keyed by (stage, content hash + stage params/model version).

    Lets a corpus of thousands re-run after one article is added without redoing the others.
    An entry is the document's rows of one table in Arrow IPC form (a local cache, written and read
    only by this pipeline): a hit goes to the output table without becoming Python objects. An entry
    whose columns do not match the table's schema, or that cannot be read, is a miss. The key each
    document of a table was computed under is in the table folder's manifest (DatasetWriter): the next
    stage derives its own keys from it instead of hashing the rows.
    """

    def __init__(self, root: Path | None):
        self.root = Path(root) if root else None

    def _path(self, stage: str, key: str) -> Path:
        assert self.root is not None
        return self.root / stage / key[:2] / f"{key}.arrow"

    def has(self, stage: str, key: str) -> bool:
        return self.root is not None and self._path(stage, key).is_file()

    def get_table(self, stage: str, key: str, table: str) -> pa.Table | None:
        if self.root is None:
            return None
        try:
            tbl = from_ipc(self._path(stage, key).read_bytes())
        except (OSError, pa.ArrowInvalid):
            return None
        schema = TABLES[table]
        if tbl.schema.names != schema.names or tbl.schema.types != schema.types:
            return None
        return tbl

    def put_table(self, stage: str, key: str, tbl: pa.Table) -> None:
        if self.root is None:
            return
        write_bytes_atomic(self._path(stage, key), to_ipc(tbl).to_pybytes())

    def manifest(self, table_path: Path) -> dict[str, str]:
        """{doc_id: key} of the documents of a per-document table written under a cache (its folder's
        manifest; {} without a cache, or for a table without one)."""
        if self.root is None or not Path(table_path).is_dir():
            return {}
        docs = read_manifest(table_path).get("docs", {})
        return docs if isinstance(docs, dict) else {}


def read_pickle(path: Path) -> Any | None:
    """A cache blob written by write_pickle, or None when it is missing or unreadable."""
    try:
        return pickle.loads(Path(path).read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError, IndexError):
        return None


def write_pickle(path: Path, obj: Any) -> None:
    write_bytes_atomic(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def path_digest(*paths: Path, skip_docs: bool = False) -> str:
    """sha256 over the files under the given files/folders (names + bytes), for cache keys:
    editing a model, a lexicon or a stage's code invalidates that stage's cached results.
    `skip_docs`: leave out Markdown files in folders (a model card edit changes no result)."""
    h = hashlib.sha256()
    for root in paths:
        root = Path(root)
        files = [root] if root.is_file() else sorted(
            f for f in root.rglob("*")
            if f.is_file() and "__pycache__" not in f.parts and not (skip_docs and f.suffix == ".md")
        )
        for f in files:
            h.update(str(f.relative_to(root.parent)).encode("utf-8"))
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


class BlobStore:
    """Pickled values by key in one SQLite file (a cache: link keeps its index here, thousands of small values
    of which a run reads and replaces a few). `tables`: the key-value tables it holds, `blobs` (integer keys)
    first; the others take text keys. Every method takes the table (default `blobs`); writes are committed at
    once, or, inside `batch()`, together at its end. Unreadable: empty."""

    def __init__(self, path: Path, tables: Sequence[str] = ("blobs",)):
        import sqlite3

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.tables = tuple(tables)
        self._batch = 0
        for t in self.tables:
            kind = "INTEGER" if t == "blobs" else "TEXT"
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {t} (k {kind} PRIMARY KEY, v BLOB NOT NULL)")
        self.db.commit()

    def _table(self, table: str) -> str:
        if table not in self.tables:
            raise KeyError(table)
        return table

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """The writes inside, committed together (or none of them, on an exception)."""
        self._batch += 1
        try:
            yield
        except BaseException:
            self._batch -= 1
            if not self._batch:
                self.db.rollback()
            raise
        self._batch -= 1
        if not self._batch:
            self.db.commit()

    def _done(self) -> None:
        if not self._batch:
            self.db.commit()

    def get_many(self, keys: Iterable[Any], table: str = "blobs") -> dict[Any, Any]:
        t = self._table(table)
        keys = sorted(set(keys))
        out: dict[Any, Any] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self.db.execute(f"SELECT k, v FROM {t} WHERE k IN ({','.join('?' * len(chunk))})", chunk)
            out.update((k, pickle.loads(v)) for k, v in rows)
        return out

    def get_all(self, table: str = "blobs") -> dict[Any, Any]:
        return {k: pickle.loads(v) for k, v in self.db.execute(f"SELECT k, v FROM {self._table(table)}")}

    def put_many(self, items: Iterable[tuple[Any, Any]], table: str = "blobs") -> None:
        self.db.executemany(f"INSERT OR REPLACE INTO {self._table(table)} (k, v) VALUES (?, ?)",
                            ((k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items))
        self._done()

    def delete_many(self, keys: Iterable[Any], table: str = "blobs") -> None:
        self.db.executemany(f"DELETE FROM {self._table(table)} WHERE k = ?", ((k,) for k in keys))
        self._done()

    def clear(self) -> None:
        """Every table emptied."""
        for t in self.tables:
            self.db.execute(f"DELETE FROM {t}")
        self._done()

    def close(self) -> None:
        self.db.close()


# ----------------------------------------------------------------------------- cheap re-runs
# What a re-run reads of the archive: a file's digest from its stat when the file did not change (like git's
# index), a dataset part's statistics from the part's key when the part was not rewritten.

RACY_NS = 2_000_000_000  # a file changed this close before its stat was recorded is read again next time


def file_digests(paths: Sequence[Path], index: Path | None) -> list[str]:
    """sha256 (hex) of each file's bytes. With `index` (a pickle kept between calls): a file whose size,
    mtime, ctime and inode are those recorded there, and whose mtime and ctime lay more than RACY_NS before
    that record was taken, keeps its recorded digest without being read (any write or rename changes its ctime)."""
    started = time.time_ns()
    old = read_pickle(index) if index is not None else None
    try:
        entries, taken = old["files"], int(old["taken_ns"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        entries, taken = {}, 0
    new: dict[str, list] = {}
    out = []
    folders: dict[str, str] = {}  # a folder's absolute path, made once (not per file: 13,830 of them at x10)
    for path in paths:
        head, tail = os.path.split(os.fspath(path))
        folder = folders.get(head)
        if folder is None:
            folder = folders[head] = os.path.abspath(head or ".")
        name = os.path.join(folder, tail)
        st = os.stat(name)
        sig = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        prev = entries.get(name)
        if isinstance(prev, list) and prev[:4] == sig and max(st.st_mtime_ns, st.st_ctime_ns) < taken - RACY_NS:
            digest = prev[4]
        else:
            digest = hashlib.sha256(read_bytes(path)).hexdigest()
        new[name] = [*sig, digest]
        out.append(digest)
    if index is not None and (new != entries or any(max(e[1], e[2]) >= taken - RACY_NS for e in new.values())):
        write_pickle(index, {"taken_ns": started, "files": new})  # pickle: a 13,830-file index loads and saves
        #                                                          in a fifth of JSON's time
    return out


def part_stats(path: Path, table: str, stat: Callable[[Path], Any], memo: Path | None) -> list[Any]:
    """stat(part file) of each Parquet file of a table, in order (JSON-able results). With `memo` (a JSON file
    kept between calls), a dataset part whose manifest key is the one recorded there is not read again."""
    path = Path(path)
    parts = check_table(path, table)
    keys = read_manifest(path).get("parts", {}) if path.is_dir() else {}
    try:
        old = read_json(memo) if memo is not None else {}
    except (OSError, ValueError):
        old = {}
    old = old if isinstance(old, dict) else {}
    new: dict[str, list] = {}
    out = []
    for part in parts:
        entry = keys.get(part.name)
        key = entry[0] if isinstance(entry, list) and entry else None
        prev = old.get(part.name)
        if key is not None and isinstance(prev, list) and len(prev) == 2 and prev[0] == key:
            value = prev[1]
        else:
            value = stat(part)
        if key is not None:
            new[part.name] = [key, value]
        out.append(value)
    if memo is not None and new != old:
        write_json(memo, new)
    return out
