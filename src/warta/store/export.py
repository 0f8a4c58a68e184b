"""Exports of a store: GDELT 2.0 Events and Mentions (TSV), JSON lines, CSV, Parquet.

``gdelt`` writes aggregated events (one line per happening); ``mentions`` one line per
article sentence that reported one; ``jsonl`` and ``csv`` the event records of design.md
(near-duplicate copies left out: they are mentions, not events); ``parquet`` the full
``events`` table partitioned by date into a directory. Rows stream in batches, so memory
stays bounded whatever the size of the store.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Callable, Iterator, TextIO

import duckdb

from warta.store import gdelt, rows

FORMATS = ("gdelt", "mentions", "parquet", "jsonl", "csv")
BATCH = 10_000


def date_clause(column: str, since: str | None, until: str | None) -> tuple[str, list]:
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?::DATE")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?::DATE")
        params.append(until)
    return (" AND ".join(clauses) or "TRUE"), params


def stream(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> Iterator[dict]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(BATCH):
        for values in batch:
            yield dict(zip(names, values))


def write_gdelt(con, out: TextIO, since: str | None, until: str | None) -> int:
    where, params = date_clause("date", since, until)
    sql = f"SELECT * FROM aggregated_events WHERE {where} AND date IS NOT NULL ORDER BY date, global_event_id"
    return _write_tsv(out, (gdelt.event_row(r) for r in stream(con, sql, params)))


def write_mentions(con, out: TextIO, since: str | None, until: str | None) -> int:
    where, params = date_clause("m.event_date", since, until)
    sql = f"""SELECT m.*, g.date_added AS event_added FROM mentions m
              JOIN aggregated_events g USING (global_event_id)
              WHERE {where} ORDER BY m.global_event_id, m.article_key, m.sentence_index, m.event_id"""
    return _write_tsv(out, (gdelt.mention_row(r) for r in stream(con, sql, params)))


def _write_tsv(out: TextIO, lines: Iterator[list[str]]) -> int:
    count = 0
    for fields in lines:
        out.write("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields) + "\n")
        count += 1
    return count


def _records_sql(since: str | None, until: str | None) -> tuple[str, list]:
    where, params = date_clause("date", since, until)
    sql = f"""SELECT * FROM events WHERE copy_of IS NULL AND {where}
              ORDER BY article_id, article_key, sentence_index, event_id"""
    return sql, params


def write_jsonl(con, out: TextIO, since: str | None, until: str | None) -> int:
    count = 0
    for row in stream(con, *_records_sql(since, until)):
        record = rows.to_record(row)
        record["global_event_id"] = row["global_event_id"]
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(con, out: TextIO, since: str | None, until: str | None) -> int:
    sql, params = _records_sql(since, until)
    writer = None
    count = 0
    for row in stream(con, sql, params):
        row.pop("copy_of")
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()})
        count += 1
    return count


def write_parquet(con, out_dir: Path, since: str | None, until: str | None) -> int:
    """The events table as Parquet under ``out_dir/date=YYYY-MM-DD/`` (hive partitions)."""
    where, params = date_clause("date", since, until)
    count = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
    select = f"SELECT * FROM events WHERE {where} ORDER BY date, article_key, event_id"
    con.execute(
        f"COPY ({select}) TO '{_quote(out_dir)}' (FORMAT parquet, PARTITION_BY (date), OVERWRITE_OR_IGNORE)",
        params,
    )
    return count


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


TEXT_WRITERS: dict[str, Callable] = {
    "gdelt": write_gdelt, "mentions": write_mentions, "jsonl": write_jsonl, "csv": write_csv,
}
