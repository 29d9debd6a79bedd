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
