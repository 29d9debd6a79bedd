import pytest

from pipeline import executor, runner
from tests.conftest import ROOT, SEED_000, SEED_002, table_bytes


def _square(x: int) -> int:
    return x * x


def _init(offset: int) -> None:
    executor.STATE["offset"] = offset


def _plus(x: int) -> int:
    return x + executor.STATE["offset"]


@pytest.mark.parametrize("workers", [1, 2])
def test_executor_map_keeps_order(monkeypatch, workers):
    monkeypatch.setattr(executor, "MIN_DOCS_PER_WORKER", 1)
    assert executor.map_docs(_square, list(range(40)), workers=workers) == [x * x for x in range(40)]
    assert executor.map_docs(_plus, [1, 2, 3], workers=workers, init=_init, initargs=(10,)) == [11, 12, 13]


def _plus_batch(xs: list[int]) -> list[int]:
    executor.STATE.setdefault("batches", []).append(len(xs))
    return [x + executor.STATE["offset"] for x in xs]


@pytest.mark.parametrize("workers", [1, 2])
def test_executor_map_stream_batches_and_passes_done_items_through(workers):
    # odd items are "cache hits" (passed through); even ones are computed, in batches of 3
    slots = [(x % 2 == 0, x if x % 2 == 0 else f"hit{x}") for x in range(20)]
    out = list(executor.map_stream(_plus, iter(slots), workers=workers, init=_init, initargs=(100,),
                                   batch=3, fn_batch=_plus_batch))
    assert out == [(True, x + 100) if x % 2 == 0 else (False, f"hit{x}") for x in range(20)]
    assert executor.STATE == {}


def _pid_and_offset(x: int) -> tuple[int, int]:
    import os

    return os.getpid(), x + executor.STATE["offset"]


def test_executor_stages_share_one_pool_and_each_gets_its_own_init(monkeypatch):
    """The worker processes are started once per process; a stage whose init differs from the one a
    worker last ran (another stage, or the same stage with other params) runs its own init."""
    monkeypatch.setattr(executor, "MIN_DOCS_PER_WORKER", 1)
    first = executor.map_docs(_pid_and_offset, list(range(8)), workers=2, init=_init, initargs=(10,))
    pool = executor._POOLS[2]
    second = executor.map_docs(_pid_and_offset, list(range(8)), workers=2, init=_init, initargs=(1000,))
    assert executor._POOLS[2] is pool
    assert [v for _, v in first] == [x + 10 for x in range(8)]
    assert [v for _, v in second] == [x + 1000 for x in range(8)]
    assert len({pid for pid, _ in first + second}) <= 2


def test_executor_small_inputs_stay_in_process():
    # 3 payloads < MIN_DOCS_PER_WORKER: no worker processes are started, STATE is cleaned up after
    assert executor.map_docs(_plus, [1, 2, 3], workers=8, init=_init, initargs=(1,)) == [2, 3, 4]
    assert executor.STATE == {}


def test_executor_two_workers_give_byte_identical_tables(monkeypatch, tmp_path):
    monkeypatch.setattr(executor, "MIN_DOCS_PER_WORKER", 1)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, seed in enumerate([SEED_000, SEED_002] * 2):
        (corpus / f"{i:02d}_{seed.name}").write_bytes(seed.read_bytes())
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        runner.run_all(corpus, out, ROOT / "params.yaml", ROOT / "models", cache_dir=tmp_path / f"c{workers}",
                       par=executor.Parallel(workers))
        outs.append(out)
    for name in ("documents", "sentences", "mentions", "entities", "quantities", "claims"):
        assert table_bytes(outs[0] / f"{name}.parquet") == table_bytes(outs[1] / f"{name}.parquet"), name


def test_executor_dask_local_cluster_gives_byte_identical_tables(tmp_path, caplog):
    pytest.importorskip("dask.distributed")
    caplog.set_level("INFO")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in (SEED_000, SEED_002):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    single, dask_out = tmp_path / "single", tmp_path / "dask"
    runner.run_all(corpus, single, ROOT / "params.yaml", ROOT / "models", cache_dir=tmp_path / "c1")
    par = executor.Parallel(scheduler="local:2")
    try:
        runner.run_all(corpus, dask_out, ROOT / "params.yaml", ROOT / "models", cache_dir=tmp_path / "c2", par=par)
    finally:
        client = executor._CLIENTS.pop("local:2", None)
        if client is not None:
            cluster = client.cluster
            client.close()
            cluster.close()
    for name in ("documents", "sentences", "mentions", "entities", "quantities", "claims"):
        assert table_bytes(single / f"{name}.parquet") == table_bytes(dask_out / f"{name}.parquet"), name
    # starting and stopping the cluster logs no INFO line per worker (it did: 29 lines for local:2)
    assert not [r for r in caplog.records if r.name.startswith(("distributed", "dask")) and r.levelno < 30]


@pytest.mark.parametrize(("total", "bar"), [(1, False), (64, False), (99, False), (100, True), (13830, True), (None, True)])
def test_executor_progress_bar_only_for_many_documents(total, bar):
    """A daily run's few documents get no progress bar (tqdm is not even imported for them); a corpus gets one."""
    from pipeline.executor import progress

    b = progress(total, "tag")
    assert (type(b).__module__.startswith("tqdm")) is bar
    b.update(1)
    b.close()
