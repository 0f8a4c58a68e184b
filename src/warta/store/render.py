"""Rows to text: an aligned table for people, CSV or JSON for programs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

FORMATS = ("table", "csv", "json")
MAX_CELL = 60


def _plain(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _cell(value: object) -> str:
    text = "" if value is None else str(_plain(value)).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """The rows in ``fmt`` (table | csv | json), ending with a newline."""
    if fmt == "json":
        return "".join(json.dumps({c: _plain(v) for c, v in zip(columns, row)}, ensure_ascii=False) + "\n"
                       for row in rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    cells = [columns] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def render_summary(stats: dict, run: dict | None = None) -> str:
    """The end-of-ingest report: what the run did, then what the store holds."""
    lines = []
    if run:
        lines.append("run {run_id}: {articles_read} articles read, {articles_new} new "
                     "({duplicates} near-duplicates), {articles_recoded} re-coded, "
                     "{articles_unchanged} already stored, {events} event records, "
                     "{rejected} rejected".format(**run))
    lines.append(
        f"store: {stats['articles']} articles ({stats['near_duplicates']} near-duplicates), "
        f"{stats['event_records']} event records -> {stats['events']} events, "
        f"{stats['mentions']} mentions, {stats['rejected']} rejected inputs"
    )
    sections = [
        ("top dyads", ["source", "target", "events", "mentions", "goldstein"], stats["top_dyads"]),
        ("events by CAMEO root", ["root", "events"], stats["by_root"]),
        ("events by day", ["day", "events"], stats["by_day"]),
    ]
    for title, columns, rows in sections:
        if rows:
            lines += ["", title + ":", render(columns, rows).rstrip("\n")]
    return "\n".join(lines) + "\n"
