"""Entity F1 (and link, claim, quantity scores) of a configuration on every gold set, tuned-on and
held-out reported apart.

    python bench/bench_entities.py [--params params.yaml] [--set NAME ...]

Gold sets (all under ../shared/gold; a missing one is skipped with a note):
- dev: the six articles every tagger so far was tuned on;
- dev2-tune: nine of the fifteen dev2 articles, looked at while building hybrid.v2;
- dev2-heldout: the other six (DEV2_HELDOUT below), never looked at while tuning: only their scores
  were read;
- dev2: all fifteen.
Runs `hindi-extract run` on each set (a fresh cache), prints entity P/R/F1 per label and writes
nothing into the project. Not a test: it prints figures, it asserts none.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
# Chosen before any dev2 article was read: one or two of each source, by sorted name.
DEV2_HELDOUT = (
    "bbchi_0217", "bbchi_0260", "covidnp_PK-2020-APR-29-01",
    "ednil_death-toll-reaches-28-in-harda-train-accident-txt-xml", "ntrex_newsweek.51328", "wmt24_seattle_times.800119",
)


def gold_sets() -> dict[str, list[Path]]:
    dev2 = sorted((GOLD / "dev2").glob("*.txt"))
    return {
        "dev": sorted((GOLD / "dev").glob("*.txt")),
        "dev2-tune": [p for p in dev2 if p.stem not in DEV2_HELDOUT],
        "dev2-heldout": [p for p in dev2 if p.stem in DEV2_HELDOUT],
        "dev2": dev2,
    }


def score(texts: list[Path], params: Path, models: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for t in texts:
            shutil.copy(t, corpus / t.name)
            shutil.copy(t.with_suffix(".json"), corpus / t.with_suffix(".json").name)
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--gold", str(corpus),
               "--params", str(params), "--models", str(models), "--workers", str(workers)]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
        return json.loads((out / "metrics.json").read_text(encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--params", type=Path, default=ROOT / "params.yaml")
    ap.add_argument("--models", type=Path, default=ROOT / "models")
    ap.add_argument("--set", action="append", dest="sets", help="only these gold sets")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    sets = gold_sets()
    results = {}
    for name, texts in sets.items():
        if args.sets and name not in args.sets:
            continue
        if not texts:
            print(f"{name}: skipped ({GOLD} not found)")
            continue
        m = score(texts, args.params.resolve(), args.models.resolve(), args.workers)
        e = m["entities"]
        results[name] = m
        labels = "  ".join(f"{lab} {v['f1']:.3f}" for lab, v in e["per_label"].items())
        print(f"{name:13s} docs {len(texts):2d}  entity F1 {e['f1']:.4f} (P {e['precision']:.3f} R {e['recall']:.3f})"
              f"  {labels}\n{'':13s} links P/R {m['links']['precision']:.3f}/{m['links']['recall']:.3f}"
              f" (gold mentions {m['links_gold_mentions']['precision']:.3f}/{m['links_gold_mentions']['recall']:.3f})"
              f"  claims F1 {m['claims']['f1']:.3f}  quantities F1 {m['quantities']['f1']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
