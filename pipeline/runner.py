"""Wiring of the stages: read tables -> call the pure stage functions per document -> write tables.

Each `run_<stage>` is what one CLI command (and so one DVC stage) does; `run_all` chains them for
`hindi-extract run`. Per-document results are cached by content hash + stage params/model version,
so adding one article to a large corpus only processes that article (the link and evaluate
stages, which look across documents, always re-run over the tables).
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TypeVar

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import io
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
        h.update(json.dumps(part, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _fingerprint(records: Sequence[Any]) -> str:
    """Digest of a document's records for cache keys (their reprs hold every field; much cheaper
    than serializing dataclasses.asdict copies)."""
    h = hashlib.sha256()
    for r in records:
        h.update(repr(r).encode("utf-8"))
    return h.hexdigest()


def _code(*module_names: str) -> str:
    """Digest of the source of the modules a stage runs, so code edits invalidate its cache."""
    import importlib

    files = [Path(importlib.import_module(m).__file__) for m in module_names]
    # a package (pipeline.adapters): every module in it, not only its __init__.py
    return io.path_digest(*(f.parent if f.name == "__init__.py" else f for f in files))


def run_metadata(params_path: Path, **extra: str) -> dict[str, str]:
    """Run metadata stored in every table's Parquet schema (no timestamps: runs must diff)."""
    params = read_params(params_path)
    meta = {"params_digest": digest(params)}
    tag = params.get("tag") or {}
    meta["tagger"] = f"{tag.get('backend', '?')}/{tag.get('model', '?')}"
    meta.update(extra)
    return meta


# ----------------------------------------------------------------------------- per-document work
# Top-level functions, so that worker processes can run them (see pipeline/executor.py).


# A job: (its cache keys, computed only when a cache is used; its payload, built only when the
# document has to be processed). Both are callables, so cache hits cost neither.
KeyedJob = tuple[Callable[[], tuple[str, ...]], Callable[[], Any]]


def _stream_cached(
    parts: Sequence[tuple[str, str]],
    jobs: Callable[[], Iterator[KeyedJob]],
    fn: Callable[[Any], tuple[pa.Table, ...]],
    cache: io.DocCache,
    par: Parallel,
    init: Callable[..., None] | None = None,
    initargs: tuple = (),
    n_docs: int = 0,
    desc: str = "",
    fn_batch: Callable[[list[Any]], list[tuple[pa.Table, ...]]] | None = None,
) -> Iterator[tuple[tuple[str, ...] | None, tuple[pa.Table, ...]]]:
    """(keys, one Arrow table per part) for each job of `jobs()`, in order, where a part is (cache stage
    name, table name) and fn(payload) computes the tables of one document; only cache misses are
    computed, hits come from the cache as they were stored.

    With a cache, `jobs` is iterated twice: a first pass computes the keys and counts the misses (to
    decide how many worker processes are worth starting; only the keys are kept), the second
    streams the work with those keys.
    """
    use_cache = cache.root is not None
    all_keys: list[tuple[str, ...]] = []
    n_todo = n_docs
    if use_cache:
        all_keys = [keys() for keys, _ in jobs()]
        n_todo = sum(not all(cache.has(st, k) for (st, _), k in zip(parts, keys)) for keys in all_keys)
        log.debug("%s: %d of %d documents to process", desc, n_todo, len(all_keys))
    todo_keys: deque[tuple[str, ...]] = deque()

    def slots() -> Iterator[tuple[bool, Any]]:
        for i, (_, payload) in enumerate(jobs()):
            if use_cache:
                keys = all_keys[i]
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
        total=n_docs or None, batch=batch, fn_batch=fn_batch,
    ):
        if not computed:
            yield result
        elif use_cache:
            keys = todo_keys.popleft()
            for (st, _), k, tbl in zip(parts, keys, result):
                cache.put_table(st, k, tbl)
            yield keys, result
        else:
            yield None, result


def _upstream_keys(cache: io.DocCache, path: Path, stage: str, version: Any) -> Callable[[str, Callable[[], Any]], str]:
    """key(doc_id, records) of one document of the table at `path`, for `stage` at `version`: derived
    from the key the upstream stage recorded for the document (its manifest), else from the rows."""
    manifest = cache.manifest(path) if cache.root is not None else {}

    def key(doc_id: str, records: Callable[[], Any]) -> str:
        upstream = manifest.get(doc_id)
        return _hash(stage, version, upstream if upstream is not None else _fingerprint(records()))

    return key


def _normalize_one(job: tuple[str, str, bytes, NormalizeParams]) -> tuple[pa.Table]:
    doc_id, source, data, p = job
    return (io.doc_table("documents", [make_document(doc_id, source, data, p)]),)


def _segment_one(job: tuple[str, str, SegmentParams]) -> tuple[pa.Table]:
    doc_id, text, p = job
    return (io.doc_table("sentences", split_sentences(doc_id, text, p)),)


def _init_tag(p: TagParams, models_dir: Path) -> None:
    from pipeline.adapters import build_tagger

    STATE["tag"] = (build_tagger(p, models_dir), p)


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
# and writes its output tables a row group at a time (io.TableWriter), so memory does not grow
# with the corpus (link, which looks across documents, holds the mentions).


def run_normalize(
    corpus_dir: Path, documents_out: Path, params_path: Path, cache_dir: Path | None, par: Parallel = Parallel()
) -> dict[str, int]:
    p = load_params(params_path, "normalize", NormalizeParams)
    code = _code("pipeline.normalize", "pipeline.records")
    paths = io.list_corpus(corpus_dir)
    cache = io.DocCache(cache_dir)

    def jobs() -> Iterator[KeyedJob]:
        # a file is read for its key (first pass) and again only if it has to be normalized
        for path in paths:
            yield (lambda path=path: (  # default args: bind this document's values
                _hash("normalize", code, asdict(p), path.stem, str(path), hashlib.sha256(io.read_bytes(path)).hexdigest()),
            )), (lambda path=path: (path.stem, str(path), io.read_bytes(path), p))

    errors = 0
    with io.TableWriter(documents_out, "documents", run_metadata(params_path), cache=cache) as out:
        for keys, (docs,) in _stream_cached([("normalize", "documents")], jobs, _normalize_one, cache, par,
                                            n_docs=len(paths), desc="normalize"):
            doc_id = docs.column("doc_id")[0].as_py()
            if docs.column("status")[0].as_py() != "ok":
                errors += 1
                log.warning("%s: %s (kept as an error row in documents; the run goes on)",
                            docs.column("source_path")[0].as_py(), docs.column("error")[0].as_py())
            elif docs.column("warning")[0].as_py():
                log.warning("%s: %s", docs.column("source_path")[0].as_py(), docs.column("warning")[0].as_py())
            out.add(docs, doc_id, keys[0] if keys else None)
    return {"documents": out.rows, "errors": errors}


def run_segment(
    documents_in: Path, documents_out: Path, sentences_out: Path, params_path: Path, cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> dict[str, int]:
    p = load_params(params_path, "segment", SegmentParams)
    code = _code("pipeline.segment", "pipeline.records")
    cache = io.DocCache(cache_dir)
    n_docs = len(io.read_column(documents_in, "documents", "doc_id"))
    doc_key = _upstream_keys(cache, documents_in, "segment", [code, asdict(p)])

    def ok_docs() -> Iterator[tuple[str, pa.Table]]:
        for doc_id, rows in io.iter_doc_tables(documents_in, "documents"):
            if rows.column("status")[0].as_py() == "ok":  # error rows have no text to split
                yield doc_id, rows

    def jobs() -> Iterator[KeyedJob]:
        for doc_id, rows in ok_docs():
            text = lambda rows=rows: rows.column("text")[0].as_py()  # noqa: E731
            yield (lambda doc_id=doc_id, text=text: (doc_key(doc_id, lambda: [text()]),)), (
                lambda doc_id=doc_id, text=text: (doc_id, text(), p))

    meta = run_metadata(params_path)
    tokens = 0
    stream = _stream_cached([("segment", "sentences")], jobs, _segment_one, cache, par, n_docs=n_docs, desc="segment")
    n_col = io.TABLES["documents"].get_field_index("n_sentences")
    with io.TableWriter(documents_out, "documents", meta, cache=cache) as docs_out, \
            io.TableWriter(sentences_out, "sentences", meta, cache=cache) as out:
        for doc_id, rows in io.iter_doc_tables(documents_in, "documents"):
            keys, sents = (None, None)
            if rows.column("status")[0].as_py() == "ok":
                keys, (sents,) = next(stream)
            n_sents = sents.num_rows if sents is not None else 0
            if sents is not None and n_sents:
                tokens += pc.sum(pc.list_value_length(sents.column("token_starts"))).as_py() or 0
            rows = rows.set_column(n_col, io.TABLES["documents"].field(n_col), pa.array([n_sents], io.TABLES["documents"].field(n_col).type))
            key = keys[0] if keys else (_hash("segment-error", doc_key(doc_id, lambda: rows.to_pylist())) if cache.root else None)
            docs_out.add(rows, doc_id, key)
            if sents is not None:
                out.add(sents, doc_id, key)
    return {"documents": docs_out.rows, "sentences": out.rows, "tokens": tokens}


def run_tag(
    sentences_in: Path, mentions_out: Path, params_path: Path, models_dir: Path, cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> dict[str, int]:
    from pipeline.adapters import model_dirs, tagger_name

    p = load_params(params_path, "tag", TagParams)
    dirs = model_dirs(p, models_dir)  # fail at start-up, even when every document is cached
    name = tagger_name(p)  # the same string as every mention's `tagger`
    version = [_code("pipeline.tag", "pipeline.adapters", "pipeline.records", "pipeline.refine", "pipeline.lexicon"), io.path_digest(*dirs, skip_docs=True), asdict(p), name]
    cache = io.DocCache(cache_dir)
    n_docs = len(set(io.read_column(sentences_in, "sentences", "doc_id")))
    doc_key = _upstream_keys(cache, sentences_in, "tag", version)

    def jobs() -> Iterator[KeyedJob]:
        for doc_id, rows in io.iter_doc_tables(sentences_in, "sentences"):
            sents = lambda rows=rows: io.table_to_records(rows, Sentence)  # noqa: E731
            # the rows go to the worker as they are; it makes the records
            yield (lambda doc_id=doc_id, sents=sents: (doc_key(doc_id, sents),)), lambda rows=rows: io.Rows(rows)

    with io.TableWriter(mentions_out, "mentions", run_metadata(params_path, tagger=name), cache=cache) as out:
        for keys, (mentions,) in _stream_cached([("tag", "mentions")], jobs, _tag_one, cache, par, _init_tag,
                                                (p, models_dir), n_docs=n_docs, desc="tag", fn_batch=_tag_batch):
            if mentions.num_rows:
                out.add(mentions, mentions.column("doc_id")[0].as_py(), keys[0] if keys else None)
    return {"mentions": out.rows}


def run_link(
    mentions_in: Path, documents_in: Path, mentions_out: Path, entities_out: Path, params_path: Path, models_dir: Path,
    previous_in: Path | None = None, cache_dir: Path | None = None,
) -> list[Entity]:
    """Link all mentions; with `previous_in` (an entities table of an earlier run, if it exists),
    entities keep the ids they were published with. With `cache_dir`, the name keys computed for
    each distinct surface are kept there for the next run (they depend on the link code only)."""
    from pipeline.link import LinkParams, keep_previous_ids, key_memo, link_mentions, load_aliases

    p = load_params(params_path, "link", LinkParams)
    aliases = load_aliases(models_dir, p)
    tagged = io.read_table(mentions_in, "mentions")
    mentions = io.table_to_records(tagged, Mention)
    # texts only of documents with ORG/LOC mentions (the `NAME (ACRONYM)` rule reads around them); most
    # documents have some, so the table is read whole rather than filtered by doc_id
    wanted = {m.doc_id for m in mentions if m.label in ("ORG", "LOC")}
    tbl = io.read_table(documents_in, "documents").select(["doc_id", "text", "status"])
    texts = {d: tbl.column("text")[i].as_py() for i, (d, s) in
             enumerate(zip(tbl.column("doc_id").to_pylist(), tbl.column("status").to_pylist())) if s == "ok" and d in wanted}
    del tbl
    memo_path = Path(cache_dir) / "link" / f"name_keys-{_code('pipeline.link')}.pkl" if cache_dir else None
    saved = io.read_pickle(memo_path) if memo_path else None
    if isinstance(saved, dict):
        key_memo().update(saved)
    n_saved = len(saved) if isinstance(saved, dict) else 0
    entities, linked = link_mentions(mentions, aliases, p, texts=texts)
    del texts
    if memo_path and len(key_memo()) != n_saved:
        for old in memo_path.parent.glob("name_keys-*.pkl"):  # other code versions' keys
            if old != memo_path:
                old.unlink(missing_ok=True)
        io.write_pickle(memo_path, dict(key_memo()))
    if previous_in is not None and Path(previous_in).exists():
        previous = io.read_earlier_records(previous_in, "entities", Entity)
        entities, linked = keep_previous_ids(entities, linked, previous)
    meta = run_metadata(params_path, tagger=io.table_metadata(mentions_in).get("tagger", "?"))
    keys = None
    if cache_dir:  # a document's linked mentions: its tagged mentions (upstream key) + their link fields
        cache = io.DocCache(cache_dir)
        doc_key = _upstream_keys(cache, mentions_in, "link", [])
        by_doc: dict[str, list[Mention]] = {}
        for m in linked:
            by_doc.setdefault(m.doc_id, []).append(m)
        keys = (cache, {
            d: _hash(doc_key(d, lambda ms=ms: [m.linked(None, None) for m in ms]),
                     sorted((m.start, m.end, m.label, m.entity_id or "", m.link_rule or "") for m in ms))
            for d, ms in by_doc.items()
        })
    # the tagged table with the link columns filled in (link_mentions keeps the table's row order)
    if [m.mention_id for m in linked] == tagged.column("mention_id").to_pylist():
        for name in ("entity_id", "link_rule"):
            i = tagged.schema.get_field_index(name)
            tagged = tagged.set_column(i, tagged.schema.field(name), pa.array([getattr(m, name) for m in linked], tagged.schema.field(name).type))
        io.write_arrow(mentions_out, io.with_run_metadata(tagged.replace_schema_metadata(None), "mentions", meta))
        if keys is not None:
            keys[0].put_manifest(mentions_out, keys[1])
    else:  # pragma: no cover - a safety net: build the table from the records
        io.write_table(mentions_out, "mentions", linked, meta, keys=keys)
    io.write_table(entities_out, "entities", entities, meta)
    return entities


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
    lexicon = load_lexicon(models_dir, qp)
    load_cues(models_dir, cp)  # fail at start-up on a missing/malformed cue file
    qversion = [_code("pipeline.quantities", "pipeline.numerals", "pipeline.records"), lexicon.digest]
    cversion = [_code("pipeline.claims", "pipeline.records"), io.path_digest(Path(models_dir) / f"{cp.cues}.tsv")]
    n_docs = len(set(io.read_column(sentences_in, "sentences", "doc_id")))
    cache = io.DocCache(cache_dir)
    key_of = {name: _upstream_keys(cache, path, name, []) for name, path in
              (("documents", documents_in), ("sentences", sentences_in), ("mentions", mentions_in))}
    no_rows = pa.table({})

    def jobs() -> Iterator[KeyedJob]:
        for doc_id, sents, docs, ments in _aligned(
            io.iter_doc_tables(sentences_in, "sentences"), io.iter_doc_tables(documents_in, "documents"),
            io.iter_doc_tables(mentions_in, "mentions"), missing=no_rows,
        ):
            def payload(sents=sents, docs=docs, ments=ments) -> tuple[str | None, io.Rows, io.Rows]:
                # the rows go to the worker as they are; it makes the records
                return docs.column("text")[0].as_py() if docs.num_rows else None, io.Rows(sents), io.Rows(ments)

            def keys(doc_id=doc_id, payload=payload) -> tuple[str, ...]:  # records only for a table without manifest
                base = [key_of["documents"](doc_id, lambda: [payload()[0]]),
                        key_of["sentences"](doc_id, lambda: payload()[1].records(Sentence)),
                        key_of["mentions"](doc_id, lambda: payload()[2].records(Mention))]
                return _hash("quantities", qversion, asdict(qp), base), _hash("claims", cversion, asdict(cp), base)

            yield keys, payload

    meta = run_metadata(params_path, tagger=io.table_metadata(mentions_in).get("tagger", "?"))
    with io.TableWriter(quantities_out, "quantities", meta) as qout, io.TableWriter(claims_out, "claims", meta) as cout:
        for _, (quantities, claims) in _stream_cached(
            [("quantities", "quantities"), ("claims", "claims")], jobs, _extract_one, cache, par,
            _init_extract, (qp, cp, models_dir), n_docs=n_docs, desc="extract",
        ):
            qout.add(quantities)
            cout.add(claims)
    return {"quantities": qout.rows, "claims": cout.rows}


def run_evaluate(
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
    partition_docs: int | None = None,
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
    if partition_docs:
        for name in ("documents", "sentences", "mentions", "entities", "quantities", "claims"):
            io.partition_table(paths.table(name), partition_docs)
    return paths



def write_skipped(out_dir: Path, metrics_out: Path, reason: str) -> None:
    """A metrics file that says why nothing was scored (keeps `dvc metrics show` readable)."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    io.write_json(metrics_out, {"skipped": reason})
