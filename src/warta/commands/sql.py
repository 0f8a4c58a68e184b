"""warta sql: run one read-only SQL statement against a store."""

from __future__ import annotations

import argparse
import sys

from warta.commands import open_for_reading

HELP = "run a read-only SQL query against an event database"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sql", metavar="SQL", help='e.g. "SELECT cameo_root, count(*) FROM events GROUP BY 1"')
    parser.add_argument("--db", required=True, metavar="FILE.duckdb")
    parser.add_argument("--format", default="table", choices=["table", "csv", "json"])


def run(args: argparse.Namespace) -> int:
    import duckdb

    from warta.store.render import render

    con = open_for_reading(args.db, "sql", sql=True)
    if con is None:
        return 2
    try:
        cursor = con.execute(args.sql)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall() if columns else []
    except duckdb.Error as exc:
        print(f"warta sql: {str(exc).strip().splitlines()[0]} (the store is opened read-only)", file=sys.stderr)
        return 1
    finally:
        con.close()
    sys.stdout.write(render(columns, rows, args.format))
    return 0
