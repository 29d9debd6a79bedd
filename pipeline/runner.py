"""Wiring of the stages: read tables -> call the pure stage functions per document -> write tables.

Each `run_<stage>` is what one CLI command (and so one DVC stage) does; `run_all` chains them for
`hindi-extract run`. Per-document results are cached by content hash + stage params/model version,
so adding one article to a large corpus only processes that article; the link stage, which looks across
documents, keeps an index between runs (pipeline/link_index.py) and links only the new articles with the
entities they can touch.
"""
from __future__ import annotations

import gc
import hashlib
import json
import logging
from collections import deque
from dataclasses import asdict, dataclass
from json.encoder import encode_basestring as _json_str  # json.dumps(str, ensure_ascii=False), in C
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

import pyarrow as pa

from pipeline import __version__, io, link_index
from pipeline.executor import STATE, Parallel, map_stream, n_workers
from pipeline.normalize import NormalizeParams, make_document
from pipeline.params import digest, load_params, read_params
from pipeline.records import Claim, Document, Entity, Mention, Quantity, Sentence
from pipeline.segment import SegmentParams, split_sentences
from pipeline.tag import TagParams, tag_documents, tag_sentences

log = logging.getLogger("hindi_extract")
T = TypeVar("T")


@dataclass(frozen=True)
class Paths:
    """Where `run_all` puts the tables of one run (the DVC stages get the same names from dvc.yaml)."""

    out: Path

    @property
    def interim(self) -> Path:
        return self.out / "interim"

    def table(self, name: str) -> Path:
        return self.out / f"{name}.parquet"


def _hash(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        # a str part as json.dumps writes it (the same digest), without its per-call set-up: the keys of every
        # document are hashed on each run, 14k of them at 14k articles
        if type(part) is str:
            text = _json_str(part)
        elif type(part) is list and all(type(x) is str for x in part):  # a document's upstream keys, as json.dumps writes them
            text = "[" + ", ".join(map(_json_str, part)) + "]"
        else:
            text = json.dumps(part, ensure_ascii=False, sort_keys=True, default=str)
        h.update(text.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _code(*module_names: str) -> str:
    """Digest of the source of the modules a stage runs, so code edits invalidate its cache."""
    import importlib

    files = [Path(importlib.import_module(m).__file__) for m in module_names]
    # a package (pipeline.adapters): every module in it, not only its __init__.py
    return io.path_digest(*(f.parent if f.name == "__init__.py" else f for f in files))


# The params sections the tables of each stage depend on (its own and every upstream stage's). A table's
# metadata digests only these: a stage that DVC does not re-run after another section changed keeps the
# metadata that a fresh run would write.
STAGE_PARAMS = {
    "normalize": ("tables", "normalize"),
    "segment": ("tables", "normalize", "segment"),
    "tag": ("tables", "normalize", "segment", "tag"),
    "link": ("tables", "normalize", "segment", "tag", "link"),
    "extract": ("tables", "normalize", "segment", "tag", "link", "quantities", "claims"),
}


def run_metadata(params_path: Path, stage: str, **extra: str) -> dict[str, str]:
    """Run metadata stored in every table's Parquet schema (no timestamps: runs must diff)."""
    params = read_params(params_path)
    sections = STAGE_PARAMS[stage]
    meta = {"params_digest": digest({k: params.get(k) for k in sections})}
    if "tag" in sections:
        tag = params.get("tag") or {}
        meta["tagger"] = f"{tag.get('backend', '?')}/{tag.get('model', '?')}"
    meta.update(extra)
    return meta


# ----------------------------------------------------------------------------- per-document work
# Top-level functions, so that worker processes can run them (see pipeline/executor.py).


# A document's work: its cache keys (one per output; None without a cache) and a function that builds its
# payload (called only when the document is not in the cache, so cache hits never read their inputs).
Item = tuple["tuple[str, ...] | None", Callable[[], Any]]


def _compute(
    parts: Sequence[tuple[str, str]],
    items: Iterable[Item],
    fn: Callable[[Any], tuple[pa.Table, ...]],
    cache: io.DocCache,
    par: Parallel,
    n_items: int,
    n_todo: int,
    init: Callable[..., None] | None = None,
    initargs: tuple = (),
    desc: str = "",
    fn_batch: Callable[[list[Any]], list[tuple[pa.Table, ...]]] | None = None,
) -> Iterator[tuple[tuple[str, ...] | None, tuple[pa.Table, ...]]]:
    """(keys, one Arrow table per part) of each item, in order, where a part is (cache stage name, table
    name) and fn(payload) computes the tables of one document: cache hits as they were stored, misses
    computed by `fn` in worker processes (`n_todo` of the `n_items`, to size the pool) and stored."""
    todo_keys: deque[tuple[str, ...] | None] = deque()

    def slots() -> Iterator[tuple[bool, Any]]:
        for keys, payload in items:
            if keys is not None and cache.root is not None:
                hits = [cache.get_table(st, k, table) for (st, table), k in zip(parts, keys)]
                if all(h is not None for h in hits):
                    yield False, (keys, tuple(hits))
                    continue
            todo_keys.append(keys)
            yield True, payload()

    n = n_workers(par.workers, n_todo) if not par.scheduler else 1
    batch = max(1, min(32, n_todo // (n * 8)))
    for computed, result in map_stream(
        fn, slots(), workers=n, init=init, initargs=initargs, desc=desc, scheduler=par.scheduler if n_todo else None,
        total=n_items or None, batch=batch, fn_batch=fn_batch,
    ):
        if not computed:
            yield result
            continue
        keys = todo_keys.popleft()
        if keys is not None and cache.root is not None:
            for (st, _), k, tbl in zip(parts, keys, result):
                cache.put_table(st, k, tbl)
        yield keys, result


def _n_todo(cache: io.DocCache, parts: Sequence[tuple[str, str]], keys: Iterable[tuple[str, ...] | None]) -> int:
    """How many of these documents the cache lacks (to size the worker pool)."""
    return sum(k is None or cache.root is None or not all(cache.has(st, x) for (st, _), x in zip(parts, k)) for k in keys)


def _writer(path: Path, table: str, doc_keys: Sequence[tuple[str, str | None]], meta: dict[str, str],
            tp: io.TableParams) -> io.DatasetWriter:
    """A dataset writer for a per-document table of these documents (keys: what their rows come from)."""
    # the salt: everything the parts' metadata holds (a new pipeline or schema version rewrites them)
    salt = json.dumps({**meta, "pipeline_version": __version__, "schema_version": io.SCHEMA_VERSION, "table": table},
                      sort_keys=True)
    parts = io.plan_parts(doc_keys, tp.docs_per_part, salt=salt)
    return io.DatasetWriter(path, table, parts, meta)


def _doc_list(path: Path, table: str, manifest: dict[str, str]) -> list[str]:
    """The doc_ids of a per-document table, in order (its manifest's, else its doc_id column's)."""
    return sorted(manifest) if manifest else sorted(set(io.read_column(path, table, "doc_id")))


def _stats_memo(cache: io.DocCache, table_path: Path) -> Path | None:
    """Where the per-part statistics of a table are kept between runs (io.part_stats; None without a cache)."""
    if cache.root is None:
        return None
    return cache.root / "stats" / f"{hashlib.sha256(str(Path(table_path).resolve()).encode('utf-8')).hexdigest()[:16]}.json"


def _stat_index(cache: io.DocCache, corpus_dir: Path) -> Path:
    """Where normalize keeps the stat index (io.file_digests) of a corpus folder: one per folder, as a cache is shared
    by several corpora (the DVC stage `evaluate_dev` runs the gold set with the project's cache; with one index for all,
    each run over the other folder dropped the corpus's records and the next one-article run read and hashed every
    article again)."""
    assert cache.root is not None
    name = hashlib.sha256(str(Path(corpus_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return cache.root / "normalize" / f"stat-index-{name}.pkl"


def _all_doc_keys(cache: io.DocCache, path: Path) -> dict[str, str] | None:
    """{doc_id: key} of every document of a table written under a cache; None when some have no key."""
    manifest = io.read_manifest(path) if cache.root is not None else {}  # read once: megabytes at 14k articles
    docs, parts = manifest.get("docs", {}), manifest.get("parts", {})
    if not docs or not isinstance(docs, dict) or not isinstance(parts, dict) or any(
            not isinstance(v, list) or len(v) < 4 or v[0] is None for v in parts.values()):
        return None
    return docs if sum(v[3] for v in parts.values()) == len(docs) else None


def _error_ids(part: Path) -> list[str]:
    """The doc_ids of a documents part whose status is not ok."""
    tbl = io.read_file(part, ["doc_id", "status"])
    return [d for d, s_ in zip(tbl.column("doc_id").to_pylist(), tbl.column("status").to_pylist()) if s_ != "ok"]


def _n_tokens(part: Path) -> int:
    import pyarrow.compute as pc  # here, not at the top: most stage processes never need it (0.07 CPU s to import)

    return pc.sum(pc.list_value_length(io.read_file(part, ["token_starts"]).column("token_starts"))).as_py() or 0


def _normalize_one(job: tuple[str, str, bytes, NormalizeParams]) -> tuple[pa.Table]:
    doc_id, source, data, p = job
    return (io.doc_table("documents", [make_document(doc_id, source, data, p)]),)


def _segment_one(job: tuple[str, str, SegmentParams]) -> tuple[pa.Table]:
    doc_id, text, p = job
    return (io.doc_table("sentences", split_sentences(doc_id, text, p)),)


def _init_tag(p: TagParams, models_dir: Path, memo_dir: Path | None = None) -> None:
    from pipeline.adapters import build_tagger

    STATE["tag"] = (build_tagger(p, models_dir, memo_dir), p)


def _tag_one(sents: io.Rows) -> tuple[pa.Table]:
    tagger, p = STATE["tag"]
    return (io.doc_table("mentions", tag_sentences(sents.records(Sentence), tagger, p)),)


def _tag_batch(docs: list[io.Rows]) -> list[tuple[pa.Table]]:
    tagger, p = STATE["tag"]
    return [(io.doc_table("mentions", ms),) for ms in tag_documents([d.records(Sentence) for d in docs], tagger, p)]


def _init_extract(qp: Any, cp: Any, models_dir: Path) -> None:
    from pipeline.claims import load_cues
    from pipeline.quantities import load_lexicon

    STATE["extract"] = (load_lexicon(models_dir, qp), qp, load_cues(models_dir, cp), cp)


def _extract_one(job: tuple[str | None, io.Rows, io.Rows]) -> tuple[pa.Table, pa.Table]:
    """Quantities and claims of one document (one payload, so it crosses to a worker once)."""
    from pipeline.claims import extract_claims
    from pipeline.quantities import extract_quantities

    lexicon, qp, cues, cp = STATE["extract"]
    text, sents, ments = job[0], job[1].records(Sentence), job[2].records(Mention)
    return (io.doc_table("quantities", extract_quantities(sents, ments, lexicon, qp)),
            io.doc_table("claims", extract_claims(sents, ments, cues, cp, text=text)))


def _aligned(primary: Iterator[tuple[str, Any]], *others: Iterator[tuple[str, Any]], missing: Any = ()) -> Iterator[tuple]:
    """Walk doc-sorted streams together: (doc_id, primary rows, each other stream's rows or `missing`)."""
    heads: list[tuple[str, Any] | None] = [next(o, None) for o in others]
    for doc_id, recs in primary:
        row: list[Any] = [doc_id, recs]
        for i, other in enumerate(others):
            while heads[i] is not None and heads[i][0] < doc_id:  # type: ignore[index]
                heads[i] = next(other, None)
            head = heads[i]
            row.append(head[1] if head is not None and head[0] == doc_id else missing)
        yield tuple(row)


# ----------------------------------------------------------------------------- stages
# Every stage streams: it reads its input table a record batch at a time, a document at a time,
# and writes its output tables a part at a time (io.DatasetWriter), so memory does not grow
# with the corpus (link, which looks across documents, holds the mentions).


def run_normalize(
    corpus_dir: Path, documents_out: Path, params_path: Path, cache_dir: Path | None, par: Parallel = Parallel()
) -> dict[str, int]:
    p = load_params(params_path, "normalize", NormalizeParams)
    tp = load_params(params_path, "tables", io.TableParams)
    code = _code("pipeline.normalize", "pipeline.records")
    paths = io.list_corpus(corpus_dir)
    cache = io.DocCache(cache_dir)
    # an article's key digests its bytes: a changed file is a changed document (a file whose stat did not change
    # since the last run keeps its digest unread: io.file_digests)
    version = _hash("normalize", code, asdict(p))  # once, not per article: at 14k articles that was seconds
    if cache.root:
        (cache.root / "normalize" / "stat-index.pkl").unlink(missing_ok=True)  # the one index of earlier versions
    digests = io.file_digests(paths, _stat_index(cache, corpus_dir)) if cache.root else []
    stems = [path.stem for path in paths]
    keys = [_hash(version, stem, str(path), digest) for stem, path, digest in zip(stems, paths, digests)] \
        if cache.root else [None] * len(paths)
    with _writer(documents_out, "documents", list(zip(stems, keys)), run_metadata(params_path, "normalize"), tp) as out:
        wanted = [(path, k) for stem, path, k in zip(stems, paths, keys) if stem in out.wanted]
        items = (((k,) if k else None, lambda path=path: (path.stem, str(path), io.read_bytes(path), p))
                 for path, k in wanted)
        parts = [("normalize", "documents")]
        for (path, _), (_, (docs,)) in zip(wanted, _compute(
                parts, items, _normalize_one, cache, par, len(wanted),
                _n_todo(cache, parts, ((k,) if k else None for _, k in wanted)), desc="normalize")):
            if docs.column("status")[0].as_py() != "ok":
                log.warning("%s: %s (kept as an error row in documents; the run goes on)",
                            docs.column("source_path")[0].as_py(), docs.column("error")[0].as_py())
            elif docs.column("warning")[0].as_py():
                log.warning("%s: %s", docs.column("source_path")[0].as_py(), docs.column("warning")[0].as_py())
            out.add(docs, path.stem)
    n_errors = sum(map(len, io.part_stats(documents_out, "documents", _error_ids, _stats_memo(cache, documents_out))))
    return {"documents": out.rows, "errors": n_errors, "written_parts": out.written}


def run_segment(
    documents_in: Path, documents_out: Path, sentences_out: Path, params_path: Path, cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> dict[str, int]:
    p = load_params(params_path, "segment", SegmentParams)
    tp = load_params(params_path, "tables", io.TableParams)
    code = _code("pipeline.segment", "pipeline.records")
    cache = io.DocCache(cache_dir)
    upstream = cache.manifest(documents_in)
    every = _all_doc_keys(cache, documents_in)
    if every is not None:  # the doc_ids from the manifest, the error rows from per-part statistics
        errors = {d for ids in io.part_stats(documents_in, "documents", _error_ids, _stats_memo(cache, documents_in))
                  for d in ids}
        ok = {d: d not in errors for d in sorted(every)}
    else:
        status = io.read_table(documents_in, "documents", columns=["doc_id", "status"])
        ok = dict(zip(status.column("doc_id").to_pylist(), (s_ == "ok" for s_ in status.column("status").to_pylist())))
    version = _hash("segment", code, asdict(p))

    def key(doc_id: str) -> str | None:  # without a cache or an upstream key: unknown, always recomputed
        up = upstream.get(doc_id)
        return _hash(version, up) if cache.root and up else None

    keys = {d: key(d) for d in ok}
    meta = run_metadata(params_path, "segment")
    with _writer(documents_out, "documents", [(d, k if ok[d] or k is None else _hash("segment-error", k))
                                              for d, k in keys.items()], meta, tp) as docs_out, \
            _writer(sentences_out, "sentences", [(d, keys[d]) for d in ok if ok[d]], meta, tp) as out:
        wanted = docs_out.wanted | out.wanted
        todo = [d for d in ok if d in wanted and ok[d]]
        items = ((((keys[d],) if keys[d] else None), lambda rows=rows, d=d: (d, rows.column("text")[0].as_py(), p))
                 for d, rows in io.iter_doc_tables(documents_in, "documents", doc_ids=set(todo)))
        parts = [("segment", "sentences")]
        stream = _compute(parts, items, _segment_one, cache, par, len(todo),
                          _n_todo(cache, parts, (((keys[d],) if keys[d] else None) for d in todo)), desc="segment")
        n_col = io.TABLES["documents"].get_field_index("n_sentences")
        field = io.TABLES["documents"].field(n_col)
        for doc_id, rows in io.iter_doc_tables(documents_in, "documents", doc_ids=wanted):
            sents = next(stream)[1][0] if ok[doc_id] else None
            n_sents = sents.num_rows if sents is not None else 0
            if doc_id in docs_out.wanted:
                docs_out.add(rows.set_column(n_col, field, pa.array([n_sents], field.type)), doc_id)
            if sents is not None and doc_id in out.wanted:
                out.add(sents, doc_id)
    tokens = sum(io.part_stats(sentences_out, "sentences", _n_tokens, _stats_memo(cache, sentences_out)))
    return {"documents": docs_out.rows, "sentences": out.rows, "tokens": tokens}


def run_tag(
    sentences_in: Path, mentions_out: Path, params_path: Path, models_dir: Path, cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> dict[str, int]:
    from pipeline.adapters import model_dirs, tagger_name

    p = load_params(params_path, "tag", TagParams)
    tp = load_params(params_path, "tables", io.TableParams)
    dirs = model_dirs(p, models_dir)  # fail at start-up, even when every document is cached
    name = tagger_name(p)  # the same string as every mention's `tagger`
    version = _hash("tag", _code("pipeline.tag", "pipeline.adapters", "pipeline.records", "pipeline.refine", "pipeline.lexicon"),
                    io.path_digest(*dirs, skip_docs=True), asdict(p), name)
    cache = io.DocCache(cache_dir)
    upstream = cache.manifest(sentences_in)
    docs = _doc_list(sentences_in, "sentences", upstream)
    keys = {d: _hash(version, upstream[d]) if cache.root and d in upstream else None for d in docs}
    with _writer(mentions_out, "mentions", list(keys.items()), run_metadata(params_path, "tag", tagger=name), tp) as out:
        todo = [d for d in docs if d in out.wanted]
        items = ((((keys[d],) if keys[d] else None), lambda rows=rows: io.Rows(rows))  # the worker makes the records
                 for d, rows in io.iter_doc_tables(sentences_in, "sentences", doc_ids=set(todo)))
        parts = [("tag", "mentions")]
        for d, (_, (mentions,)) in zip(todo, _compute(
                parts, items, _tag_one, cache, par, len(todo),
                _n_todo(cache, parts, (((keys[d],) if keys[d] else None) for d in todo)),
                _init_tag, (p, models_dir, cache.root / "tag" if cache.root else None), desc="tag", fn_batch=_tag_batch)):
            out.add(mentions, d)
    return {"mentions": out.rows}


def run_link(
    mentions_in: Path, documents_in: Path, mentions_out: Path, entities_out: Path, params_path: Path, models_dir: Path,
    previous_in: Path | None = None, cache_dir: Path | None = None, full: bool = False,
) -> list[Entity]:
    """Link all mentions; with `previous_in` (an entities table of an earlier run, if it exists),
    entities keep the ids they were published with. With `cache_dir`, the name keys computed for
    each distinct surface are kept there for the next run (they depend on the link code only), and so is
    the link index (`link_index.LinkIndex`), so that a run that only adds documents reads and links only those and the
    components of the earlier result they can touch; the tables are the ones linking everything at once
    gives. Any other change (a changed or deleted document; the link code, its params, the alias or KB rows)
    and `full` re-link every document.

    Python's cyclic garbage collector is paused meanwhile: link makes millions of small objects and next to no
    cycles, and each of the collector's full passes walks every live object (the index, the region's
    documents), a cost that grew with the archive (0.25 of 1.2 CPU s of a one-article run at 13,830 articles)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_link(mentions_in, documents_in, mentions_out, entities_out, params_path, models_dir, previous_in,
                         cache_dir, full)
    except link_index.Inconsistent:  # pragma: no cover - outputs edited or left by another run
        log.warning("link: %s is not the output of the last run; linking every document again", mentions_out)
        return _run_link(mentions_in, documents_in, mentions_out, entities_out, params_path, models_dir, previous_in,
                         cache_dir, True)
    finally:
        if was_enabled:
            gc.enable()


def _run_link(
    mentions_in: Path, documents_in: Path, mentions_out: Path, entities_out: Path, params_path: Path, models_dir: Path,
    previous_in: Path | None, cache_dir: Path | None, full: bool,
) -> list[Entity]:
    from pipeline.link import LinkParams, kb_index, key_memo, load_aliases

    p = load_params(params_path, "link", LinkParams)
    memo_path = Path(cache_dir) / "link" / f"name_keys-{_code('pipeline.link')}.pkl" if cache_dir else None
    saved = io.read_pickle(memo_path) if memo_path else None
    if isinstance(saved, dict):  # before the alias and KB rows are keyed: theirs are in it too
        key_memo().update(saved)
    n_saved = len(saved) if isinstance(saved, dict) else 0
    aliases = load_aliases(models_dir, p)
    cache = io.DocCache(cache_dir)
    upstream = cache.manifest(mentions_in)
    docs = _doc_list(mentions_in, "mentions", upstream)
    # everything a document's local link depends on besides its own mentions and text
    version = _hash("link-index", _code("pipeline.link", "pipeline.records"), _index_code(), asdict(p),
                    aliases.digest())
    index = link_index.LinkIndex.open(cache_dir, mentions_out, version, fresh=full) if cache.root else None
    if index is not None and index.docs and (
            any(upstream.get(d) != up for d, (up, _) in index.docs.items()) or any(d not in upstream for d in docs)):
        index.reset()  # a document changed or left: everything is linked again
    old_docs = index.docs if index is not None else {}
    todo = [d for d in docs if d not in old_docs]

    # the new documents, each linked on its own
    kb = kb_index(aliases)
    tagged, local = link_index.local_docs(mentions_in, documents_in, todo, len(todo) == len(docs), p, kb)

    previous = io.read_earlier_records(previous_in, "entities", Entity) \
        if previous_in is not None and Path(previous_in).exists() else None
    result = link_index.link_region(index, local, aliases, p, previous)
    if result is None:  # the region grew too far or ids collided across it: everything at once
        assert index is not None
        index.reset()
        todo = docs
        tagged, local = link_index.local_docs(mentions_in, documents_in, docs, True, p, kb)
        result = link_index.link_region(index, local, aliases, p, previous)
        assert result is not None
    entities, assigned, changed = result
    del previous
    if memo_path and len(key_memo()) != n_saved:
        for old in memo_path.parent.glob("name_keys-*.pkl"):  # other code versions' keys
            if old != memo_path:
                old.unlink(missing_ok=True)
        io.write_pickle(memo_path, dict(key_memo()))
    meta = run_metadata(params_path, "link", tagger=io.table_metadata(mentions_in).get("tagger", "?"))

    # a document's linked mentions: its tagged mentions (upstream key) + their link fields; a part whose
    # documents' links did not change is not rewritten. A document whose links are those of the last run
    # keeps the key it was written under; the others' rows are read to key them.
    written = io.read_manifest(mentions_out).get("docs", {}) if cache.root else {}
    keys: dict[str, str | None] = {}
    for d in docs:
        old = old_docs.get(d)
        if d not in local and old is not None and old[1] is not None and written.get(d) == old[1]:
            keys[d] = old[1]
    if any(d not in local and d not in keys for d in docs):  # pragma: no cover - outputs not of the last run
        raise link_index.Inconsistent
    # the rows of new documents: tagged + links; of documents whose links changed: as written, the links
    # of the nodes linked here replaced (the others' did not change); of the others: as written
    rows = link_index.linked_rows(tagged, assigned)
    del tagged
    redo = sorted(d for d in changed if d not in local)
    if redo:
        rows.update(link_index.linked_rows(io.read_table(mentions_out, "mentions", doc_ids=redo), assigned, keep=True))
    for d in docs:
        if d in local or d in redo:
            t = rows.get(d)
            ms = [] if t is None else list(zip(*(t.column(c).to_pylist() for c in ("start", "end", "label", "entity_id", "link_rule"))))
            keys[d] = _hash("link", upstream[d], sorted((s, e, lb, eid or "", r or "") for s, e, lb, eid, r in ms)) \
                if cache.root and d in upstream else None
    tp = load_params(params_path, "tables", io.TableParams)
    empty = io.TABLES["mentions"].empty_table()
    with _writer(mentions_out, "mentions", [(d, keys[d]) for d in docs], meta, tp) as out:
        more = [d for d in docs if d in out.wanted and d not in rows and d not in local]  # new: rows or none
        if more:
            rows.update(link_index.linked_rows(io.read_table(mentions_out, "mentions", doc_ids=more), {}, keep=True))
        for d in docs:
            if d in out.wanted:
                out.add(rows.pop(d, empty), d)
    io.write_table(entities_out, "entities", entities, meta)
    if index is not None:
        index.docs = {d: (upstream[d], keys[d]) for d in docs if d in upstream}
        index.save()
    return entities


def _index_code() -> str:
    """Digest of the code of the incremental link (not of the whole runner: other stages' edits keep the index)."""
    import inspect

    return _hash(_code("pipeline.link_index"), inspect.getsource(_run_link))


def run_extract(
    documents_in: Path,
    sentences_in: Path,
    mentions_in: Path,
    quantities_out: Path,
    claims_out: Path,
    params_path: Path,
    models_dir: Path,
    cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> dict[str, int]:
    from pipeline.claims import ClaimsParams, load_cues
    from pipeline.quantities import QuantitiesParams, load_lexicon

    qp = load_params(params_path, "quantities", QuantitiesParams)
    cp = load_params(params_path, "claims", ClaimsParams)
    tp = load_params(params_path, "tables", io.TableParams)
    lexicon = load_lexicon(models_dir, qp)
    load_cues(models_dir, cp)  # fail at start-up on a missing/malformed cue file
    qversion = [_code("pipeline.quantities", "pipeline.numerals", "pipeline.records"), lexicon.digest]
    cversion = [_code("pipeline.claims", "pipeline.records"), io.path_digest(Path(models_dir) / f"{cp.cues}.tsv")]
    cache = io.DocCache(cache_dir)
    ups = [cache.manifest(path) for path in (documents_in, sentences_in, mentions_in)]
    docs = _doc_list(sentences_in, "sentences", ups[1])

    qkey, ckey = _hash("quantities", qversion, asdict(qp)), _hash("claims", cversion, asdict(cp))

    def keys_of(d: str) -> tuple[str, str] | None:
        base = [u.get(d) for u in ups]
        if not cache.root or not all(base):
            return None
        return _hash(qkey, base), _hash(ckey, base)

    keys = {d: keys_of(d) for d in docs}
    meta = run_metadata(params_path, "extract", tagger=io.table_metadata(mentions_in).get("tagger", "?"))
    with _writer(quantities_out, "quantities", [(d, k and k[0]) for d, k in keys.items()], meta, tp) as qout, \
            _writer(claims_out, "claims", [(d, k and k[1]) for d, k in keys.items()], meta, tp) as cout:
        todo = [d for d in docs if d in qout.wanted or d in cout.wanted]
        want = set(todo)
        no_rows = pa.table({})

        def items() -> Iterator[Item]:
            for doc_id, sents, docs_, ments in _aligned(
                io.iter_doc_tables(sentences_in, "sentences", doc_ids=want),
                io.iter_doc_tables(documents_in, "documents", doc_ids=want),
                io.iter_doc_tables(mentions_in, "mentions", doc_ids=want), missing=no_rows,
            ):
                # the rows go to the worker as they are; it makes the records
                yield keys[doc_id], lambda s=sents, d=docs_, m=ments: (
                    d.column("text")[0].as_py() if d.num_rows else None, io.Rows(s), io.Rows(m))

        parts = [("quantities", "quantities"), ("claims", "claims")]
        for d, (_, (quantities, claims)) in zip(todo, _compute(
                parts, items(), _extract_one, cache, par, len(todo), _n_todo(cache, parts, (keys[d] for d in todo)),
                _init_extract, (qp, cp, models_dir), desc="extract")):
            if d in qout.wanted:
                qout.add(quantities, d)
            if d in cout.wanted:
                cout.add(claims, d)
    return {"quantities": qout.rows, "claims": cout.rows}


def run_evaluate(
    tables_dir_or_paths: dict[str, Path], gold_dir: Path, metrics_out: Path, params_path: Path, models_dir: Path,
    cache_dir: Path | None = None,
) -> dict:
    """Score the gold documents' rows of the tables. With `cache_dir`, the metrics are kept with a key of all
    they depend on (the gold files, the code and params, the alias files, and the gold documents' keys in the
    tables' manifests): a run whose new articles left the gold documents' rows as they were writes the kept
    metrics without loading the aliases or reading rows."""
    memo = _evaluate_memo(tables_dir_or_paths, gold_dir, metrics_out, params_path, models_dir, cache_dir)
    if memo is not None:
        path, key = memo
        try:
            saved = io.read_json(path)
        except (OSError, ValueError):  # none yet, or unreadable: computed again
            saved = None
        if isinstance(saved, dict) and saved.get("key") == key and all(isinstance(saved.get(f), str)
                                                                       for f in ("text", "metrics")):
            io.write_text_atomic(metrics_out, saved["text"])
            return json.loads(saved["metrics"])
    metrics = _evaluate(tables_dir_or_paths, gold_dir, metrics_out, params_path, models_dir)
    if memo is not None:  # the file as written, and the metrics in their order (the CLI's summary line)
        io.write_json(memo[0], {"key": memo[1], "text": Path(metrics_out).read_text(encoding="utf-8"),
                                "metrics": json.dumps(metrics, ensure_ascii=False)})
    return metrics


def _evaluate_memo(tables: dict[str, Path], gold_dir: Path, metrics_out: Path, params_path: Path, models_dir: Path,
                   cache_dir: Path | None) -> tuple[Path, str] | None:
    """(memo file, key) of an evaluate run, or None without a cache or when a table's documents are not all
    keyed (then its rows are read)."""
    if cache_dir is None:
        return None
    wanted = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = io.read_json(path)
        if not isinstance(data, dict) or "doc_id" not in data:
            return None  # load_gold says what is wrong
        wanted.append(data["doc_id"])
    doc_keys = {}
    for name in ("documents", "mentions", "quantities", "claims"):
        every = _all_doc_keys(io.DocCache(cache_dir), tables[name])
        if every is None:
            return None
        doc_keys[name] = [every.get(d) for d in sorted(wanted)]  # None: the document has no rows in the table
    params = read_params(params_path)
    link = params.get("link") or {}
    aliases = str(link.get("aliases") or "")
    files = [Path(models_dir) / (aliases if aliases.endswith(".tsv") else f"{aliases}.tsv")] if aliases else []
    if link.get("kb"):
        files.append(Path(models_dir) / str(link["kb"]) / "kb_aliases.tsv")
    generic = str(link.get("generic_orgs") or "")
    if generic:
        files.append(Path(models_dir) / (generic if generic.endswith(".txt") else f"{generic}.txt"))
    if any(not f.is_file() for f in files):
        return None
    import inspect

    here = Path(__file__).parent
    code = io.path_digest(*(here / f"{m}.py" for m in ("evaluate", "link", "normalize", "records", "tag", "io", "schemas")))
    key = _hash("evaluate", __version__, code, inspect.getsource(_evaluate), io.path_digest(Path(gold_dir)),
                {k: params.get(k) for k in ("normalize", "link")}, io.path_digest(*files), doc_keys)
    name = hashlib.sha256(str(Path(metrics_out).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir) / "evaluate" / f"{name}.json", key


def _evaluate(
    tables_dir_or_paths: dict[str, Path], gold_dir: Path, metrics_out: Path, params_path: Path, models_dir: Path
) -> dict:
    from pipeline.evaluate import evaluate_run, load_gold
    from pipeline.link import LinkParams, link_mentions, load_aliases

    lp = load_params(params_path, "link", LinkParams)
    aliases = load_aliases(models_dir, lp)

    def linker(mentions: Sequence[Mention], texts: dict[str, str]) -> list[Mention]:
        return link_mentions(mentions, aliases, lp, texts=texts)[1]

    gold = load_gold(gold_dir, load_params(params_path, "normalize", NormalizeParams))
    wanted = sorted(gold)  # only the gold documents' rows are read
    docs = io.read_records(tables_dir_or_paths["documents"], "documents", Document, wanted)
    tables = {
        "mentions": io.read_records(tables_dir_or_paths["mentions"], "mentions", Mention, wanted),
        "quantities": io.read_records(tables_dir_or_paths["quantities"], "quantities", Quantity, wanted),
        "claims": io.read_records(tables_dir_or_paths["claims"], "claims", Claim, wanted),
    }
    metrics = evaluate_run(docs, tables["mentions"], tables["quantities"], tables["claims"], gold, linker)
    io.write_json(metrics_out, metrics)
    return metrics


def run_all(
    corpus_dir: Path,
    out_dir: Path,
    params_path: Path,
    models_dir: Path,
    gold_dir: Path | None = None,
    metrics_out: Path | None = None,
    cache_dir: Path | None = None,
    par: Parallel = Parallel(),
    summary: dict | None = None,
) -> Paths:
    """Every stage over any folder, the same code path as the DVC stages. `summary` (a dict) gets the
    counts of the run: documents ok/error, mentions, entities, quantities, claims."""
    paths = Paths(Path(out_dir))
    cache = cache_dir or paths.out / ".cache"
    counts = run_normalize(corpus_dir, paths.interim / "documents.parquet", params_path, cache, par)
    run_segment(
        paths.interim / "documents.parquet", paths.table("documents"), paths.table("sentences"), params_path, cache, par
    )
    tagged = run_tag(paths.table("sentences"), paths.interim / "mentions.parquet", params_path, models_dir, cache, par)
    entities = run_link(
        paths.interim / "mentions.parquet", paths.table("documents"), paths.table("mentions"),
        paths.table("entities"), params_path, models_dir, previous_in=paths.table("entities"), cache_dir=cache,
    )
    extracted = run_extract(
        paths.table("documents"), paths.table("sentences"), paths.table("mentions"), paths.table("quantities"), paths.table("claims"),
        params_path, models_dir, cache, par,
    )
    if summary is not None:
        summary.update(documents_ok=counts["documents"] - counts["errors"], documents_error=counts["errors"],
                       mentions=tagged["mentions"], entities=len(entities), **extracted)
    if gold_dir is not None and Path(gold_dir).is_dir():
        tables = {name: paths.table(name) for name in ("documents", "mentions", "quantities", "claims")}
        run_evaluate(tables, gold_dir, metrics_out or paths.out / "metrics.json", params_path, models_dir)
    return paths



def write_skipped(out_dir: Path, metrics_out: Path, reason: str) -> None:
    """A metrics file that says why nothing was scored (keeps `dvc metrics show` readable)."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    io.write_json(metrics_out, {"skipped": reason})
