"""Typed params: each stage module owns a frozen dataclass; this loads one section of params.yaml into it."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")
# libyaml's parser where PyYAML was built with it (the wheels are): every stage process reads params.yaml a few
# times, 6 ms each in pure Python, under 1 ms in C; both give the same data
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ParamsError(ValueError):
    pass


def read_params(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except FileNotFoundError as exc:
        raise ParamsError(f"params file not found: {path}") from exc
    if not isinstance(data, dict):
        raise ParamsError(f"{path}: expected a mapping of sections, got {type(data).__name__}")
    return data


def load_params(path: Path, section: str, cls: type[T]) -> T:
    """`cls(**params[section])`: a misspelt or unknown key fails here, naming the file and section."""
    data = read_params(path)
    values = data.get(section) or {}
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(values) - known)
    if unknown:
        raise ParamsError(f"{path}: section '{section}' has unknown keys {unknown}; known: {sorted(known)}")
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})  # hashable, like the defaults


def digest(*objs: Any) -> str:
    """Stable short hash of params dataclasses / plain values (for cache keys and run metadata)."""
    payload = json.dumps(
        [dataclasses.asdict(o) if dataclasses.is_dataclass(o) else o for o in objs],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
