"""dvc.yaml, params.yaml and the CLI agree: every stage calls a real command, every params group exists."""
import importlib
import shlex

import yaml

from pipeline.cli import main
from tests.conftest import ROOT

DVC = yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))
PARAMS = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))

PARAM_CLASSES = {
    "normalize": ("pipeline.normalize", "NormalizeParams"),
    "segment": ("pipeline.segment", "SegmentParams"),
    "tag": ("pipeline.tag", "TagParams"),
    "link": ("pipeline.link", "LinkParams"),
    "quantities": ("pipeline.quantities", "QuantitiesParams"),
    "claims": ("pipeline.claims", "ClaimsParams"),
    "train": ("pipeline.train", "TrainParams"),
}


def test_dvc_yaml_stages_call_cli_commands():
    for name, stage in DVC["stages"].items():
        argv = shlex.split(stage["cmd"])
        assert argv[0] == "hindi-extract", name
        assert argv[1] in main.commands, f"stage {name}: no CLI command {argv[1]!r}"
        assert stage.get("desc"), f"stage {name} has no desc"


def test_dvc_yaml_params_groups_exist_and_match_dataclasses():
    import dataclasses

    for name, stage in DVC["stages"].items():
        for group in stage.get("params", []):
            assert group in PARAMS, f"stage {name}: params group {group!r} missing from params.yaml"
    for section, (module, cls_name) in PARAM_CLASSES.items():
        cls = getattr(importlib.import_module(module), cls_name)
        fields = {f.name for f in dataclasses.fields(cls)}
        assert set(PARAMS.get(section) or {}) <= fields, section
        cls(**(PARAMS.get(section) or {}))


def test_dvc_yaml_outs_appear_in_cmd():
    for name, stage in DVC["stages"].items():
        if name == "train":  # its output folder is models_dir/model_name-version from params.yaml `train:`
            t = PARAMS["train"]
            assert stage["outs"] == [{f"{t['models_dir']}/{t['model_name']}-{t['version']}": {"cache": False}}]
            continue
        for out in stage.get("outs", []):
            path = out if isinstance(out, str) else next(iter(out))
            # a folder the cmd names, or one file in it (the report's manifest.json stands for its site)
            assert path in stage["cmd"] or path.rsplit("/", 1)[0] in stage["cmd"], f"stage {name}: out {path} not in its cmd"


def test_no_machine_paths_in_tests_benches_or_code():
    """../shared is found relative to the repository (as CI lays it out), never by one machine's path."""
    machine_paths = ["/" + "work/", "/" + "home/", "/" + "root/"]  # spelt apart: this file names them
    offenders = [str(path.relative_to(ROOT)) for folder in ("pipeline", "tests", "bench")
                 for path in (ROOT / folder).rglob("*.py")
                 if any(m in path.read_text(encoding="utf-8") for m in machine_paths)]
    assert not offenders


def test_dvc_yaml_corpus_is_read_by_normalize_not_hashed_by_dvc():
    """DVC does not hash the archive's articles on every run: normalize always runs and finds the new ones itself
    (io.file_digests); the other stages depend on its output folder."""
    stage = DVC["stages"]["normalize"]
    assert stage["always_changed"] is True
    assert "corpus" in shlex.split(stage["cmd"]) and "corpus" not in stage["deps"]
    assert not any(str(d).split("/")[0] == "corpus" for s in DVC["stages"].values() for d in s.get("deps", []))


def test_dvc_does_not_walk_the_corpus_folder():
    """.dvcignore hides corpus/ from DVC: unignored, DVC walks its every article (matching each against .dvcignore)
    on every `dvc repro`, CPU that grows with the archive. So no stage may depend on anything inside it: the gold
    annotations, the evaluate stage's dep, live in gold/."""
    ignore = [line.strip() for line in (ROOT / ".dvcignore").read_text(encoding="utf-8").splitlines()]
    assert "/corpus/" in ignore
    evaluate = DVC["stages"]["evaluate"]
    assert "gold" in evaluate["deps"] and "gold" in shlex.split(evaluate["cmd"])
    assert sorted(p.name for p in (ROOT / "gold").glob("*.json")) == sorted(
        p.stem + ".json" for p in (ROOT / "corpus").glob("*.txt"))
    assert not (ROOT / "corpus" / "gold").exists()


def test_dvc_link_stage_tracks_the_files_doc_country_reads():
    """Review of round 28: the link stage's deps are the places and demonyms files link.doc_country reads (it read
    quantities-v25's demonyms while the stage tracked the quantities lexicon's, v26)."""
    deps = DVC["stages"]["link"]["deps"]
    assert "models/${link.doc_country_places}/places.tsv" in deps
    assert "models/${link.doc_country_demonyms}/demonyms.tsv" in deps
    link = PARAMS["link"]
    assert (ROOT / "models" / link["doc_country_places"] / "places.tsv").is_file()
    assert (ROOT / "models" / link["doc_country_demonyms"] / "demonyms.tsv").is_file()
