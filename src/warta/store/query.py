"""Questions to a store: filtered event lists, dyads, timelines and the ingest summary.

Queries read ``aggregated_events`` (one row per happening, with its mention counts), so a
story told by ten outlets is counted once. Filters are bound as parameters, never pasted
into the SQL text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Za-z]{3})*$")
PERIODS = ("day", "week", "month")
LIST_COLUMNS = [
    "global_event_id", "date", "source_code", "source_name", "cameo", "plover", "target_code",
    "target_name", "location_name", "num_mentions", "num_sources", "num_articles", "evidence_text",
]


@dataclass(slots=True)
class Filters:
    """What the user asked for; empty fields do not filter."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None


@dataclass(slots=True)
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, clause: str, *params) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


def _actor_clause(side: str, value: str) -> tuple[str, list]:
    """A code (RUS, RUSGOV: by code prefix) or a name (case-insensitive substring)."""
    if _CODE.match(value):
        if len(value) == 3:
            return f"{side}_country = ?", [value]
        return f"starts_with({side}_code, ?)", [value]
    return f"({side}_name ILIKE ? OR {side}_code = ?)", [f"%{value}%", value.upper()]


def build_where(filters: Filters) -> Where:
    where = Where()
    if filters.actor:
        source, params = _actor_clause("source", filters.actor)
        target, more = _actor_clause("target", filters.actor)
        where.add(f"({source} OR {target})", *params, *more)
    for side in ("source", "target"):
        value = getattr(filters, side)
        if value:
            clause, params = _actor_clause(side, value)
            where.add(clause, *params)
    if filters.country:
        code = filters.country.upper()
        where.add("(source_country = ? OR target_country = ? OR location_country = ?)", code, code, code)
    if filters.cameo:
        if len(filters.cameo) == 2:
            where.add("cameo_root = ?", filters.cameo)
        else:  # a code and its sub-codes (190 -> 190, 1901 ...)
            where.add("starts_with(cameo, ?)", filters.cameo)
    if filters.plover:
        where.add("plover = ?", filters.plover.upper())
    if filters.since:
        where.add("date >= ?::DATE", filters.since)
    if filters.until:
        where.add("date <= ?::DATE", filters.until)
    if filters.place:
        where.add("location_name ILIKE ?", f"%{filters.place}%")
    for word in (filters.text or "").split():
        where.add("evidence_text ILIKE ?", f"%{word}%")
    return where


def list_events(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> tuple[list[str], list[tuple]]:
    """The matching events, newest first (ties: id)."""
    where = build_where(filters)
    sql = (f"SELECT {', '.join(LIST_COLUMNS)} FROM aggregated_events WHERE {where.sql()} "
           "ORDER BY date DESC, global_event_id LIMIT ?")
    return LIST_COLUMNS, con.execute(sql, [*where.params, limit]).fetchall()


def dyads(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> tuple[list[str], list[tuple]]:
    """Source country -> target country pairs by number of events."""
    where = build_where(filters)
    sql = f"""SELECT coalesce(source_country, '---') AS source, coalesce(target_country, '---') AS target,
                     count(*) AS events, sum(num_mentions) AS mentions, round(avg(goldstein), 2) AS goldstein
              FROM aggregated_events WHERE {where.sql()}
              GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?"""
    columns = ["source", "target", "events", "mentions", "goldstein"]
    return columns, con.execute(sql, [*where.params, limit]).fetchall()


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, period: str) -> tuple[list[str], list[tuple]]:
    """Events per day, week or month (with mentions and mean Goldstein)."""
    if period not in PERIODS:
        raise ValueError(f"timeline period {period!r}: use one of {', '.join(PERIODS)}")
    where = build_where(filters)
    sql = f"""SELECT date_trunc('{period}', date)::DATE AS period, count(*) AS events,
                     sum(num_mentions) AS mentions, round(avg(goldstein), 2) AS goldstein
              FROM aggregated_events WHERE {where.sql()} AND date IS NOT NULL
              GROUP BY period ORDER BY period"""
    return ["period", "events", "mentions", "goldstein"], con.execute(sql, where.params).fetchall()


def summarize(con: duckdb.DuckDBPyConnection, top: int = 10) -> dict:
    """What a store holds: counts, top dyads, events by CAMEO root and by day."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "near_duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "event_records": one("SELECT count(*) FROM events"),
        "events": one("SELECT count(*) FROM aggregated_events"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "rejected": one("SELECT count(*) FROM rejected"),
        "top_dyads": dyads(con, Filters(), top)[1],
        "by_root": con.execute(
            "SELECT cameo_root, count(*) FROM aggregated_events GROUP BY ALL ORDER BY cameo_root").fetchall(),
        "by_day": con.execute(
            "SELECT date, count(*) FROM aggregated_events WHERE date IS NOT NULL GROUP BY ALL ORDER BY date").fetchall(),
    }
