"""Stage `tag`: entity (PER/ORG/LOC) and NUM/TIME mentions through a pluggable Tagger.

Backends live in pipeline/adapters/ and are chosen by `tag.backend` in params.yaml
(versioned names such as `rules.v1`, `spacy.v1`, `stanza.v1`, `hybrid.v1`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

from pipeline.records import Mention, Sentence

ENTITY_LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class TagParams:
    backend: str = "rules.v1"
    model: str = "gazetteer-v1"  # folder or file under models/, versioned
    gazetteer: str = "gazetteer-v1"  # hybrid.v1: the rules tagger's gazetteer folder under models/
    labels: tuple[str, ...] = ("PER", "ORG", "LOC", "NUM", "TIME")
    lexicon: str = "entity-lexicon-v2"  # hybrid.v2: models/<lexicon>/ (KB places, training-data word counts)
    refine: dict = field(default_factory=dict)  # hybrid.v2: pipeline.refine.RefineParams overrides
    names: str = ""  # hybrid.v2: models/<names>.tsv, an alias file whose ORG rows the repair knows; "" = none


class Tagger(Protocol):
    """A tagger turns the sentences of one document into mentions (document offsets)."""

    name: str  # backend + model version, recorded in every mention and in table metadata

    def tag(self, sentences: Sequence[Sentence]) -> list[Mention]: ...


def tag_sentences(sentences: Sequence[Sentence], tagger: Tagger, p: TagParams) -> list[Mention]:
    """Tag one document's sentences; keep only the configured labels; sorted by offsets."""
    labels = set(p.labels)
    out = [m for m in tagger.tag(sentences) if m.label in labels]
    return sorted(out, key=lambda m: (m.start, m.end, m.label))


def tag_documents(docs: Sequence[Sequence[Sentence]], tagger: Tagger, p: TagParams) -> list[list[Mention]]:
    """tag_sentences for several documents; a tagger with `tag_many` (one model call for all of
    them: the spaCy model runs faster on larger batches) gets them at once, with the same result."""
    tag_many = getattr(tagger, "tag_many", None)
    if tag_many is None:
        return [tag_sentences(d, tagger, p) for d in docs]
    labels = set(p.labels)
    return [sorted((m for m in ms if m.label in labels), key=lambda m: (m.start, m.end, m.label))
            for ms in tag_many(docs)]


def split_by_doc(docs: Sequence[Sequence[Sentence]], mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions of several documents (distinct doc_ids), back into one list per document."""
    index = {d[0].doc_id: i for i, d in enumerate(docs) if d}
    out: list[list[Mention]] = [[] for _ in docs]
    for m in mentions:
        out[index[m.doc_id]].append(m)
    return out
