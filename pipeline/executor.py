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
from dataclasses import dataclass
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


def _call_batch(fn: Callable[[T], R], init: Callable[..., None] | None, initargs: tuple, key: str,
                batch: Sequence[T]) -> list[R]:
    """One Dask task: a partition of documents; the stage's init runs once per worker process."""
    if init is not None and STATE.get("_init") != key:
        _pin_threads()
        init(*initargs)
        STATE["_init"] = key
    return [fn(x) for x in batch]


@dataclass(frozen=True)
class Parallel:
    """How a run maps per-document work: `workers` local processes, or a Dask `scheduler`."""

    workers: int = 1
    scheduler: str | None = None


_CLIENTS: dict[str, Any] = {}


def dask_client(scheduler: str):
    """A dask.distributed Client: `local:N` starts a LocalCluster of N single-threaded worker
    processes (kept for the life of this process), anything else is a scheduler address."""
    if scheduler not in _CLIENTS:
        from dask.distributed import Client, LocalCluster

        if scheduler.startswith("local"):
            n = int(scheduler.partition(":")[2] or default_workers())
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
            _CLIENTS[scheduler] = Client(cluster)
        else:
            _CLIENTS[scheduler] = Client(scheduler)
    return _CLIENTS[scheduler]


def map_docs(
    fn: Callable[[T], R],
    payloads: Sequence[T],
    *,
    workers: int = 1,
    init: Callable[..., None] | None = None,
    initargs: tuple = (),
    desc: str = "",
    scheduler: str | None = None,
    partition_size: int = 64,
) -> list[R]:
    """[fn(x) for x in payloads], in order, over `workers` processes or a Dask cluster
    (`scheduler`: an address, or `local:N`). fn/init must be top-level functions."""
    if scheduler and payloads:
        import hashlib
        import pickle

        key = hashlib.sha256(pickle.dumps((getattr(init, "__qualname__", ""), initargs))).hexdigest()
        client = dask_client(scheduler)
        parts = [payloads[i : i + partition_size] for i in range(0, len(payloads), partition_size)]
        futures = client.map(_call_batch, [fn] * len(parts), [init] * len(parts), [initargs] * len(parts),
                             [key] * len(parts), parts, pure=False)
        return [r for part in client.gather(futures) for r in part]
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
