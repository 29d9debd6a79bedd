"""The one place where the Parquet tables are defined.

Changing a column means changing the snapshot in tests/snapshots/schemas.json *and* bumping
SCHEMA_VERSION in the same commit.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "2"


def _f(name: str, typ: pa.DataType, required: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=not required)


STR, I32, I64, F64, BOOL = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_()

DOCUMENTS = pa.schema(
    [
        _f("doc_id", STR),
        _f("source_path", STR),
        _f("sha256", STR),
        _f("n_chars", I64),
        _f("n_sentences", I32),
        _f("status", STR),
        _f("error", STR, required=False),
        _f("text_raw", STR),
        _f("text", STR),
        _f("warning", STR, required=False),
    ]
)

SENTENCES = pa.schema(
    [
        _f("doc_id", STR),
        _f("sent_idx", I32),
        _f("start", I64),
        _f("end", I64),
        _f("text", STR),
        _f("token_starts", pa.list_(I64)),
        _f("token_ends", pa.list_(I64)),
    ]
)

MENTIONS = pa.schema(
    [
        _f("mention_id", STR),
        _f("doc_id", STR),
        _f("sent_idx", I32),
        _f("start", I64),
        _f("end", I64),
        _f("text", STR),
        _f("label", STR),
        _f("tagger", STR),
        _f("score", F64, required=False),
        _f("entity_id", STR, required=False),
        _f("link_rule", STR, required=False),
    ]
)

ENTITIES = pa.schema(
    [
        _f("entity_id", STR),
        _f("label", STR),
        _f("canonical_name", STR),
        _f("aliases", pa.list_(STR)),
        _f("n_mentions", I64),
        _f("n_docs", I64),
        _f("qid", STR, required=False),
        _f("link_rules", pa.list_(STR)),
        _f("name_en", STR, required=False),
    ]
)

QUANTITIES = pa.schema(
    [
        _f("quantity_id", STR),
        _f("doc_id", STR),
        _f("sent_idx", I32),
        _f("start", I64),
        _f("end", I64),
        _f("text", STR),
        _f("value", F64),
        _f("value_max", F64, required=False),
        _f("modifier", STR),
        _f("noun", STR, required=False),
        _f("event", STR, required=False),
        _f("kind", STR),
        _f("entity_id", STR, required=False),
    ]
)

CLAIMS = pa.schema(
    [
        _f("claim_id", STR),
        _f("doc_id", STR),
        _f("sent_idx", I32),
        _f("start", I64),
        _f("end", I64),
        _f("speaker_text", STR, required=False),
        _f("speaker_start", I64, required=False),
        _f("speaker_end", I64, required=False),
        _f("speaker_entity_id", STR, required=False),
        _f("speaker_type", STR),
        _f("cue", STR),
        _f("content", STR),
        _f("content_start", I64),
        _f("content_end", I64),
        _f("quote_type", STR),
        _f("hedged", BOOL),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "sentences": SENTENCES,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "quantities": QUANTITIES,
    "claims": CLAIMS,
}

# Sort keys: rows are always written in this order so two runs diff line by line.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sentences": ("doc_id", "sent_idx"),
    "mentions": ("doc_id", "start", "end", "label"),
    "entities": ("entity_id",),
    "quantities": ("doc_id", "start", "end"),
    "claims": ("doc_id", "start", "content_start", "speaker_start"),
}
