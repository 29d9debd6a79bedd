"""Benchmark: the whole pipeline on a corpus folder (default ../shared/corpus/news), per stage.

Prints wall seconds, tokens/s and articles/s per stage and in total, and the peak RSS.
Not a test: run it by hand, e.g. `.venv/bin/python bench/bench_pipeline.py [CORPUS] [--limit N]`.
The per-document cache is disabled so every stage does its real work.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from pipeline import runner
from pipeline.executor import Parallel

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "news"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--params", default=str(ROOT / "params.yaml"))
    ap.add_argument("--models", default=str(ROOT / "models"))
    ap.add_argument("--workers", type=int, default=1, help="worker processes (as `hindi-extract --workers`)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {corpus} (../shared is only on developer machines)")
    tmp = Path(tempfile.mkdtemp(prefix="bench_pipeline_"))
    try:
        if args.limit:
            src = tmp / "corpus"
            src.mkdir()
            for p in sorted(corpus.glob("*.txt"))[: args.limit]:
                shutil.copy(p, src)
            corpus = src
        out, params, models = tmp / "out", Path(args.params), Path(args.models)
        interim = out / "interim"
        t: dict[str, float] = {}
        par = Parallel(args.workers)

        def timed(name, fn, *a):
            t0 = time.perf_counter()
            result = fn(*a)
            t[name] = time.perf_counter() - t0
            return result

        docs = timed("normalize", runner.run_normalize, corpus, interim / "documents.parquet", params, None, par)
        sents = timed("segment", runner.run_segment, interim / "documents.parquet", out / "documents.parquet",
                      out / "sentences.parquet", params, None, par)
        timed("tag", runner.run_tag, out / "sentences.parquet", interim / "mentions.parquet", params, models, None, par)
        timed("link", runner.run_link, interim / "mentions.parquet", out / "documents.parquet",
              out / "mentions.parquet", out / "entities.parquet", params, models)
        timed("extract", runner.run_extract, out / "documents.parquet", out / "sentences.parquet",
              out / "mentions.parquet", out / "quantities.parquet", out / "claims.parquet", params, models, None, par)
        n_tokens = sum(len(s.token_starts) for s in sents)
        n_docs = len(docs)
        total = sum(t.values())
        print(f"corpus: {corpus} — {n_docs} articles, {n_tokens} tokens, {args.workers} worker(s)")
        print(f"{'stage':<10} {'seconds':>8} {'tokens/s':>10} {'articles/s':>10} {'share':>6}")
        for name, sec in [*t.items(), ("total", total)]:
            print(f"{name:<10} {sec:8.2f} {n_tokens / sec:10.0f} {n_docs / sec:10.1f} {sec / total:6.1%}")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of the main process: {peak_mb:.0f} MB (worker processes not included)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
