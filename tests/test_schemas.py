"""Schemas are code: changing a column means updating the snapshot and bumping SCHEMA_VERSION."""
import json

import pytest

from pipeline import records, schemas
from tests.conftest import ROOT

SNAPSHOT = ROOT / "tests" / "snapshots" / "schemas.json"


def current() -> dict:
    return {
        "schema_version": schemas.SCHEMA_VERSION,
        "tables": {
            name: [[f.name, str(f.type), f.nullable] for f in schema] for name, schema in schemas.TABLES.items()
        },
    }


def test_schemas_match_snapshot():
    snap = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert current() == snap, "schema changed: update tests/snapshots/schemas.json and bump SCHEMA_VERSION"


@pytest.mark.parametrize(
    "table, cls",
    [
        ("documents", records.Document),
        ("sentences", records.Sentence),
        ("mentions", records.Mention),
        ("entities", records.Entity),
        ("quantities", records.Quantity),
        ("claims", records.Claim),
    ],
)
def test_schemas_cover_every_record_field(table, cls):
    import dataclasses

    fields = {f.name for f in dataclasses.fields(cls)}
    assert fields <= set(schemas.TABLES[table].names)
    assert set(schemas.SORT_KEYS[table]) <= set(schemas.TABLES[table].names)


def test_schemas_required_columns_of_issue():
    need = {
        "documents": "doc_id source_path sha256 n_chars n_sentences status error text",
        "sentences": "doc_id sent_idx start end text",
        "mentions": "doc_id sent_idx start end text label entity_id tagger",
        "entities": "entity_id label canonical_name aliases n_mentions n_docs",
        "quantities": "doc_id sent_idx start end text value value_max modifier noun event kind entity_id",
        "claims": "doc_id sent_idx start end speaker_text speaker_entity_id cue content quote_type",
    }
    for table, cols in need.items():
        assert set(cols.split()) <= set(schemas.TABLES[table].names), table
