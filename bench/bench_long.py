"""Benchmark (not a test): is every stage linear in the length of ONE article? Runs `hindi-extract run` on
single-article corpora of n and 4n units of four kinds and prints the CPU seconds of each, their ratio once the
start-up (a one-line article's run) is taken off (linear: about 4x; a step that looks over the whole article per
sentence, name or cue grows as the square: about 16x) and the peak RSS.

    .venv/bin/python bench/bench_long.py [--n 50] [--kinds news,names,bulletin,nodanda] [--json F]

Kinds (real Hindi, made from ../shared or the repository's data):
- news: n articles of ../shared/corpus/news glued into one (the held-out dev2 articles left out);
- names: a roll of 30n people, `<given name> <surname> ने कहा कि <given name> <surname> से मुलाकात हुई।`
  (given names from models/<lexicon>/given_names.txt): link's short forms meet thousands of names;
- bulletin: 50n lines `<district> में <N> नए मामले, <M> लोगों की मौत, "…" मंत्री ने कहा।`: quantities and claims;
- nodanda: one "sentence" of 500n words (a text without a danda): the tagger's memory.
Each size runs in its own process, one worker, no cache. Takes a few minutes at --n 50.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_entities import DEV2_HELDOUT  # noqa: E402  (the held-out dev2 articles: corpus/news holds them too)
SHARED = ROOT.parent / "shared"
SURNAMES = "शर्मा वर्मा सिंह यादव गुप्ता कुमार पांडे मिश्रा तिवारी चौहान".split()
DISTRICTS = "आगरा मेरठ कानपुर लखनऊ पटना रांची भोपाल इंदौर".split()


def make_text(kind: str, n: int) -> str:
    rnd = random.Random(n)
    if kind == "news":
        files = sorted(p for p in (SHARED / "corpus" / "news").glob("*.txt") if p.stem not in DEV2_HELDOUT)
        if len(files) < n:
            raise SystemExit(f"bench_long: kind news needs {n} articles in {SHARED / 'corpus' / 'news'} (../shared)")
        return "\n\n".join(p.read_text(encoding="utf-8") for p in files[:n])
    if kind == "names":
        given = [w.strip() for w in (ROOT / "models" / "entity-lexicon-v4" / "given_names.txt").read_text(
            encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")][:3000]
        pick = lambda: f"{rnd.choice(given)} {rnd.choice(SURNAMES)}"  # noqa: E731
        return "\n".join(f"{pick()} ने कहा कि {pick()} से मुलाकात हुई।" for _ in range(30 * n))
    if kind == "bulletin":
        return "\n".join(f"{rnd.choice(DISTRICTS)} में {rnd.randint(1, 999)} नए मामले, {rnd.randint(1, 50)} लोगों की "
                         f"मौत, \"हम तैयार हैं\" मंत्री ने कहा।" for _ in range(50 * n))
    if kind == "nodanda":
        return "राम ने कहा कि " + "बहुत " * (500 * n) + "।\n"
    raise SystemExit(f"bench_long: unknown kind {kind!r}")


def run_once(text: str, tmp: Path) -> tuple[float, float, int]:
    """(wall s, CPU s, peak RSS MB) of `hindi-extract run` on a corpus of this one article."""
    corpus, out = tmp / "corpus", tmp / "out"
    shutil.rmtree(tmp, ignore_errors=True)
    corpus.mkdir(parents=True)
    (corpus / "long.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    cmd = [str(Path(sys.executable).parent / "hindi-extract"), "run", str(corpus), "--out", str(out),
           "--params", str(ROOT / "params.yaml"), "--models", str(ROOT / "models"), "--workers", "1"]
    log = tmp / "stderr.log"  # a file, not a pipe: a pipe nobody reads while the run goes on fills and blocks it
    t0 = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # this process's own usage (RUSAGE_CHILDREN keeps the largest ever)
    proc.returncode = os.waitstatus_to_exitcode(status)  # (reaped here: Popen must not wait for it again)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"bench_long: hindi-extract run failed:\n{log.read_text(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50, help="the small size (the large one is 4n) [50]")
    ap.add_argument("--kinds", default="news,names,bulletin,nodanda")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench_long_") as tmp:
        # what a run costs whatever the text (imports, models): taken off before the two sizes are compared
        _, base, _ = run_once("राम ने कहा कि सब ठीक है।\n", Path(tmp) / "base")
        print(f"a one-line article: {base:.2f} CPU s (start-up; taken off the sizes below before the ratio)")
        results["baseline_cpu_s"] = round(base, 2)
        for kind in args.kinds.split(","):
            row = {}
            for size in (args.n, 4 * args.n):
                text = make_text(kind, size)
                wall, cpu, rss = run_once(text, Path(tmp) / kind)
                row[size] = {"chars": len(text), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": rss}
            small, large = row[args.n], row[4 * args.n]
            ratio = (large["cpu_s"] - base) / max(small["cpu_s"] - base, 0.01)
            results[kind] = {"sizes": row, "cpu_ratio_4x": round(ratio, 2)}
            print(f"{kind:9s} {small['chars']:>9,} chars {small['cpu_s']:7.2f} CPU s | {large['chars']:>9,} chars "
                  f"{large['cpu_s']:7.2f} CPU s | x{ratio:.2f} for 4x the text (linear ~4, square ~16); peak RSS "
                  f"{large['peak_rss_mb']} MB", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
