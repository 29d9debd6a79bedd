"""bench/bench_quantities.py runs the quantities stage as `dvc repro` does (params.yaml's settings) and prints its
figures; it reads ../shared/corpus/news, so it is skipped where ../shared is absent."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "corpus" / "news"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quantities", ROOT / "bench" / "bench_quantities.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/corpus/news is absent (the benchmark corpus)")
def test_bench_quantities_reads_params_yaml(monkeypatch, capsys):
    from pipeline.params import load_params
    from pipeline.quantities import QuantitiesParams

    bench = _bench()
    seen = []
    real = bench.extract_quantities
    monkeypatch.setattr(bench, "extract_quantities", lambda s, m, lex, qp: seen.append(qp) or real(s, m, lex, qp))
    assert bench.main(["--limit", "2"]) == 0
    assert "quantities:" in capsys.readouterr().out
    assert seen and seen[0] == load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)


def test_bench_quantities_missing_corpus(tmp_path, capsys):
    assert _bench().main(["--corpus", str(tmp_path / "nowhere")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err
