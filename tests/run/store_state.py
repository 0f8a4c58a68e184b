"""What a store holds, without what differs from run to run (run ids, timestamps): two
stores with equal states hold the same articles, event records, aggregates and rejections."""

from __future__ import annotations

from pathlib import Path

import duckdb

# table -> (columns left out, order)
TABLES = {
    "articles": ({"run_id", "ingested"}, "article_key"),
    "events": (set(), "article_key, event_id"),
    "aggregated_events": ({"date_added"}, "global_event_id"),
    "rejected": ({"run_id", "rejected_at"}, "input, position, reason"),
}


def store_state(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        state = {}
        for table, (left_out, order) in TABLES.items():
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in left_out]
            state[table] = con.execute(f"SELECT {', '.join(map(repr_column, columns))} FROM {table} ORDER BY {order}").fetchall()
        return state
    finally:
        con.close()


def repr_column(name: str) -> str:
    return f'"{name}"'
