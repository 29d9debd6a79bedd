"""Throughput of the quantities stage over the real-news corpus.

    python bench/bench_quantities.py [--corpus DIR] [--limit N]

Normalizes and segments every article first (not timed), then times `extract_quantities` alone (the settings of
params.yaml's `normalize`, `segment` and `quantities` sections, as `dvc repro` runs them) and
prints articles/s and tokens/s, with the segmentation time for comparison (the extract stage should
add well under 20% to the pipeline's time).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.normalize import NormalizeParams, normalize_text  # noqa: E402
from pipeline.params import load_params  # noqa: E402
from pipeline.quantities import QuantitiesParams, extract_quantities, load_lexicon  # noqa: E402
from pipeline.segment import SegmentParams, split_sentences  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (0 = all)")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus}", file=sys.stderr)
        return 2
    files = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    params = ROOT / "params.yaml"
    np_ = load_params(params, "normalize", NormalizeParams)
    sp = load_params(params, "segment", SegmentParams)
    qp = load_params(params, "quantities", QuantitiesParams)
    lex = load_lexicon(ROOT / "models", qp)
    docs = []
    t0 = time.perf_counter()
    for f in files:
        raw = f.read_bytes().decode("utf-8", errors="replace")
        text = normalize_text(raw, np_)
        docs.append(split_sentences(f.stem, text, sp))
    t_prep = time.perf_counter() - t0
    seg_t = 0.0
    for sents in docs:  # segmentation alone, for comparison
        a = time.perf_counter()
        split_sentences(sents[0].doc_id if sents else "x", "\n".join(s.text for s in sents), sp)
        seg_t += time.perf_counter() - a
    n_tokens = sum(len(s.token_starts) for sents in docs for s in sents)
    n_q = 0
    best = float("inf")
    for _ in range(args.repeat):
        a = time.perf_counter()
        n_q = sum(len(extract_quantities(sents, [], lex, qp)) for sents in docs)
        best = min(best, time.perf_counter() - a)
    print(f"articles: {len(docs)}  tokens: {n_tokens}  quantities: {n_q}")
    print(f"normalize+segment (prep): {t_prep:.2f}s  segment alone: {seg_t:.2f}s")
    print(f"extract_quantities: {best:.2f}s  -> {len(docs) / best:.1f} articles/s, {n_tokens / best:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
