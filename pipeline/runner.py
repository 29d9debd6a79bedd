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
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

from tqdm import tqdm

from pipeline import io
from pipeline.executor import STATE, Parallel, map_docs
from pipeline.normalize import NormalizeParams, make_document
from pipeline.params import digest, load_params, read_params
from pipeline.records import Claim, Document, Entity, Mention, Quantity, Sentence
from pipeline.segment import SegmentParams, split_sentences
from pipeline.tag import TagParams, tag_sentences

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


def _progress(items: Sequence[T], desc: str) -> Iterable[T]:
    # disable=None: shown on a terminal, silent in CI logs and DVC's captured output.
    return tqdm(items, desc=desc, unit="doc", disable=None, leave=False)


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


def _by_doc(records: Iterable[T]) -> dict[str, list[T]]:
    out: dict[str, list[T]] = defaultdict(list)
    for r in records:
        out[r.doc_id].append(r)  # type: ignore[attr-defined]
    return out


def _code(*module_names: str) -> str:
    """Digest of the source of the modules a stage runs, so code edits invalidate its cache."""
    import importlib

    return io.path_digest(*(Path(importlib.import_module(m).__file__) for m in module_names))


def _cached(cache: io.DocCache, stage: str, key: str, cls: type[T], fn: Callable[[], list[T]]) -> list[T]:
    hit = cache.get(stage, key, cls)
    if hit is not None:
        return hit
    result = fn()
    cache.put(stage, key, result)
    return result


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


def _map_cached(
    stage: str, cls: type[T], jobs: list[tuple[str, Any]], fn: Callable[[Any], list[T]], cache: io.DocCache,
    par: Parallel, init: Callable[..., None] | None = None, initargs: tuple = (),
) -> list[list[T]]:
    """fn(payload) for each (cache key, payload) job, computing only the cache misses."""
    results: list[list[T] | None] = [cache.get(stage, key, cls) for key, _ in jobs]
    misses = [i for i, r in enumerate(results) if r is None]
    if misses:
        log.debug("%s: %d of %d documents to process (%d cached)", stage, len(misses), len(jobs), len(jobs) - len(misses))
    computed = map_docs(
        fn, [jobs[i][1] for i in misses], workers=par.workers, scheduler=par.scheduler, init=init, initargs=initargs,
        desc=stage,
    )
    for i, result in zip(misses, computed):
        cache.put(stage, jobs[i][0], result)
        results[i] = result
    return results  # type: ignore[return-value]


def _normalize_one(job: tuple[str, str, bytes, NormalizeParams]) -> list[Document]:
    doc_id, source, data, p = job
    return [make_document(doc_id, source, data, p)]


def _segment_one(job: tuple[str, str, SegmentParams]) -> list[Sentence]:
    doc_id, text, p = job
    return split_sentences(doc_id, text, p)


def _init_tag(p: TagParams, models_dir: Path) -> None:
    from pipeline.adapters import build_tagger

    STATE["tag"] = (build_tagger(p, models_dir), p)


def _tag_one(sents: list[Sentence]) -> list[Mention]:
    tagger, p = STATE["tag"]
    return tag_sentences(sents, tagger, p)


def _init_quantities(p: Any, models_dir: Path) -> None:
    from pipeline.quantities import load_lexicon

    STATE["quantities"] = (load_lexicon(models_dir, p), p)


def _quantities_one(job: tuple[str | None, list[Sentence], list[Mention]]) -> list[Quantity]:
    from pipeline.quantities import extract_quantities

    lexicon, p = STATE["quantities"]
    _, sents, ments = job
    return extract_quantities(sents, ments, lexicon, p)


def _init_claims(p: Any, models_dir: Path) -> None:
    from pipeline.claims import load_cues

    STATE["claims"] = (load_cues(models_dir, p), p)


def _claims_one(job: tuple[str | None, list[Sentence], list[Mention]]) -> list[Claim]:
    from pipeline.claims import extract_claims

    cues, p = STATE["claims"]
    text, sents, ments = job
    return extract_claims(sents, ments, cues, p, text=text)


# ----------------------------------------------------------------------------- stages


def run_normalize(
    corpus_dir: Path, documents_out: Path, params_path: Path, cache_dir: Path | None, par: Parallel = Parallel()
) -> list[Document]:
    p = load_params(params_path, "normalize", NormalizeParams)
    code = _code("pipeline.normalize", "pipeline.records")
    jobs = []
    for path in io.list_corpus(corpus_dir):
        data = io.read_bytes(path)
        key = _hash("normalize", code, asdict(p), path.stem, str(path), hashlib.sha256(data).hexdigest()) if cache_dir else ""
        jobs.append((key, (path.stem, str(path), data, p)))
    docs = [r[0] for r in _map_cached("normalize", Document, jobs, _normalize_one, io.DocCache(cache_dir), par)]
    for doc in docs:
        if doc.status != "ok":
            log.warning("%s: %s (kept as an error row in documents; the run goes on)", doc.source_path, doc.error)
    io.write_table(documents_out, "documents", docs, run_metadata(params_path))
    return docs


def run_segment(
    documents_in: Path, documents_out: Path, sentences_out: Path, params_path: Path, cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> list[Sentence]:
    p = load_params(params_path, "segment", SegmentParams)
    docs = io.read_records(documents_in, "documents", Document)
    code = _code("pipeline.segment", "pipeline.records")
    ok = [d for d in docs if d.status == "ok"]
    jobs = [(_hash("segment", code, asdict(p), d.doc_id, d.text) if cache_dir else "", (d.doc_id, d.text, p)) for d in ok]
    per_doc = dict(zip((d.doc_id for d in ok), _map_cached("segment", Sentence, jobs, _segment_one,
                                                           io.DocCache(cache_dir), par)))
    sentences = [s for d in ok for s in per_doc[d.doc_id]]
    final_docs = [replace(d, n_sentences=len(per_doc.get(d.doc_id, []))) for d in docs]
    meta = run_metadata(params_path)
    io.write_table(documents_out, "documents", final_docs, meta)
    io.write_table(sentences_out, "sentences", sentences, meta)
    return sentences


def run_tag(
    sentences_in: Path, mentions_out: Path, params_path: Path, models_dir: Path, cache_dir: Path | None,
    par: Parallel = Parallel(),
) -> list[Mention]:
    from pipeline.adapters import model_dirs

    p = load_params(params_path, "tag", TagParams)
    dirs = model_dirs(p, models_dir)  # fail at start-up, even when every document is cached
    name = f"{p.backend}/{p.model}"
    by_doc = _by_doc(io.read_records(sentences_in, "sentences", Sentence))
    version = [_code("pipeline.tag", "pipeline.adapters", "pipeline.records"), io.path_digest(*dirs)]
    jobs = [
        (_hash("tag", version, asdict(p), name, _fingerprint(by_doc[d])) if cache_dir else "", by_doc[d])
        for d in sorted(by_doc)
    ]
    results = _map_cached("tag", Mention, jobs, _tag_one, io.DocCache(cache_dir), par, _init_tag, (p, models_dir))
    mentions = [m for r in results for m in r]
    io.write_table(mentions_out, "mentions", mentions, run_metadata(params_path, tagger=name))
    return mentions


def run_link(
    mentions_in: Path, documents_in: Path, mentions_out: Path, entities_out: Path, params_path: Path, models_dir: Path,
    previous_in: Path | None = None,
) -> list[Entity]:
    """Link all mentions; with `previous_in` (an entities table of an earlier run, if it exists),
    entities keep the ids they were published with."""
    from pipeline.link import LinkParams, keep_previous_ids, link_mentions, load_aliases

    p = load_params(params_path, "link", LinkParams)
    aliases = load_aliases(models_dir, p)
    mentions = io.read_records(mentions_in, "mentions", Mention)
    texts = {d.doc_id: d.text for d in io.read_records(documents_in, "documents", Document) if d.status == "ok"}
    entities, linked = link_mentions(mentions, aliases, p, texts=texts)
    if previous_in is not None and Path(previous_in).exists():
        previous = io.read_records(previous_in, "entities", Entity)
        entities, linked = keep_previous_ids(entities, linked, previous)
    meta = run_metadata(params_path, tagger=io.table_metadata(mentions_in).get("tagger", "?"))
    io.write_table(mentions_out, "mentions", linked, meta)
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
) -> tuple[list[Quantity], list[Claim]]:
    from pipeline.claims import ClaimsParams, load_cues
    from pipeline.quantities import QuantitiesParams, load_lexicon

    qp = load_params(params_path, "quantities", QuantitiesParams)
    cp = load_params(params_path, "claims", ClaimsParams)
    lexicon = load_lexicon(models_dir, qp)
    load_cues(models_dir, cp)  # fail at start-up on a missing/malformed cue file
    cache = io.DocCache(cache_dir)
    texts = {d.doc_id: d.text for d in io.read_records(documents_in, "documents", Document)}
    sents_by_doc = _by_doc(io.read_records(sentences_in, "sentences", Sentence))
    ments_by_doc = _by_doc(io.read_records(mentions_in, "mentions", Mention))
    qversion = [_code("pipeline.quantities", "pipeline.numerals", "pipeline.records"), lexicon.digest]
    cversion = [_code("pipeline.claims", "pipeline.records"), io.path_digest(Path(models_dir) / f"{cp.cues}.tsv")]
    qjobs, cjobs = [], []
    for doc_id in sorted(sents_by_doc):
        payload = (texts.get(doc_id), sents_by_doc[doc_id], ments_by_doc.get(doc_id, []))
        if cache_dir is None:  # no cache: no keys to compute
            qjobs.append(("", payload))
            cjobs.append(("", payload))
            continue
        base = [payload[0], _fingerprint(payload[1]), _fingerprint(payload[2])]
        qjobs.append((_hash("quantities", qversion, asdict(qp), base), payload))
        cjobs.append((_hash("claims", cversion, asdict(cp), base), payload))
    quantities = [q for r in _map_cached("quantities", Quantity, qjobs, _quantities_one, cache, par,
                                         _init_quantities, (qp, models_dir)) for q in r]
    claims = [c for r in _map_cached("claims", Claim, cjobs, _claims_one, cache, par,
                                     _init_claims, (cp, models_dir)) for c in r]
    meta = run_metadata(params_path, tagger=io.table_metadata(mentions_in).get("tagger", "?"))
    io.write_table(quantities_out, "quantities", quantities, meta)
    io.write_table(claims_out, "claims", claims, meta)
    return quantities, claims


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
    docs = io.read_records(tables_dir_or_paths["documents"], "documents", Document)
    tables = {
        "mentions": io.read_records(tables_dir_or_paths["mentions"], "mentions", Mention),
        "quantities": io.read_records(tables_dir_or_paths["quantities"], "quantities", Quantity),
        "claims": io.read_records(tables_dir_or_paths["claims"], "claims", Claim),
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
) -> Paths:
    """Every stage over any folder, the same code path as the DVC stages."""
    paths = Paths(Path(out_dir))
    cache = cache_dir or paths.out / ".cache"
    run_normalize(corpus_dir, paths.interim / "documents.parquet", params_path, cache, par)
    run_segment(
        paths.interim / "documents.parquet", paths.table("documents"), paths.table("sentences"), params_path, cache, par
    )
    run_tag(paths.table("sentences"), paths.interim / "mentions.parquet", params_path, models_dir, cache, par)
    run_link(
        paths.interim / "mentions.parquet", paths.table("documents"), paths.table("mentions"),
        paths.table("entities"), params_path, models_dir, previous_in=paths.table("entities"),
    )
    run_extract(
        paths.table("documents"), paths.table("sentences"), paths.table("mentions"), paths.table("quantities"), paths.table("claims"),
        params_path, models_dir, cache, par,
    )
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
