"""The README's recipe for going back to run A after `dvc exp run` made run B, checked end to end in a
clone of the committed project (about 20 s: three `dvc repro`s of the two example articles)."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, table_bytes

FILES = ("params.yaml", "dvc.lock", "outputs/metrics.json", "outputs/mentions.parquet", "outputs/entities.parquet",
         "outputs/claims.parquet")


def _digests(repo: Path) -> dict[str, str]:
    return {f: hashlib.md5(repr(table_bytes(repo / f)).encode()).hexdigest() for f in FILES}


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a git checkout")
def test_readme_go_back_to_a_recipe(tmp_path):
    repo = tmp_path / "repo"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}

    def sh(cmd: str) -> None:
        subprocess.run(cmd, shell=True, cwd=repo, env=env, check=True, capture_output=True)

    subprocess.run(["git", "clone", "-q", str(ROOT), str(repo)], check=True, env=env)
    sh("dvc repro -q && git commit -qam 'run A'")  # A: the committed run
    a = _digests(repo)
    sh("dvc exp run -q -S tag.backend=rules.v1 -S tag.model=gazetteer-v1")  # B in the workspace
    b = _digests(repo)
    assert b["params.yaml"] != a["params.yaml"] and b["outputs/mentions.parquet"] != a["outputs/mentions.parquet"]
    # the recipe in the README
    sh("git checkout -- params.yaml dvc.lock && dvc checkout && dvc repro -q")
    assert _digests(repo) == a
