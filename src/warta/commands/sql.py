"""warta sql: run one read-only SQL statement against a store."""

from __future__ import annotations

import argparse
import sys

HELP = "run a read-only SQL query against an event database"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sql", metavar="SQL", help='e.g. "SELECT cameo_root, count(*) FROM events GROUP BY 1"')
    parser.add_argument("--db", required=True, metavar="FILE.duckdb")
    parser.add_argument("--format", default="table", choices=["table", "csv", "json"])


def run(args: argparse.Namespace) -> int:
    import duckdb

    from warta.store.render import render
    from warta.store.schema import StoreError, open_sql

    try:
        con = open_sql(args.db)
    except StoreError as exc:
        print(f"warta sql: {exc}", file=sys.stderr)
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
