"""The Makefile's clean target keeps what git tracks under outputs/."""
import shutil
import subprocess

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_makefile_clean_keeps_tracked_gitkeep(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "outputs" / "interim").mkdir(parents=True)
    (tmp_path / "outputs" / ".gitkeep").write_text("", encoding="utf-8")
    (tmp_path / "outputs" / "mentions.parquet").write_bytes(b"x")
    (tmp_path / ".cache").mkdir()
    subprocess.run(["make", "-s", "clean"], cwd=tmp_path, check=True)
    assert sorted(p.name for p in (tmp_path / "outputs").iterdir()) == [".gitkeep"]
    assert not (tmp_path / ".cache").exists()



@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_ignores_a_venv_link_too(tmp_path):
    """`make setup` builds .venv in the checkout; a link to another checkout's .venv (as git worktrees get) must be
    ignored as well as the folder: a `.venv` link committed from a worktree replaced the real folder on merge."""
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    shutil.copy(ROOT / ".gitignore", tmp_path / ".gitignore")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / ".venv").symlink_to(tmp_path / "elsewhere")
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=tmp_path,
                            capture_output=True, text=True, check=True).stdout
    assert ".venv" not in status
