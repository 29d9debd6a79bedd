"""`hindi-extract compare`: two runs of the seed articles that differ only by the tagger version.

Run A tags with gazetteer-v1; run B with gazetteer-v2 = v1 without `रूस` and `मिन्स्क`, plus
`मंगिस्टाऊ`. So B loses every रूस/मिन्स्क mention and their entities, gains one मंगिस्टाऊ mention
and entity, and the two claims spoken by रूस lose their speaker entity.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
import yaml
from click.testing import CliRunner

from pipeline import compare
from pipeline.cli import main
from pipeline.runner import run_all
from tests.conftest import CORPUS, GOLD, MODELS, ROOT, SEED_000, SEED_002

DIFF_TABLES = ("mentions", "entities", "quantities", "claims")
REMOVED, ADDED = ("रूस", "मिन्स्क"), "मंगिस्टाऊ"


def make_models_v2(models_dir: Path) -> None:
    """models_dir: a copy of models/ (without the big trained models) plus gazetteer-v2/."""
    big = lambda d, names: [n for n in names if n.startswith(("ner-", "vectors-"))] if Path(d) == MODELS else []  # noqa: E731
    shutil.copytree(MODELS, models_dir, ignore=big)
    v1 = (models_dir / "gazetteer-v1" / "gazetteer.tsv").read_text(encoding="utf-8").splitlines()
    assert any(line.split("\t")[0] == "रूस" for line in v1)
    v2 = [line for line in v1 if line.split("\t")[0] not in REMOVED] + [f"{ADDED}\tLOC"]
    (models_dir / "gazetteer-v2").mkdir()
    (models_dir / "gazetteer-v2" / "gazetteer.tsv").write_text("\n".join(v2) + "\n", encoding="utf-8")


def build_runs(tmp: Path, identical: bool = True) -> dict[str, Path]:
    """Run the pipeline on the two seed articles: A (gazetteer-v1), B (gazetteer-v2), A2 (= A again)."""
    corpus = tmp / "corpus"
    (corpus / "gold").mkdir(parents=True)
    for p in (SEED_000, SEED_002):
        shutil.copy(p, corpus)
    for p in GOLD.glob("*.json"):
        shutil.copy(p, corpus / "gold")
    models = tmp / "models"
    make_models_v2(models)
    # The rules tagger alone, so that the gazetteer edit is the only difference between A and B.
    params = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    params["tag"].update(backend="rules.v1", model="gazetteer-v1")
    params_a = tmp / "params-a.yaml"
    params_a.write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    params["tag"]["model"] = "gazetteer-v2"
    params_b = tmp / "params-b.yaml"
    params_b.write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    runs = {"corpus": corpus, "models": models}
    for name, params_path in (("a", params_a), ("b", params_b)) + ((("a2", params_a),) if identical else ()):
        runs[name] = run_all(corpus, tmp / name, params_path, models, gold_dir=corpus / "gold").out
    return runs


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return build_runs(tmp_path_factory.mktemp("compare"))


@pytest.fixture(scope="module")
def diff_ab(runs, tmp_path_factory):
    out = tmp_path_factory.mktemp("diff_ab")
    result = compare.compare_runs(runs["a"], runs["b"], out)
    return result, {t: pd.read_parquet(out / f"{t}_diff.parquet") for t in DIFF_TABLES}


def doc_text(run: Path, doc_id: str) -> str:
    docs = pd.read_parquet(run / "documents.parquet").set_index("doc_id")
    return docs.loc[doc_id, "text"]


def test_compare_tagger_version_removes_and_adds_mentions(runs, diff_ab):
    result, diffs = diff_ab
    m = diffs["mentions"]
    assert set(m.change) == {"added", "removed"}  # the tagger column differs on every row, but is ignored
    a = pd.read_parquet(runs["a"] / "mentions.parquet")
    expected_removed = a[a.text.isin(REMOVED)][["doc_id", "start", "end"]].apply(tuple, axis=1).tolist()
    assert len(expected_removed) == 9  # रूस ×8 in both articles, मिन्स्क ×1
    removed = m[m.change == "removed"]
    assert sorted(removed[["doc_id", "start", "end"]].apply(tuple, axis=1)) == sorted(expected_removed)
    assert sorted(removed.text_a) == ["मिन्स्क"] + ["रूस"] * 8
    assert removed.text_b.isna().all() and (removed.label_a == "LOC").all()
    assert set(removed[removed.text_a == "रूस"].entity_id_a) == {"LOC:Q159"}
    added = m[m.change == "added"]
    start = doc_text(runs["b"], "000_64a6875869c99df1").index(ADDED)
    assert added[["doc_id", "start", "end", "text_b", "label_b"]].values.tolist() == [
        ["000_64a6875869c99df1", start, start + len(ADDED), ADDED, "LOC"]
    ]
    assert added.text_a.isna().all()
    assert result.diffs["mentions"].n_a - result.diffs["mentions"].n_b == 9 - 1


def test_compare_tagger_version_entities_follow(diff_ab):
    _, diffs = diff_ab
    e = diffs["entities"]
    removed = e[e.change == "removed"]
    assert sorted(removed.canonical_name_a) == ["मिन्स्क", "रूस"]
    assert "LOC:Q159" in set(removed.entity_id)
    assert removed[removed.entity_id == "LOC:Q159"].n_mentions_a.item() == 8
    added = e[e.change == "added"]
    assert added.canonical_name_b.tolist() == [ADDED] and added.label_b.tolist() == ["LOC"]
    assert (e.change != "changed").all()


def test_compare_tagger_version_claims_lose_speaker_entity(diff_ab):
    _, diffs = diff_ab
    c = diffs["claims"]
    assert c.change.tolist() == ["changed", "changed"]
    assert c.speaker_text_a.tolist() == ["रूस", "रूस"] and c.speaker_text_b.tolist() == ["रूस", "रूस"]
    assert [list(x) for x in c.changed_columns] == [["speaker_entity_id"], ["speaker_entity_id"]]
    assert c.speaker_entity_id_a.tolist() == ["LOC:Q159", "LOC:Q159"]
    assert c.speaker_entity_id_b.isna().all()
    assert c.cue_b.tolist() == ["घोषणा की", "पुष्टि की"]
    assert diffs["quantities"].empty


def test_compare_summary_counts_labels_and_gold_deltas(runs, diff_ab):
    result, _ = diff_ab
    md = (result.out_dir / "summary.md").read_text(encoding="utf-8")
    assert md == result.summary_md
    assert "`rules.v1/gazetteer-v1` → `rules.v1/gazetteer-v2`" in md
    n_a = len(pd.read_parquet(runs["a"] / "mentions.parquet"))
    assert f"| mentions | {n_a} | {n_a - 8} | 1 | 9 | 0 | {n_a - 9} |" in md
    n_q = len(pd.read_parquet(runs["a"] / "quantities.parquet"))
    assert f"| quantities | {n_q} | {n_q} | 0 | 0 | 0 | {n_q} |" in md
    assert "| removed | रूस | LOC | 8 |" in md  # most removed surfaces
    assert "| LOC | 1 | 9 | 0 |" in md  # mentions per label
    assert "speaker_entity_id: LOC:Q159 → ∅" in md
    scores = {line.split(" | ")[0].strip("| "): line for line in md.splitlines() if line.startswith("| entities.")}
    assert "entities.per_label.LOC.recall" in scores and " | -" in scores["entities.per_label.LOC.recall"]
    summary = compare.io.read_json(result.out_dir / "summary.json")
    assert summary["tables"]["mentions"] == {"a": n_a, "b": n_a - 8, "added": 1, "removed": 9, "changed": 0}
    assert summary["scores"]["entities.per_label.LOC.recall"]["delta"] < 0
    assert not summary["identical"]


def test_compare_diff_tables_have_change_and_ab_columns(diff_ab):
    result, _ = diff_ab
    for t in DIFF_TABLES:
        tbl = pq.read_table(result.out_dir / f"{t}_diff.parquet")
        assert tbl.schema.equals(compare.diff_schema(t))
    cols = pq.read_schema(result.out_dir / "mentions_diff.parquet").names
    assert cols[:5] == ["change", "doc_id", "start", "end", "changed_columns"]
    assert {"label_a", "label_b", "text_a", "text_b", "tagger_a", "tagger_b"} <= set(cols)


def test_compare_identical_runs_no_differences(runs, tmp_path):
    result = CliRunner().invoke(main, ["compare", str(runs["a"]), str(runs["a2"]), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "No differences." in result.output and "compare: no differences" in result.output
    for t in DIFF_TABLES:
        assert pq.read_table(tmp_path / f"{t}_diff.parquet").num_rows == 0
    assert "All " in (tmp_path / "summary.md").read_text(encoding="utf-8")  # gold scores equal
    assert compare.io.read_json(tmp_path / "summary.json")["identical"] is True


def test_compare_cli_exit_zero_when_runs_differ(runs, tmp_path):
    result = CliRunner().invoke(main, ["compare", str(runs["a"]), str(runs["b"]), "--out", str(tmp_path), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert "The runs differ." in result.output and "compare: the runs differ" in result.output
    assert (tmp_path / "summary.md").is_file()


def test_compare_not_a_run_names_folder_and_missing_tables(runs, tmp_path):
    half = tmp_path / "half"
    half.mkdir()
    shutil.copytree(runs["a"] / "mentions.parquet", half / "mentions.parquet")
    result = CliRunner().invoke(main, ["compare", str(runs["a"]), str(half), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert str(half) in result.output and "entities.parquet" in result.output and "not a run folder" in result.output
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "nowhere"), str(runs["a"]), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "nowhere is not a run folder" in result.output
    assert not (tmp_path / "out").exists()


def test_compare_schema_versions_differ_is_an_error(runs, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(runs["b"], old)
    for part in (old / "claims.parquet").glob("part-*.parquet"):  # an older pipeline's table
        tbl = pq.read_table(part)
        pq.write_table(tbl.replace_schema_metadata({**tbl.schema.metadata, b"schema_version": b"0"}), part)
    result = CliRunner().invoke(main, ["compare", str(runs["a"]), str(old), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "schema versions differ for the claims table" in result.output and str(old) in result.output


def _mention(start, end, text, label, tagger="rules.v1/gazetteer-v1", **kw):
    row = dict(mention_id=f"d:{start}-{end}:{label}", doc_id="d", sent_idx=0, start=start, end=end, text=text,
               label=label, tagger=tagger, score=None, entity_id=None, link_rule=None)
    row.update(kw)
    return row


def test_compare_label_change_is_one_changed_row_tagger_alone_is_not():
    a = [_mention(0, 5, "मोदी", "PER"), _mention(10, 15, "दिल्ली", "LOC"), _mention(20, 25, "रूस", "LOC")]
    b = [_mention(0, 5, "मोदी", "ORG", tagger="spacy.v1/x"), _mention(10, 15, "दिल्ली", "LOC", tagger="spacy.v1/x")]
    d = compare.diff_rows("mentions", a, b)
    assert [(r["change"], r["start"]) for r in d.rows] == [("changed", 0), ("removed", 20)]
    changed = d.rows[0]
    assert changed["label_a"] == "PER" and changed["label_b"] == "ORG"
    assert changed["changed_columns"] == ["label"]  # mention_id (doc:start-end:label) follows, not counted
    assert (changed["mention_id_a"], changed["mention_id_b"]) == ("d:0-5:PER", "d:0-5:ORG")
    assert d.n_unchanged == 1  # दिल्ली: only the tagger differs


def _claim(speaker_start, speaker_text, **kw):
    row = dict(claim_id=f"d:30-60:{speaker_start}", doc_id="d", sent_idx=0, start=speaker_start, end=60,
               speaker_text=speaker_text, speaker_start=speaker_start, speaker_end=speaker_start + 5,
               speaker_entity_id=None, speaker_type="named", cue="कहा", content="हालात सामान्य हैं",
               content_start=30, content_end=60, quote_type="indirect", hedged=False)
    row.update(kw)
    return row


def test_compare_joint_speakers_pair_on_speaker_then_content():
    a = [_claim(0, "पुतिन"), _claim(10, "लुकाशेंको")]
    b = [_claim(10, "लुकाशेंको", cue="घोषणा की")]
    d = compare.diff_rows("claims", a, b)
    assert [(r["change"], r["speaker_text_a"], r["speaker_text_b"]) for r in d.rows] == [
        ("removed", "पुतिन", None), ("changed", "लुकाशेंको", "लुकाशेंको")
    ]
    assert d.rows[1]["changed_columns"] == ["cue"]
    # a speaker found at another position: one changed claim, not removed + added
    d = compare.diff_rows("claims", [_claim(0, "पुतिन")], [_claim(3, "रूस", speaker_type="named")])
    assert [r["change"] for r in d.rows] == ["changed"]
    assert "speaker_start" in d.rows[0]["changed_columns"]


def test_compare_revisions_read_through_dvc_api(runs, tmp_path, monkeypatch):
    import dvc.api

    asked = []

    class FakeFS:  # a DVC filesystem of two revisions, each one run folder
        def __init__(self, repo=None, rev=None, **kw):
            self.run = {"v1": runs["a"], "v2": runs["b"]}.get(rev)

        def isdir(self, path):
            return (self.run / Path(path).name).is_dir()

        def get(self, path, local, recursive=False):
            asked.append((path, {runs["a"]: "v1", runs["b"]: "v2"}[self.run]))
            src = self.run / Path(path).name
            if not src.exists():
                raise FileNotFoundError(path)
            shutil.copytree(src, local) if src.is_dir() else shutil.copy(src, local)

    monkeypatch.setattr(dvc.api, "DVCFileSystem", FakeFS)
    result = compare.compare_runs("outputs", "outputs", tmp_path, rev_a="v1", rev_b="v2")
    assert ("outputs/mentions.parquet", "v1") in asked and ("outputs/claims.parquet", "v2") in asked
    assert result.run_a == "outputs@v1" and result.diffs["mentions"].count("removed") == 9
    assert "gazetteer-v2" in result.summary_md and "entities.per_label.LOC.recall" in result.summary_md

    class Missing(FakeFS):
        def get(self, path, local, recursive=False):
            raise FileNotFoundError(path)

    monkeypatch.setattr(dvc.api, "DVCFileSystem", Missing)
    with pytest.raises(compare.CompareError, match="outputs at revision 'exp-x' is not a run: .* compare run folders"):
        compare.compare_runs("outputs", runs["b"], tmp_path, rev_a="exp-x")


def test_compare_output_order_is_deterministic():
    a = [_claim(0, "पुतिन"), _claim(10, "लुकाशेंको"), _claim(20, "टोकायव")]
    b = [_claim(40, "रूस", cue="घोषणा की"), _claim(50, "सीएसटीओ", cue="घोषणा की")]
    first = compare.diff_rows("claims", a, b).rows
    assert compare.diff_rows("claims", a[::-1], b[::-1]).rows == first
    assert [(r["change"], r["speaker_text_a"], r["speaker_text_b"]) for r in first] == [
        ("removed", "टोकायव", None), ("changed", "पुतिन", "रूस"), ("changed", "लुकाशेंको", "सीएसटीओ")
    ]
