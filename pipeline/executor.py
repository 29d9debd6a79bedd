"""How per-document work is mapped: in this process, or over N worker processes.

Each worker process loads its models once (the stage's `init(*initargs)` runs once per worker and
keeps what it builds in `STATE`), and pins torch/BLAS/OpenMP to one thread, because several
processes each starting a thread per core slow each other down. Results come back in input order,
so the tables are the same whatever the number of workers. The worker processes are started once
per process and shared by the stages it runs (`hindi-extract run` runs them all).
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar


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


def _call_batch(fn: Callable[[T], R], init: Callable[..., None] | None, initargs: tuple, key: str,
                batch: Sequence[T], fn_batch: Callable[[Sequence[T]], list[R]] | None = None) -> list[R]:
    """One task (a batch of documents, or a Dask partition); the stage's init runs once per worker process."""
    if init is not None and STATE.get("_init") != key:
        _pin_threads()
        init(*initargs)
        STATE["_init"] = key
    return _call_list(fn, batch, fn_batch)


def _call_list(fn: Callable[[T], R], batch: Sequence[T], fn_batch: Callable[[Sequence[T]], list[R]] | None = None
               ) -> list[R]:
    return fn_batch(batch) if fn_batch is not None else [fn(x) for x in batch]


@dataclass(frozen=True)
class Parallel:
    """How a run maps per-document work: `workers` local processes, or a Dask `scheduler`."""

    workers: int = 1
    scheduler: str | None = None


_CLIENTS: dict[str, Any] = {}
_POOLS: dict[int, ProcessPoolExecutor] = {}


def _init_key(init: Callable[..., None] | None, initargs: tuple) -> str:
    """Names a stage's init and its arguments: a worker that already ran it skips it."""
    import hashlib
    import pickle

    return hashlib.sha256(pickle.dumps((getattr(init, "__qualname__", ""), initargs))).hexdigest()


def local_pool(workers: int) -> ProcessPoolExecutor:
    """`workers` local processes, started on first use and kept for the life of this process, so the
    stages of one run share them (starting a pool costs about 0.5 s)."""
    pool = _POOLS.get(workers)
    if pool is None or getattr(pool, "_broken", False):
        # forkserver, not fork: a forked copy of a process that already runs torch/BLAS threads can
        # deadlock. The fork server imports the pipeline once; workers fork from it quickly.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.runner", "pipeline.quantities", "pipeline.claims", "pipeline.link"])
        pool = _POOLS[workers] = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_pin_threads)
    return pool


def dask_client(scheduler: str):
    """A dask.distributed Client: `local:N` starts a LocalCluster of N single-threaded worker
    processes (kept for the life of this process), anything else is a scheduler address."""
    if scheduler not in _CLIENTS:
        from dask.distributed import Client, LocalCluster

        # Dask logs every worker start and stop at INFO (29 lines for local:2): warnings only
        for name in ("distributed", "dask"):
            logging.getLogger(name).setLevel(logging.WARNING)

        if scheduler.startswith("local"):
            n = int(scheduler.partition(":")[2] or default_workers())
            # silence_logs: no INFO line per worker start and stop (29 lines for local:2)
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.WARNING)
            _CLIENTS[scheduler] = Client(cluster)
        else:
            _CLIENTS[scheduler] = Client(scheduler)
    return _CLIENTS[scheduler]


def n_workers(workers: int, n_todo: int) -> int:
    """Processes worth starting for n_todo documents (each must get MIN_DOCS_PER_WORKER)."""
    return max(1, min(workers, n_todo // MIN_DOCS_PER_WORKER))


PROGRESS_MIN_DOCS = 100  # fewer documents than this take seconds at most: no progress bar (and no tqdm import)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress(total: int | None, desc: str) -> Any:
    """A tqdm progress bar over `total` documents (shown on a terminal only); for a few documents (a daily run's
    parts), none: importing tqdm is 0.03-0.04 CPU s of each of the four per-document stage processes."""
    if total is not None and total < PROGRESS_MIN_DOCS:
        return _NoBar()
    from tqdm import tqdm  # here, not at the top: the commands that map no documents (link, report) do not import it

    return tqdm(total=total, desc=desc, unit="doc", disable=None, leave=False)


def map_stream(
    fn: Callable[[T], R],
    slots: Iterable[tuple[bool, Any]],
    *,
    workers: int = 1,
    init: Callable[..., None] | None = None,
    initargs: tuple = (),
    desc: str = "",
    scheduler: str | None = None,
    total: int | None = None,
    batch: int = 8,
    partition_size: int = 64,
    fn_batch: Callable[[Sequence[T]], list[R]] | None = None,
) -> Iterator[tuple[bool, Any]]:
    """Stream documents through fn, in order, with a bounded number in flight.

    `slots` yields (True, payload) for a document to compute and (False, value) for one already
    done (a cache hit), which passes through in its place. Yields (computed, value) in input order,
    so callers write tables as results arrive and never hold the corpus. fn/init must be top-level
    functions; payloads go to `workers` processes in batches of `batch` (`partition_size` on Dask).
    `fn_batch` (optional, top-level): [fn(x) for x in batch] done at once, e.g. one model call for
    several documents; with it, work in this process is batched too.
    """
    bar = progress(total, desc)
    started = False  # in-process: init has run
    with ExitStack() as stack:
        stack.callback(bar.close)
        submit: Callable[[list[Any]], Any] | None = None
        if scheduler:
            key = _init_key(init, initargs)
            client = dask_client(scheduler)
            batch = partition_size
            submit = lambda items: client.submit(  # noqa: E731
                _call_batch, fn, init, initargs, key, items, fn_batch, pure=False)
        elif workers > 1:
            key = _init_key(init, initargs)
            pool = local_pool(workers)
            submit = lambda items: pool.submit(_call_batch, fn, init, initargs, key, items, fn_batch)  # noqa: E731
        else:
            STATE.clear()
            stack.callback(STATE.clear)
            if fn_batch is not None:  # batched in this process: a finished future per batch

                def submit(items: list[Any]) -> Future:
                    nonlocal started
                    if not started and init is not None:
                        init(*initargs)
                    started = True
                    done: Future = Future()
                    done.set_result(fn_batch(items))
                    return done

        # documents in flight: enough that a slow batch at the head does not leave the other workers
        # idle (4 batches per worker left them waiting: extract took 7% longer); results are small
        max_window = max(64, 16 * max(workers, 1) * batch)
        window: deque[list[Any]] = deque()  # [computed, value] or [True, holder, index]
        pending: list[Any] = []  # payloads of the batch being filled
        holder: dict[str, Any] = {}

        def flush() -> None:
            nonlocal pending, holder
            if pending:
                holder["future"] = submit(pending)  # type: ignore[misc]
                pending, holder = [], {}

        def resolve(entry: list[Any]) -> tuple[bool, Any]:
            if len(entry) == 2:
                return entry[0], entry[1]
            h, idx = entry[1], entry[2]
            if "future" not in h:
                flush()
            if "result" not in h:
                h["result"] = h.pop("future").result()
            return True, h["result"][idx]

        def head_ready() -> bool:
            head = window[0]
            return len(head) == 2 or "result" in head[1] or ("future" in head[1] and head[1]["future"].done())

        for todo, value in slots:
            if not todo:
                window.append([False, value])
            elif submit is None:  # in this process: init once, compute now
                if not started and init is not None:
                    init(*initargs)
                started = True
                window.append([True, fn(value)])
            else:
                pending.append(value)
                window.append([True, holder, len(pending) - 1])
                if len(pending) >= batch:
                    flush()
            while window and (len(window) > max_window or head_ready()):
                bar.update(1)
                yield resolve(window.popleft())
        flush()
        while window:
            bar.update(1)
            yield resolve(window.popleft())


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
    n = n_workers(workers, len(payloads))
    batch = max(1, min(64, len(payloads) // (n * 8)))
    return [
        v for _, v in map_stream(
            fn, ((True, x) for x in payloads), workers=n, init=init, initargs=initargs, desc=desc,
            scheduler=scheduler if payloads else None, total=len(payloads), batch=batch, partition_size=partition_size,
        )
    ]
