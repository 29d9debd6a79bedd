"""Shared fixtures. ../shared (training data, news corpus, dev gold) is optional: tests that need it skip."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Sentence
from pipeline.segment import SegmentParams, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"  # corpus/'s gold annotations, outside it: DVC never walks corpus/ (.dvcignore)
MODELS = ROOT / "models"
SEED_000 = CORPUS / "000_64a6875869c99df1.txt"
SEED_002 = CORPUS / "002_a37c33529a3d4f3e.txt"


def needs_shared(sub: str) -> pytest.MarkDecorator:
    path = SHARED / sub
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is absent (../shared is only on developer/CI machines)")


@pytest.fixture
def sentences_of():
    """Text -> list[Sentence] of a one-document corpus (doc_id 'd')."""

    def make(text: str, doc_id: str = "d") -> list[Sentence]:
        return split_sentences(doc_id, text, SegmentParams())

    return make


def table_bytes(path: Path) -> object:
    """The bytes of a table: a single Parquet file's, or every file of a dataset folder (by name)."""
    path = Path(path)
    if path.is_dir():
        return sorted((f.relative_to(path).as_posix(), f.read_bytes()) for f in path.rglob("*") if f.is_file())
    return path.read_bytes()
