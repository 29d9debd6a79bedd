"""How per-document work is mapped: in this process, or over N worker processes.

Each worker process loads its models once (the stage's `init(*initargs)` runs once per worker and
keeps what it builds in `STATE`), and pins torch/BLAS/OpenMP to one thread, because several
processes each starting a thread per core slow each other down. Results come back in input order,
so the tables are the same whatever the number of workers.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence, TypeVar

from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")

# Per-process context built by a stage's init function (the tagger, lexicons, params).
# In a pool worker it lives as long as the worker; in-process it is rebuilt for every map call.
STATE: dict[str, Any] = {}

# Below this many documents per worker, starting processes costs more than it saves.
MIN_DOCS_PER_WORKER = 16

_THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS")


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _pin_threads() -> None:
    # Set before any backend imports torch/numpy in this worker: they read these at import time.
    for var in _THREAD_VARS:
        os.environ[var] = "1"
    torch = sys.modules.get("torch")  # already imported (preloaded)? then pin it directly
    if torch is not None:
        torch.set_num_threads(1)


def _worker_init(init: Callable[..., None] | None, initargs: tuple) -> None:
    _pin_threads()
    if init is not None:
        init(*initargs)


def map_docs(
    fn: Callable[[T], R],
    payloads: Sequence[T],
    *,
    workers: int = 1,
    init: Callable[..., None] | None = None,
    initargs: tuple = (),
    desc: str = "",
) -> list[R]:
    """[fn(x) for x in payloads], in order, over `workers` processes (fn/init must be top-level)."""
    n = min(workers, max(1, len(payloads) // MIN_DOCS_PER_WORKER))
    bar = dict(total=len(payloads), desc=desc, unit="doc", disable=None, leave=False)
    if n <= 1:
        STATE.clear()
        if init is not None:
            init(*initargs)
        try:
            return [fn(x) for x in tqdm(payloads, **bar)]
        finally:
            STATE.clear()
    # forkserver, not fork: a forked copy of a process that already runs torch/BLAS threads can
    # deadlock. The fork server imports the pipeline once; workers fork from it quickly.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["pipeline.runner", "pipeline.quantities", "pipeline.claims", "pipeline.link"])
    chunk = max(1, min(64, len(payloads) // (n * 8)))
    with ProcessPoolExecutor(n, mp_context=ctx, initializer=_worker_init, initargs=(init, initargs)) as pool:
        return list(tqdm(pool.map(fn, payloads, chunksize=chunk), **bar))
