"""notebooks/explore.ipynb runs top to bottom against two fresh runs of the seed articles, so it never rots.

Executed with nbclient on the `python3` kernel (ipykernel in this venv; jupyter_client starts it with
this interpreter). Where no kernel can be started, the code cells are exec'd in one namespace instead.
"""
from __future__ import annotations

import json
import os
import sys

import pytest

from tests.conftest import ROOT
from tests.test_compare import build_runs

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _exec_cells(nb: dict, cwd) -> list[dict]:
    """Fallback without a kernel: the code cells in one namespace (IPython magics dropped)."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    ns: dict = {"__name__": "__main__"}
    old = os.getcwd()
    os.chdir(cwd)
    try:
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                exec(compile("\n".join(l for l in src.splitlines() if not l.lstrip().startswith("%")), "<cell>", "exec"), ns)
    finally:
        os.chdir(old)
    return []


def run_notebook(env: dict[str, str], monkeypatch) -> tuple[list[dict], str]:
    """Execute the notebook with `env` set; returns (outputs of every code cell, the kernel's sys.executable)."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    try:
        import nbformat
        from jupyter_client.kernelspec import NoSuchKernel
        from nbclient import NotebookClient
    except ImportError:
        nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
        return _exec_cells(nb, NOTEBOOK.parent), sys.executable
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    client = NotebookClient(nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    try:
        client.execute()  # raises CellExecutionError, naming the cell, on any error
    except NoSuchKernel:
        return _exec_cells(nb, NOTEBOOK.parent), sys.executable
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    executable = nb.cells[-1].outputs[0]["text"].strip()
    return outputs, executable


def test_compare_notebook_executes_on_two_runs(tmp_path, monkeypatch):
    runs = build_runs(tmp_path, identical=False)
    out = tmp_path / "nb_compare"
    outputs, executable = run_notebook(
        {"HINDI_EXTRACT_RUN": str(runs["a"]), "HINDI_EXTRACT_RUN_B": str(runs["b"]), "HINDI_EXTRACT_COMPARE_OUT": str(out)},
        monkeypatch,
    )
    assert (out / "summary.md").is_file() and (out / "mentions_diff.parquet").is_file()
    assert "gazetteer-v2" in (out / "summary.md").read_text(encoding="utf-8")
    if outputs:  # executed by a kernel: check what it showed
        assert os.path.realpath(executable) == os.path.realpath(sys.executable)
        assert not [o for o in outputs if o.get("output_type") == "error"]
        assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2  # the two plots, inline
        markdown = [o["data"]["text/markdown"] for o in outputs if "text/markdown" in o.get("data", {})]
        assert any("removed" in m and "रूस" in m for m in markdown)  # the compare summary
        html = "".join(o["data"].get("text/html", "") for o in outputs if "data" in o)
        assert "कज़ाख़स्तान" in html and "मंगिस्टाऊ" in html  # entities table … mentions diff


@pytest.mark.skipif(not NOTEBOOK.exists(), reason="no notebook")
def test_compare_notebook_is_committed_without_errors():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    errors = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors


def test_notebook_default_compare_makes_its_own_run_b_outside_the_repo(tmp_path, monkeypatch):
    """Without HINDI_EXTRACT_RUN_B / _COMPARE_OUT the notebook compares the run with a rules.v1 run of the
    same articles, written to temporary folders: the change chart is not empty and outputs/compare/ is
    not created in the repository."""
    runs = build_runs(tmp_path, identical=False)
    monkeypatch.delenv("HINDI_EXTRACT_RUN_B", raising=False)
    monkeypatch.delenv("HINDI_EXTRACT_COMPARE_OUT", raising=False)
    before = (ROOT / "outputs" / "compare").exists()
    outputs, _ = run_notebook({"HINDI_EXTRACT_RUN": str(runs["a"])}, monkeypatch)
    assert (ROOT / "outputs" / "compare").exists() == before
    if outputs:
        assert not [o for o in outputs if o.get("output_type") == "error"]
        markdown = [o["data"]["text/markdown"] for o in outputs if "text/markdown" in o.get("data", {})]
        assert any("rules.v1/gazetteer-v1" in m for m in markdown)
