"""Benchmark (not a test): tag the news corpus with a tagger backend on one core; print tokens/s and peak RSS.

    python bench/bench_tag.py --backend spacy --model models/ner-hi-spacy-v1
    python bench/bench_tag.py --backend stanza --model models/ner-hi-stanza-v1 --limit 100
    python bench/bench_tag.py --backend hybrid.v2    # the pipeline's default: spaCy model + gazetteer + document repair
    python bench/bench_tag.py --backend hybrid       # hybrid.v1: the spaCy model + gazetteer rules

Documents are segmented with pipeline.segment.split_sentences (fallback: a whitespace+punctuation tokenizer);
only the tagging time is measured. Each backend is best run in its own process (peak RSS is per process).
"""
from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import glob  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.records import Sentence  # noqa: E402

_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[\w\u0900-\u097f\u200c\u200d]+|\S")


def _simple_sentences(doc_id: str, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n।?!]+[।?!]*", text):
        s, chunk = m.start(), m.group()
        toks = [(t.start() + s, t.end() + s) for t in _TOKEN.finditer(chunk)]
        if toks:
            out.append(Sentence(doc_id, len(out), toks[0][0], toks[-1][1], text[toks[0][0] : toks[-1][1]],
                                tuple(a for a, _ in toks), tuple(b for _, b in toks)))
    return out


def load_docs(corpus_glob: str, limit: int | None) -> list[list[Sentence]]:
    try:
        from pipeline.segment import SegmentParams, split_sentences

        sp = SegmentParams()

        def seg(doc_id: str, text: str) -> list[Sentence]:
            return split_sentences(doc_id, text, sp)
    except ImportError:
        seg = _simple_sentences
    paths = sorted(glob.glob(corpus_glob))[: limit or None]
    return [seg(Path(p).stem, Path(p).read_text(encoding="utf-8", errors="replace")) for p in paths]


def make_tagger(backend: str, model: str):
    if backend.startswith("spacy"):
        from pipeline.adapters.spacy_tagger import SpacyTagger

        return SpacyTagger(model)
    if backend.startswith("stanza"):
        from pipeline.adapters.stanza_tagger import StanzaTagger

        return StanzaTagger(model, threads=1)
    if backend.startswith(("hybrid", "rules")):  # the pipeline's default (hybrid.v1) or the rules alone
        from pipeline.adapters import build_tagger
        from pipeline.tag import TagParams

        from dataclasses import replace

        from pipeline.params import load_params

        name = ("hybrid.v2" if backend == "hybrid.v2" else "hybrid.v1") if backend.startswith("hybrid") else "rules.v1"
        model = Path(model) if name != "rules.v1" else ROOT / "models" / "gazetteer-v1"
        # the pipeline's tag settings (refine steps, known names), with the backend and model asked for
        p = replace(load_params(ROOT / "params.yaml", "tag", TagParams), backend=name, model=model.name)
        return build_tagger(p, model.parent)
    raise SystemExit(f"unknown backend {backend!r} (spacy | stanza | hybrid | rules)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default="spacy", help="spacy | stanza | hybrid.v2 (the pipeline default) | hybrid (hybrid.v1) | rules")
    ap.add_argument("--model", default=str(ROOT / "models" / "ner-hi-spacy-v1"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news" / "*.txt"))
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--json", action="store_true", help="print one JSON line instead of text")
    a = ap.parse_args()

    if a.backend.startswith("stanza"):  # torch only for stanza (importing it would inflate spaCy's RSS)
        import torch

        torch.set_num_threads(1)
    docs = load_docs(a.corpus, a.limit)
    n_tok = sum(len(s.token_starts) for d in docs for s in d)
    t0 = time.perf_counter()
    tagger = make_tagger(a.backend, a.model)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    n_mentions = 0
    many = getattr(tagger, "tag_many", None)
    for i in range(0, len(docs), 32):  # as the tag stage: 32 documents per model call where the tagger can
        group = docs[i : i + 32]
        n_mentions += sum(map(len, many(group))) if many else sum(len(tagger.tag(sents)) for sents in group)
    secs = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res = {
        "backend": a.backend, "tagger": tagger.name, "docs": len(docs), "tokens": n_tok, "mentions": n_mentions,
        "load_s": round(load_s, 2), "tag_s": round(secs, 2), "cpu_s": round(cpu, 2),
        "tokens_per_s": round(n_tok / secs), "tokens_per_cpu_s": round(n_tok / cpu) if cpu else None,
        "peak_rss_mb": round(peak_mb, 1),
    }
    if a.json:
        print(json.dumps(res))
    else:
        print(f"{res['tagger']}: {n_tok} tokens in {len(docs)} docs, {secs:.2f} s wall ({cpu:.2f} s CPU) "
              f"-> {res['tokens_per_s']} tokens/s ({res['tokens_per_cpu_s']} tokens/CPU-s); "
              f"{n_mentions} mentions; model load {load_s:.2f} s; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
