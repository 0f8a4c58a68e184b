"""Event records (design.md's JSON contract) <-> flat rows of the ``events`` table.

Nested objects (source, target, trigger, location, evidence) become prefixed columns so
that DuckDB can filter and aggregate them; fields a record adds beyond the contract are
kept as JSON in ``extra`` so nothing a coder writes is lost.
"""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa

ACTOR_FIELDS = [
    ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("code", pa.string()),
    ("country", pa.string()), ("sectors", pa.list_(pa.string())), ("name", pa.string()),
    ("wikidata", pa.string()),
]
LOCATION_FIELDS = [
    ("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("geonames_id", pa.int64()), ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
    ("adm1", pa.string()), ("geo_type", pa.int8()),
]
# nested object in the record -> (column prefix, its fields); the column is prefix_field
NESTED = {
    "source": ACTOR_FIELDS,
    "target": ACTOR_FIELDS,
    "trigger": [("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())],
    "location": LOCATION_FIELDS,
    "evidence": [("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())],
}
FLAT = [
    ("event_id", pa.string()), ("article_id", pa.string()), ("language", pa.string()),
    ("sentence_index", pa.int32()), ("date", pa.date32()), ("date_source", pa.string()),
    ("cameo", pa.string()), ("cameo_root", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float64()), ("plover", pa.string()), ("negated", pa.bool_()),
    ("modality", pa.string()), ("confidence", pa.float64()), ("coder_version", pa.string()),
]
KNOWN = {name for name, _ in FLAT} | set(NESTED)

EVENT_SCHEMA = pa.schema(
    [("article_key", pa.string())]
    + FLAT
    + [(f"{obj}_{name}", kind) for obj, fields in NESTED.items() for name, kind in fields]
    + [("extra", pa.string())]
)


def to_row(record: dict, article_key: str) -> dict:
    """The ``events`` row of one record (columns of EVENT_SCHEMA)."""
    row = {"article_key": article_key}
    for name, _ in FLAT:
        row[name] = record.get(name)
    row["date"] = parse_date(record.get("date"))
    for obj, fields in NESTED.items():
        value = record.get(obj) or {}
        for name, _ in fields:
            row[f"{obj}_{name}"] = value.get(name)
    if row["source_sectors"] is not None:
        row["source_sectors"] = list(row["source_sectors"])
    if row["target_sectors"] is not None:
        row["target_sectors"] = list(row["target_sectors"])
    extra = {k: v for k, v in record.items() if k not in KNOWN}
    row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
    return row


def to_record(row: dict) -> dict:
    """The record (design.md's contract) back from an ``events`` row."""
    record = {name: row.get(name) for name, _ in FLAT}
    if isinstance(record["date"], dt.date):
        record["date"] = record["date"].isoformat()
    for obj, fields in NESTED.items():
        value = {name: row.get(f"{obj}_{name}") for name, _ in fields}
        record[obj] = value if any(v is not None for v in value.values()) else None
    record.update(json.loads(row["extra"]) if row.get("extra") else {})
    return record


def parse_date(value: object) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``, or a longer timestamp) or None when absent or unreadable."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def to_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)
