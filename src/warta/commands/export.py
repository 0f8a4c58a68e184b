"""warta export: write a store out as GDELT 2.0 Events/Mentions, Parquet, JSON lines or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.commands import open_for_reading

HELP = "export an event database: gdelt | mentions | parquet | jsonl | csv"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="FILE.duckdb")
    parser.add_argument("--format", required=True, choices=["gdelt", "mentions", "parquet", "jsonl", "csv"])
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")
    parser.add_argument("--out", metavar="PATH", help="output file (default stdout); a directory for parquet")


def run(args: argparse.Namespace) -> int:
    import duckdb

    from warta.store import export

    if args.format == "parquet" and not args.out:
        print("warta export: --format parquet needs --out DIRECTORY", file=sys.stderr)
        return 2
    con = open_for_reading(args.db, "export")
    if con is None:
        return 2
    try:
        if args.format == "parquet":
            count = export.write_parquet(con, Path(args.out), args.since, args.until)
        elif args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                count = export.TEXT_WRITERS[args.format](con, out, args.since, args.until)
        else:
            count = export.TEXT_WRITERS[args.format](con, sys.stdout, args.since, args.until)
    except duckdb.ConversionException as exc:
        print(f"warta export: bad date ({str(exc).strip().splitlines()[0]})", file=sys.stderr)
        return 2
    finally:
        con.close()
    print(f"warta export: {count} rows ({args.format})", file=sys.stderr)
    return 0
