"""Typed records passed between stages.

Every span is (doc_id, start, end): character offsets into the *normalized* document text
(`Document.text`, stored in documents.parquet). `text` fields are derived from those offsets.
Records are frozen: stage functions return new records and never mutate their input.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source_path: str
    sha256: str
    n_chars: int
    n_sentences: int
    status: str  # "ok" | "error"
    error: str | None
    text_raw: str
    text: str  # normalized text; every offset in every table points into it
    warning: str | None = None  # what was repaired in an ok document (e.g. HTML markup stripped)


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    sent_idx: int
    start: int
    end: int
    text: str
    token_starts: tuple[int, ...] = ()
    token_ends: tuple[int, ...] = ()

    def tokens(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of each token, offsets relative to the document."""
        return [
            (s, e, self.text[s - self.start : e - self.start])
            for s, e in zip(self.token_starts, self.token_ends)
        ]


@dataclass(frozen=True, slots=True)
class Mention:
    doc_id: str
    sent_idx: int
    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | NUM | TIME | ART
    tagger: str  # backend name + model version, e.g. "rules.v1/gazetteer-v1"
    score: float | None = None
    entity_id: str | None = None  # filled by the link stage (PER/ORG/LOC only)
    link_rule: str | None = None  # why this mention joined its entity (audit trail)

    @property
    def mention_id(self) -> str:
        return f"{self.doc_id}:{self.start}-{self.end}:{self.label}"

    def linked(self, entity_id: str | None, link_rule: str | None) -> "Mention":
        """This mention with its link fields set (dataclasses.replace, several times faster)."""
        return Mention(self.doc_id, self.sent_idx, self.start, self.end, self.text, self.label, self.tagger,
                       self.score, entity_id, link_rule)


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    label: str
    canonical_name: str
    aliases: tuple[str, ...]
    n_mentions: int
    n_docs: int
    qid: str | None = None
    link_rules: tuple[str, ...] = ()
    name_en: str | None = None  # English name from the alias file or the KB (joins with English data)


@dataclass(frozen=True, slots=True)
class Quantity:
    doc_id: str
    sent_idx: int
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    modifier: str  # exact | more_than | less_than | at_least | up_to | approx | range | vague
    noun: str | None
    event: str | None
    kind: str  # count | money | percent | measure | duration | date | age | ordinal
    entity_id: str | None = None

    @property
    def quantity_id(self) -> str:
        return f"{self.doc_id}:{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Claim:
    doc_id: str
    sent_idx: int
    start: int  # span of the whole attributed statement (speaker .. end of content)
    end: int
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_entity_id: str | None
    speaker_type: str  # named | pronoun | anonymous | unresolved
    cue: str
    content: str
    content_start: int
    content_end: int
    quote_type: str  # direct | indirect
    hedged: bool = False

    @property
    def claim_id(self) -> str:
        return f"{self.doc_id}:{self.content_start}-{self.content_end}:{self.speaker_start}"
