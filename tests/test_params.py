"""pipeline.params: params.yaml read into the stages' typed sections, with errors that name the file."""
from __future__ import annotations

import dataclasses

import pytest
import yaml

from pipeline.params import ParamsError, digest, load_params, read_params


@dataclasses.dataclass(frozen=True)
class Demo:
    words: tuple[str, ...] = ()
    threshold: float = 0.5


@pytest.mark.parametrize("text, expected", [
    ("demo:\n  words: [कहा, बताया, \"ने कहा\"]\n", {"demo": {"words": ["कहा", "बताया", "ने कहा"]}}),
    ("demo:\n  words: ['क़ानून']  # nukta precomposed\n", {"demo": {"words": ["क़ानून"]}}),
    ("demo: {threshold: 0.25}\n", {"demo": {"threshold": 0.25}}),
    ("", {}),
])
def test_params_read_params_gives_the_yaml_mapping(tmp_path, text, expected):
    path = tmp_path / "params.yaml"
    path.write_text(text, encoding="utf-8")
    assert read_params(path) == expected == (yaml.safe_load(text) or {})  # the C parser reads what PyYAML's does


def test_params_reads_with_libyaml_where_pyyaml_has_it():
    from pipeline import params

    assert params._LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)


def test_params_load_params_gives_the_typed_section_with_tuples(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("demo:\n  words: [कहा, बताया]\n  threshold: 0.7\n", encoding="utf-8")
    assert load_params(path, "demo", Demo) == Demo(words=("कहा", "बताया"), threshold=0.7)
    assert load_params(path, "other", Demo) == Demo()  # a missing section: the defaults


@pytest.mark.parametrize("text, message", [
    ("demo:\n  wrods: [कहा]\n", r"section 'demo' has unknown keys \['wrods'\]"),
    ("- कहा\n- बताया\n", "expected a mapping of sections, got list"),
])
def test_params_errors_name_the_file_and_the_problem(tmp_path, text, message):
    path = tmp_path / "params.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamsError, match=message) as info:
        load_params(path, "demo", Demo)
    assert str(path) in str(info.value)


def test_params_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(ParamsError, match="params file not found"):
        read_params(tmp_path / "none.yaml")
    bad = tmp_path / "params.yaml"
    bad.write_text("demo: [कहा\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        read_params(bad)


def test_params_digest_is_stable_and_order_free():
    assert digest(Demo(words=("कहा",))) == digest(Demo(words=("कहा",)))
    assert digest({"a": 1, "b": "ख"}) == digest({"b": "ख", "a": 1})
    assert digest(Demo(words=("कहा",))) != digest(Demo(words=("बताया",)))
