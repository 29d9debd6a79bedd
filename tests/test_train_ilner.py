"""Round ilner: the errors of an IL-NER evaluation by kind (pipeline.train.span_errors, `evaluate-ner --errors`).

The sentence paraphrases the shape of IL-NER dev's errors (a title before a name, a number before a unit word,
an organisation read as a place), not any sentence of it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.train import ERROR_KINDS, evaluate_ner, format_errors, span_errors
from tests.test_train import _FixedTagger

# प्रधानमंत्री श्री नरेन्द्र मोदी ने 15 वर्ष पहले विदेश मंत्रालय और पुणे में बैठक की ।
TOKENS = "प्रधानमंत्री श्री नरेन्द्र मोदी ने 15 वर्ष पहले विदेश मंत्रालय और पुणे में बैठक की ।".split()
TAGS = ["O", "B-NEP", "I-NEP", "I-NEP", "O", "B-NETI", "I-NETI", "O", "B-NEO", "I-NEO", "O", "B-NEL", "O", "O", "O", "O"]
GOLD = [(0, 1, 4, "PER"), (0, 5, 7, "TIME"), (0, 8, 10, "ORG"), (0, 11, 12, "LOC")]


def _row(**kinds: int) -> dict[str, int]:
    return {k: kinds.get(k.replace("+", "_"), 0) for k in ERROR_KINDS}


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        # all right: no errors
        (GOLD, {}),
        # the title left out (`नरेन्द्र मोदी`): boundary of the gold PER
        ([(0, 2, 4, "PER"), *GOLD[1:]], {"PER": _row(boundary=1)}),
        # `विदेश मंत्रालय` read as a place: type
        ([*GOLD[:2], (0, 8, 10, "LOC"), GOLD[3]], {"ORG": _row(type=1)}),
        # `15` as NUM without its unit word: boundary+type of the gold TIME
        ([GOLD[0], (0, 5, 6, "NUM"), *GOLD[2:]], {"TIME": _row(boundary_type=1)}),
        # `पुणे` not found: missed
        (GOLD[:3], {"LOC": _row(missed=1)}),
        # `बैठक` tagged where no gold span is: spurious, counted under the predicted label
        ([*GOLD, (0, 13, 14, "ORG")], {"ORG": _row(spurious=1)}),
        # guard: a span of another sentence (key) does not overlap: missed, and spurious in its own sentence
        ([*GOLD[:3], (1, 11, 12, "LOC")], {"LOC": _row(missed=1, spurious=1)}),
    ],
)
def test_span_errors_kinds(pred, expected):
    assert span_errors(GOLD, pred) == expected


def test_span_errors_counts_add_up():
    """Every gold span not found is one error of its label; every wrong prediction overlapping no gold span is spurious."""
    pred = [(0, 2, 4, "PER"), (0, 5, 6, "NUM"), (0, 8, 10, "LOC"), (0, 13, 14, "ORG")]
    errs = span_errors(GOLD, pred)
    assert sum(r[k] for r in errs.values() for k in ERROR_KINDS if k != "spurious") == len(set(GOLD) - set(pred))
    assert list(errs) == ["PER", "LOC", "ORG", "TIME"]  # the order of pipeline.train.LABELS
    table = format_errors(errs)
    assert table.splitlines()[0] == "| type | missed | boundary | type | boundary+type | spurious |"
    assert table.splitlines()[-1] == "| **all** | 1 | 1 | 1 | 1 | 1 |"


def _conll(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.txt"
    path.write_text("".join(f"{t}\t{g}\n" for t, g in zip(TOKENS, TAGS)), encoding="utf-8")
    return path


@pytest.mark.parametrize("errors", [False, True])
def test_evaluate_ner_errors_switch(tmp_path, errors):
    """Off: the scores as before (no `errors` key); on: the same scores plus the breakdown."""
    pred = [(0, 2, 4, "PER"), *GOLD[1:]]
    scores = evaluate_ner(_FixedTagger(pred), _conll(tmp_path), errors=errors)
    assert scores["micro"]["tp"] == 3 and scores["micro"]["n_gold"] == 4
    assert ("errors" in scores) is errors
    if errors:
        assert scores["errors"] == {"PER": _row(boundary=1)}


def test_evaluate_ner_errors_respects_labels(tmp_path):
    """guard: with `labels`, errors of the other labels are not counted."""
    pred = [(0, 2, 4, "PER"), GOLD[1], (0, 8, 10, "LOC"), GOLD[3]]
    scores = evaluate_ner(_FixedTagger(pred), _conll(tmp_path), labels=["PER"], errors=True)
    assert scores["errors"] == {"PER": _row(boundary=1)}


def test_cli_evaluate_ner_errors_flag_in_help():
    from pipeline.cli import main

    res = CliRunner().invoke(main, ["evaluate-ner", "--help"])
    assert res.exit_code == 0 and "--errors" in res.output
