"""Heavy or swappable backends, built in one place from versioned names in params.yaml.

Only this package imports stanza/spaCy, and only when a backend is built (no import-time work).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.tag import Tagger, TagParams


def check_model(p: TagParams, models_dir: Path) -> Path:
    """The model folder of `tag.model`; a clear error when the backend or the folder is unknown."""
    if p.backend not in BACKENDS:
        raise ValueError(f"unknown tag backend {p.backend!r}; known: {sorted(BACKENDS)}")
    model_dir = Path(models_dir) / p.model
    if not model_dir.exists():
        raise FileNotFoundError(
            f"tag backend {p.backend!r}: model folder {model_dir} not found "
            f"(params.yaml tag.model = {p.model!r}; models are never downloaded at run time)"
        )
    if p.backend in ("hybrid.v1", "hybrid.v2") and not (Path(models_dir) / p.gazetteer).exists():
        raise FileNotFoundError(
            f"tag backend {p.backend!r}: gazetteer folder {Path(models_dir) / p.gazetteer} not found "
            f"(params.yaml tag.gazetteer = {p.gazetteer!r})"
        )
    if p.backend == "hybrid.v2" and not (Path(models_dir) / p.lexicon).exists():
        raise FileNotFoundError(
            f"tag backend 'hybrid.v2': entity lexicon folder {Path(models_dir) / p.lexicon} not found "
            f"(params.yaml tag.lexicon = {p.lexicon!r}; `hindi-extract build-lexicon` makes it)"
        )
    if p.backend == "hybrid.v2" and p.names and not names_file(p, models_dir).exists():
        raise FileNotFoundError(
            f"tag backend 'hybrid.v2': alias file {names_file(p, models_dir)} not found "
            f"(params.yaml tag.names = {p.names!r})"
        )
    return model_dir


def names_file(p: TagParams, models_dir: Path) -> Path:
    """The alias file `tag.names` points at (hybrid.v2's known organisations and places)."""
    return Path(models_dir) / f"{p.names}.tsv"


def model_dirs(p: TagParams, models_dir: Path) -> list[Path]:
    """Every model folder the configured tagger reads (for cache keys)."""
    dirs = [check_model(p, models_dir)]
    if p.backend in ("hybrid.v1", "hybrid.v2"):
        dirs.append(Path(models_dir) / p.gazetteer)
    if p.backend == "hybrid.v2":
        dirs.append(Path(models_dir) / p.lexicon)
        if p.names:
            dirs.append(names_file(p, models_dir))
    return dirs


def tagger_name(p: TagParams) -> str:
    """The name a configured tagger writes into every mention (`mentions.tagger`) and into the
    tables' metadata: backend and every model version it reads."""
    if p.backend == "hybrid.v1":
        return f"hybrid.v1/{p.model}+{p.gazetteer}"
    if p.backend == "hybrid.v2":
        return f"hybrid.v2/{p.model}+{p.gazetteer}+{p.lexicon}" + (f"+{p.names}" if p.names else "")
    return f"{p.backend}/{Path(p.model).name}"


def build_tagger(p: TagParams, models_dir: Path, memo_dir: Path | None = None) -> Tagger:
    """The tagger named by `tag.backend`, loaded from models_dir / `tag.model`. `memo_dir` (a cache folder):
    where hybrid.v2's parsed lexicon is kept between processes (see load_lexicon_memo).

    Fails at start-up, naming the missing folder, when the model is not on disk.
    """
    model_dir = check_model(p, models_dir)
    if p.backend == "rules.v1":
        from pipeline.adapters.rules_tagger import RulesTagger

        return RulesTagger.from_dir(model_dir)
    if p.backend == "spacy.v1":
        from pipeline.adapters.spacy_tagger import SpacyTagger

        return SpacyTagger(model_dir, labels=p.labels, name=tagger_name(p))
    if p.backend == "stanza.v1":
        from pipeline.adapters.stanza_tagger import StanzaTagger

        return StanzaTagger(model_dir, labels=p.labels, name=tagger_name(p))
    if p.backend in ("hybrid.v1", "hybrid.v2"):
        from pipeline.adapters.hybrid_tagger import HybridTagger
        from pipeline.adapters.rules_tagger import RulesTagger
        from pipeline.adapters.spacy_tagger import SpacyTagger

        model = SpacyTagger(model_dir, labels=p.labels)
        rules = RulesTagger.from_dir(Path(models_dir) / p.gazetteer)
        if p.backend == "hybrid.v1":
            return HybridTagger(rules, model, tagger_name(p))
        from pipeline.lexicon import load_lexicon_memo
        from pipeline.refine import RefineParams

        lexicon = load_lexicon_memo(Path(models_dir) / p.lexicon, names_file(p, models_dir) if p.names else None,
                                    memo_dir)
        return HybridTagger(rules, model, tagger_name(p), lexicon, RefineParams(**dict(p.refine)))
    raise ValueError(f"unknown tag backend {p.backend!r}; known: {sorted(BACKENDS)}")


BACKENDS = ("rules.v1", "spacy.v1", "stanza.v1", "hybrid.v1", "hybrid.v2")
