"""The DuckDB schema of a warta store and the one way to open a store file.

A store is a DuckDB file with a ``warta_meta`` table naming its format and schema version;
opening anything else (a corrupt file, another program's database, a SQLite file) is a
``StoreError`` with a message naming the file, never silent damage.

Tables: ``articles`` (one row per distinct article), ``events`` (one row per event record of
design.md, flattened), ``aggregated_events`` (one row per happening, GDELT's NumMentions,
NumSources, NumArticles), ``rejected`` (bad inputs with file, position and reason), ``runs``
(one row per ingest run). ``mentions`` is a view over ``events`` and ``articles``: every
article sentence that reported an aggregated event, with offsets and confidence.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

FORMAT = "warta-store"
SCHEMA_VERSION = "1"


# never fetch DuckDB extensions at run time (a SQLite file would otherwise try to)
NO_NETWORK = {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


class StoreError(Exception):
    """A store that cannot be used: the message names the file and the problem."""


def _actor_columns(role: str) -> str:
    return ", ".join(
        f"{role}_{name} {kind}"
        for name, kind in [
            ("text", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("code", "VARCHAR"),
            ("country", "VARCHAR"), ("sectors", "VARCHAR[]"), ("name", "VARCHAR"),
            ("wikidata", "VARCHAR"),
        ]
    )


DDL = f"""
CREATE TABLE warta_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, status VARCHAR,
    command VARCHAR, coder_version VARCHAR,
    articles_read INTEGER DEFAULT 0, articles_new INTEGER DEFAULT 0,
    articles_recoded INTEGER DEFAULT 0, articles_unchanged INTEGER DEFAULT 0,
    duplicates INTEGER DEFAULT 0, events INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0);
CREATE TABLE articles (
    article_key VARCHAR PRIMARY KEY, article_id VARCHAR, url VARCHAR, outlet VARCHAR,
    published DATE, title VARCHAR, language VARCHAR, origin VARCHAR, text VARCHAR,
    doc_len INTEGER, duplicate_of VARCHAR, similarity DOUBLE, minhash BLOB,
    coder_version VARCHAR, run_id INTEGER, ingested TIMESTAMP);
CREATE TABLE events (
    article_key VARCHAR, event_id VARCHAR, article_id VARCHAR, language VARCHAR,
    sentence_index INTEGER, date DATE, date_source VARCHAR,
    {_actor_columns("source")}, {_actor_columns("target")},
    cameo VARCHAR, cameo_root VARCHAR, quad_class TINYINT, goldstein DOUBLE, plover VARCHAR,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    negated BOOLEAN, modality VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonames_id BIGINT, location_text VARCHAR, location_start INTEGER,
    location_end INTEGER, location_adm1 VARCHAR, location_geo_type TINYINT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
    confidence DOUBLE, coder_version VARCHAR, extra VARCHAR,
    copy_of VARCHAR, global_event_id BIGINT);
CREATE TABLE aggregated_events (
    global_event_id BIGINT, date DATE, source_code VARCHAR, source_country VARCHAR,
    source_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, quad_class TINYINT, goldstein DOUBLE, plover VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
    location_lon DOUBLE, location_geonames_id BIGINT, location_adm1 VARCHAR,
    location_geo_type TINYINT, evidence_text VARCHAR, confidence DOUBLE,
    num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
    source_url VARCHAR, first_event_id VARCHAR, first_sentence INTEGER, date_added TIMESTAMP);
CREATE TABLE rejected (
    input VARCHAR, position VARCHAR, reason VARCHAR, run_id INTEGER, rejected_at TIMESTAMP,
    PRIMARY KEY (input, position, reason));
CREATE VIEW mentions AS
SELECT e.global_event_id, e.event_id, e.article_key, e.article_id, e.date AS event_date,
       a.published AS mention_date, a.ingested AS mention_added,
       coalesce(a.outlet, a.url, a.article_id) AS mention_source, a.url AS mention_url,
       e.sentence_index, e.source_start AS actor1_offset, e.target_start AS actor2_offset,
       e.trigger_start AS action_offset, e.evidence_start, e.evidence_end, e.confidence,
       a.doc_len, e.copy_of IS NOT NULL AS is_copy
FROM events e JOIN articles a USING (article_key)
WHERE e.global_event_id IS NOT NULL;
"""


def open_store(path: str | Path, read_only: bool = False, create: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to a warta store; ``create`` makes the file when it is absent or empty."""
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"{path}: no such store (run `warta ingest ... --db {path}` first)")
    con = _connect(path, read_only, config=dict(NO_NETWORK))
    try:
        _check_or_create(con, path, create and not read_only)
    except Exception:
        con.close()
        raise
    return con


def open_sql(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection that cannot reach files or other databases either."""
    con = open_store(path, read_only=True)
    con.close()
    config = {**NO_NETWORK, "enable_external_access": "false", "lock_configuration": "true"}
    return _connect(Path(path), True, config)


def _connect(path: Path, read_only: bool, config: dict) -> duckdb.DuckDBPyConnection:
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a directory, not a DuckDB store file")
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{path}: the store is in use by another writer ({_first_line(exc)})") from None
        raise StoreError(f"{path}: not a DuckDB database, or a corrupt one ({_first_line(exc)})") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open as a DuckDB database ({_first_line(exc)})") from None


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _check_or_create(con: duckdb.DuckDBPyConnection, path: Path, create: bool) -> None:
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables and create:
        _create(con)
        return
    if "warta_meta" not in tables:
        listed = ", ".join(sorted(tables)[:5]) or "none"
        raise StoreError(f"{path}: a DuckDB database but not a warta store (tables: {listed})")
    meta = dict(con.execute("SELECT key, value FROM warta_meta").fetchall())
    if meta.get("format") != FORMAT:
        raise StoreError(f"{path}: not a warta store (format {meta.get('format')!r})")
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {meta.get('schema_version')!r}, this warta reads "
            f"{SCHEMA_VERSION!r}; re-ingest into a new file"
        )


def _create(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("BEGIN")
    con.execute(DDL)
    con.executemany(
        "INSERT INTO warta_meta VALUES (?, ?)", [("format", FORMAT), ("schema_version", SCHEMA_VERSION)]
    )
    con.execute("COMMIT")
