"""Benchmark: the whole pipeline on a corpus folder (default ../shared/corpus/news), per stage.

Not a test: run it by hand on a quiet machine, e.g.

    .venv/bin/python bench/bench_pipeline.py [CORPUS] [--limit N] [--workers 1,2] [--repeat N] [--no-incremental]

For each worker count it prints wall seconds, tokens/s and articles/s per stage and in total, and the
peak RSS of the main process (each case runs in a fresh process, with the
per-document cache off, so every stage does its real work). Then the incremental case, as a user
meets it: a copy of the project whose corpus/ holds the articles, `dvc repro` once (full run), one
more article (an example article of corpus/) added, `dvc repro` again — both timed end to end.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu_ticks() -> tuple[int, int] | None:
    """(all, steal) CPU ticks of this machine so far (Linux /proc/stat), or None elsewhere."""
    try:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(f[:8]), f[7] if len(f) > 7 else 0


def run_case(corpus: Path, out: Path, params: Path, models: Path, workers: int) -> dict:
    """One full run, stage by stage (the DVC stages' code path), without cache."""
    from pipeline import runner
    from pipeline.executor import Parallel

    par = Parallel(workers)
    interim = out / "interim"
    t: dict[str, float] = {}

    def timed(name, fn, *a):
        t0 = time.perf_counter()
        result = fn(*a)
        t[name] = time.perf_counter() - t0
        return result

    ticks0 = _cpu_ticks()
    n_docs = timed("normalize", runner.run_normalize, corpus, interim / "documents.parquet", params, None, par)
    n_seg = timed("segment", runner.run_segment, interim / "documents.parquet", out / "documents.parquet",
                  out / "sentences.parquet", params, None, par)
    timed("tag", runner.run_tag, out / "sentences.parquet", interim / "mentions.parquet", params, models, None, par)
    timed("link", runner.run_link, interim / "mentions.parquet", out / "documents.parquet",
          out / "mentions.parquet", out / "entities.parquet", params, models)
    timed("extract", runner.run_extract, out / "documents.parquet", out / "sentences.parquet",
          out / "mentions.parquet", out / "quantities.parquet", out / "claims.parquet", params, models, None, par)
    ticks1 = _cpu_ticks()
    # CPU time the hypervisor gave to other guests while this ran ("steal"): on a shared virtual
    # machine this, not the code, is what makes the same run 10-50% slower from one hour to the next
    steal = (ticks1[1] - ticks0[1]) / max(1, ticks1[0] - ticks0[0]) if ticks0 and ticks1 else None
    return {
        "stages": t, "docs": n_docs["documents"], "tokens": n_seg["tokens"], "workers": workers,
        "rss_main_mb": _rss_mb(resource.RUSAGE_SELF), "steal": steal,
    }


def print_case(r: dict) -> None:
    t, n_tok, n_docs = r["stages"], r["tokens"], r["docs"]
    total = sum(t.values())
    print(f"\n{r['workers']} worker(s): {n_docs} articles, {n_tok} tokens")
    print(f"{'stage':<10} {'seconds':>8} {'tokens/s':>10} {'articles/s':>10} {'share':>6}")
    for name, sec in [*t.items(), ("total", total)]:
        print(f"{name:<10} {sec:8.2f} {n_tok / sec:10.0f} {n_docs / sec:10.1f} {sec / total:6.1%}")
    print(f"peak RSS of the main process: {r['rss_main_mb']:.0f} MB (with 1 worker it does all the work; pool workers are forked from a fork server and not counted)")
    if r.get("steal") is not None:
        print(f"CPU steal while it ran: {r['steal']:.1%} of the machine's CPU time (CPU time the host gave to other guests; high values slow the run down)")


def copy_project(proj: Path) -> None:
    """The project's tracked files at `proj`, without the articles of corpus/ and without dvc.lock (a run from
    scratch), in a fresh git repository, with ../shared beside it for the evaluate_dev stage."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for f in files:
        if f.startswith("corpus/") and f.endswith(".txt"):
            continue
        (proj / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, proj / f)
    (proj / "outputs").mkdir(exist_ok=True)
    (proj / "corpus").mkdir(exist_ok=True)  # it holds no tracked file but the articles (the gold is in gold/)
    shared = ROOT.parent / "shared"
    if shared.exists() and not (proj.parent / "shared").exists():
        os.symlink(shared, proj.parent / "shared")
    subprocess.run(["git", "init", "-q"], cwd=proj, check=True)
    (proj / "dvc.lock").unlink(missing_ok=True)
    # the stages run this checkout's code: its bytecode compiled first, as `make run` does (where
    # PYTHONDONTWRITEBYTECODE is set, every stage process would compile the modules again)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pipeline")], check=True)


def dvc_incremental(articles: list[Path], extras: list[tuple[str, str]], tmp: Path) -> tuple[float, list[float]]:
    """Seconds of `dvc repro` on a project copy holding `articles`, then after adding each extra
    article (name, text) in turn, one `dvc repro` per article."""
    proj = tmp / "project"
    copy_project(proj)
    for p in articles:
        shutil.copy(p, proj / "corpus")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    def repro() -> float:
        t0 = time.perf_counter()
        subprocess.run(["dvc", "repro", "-q"], cwd=proj, env=env, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - t0

    full = repro()
    incs = []
    for name, text in extras:
        (proj / "corpus" / name).write_text(text, encoding="utf-8")
        incs.append(repro())
    return full, incs


def _median(xs: list[float]) -> float:
    return statistics.median(xs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "news"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--params", default=str(ROOT / "params.yaml"))
    ap.add_argument("--models", default=str(ROOT / "models"))
    ap.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated [1,2]")
    ap.add_argument("--no-incremental", dest="incremental", action="store_false", help="skip the dvc repro case")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per worker count, interleaved (and articles added one by one in the incremental "
                         "case); medians are reported. This machine's timings vary by 10-15%% from run to run")
    ap.add_argument("--case", help=argparse.SUPPRESS)  # internal: one case in a fresh process, JSON out
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {corpus} (../shared is only on developer machines)")
    articles = sorted(corpus.glob("*.txt"))
    if args.limit:
        articles = articles[: args.limit]
    if args.case:
        src, out, workers = args.case.split("|")
        r = run_case(Path(src), Path(out), Path(args.params), Path(args.models), int(workers))
        print(json.dumps(r))
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench_pipeline_"))
    try:
        src = tmp / "corpus"
        src.mkdir()
        for p in articles:
            shutil.copy(p, src)
        print(f"corpus: {corpus} ({len(articles)} articles); tagger: see params.yaml `tag`")
        worker_counts = [int(x) for x in args.workers.split(",")]
        runs: dict[int, list[dict]] = {w: [] for w in worker_counts}
        for rep in range(args.repeat):  # interleaved, so slow phases of the machine hit every worker count
            for w in worker_counts:
                out = tmp / f"out{w}-{rep}"
                cmd = [sys.executable, __file__, str(corpus), "--params", args.params, "--models", args.models,
                       "--case", f"{src}|{out}|{w}"]
                r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
                runs[w].append(r)
                shutil.rmtree(out, ignore_errors=True)
        totals = {w: [sum(r["stages"].values()) for r in rs] for w, rs in runs.items()}
        for w, rs in runs.items():
            med = sorted(rs, key=lambda r: sum(r["stages"].values()))[(len(rs) - 1) // 2]
            print_case(med)
            if len(rs) > 1:
                print(f"totals of the {len(rs)} runs (the table shows the median one): "
                      + " / ".join(f"{t:.1f}" for t in totals[w]) + " s"
                      + ("; CPU steal " + " / ".join(f"{r['steal']:.0%}" for r in rs) if all(r.get("steal") is not None for r in rs) else ""))
        if 1 in totals and len(totals) > 1:
            for w in worker_counts:
                if w != 1:
                    ratios = [a / b for a, b in zip(totals[1], totals[w])]
                    print(f"\nspeed-up of {w} workers over 1: {_median(ratios):.2f}x"
                          + (f" (median; runs side by side: {', '.join(f'{x:.2f}x' for x in ratios)})" if len(ratios) > 1 else ""))
        if args.incremental:
            if not shutil.which("dvc", path=str(Path(sys.executable).parent)):
                print("\nincremental case skipped: dvc not installed next to this Python")
                return
            # new articles that are not in the corpus: the example article of corpus/, plus one more sentence each time
            example = sorted((ROOT / "corpus").glob("*.txt"))[0].read_text(encoding="utf-8")
            extras = [(f"zz_new_{i}.txt", example + f"\n\nयह अद्यतन संख्या {i + 1} है।\n") for i in range(args.repeat)]
            full, incs = dvc_incremental(articles, extras, tmp / "dvc")
            shares = [inc / full for inc in incs]
            print(f"\nincremental (dvc repro): full run on {len(articles)} articles {full:.1f} s; after adding 1 article "
                  + " / ".join(f"{inc:.1f}" for inc in incs) + " s = "
                  + " / ".join(f"{s:.1%}" for s in shares) + " of the full run"
                  + (f" (median {_median(shares):.1%})" if len(shares) > 1 else ""))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
