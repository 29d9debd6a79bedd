"""Benchmark: the daily use at two archive sizes — `dvc repro` on corpus/news x1 and xN, then +1 article.

Not a test: run it by hand on a quiet machine (it takes about N+1 full runs), e.g.

    .venv/bin/python bench/bench_scale.py [--copies 10] [--corpus ../shared/corpus/news] [--json F]

For each size it builds a copy of the project (git-tracked files, no outputs) whose corpus/ holds the
articles — xN: N copies of each article, each copy made unique by a numbered line appended — runs
`dvc repro` (full run), adds one new article, runs `dvc repro` again (+1 run) — `--days` times, a new
article each time: the first +1 run after the full run, then the steady state of daily use — and prints
seconds, CPU seconds, tokens/s, the share of the +1 run in the full run, and the peak RSS of every process of
the full and the first +1 run (DVC, the stage commands and their worker processes, read from /proc while they
run). Between the full run and the +1 runs, its writes are synced to disk (os.sync) and the machine rests
(--settle), as the day between them would.
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
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_pipeline.copy_project


def make_project(dest: Path, articles: list[Path], copies: int) -> int:
    """A project copy with `copies` unique copies of each article in corpus/; returns the article count."""
    from bench_pipeline import copy_project

    copy_project(dest)
    n = 0
    for p in articles:
        text = p.read_text(encoding="utf-8", errors="replace")
        for i in range(copies):
            name = p.name if i == 0 else f"{p.stem}__copy{i:02d}.txt"
            extra = "" if i == 0 else f"\n\nयह प्रति संख्या {i} है।\n"
            (dest / "corpus" / name).write_text(text + extra, encoding="utf-8")
            n += 1
    return n


class PeakRSS(threading.Thread):
    """Polls /proc every 0.2 s: the peak RSS of each descendant process of `pid`, by command."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peaks, self.stop = pid, {}, threading.Event()

    def descendants(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(ppid, []).append(int(d.name))
        out, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            out.append(p)
            todo.extend(children.get(p, []))
        return out

    def run(self) -> None:
        while not self.stop.is_set():
            for p in self.descendants():
                try:
                    status = Path(f"/proc/{p}/status").read_text()
                    cmd = Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    continue
                rss = next((int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS:")), 0) // 1024
                name = _label(cmd)
                self.peaks[name] = max(self.peaks.get(name, 0), rss)
            time.sleep(0.2)


def _label(cmd: str) -> str:
    words = cmd.split()
    if "hindi-extract" in cmd:
        i = next(i for i, w in enumerate(words) if w.endswith("hindi-extract"))
        return "hindi-extract " + (words[i + 1] if i + 1 < len(words) else "")
    if "multiprocessing" in cmd or "forkserver" in cmd:
        return "worker"
    if "dvc" in cmd:
        return "dvc"
    return words[0].rsplit("/", 1)[-1] if words else "?"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def repro(proj: Path) -> tuple[float, float, dict[str, int], dict[str, float]]:
    """Wall seconds, CPU seconds (DVC and the stage commands: every process that its parent waited for; not the
    worker pools' processes, which a fork server starts: a +1 run computes its one article in the stage process) and
    the peak RSS of each process of one `dvc repro`, and each stage command's own CPU seconds (the CLI writes them
    where HINDI_EXTRACT_USAGE_LOG points; "DVC" is the rest of the run's CPU)."""
    # PYTHONPATH: the stages run this checkout's code (the venv's editable install may point at another one)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    usage_log = proj.parent / "usage.jsonl"
    usage_log.unlink(missing_ok=True)
    env["HINDI_EXTRACT_USAGE_LOG"] = str(usage_log)
    cpu0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.Popen(["dvc", "repro", "-q"], cwd=proj, env=env, stdout=subprocess.DEVNULL)
    mon = PeakRSS(proc.pid)
    mon.start()
    if proc.wait() != 0:
        raise SystemExit(f"dvc repro failed in {proj}")
    seconds, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    mon.stop.set()
    mon.join()
    stages: dict[str, float] = {}
    if usage_log.exists():
        for line in usage_log.read_text(encoding="utf-8").splitlines():
            u = json.loads(line)
            stages[u["command"]] = round(stages.get(u["command"], 0) + u["user_s"] + u["sys_s"], 2)
    stages["DVC"] = round(cpu - sum(stages.values()), 2)
    return seconds, cpu, mon.peaks, stages


def dirty_mb() -> int:
    """Written data the kernel has not yet put on disk (/proc/meminfo Dirty + Writeback), in MB."""
    try:
        info = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
        return sum(int(info[k].split()[0]) for k in ("Dirty", "Writeback")) // 1024
    except (OSError, KeyError, ValueError):
        return -1


def tokens(proj: Path) -> int:
    import pyarrow.compute as pc

    from pipeline import io

    t = io.read_table(proj / "outputs" / "sentences.parquet", "sentences", columns=["token_starts"])
    return int(pc.sum(pc.list_value_length(t.column("token_starts"))).as_py() or 0)


def case(articles: list[Path], copies: int, tmp: Path, days: int = 1, keep: bool = False, settle: float = 0) -> dict:
    proj = tmp / f"x{copies}" / "project"
    proj.mkdir(parents=True)
    n = make_project(proj, articles, copies)
    # An archive's articles were written before the day's run, not a second before it: normalize re-reads a file
    # changed within io.RACY_NS of its stat index (as git does), so articles written just before the full run
    # would be hashed again by the +1 run (about 0.9 s of it at 13,830 articles), a cost no daily run has.
    from pipeline.io import RACY_NS

    time.sleep(RACY_NS / 1e9 + 0.5)
    full, full_cpu, full_rss, _ = repro(proj)
    n_tok = tokens(proj)
    # A day passes between the full run and the next one: its writes (GBs at 13,830 articles: tables, the per-document
    # cache, the report's pages) are on disk by then. Without this, the kernel's writeback of them runs beside the
    # first +1 runs and is billed to them.
    dirty, t0 = dirty_mb(), time.perf_counter()
    os.sync()
    sync_s = time.perf_counter() - t0
    time.sleep(settle)
    example = sorted((ROOT / "corpus").glob("*.txt"))[0].read_text(encoding="utf-8")
    # day 1 is the first +1 run after the full run; the later days show the steady state of daily use
    incs = []
    for day in range(1, days + 1):
        (proj / "corpus" / f"zz_new_article_{day}.txt").write_text(example + f"\n\nयह नया लेख {day} है।\n", encoding="utf-8")
        incs.append(repro(proj))
    if not keep:
        shutil.rmtree(proj.parent, ignore_errors=True)
    inc, inc_cpu, inc_rss, _ = incs[0]
    return {"articles": n, "tokens": n_tok, "full_s": round(full, 1), "full_cpu_s": round(full_cpu, 1),
            "plus1_s": round(inc, 1), "plus1_days_s": [round(s, 1) for s, _, _, _ in incs],
            "plus1_days_cpu_s": [round(c, 1) for _, c, _, _ in incs],
            "plus1_days_stage_cpu_s": [st for _, _, _, st in incs],
            "dirty_mb_after_full": dirty, "sync_s": round(sync_s, 1), "settle_s": settle,
            "tokens_per_s": round(n_tok / full), "plus1_share": round(inc / full, 3),
            "peak_rss_mb_full": full_rss, "peak_rss_mb_plus1": inc_rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news"))
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--days", type=int, default=3,
                    help="+1 runs in a row, one new article each (the first after the full run, then steady state)")
    ap.add_argument("--settle", type=float, default=60,
                    help="seconds of rest between the full run and the +1 runs [60]: a daily run does not start on a "
                         "machine that just ran minutes of full load (right after the x10 full run, the same +1 runs "
                         "took 1.5x the CPU seconds they took minutes later)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--keep", type=Path, help="build the projects in this new folder and keep them (to profile more runs)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {corpus} (../shared is only on developer machines)")
    sys.path.insert(0, str(ROOT))
    articles = sorted(corpus.glob("*.txt"))
    if args.keep:
        args.keep.mkdir(parents=True)  # a new folder: an old project's outputs would turn the full run into a +1 run
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="bench_scale_"))
    results = {}
    try:
        for copies in dict.fromkeys((1, args.copies)):  # (once where --copies 1)
            r = results[f"x{copies}"] = case(articles, copies, tmp, max(1, args.days), keep=bool(args.keep),
                                            settle=args.settle)
            print(f"x{copies}: {r['articles']} articles, {r['tokens']} tokens: full `dvc repro` {r['full_s']} s "
                  f"({r['tokens_per_s']} tokens/s); +1 article {r['plus1_s']} s = {r['plus1_share']:.1%} of the full run"
                  f"; +1 runs day by day: {', '.join(map(str, r['plus1_days_s']))} s "
                  f"(CPU {', '.join(map(str, r['plus1_days_cpu_s']))} s; full run CPU {r['full_cpu_s']} s without its pool workers; "
                  f"{r['dirty_mb_after_full']} MB unwritten after it, synced in {r['sync_s']} s, then {r['settle_s']:g} s "
                  f"of rest)")
            for day, st in enumerate(r["plus1_days_stage_cpu_s"], start=1):
                print(f"   +1 run, day {day}, CPU s by process: " + ", ".join(f"{k} {v}" for k, v in st.items()))
            for what in ("full", "plus1"):
                peaks = r[f"peak_rss_mb_{what}"]
                print(f"   peak RSS ({what}): " + ", ".join(f"{k} {v} MB" for k, v in sorted(peaks.items(), key=lambda kv: -kv[1])))
        x1, xn = results["x1"], results[f"x{args.copies}"]
        print(f"\n+1 run at x{args.copies} / +1 run at x1: {xn['plus1_s'] / x1['plus1_s']:.2f}x; "
              f"+1 run at x{args.copies} / full run at x1: {xn['plus1_s'] / x1['full_s']:.1%}")
        if args.days > 1:  # the later days: the median of each size's +1 runs after the first
            later = {k: statistics.median(r["plus1_days_s"][1:]) for k, r in (("x1", x1), ("xn", xn))}
            print(f"steady state (median of days 2-{args.days}): x1 {later['x1']:.1f} s, x{args.copies} {later['xn']:.1f} s: "
                  f"{later['xn'] / later['x1']:.2f}x; {later['xn'] / x1['full_s']:.1%} of the full run at x1")
        if args.json:
            args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
