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


# ----------------------------------------------------------------------------- stages


def run_normalize(corpus_dir: Path, documents_out: Path, params_path: Path, cache_dir: Path | None) -> list[Document]:
    p = load_params(params_path, "normalize", NormalizeParams)
    cache = io.DocCache(cache_dir)
    docs = []
    code = _code("pipeline.normalize", "pipeline.records")
    for path in _progress(io.list_corpus(corpus_dir), "normalize"):
        data = io.read_bytes(path)
        key = _hash("normalize", code, asdict(p), path.stem, str(path), hashlib.sha256(data).hexdigest())
        doc = _cached(cache, "normalize", key, Document, lambda: [make_document(path.stem, str(path), data, p)])[0]
        if doc.status != "ok":
            log.warning("%s: %s (kept as an error row in documents; the run goes on)", path, doc.error)
        docs.append(doc)
    io.write_table(documents_out, "documents", docs, run_metadata(params_path))
    return docs


def run_segment(
    documents_in: Path, documents_out: Path, sentences_out: Path, params_path: Path, cache_dir: Path | None
) -> list[Sentence]:
    p = load_params(params_path, "segment", SegmentParams)
    cache = io.DocCache(cache_dir)
    docs = io.read_records(documents_in, "documents", Document)
    sentences: list[Sentence] = []
    final_docs = []
    code = _code("pipeline.segment", "pipeline.records")
    for doc in _progress(docs, "segment"):
        sents: list[Sentence] = []
        if doc.status == "ok":
            key = _hash("segment", code, asdict(p), doc.doc_id, doc.text)
            sents = _cached(cache, "segment", key, Sentence, lambda: split_sentences(doc.doc_id, doc.text, p))
        sentences.extend(sents)
        final_docs.append(replace(doc, n_sentences=len(sents)))
    meta = run_metadata(params_path)
    io.write_table(documents_out, "documents", final_docs, meta)
    io.write_table(sentences_out, "sentences", sentences, meta)
    return sentences


def run_tag(sentences_in: Path, mentions_out: Path, params_path: Path, models_dir: Path, cache_dir: Path | None) -> list[Mention]:
    from pipeline.adapters import build_tagger

    p = load_params(params_path, "tag", TagParams)
    tagger = build_tagger(p, models_dir)
    cache = io.DocCache(cache_dir)
    by_doc = _by_doc(io.read_records(sentences_in, "sentences", Sentence))
    mentions: list[Mention] = []
    version = [_code("pipeline.tag", "pipeline.adapters", "pipeline.records"), io.path_digest(Path(models_dir) / p.model)]
    for doc_id in _progress(sorted(by_doc), "tag"):
        sents = by_doc[doc_id]
        key = _hash("tag", version, asdict(p), tagger.name, [asdict(s) for s in sents])
        mentions.extend(_cached(cache, "tag", key, Mention, lambda: tag_sentences(sents, tagger, p)))
    io.write_table(mentions_out, "mentions", mentions, run_metadata(params_path, tagger=tagger.name))
    return mentions


def run_link(
    mentions_in: Path, documents_in: Path, mentions_out: Path, entities_out: Path, params_path: Path, models_dir: Path
) -> list[Entity]:
    from pipeline.link import LinkParams, link_mentions, load_aliases

    p = load_params(params_path, "link", LinkParams)
    aliases = load_aliases(models_dir, p)
    mentions = io.read_records(mentions_in, "mentions", Mention)
    texts = {d.doc_id: d.text for d in io.read_records(documents_in, "documents", Document) if d.status == "ok"}
    entities, linked = link_mentions(mentions, aliases, p, texts=texts)
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
) -> tuple[list[Quantity], list[Claim]]:
    from pipeline.claims import ClaimsParams, extract_claims, load_cues
    from pipeline.quantities import QuantitiesParams, extract_quantities, load_lexicon

    qp = load_params(params_path, "quantities", QuantitiesParams)
    cp = load_params(params_path, "claims", ClaimsParams)
    lexicon, cues = load_lexicon(models_dir, qp), load_cues(models_dir, cp)
    cache = io.DocCache(cache_dir)
    texts = {d.doc_id: d.text for d in io.read_records(documents_in, "documents", Document)}
    sents_by_doc = _by_doc(io.read_records(sentences_in, "sentences", Sentence))
    ments_by_doc = _by_doc(io.read_records(mentions_in, "mentions", Mention))
    quantities: list[Quantity] = []
    claims: list[Claim] = []
    qversion = [_code("pipeline.quantities", "pipeline.numerals", "pipeline.records"), lexicon.digest]
    cversion = [_code("pipeline.claims", "pipeline.records"), io.path_digest(Path(models_dir) / f"{cp.cues}.tsv")]
    for doc_id in _progress(sorted(sents_by_doc), "extract"):
        sents, ments = sents_by_doc[doc_id], ments_by_doc.get(doc_id, [])
        text = texts.get(doc_id)
        base = [text, [asdict(s) for s in sents], [asdict(m) for m in ments]]
        qkey = _hash("quantities", qversion, asdict(qp), base)
        quantities.extend(
            _cached(cache, "quantities", qkey, Quantity, lambda: extract_quantities(sents, ments, lexicon, qp))
        )
        ckey = _hash("claims", cversion, asdict(cp), base)
        claims.extend(_cached(cache, "claims", ckey, Claim, lambda: extract_claims(sents, ments, cues, cp, text=text)))
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
) -> Paths:
    """Every stage over any folder, the same code path as the DVC stages."""
    paths = Paths(Path(out_dir))
    cache = cache_dir or paths.out / ".cache"
    run_normalize(corpus_dir, paths.interim / "documents.parquet", params_path, cache)
    run_segment(paths.interim / "documents.parquet", paths.table("documents"), paths.table("sentences"), params_path, cache)
    run_tag(paths.table("sentences"), paths.interim / "mentions.parquet", params_path, models_dir, cache)
    run_link(
        paths.interim / "mentions.parquet", paths.table("documents"), paths.table("mentions"),
        paths.table("entities"), params_path, models_dir,
    )
    run_extract(
        paths.table("documents"), paths.table("sentences"), paths.table("mentions"), paths.table("quantities"), paths.table("claims"),
        params_path, models_dir, cache,
    )
    if gold_dir is not None and Path(gold_dir).is_dir():
        tables = {name: paths.table(name) for name in ("documents", "mentions", "quantities", "claims")}
        run_evaluate(tables, gold_dir, metrics_out or paths.out / "metrics.json", params_path, models_dir)
    return paths



def write_skipped(out_dir: Path, metrics_out: Path, reason: str) -> None:
    """A metrics file that says why nothing was scored (keeps `dvc metrics show` readable)."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    io.write_json(metrics_out, {"skipped": reason})
