"""What a store holds, without what differs from run to run (run ids, timestamps): two
stores with equal states hold the same articles, event records, aggregates and rejections."""

from __future__ import annotations

from pathlib import Path

import duckdb

# table -> (columns left out, order)
TABLES = {
    "articles": ({"run_id", "ingested"}, "article_key"),
    "events": (set(), "article_key, event_id, source_start, target_start"),
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
            quoted = ", ".join(f'"{c}"' for c in columns)
            state[table] = con.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}").fetchall()
        state["coder_versions"] = sorted(v for (v,) in con.execute("SELECT DISTINCT coder_version FROM events").fetchall())
        return state
    finally:
        con.close()


def assert_same_store(db: Path, expected: Path) -> None:
    """Table by table, saying which differs (and whether the dictionaries changed meanwhile)."""
    got, want = store_state(db), store_state(expected)
    assert got["coder_versions"] == want["coder_versions"], "the data files changed during the test"
    for table in TABLES:
        missing = [r for r in want[table] if r not in got[table]]
        extra = [r for r in got[table] if r not in want[table]]
        assert got[table] == want[table], (
            f"{table}: {len(missing)} rows missing, {len(extra)} extra, e.g. {missing[:1]} / {extra[:1]}")
