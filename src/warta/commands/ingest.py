"""warta ingest: code a corpus into an event database (DuckDB)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

HELP = "code files, directories or JSONL into an event database (DuckDB), idempotently"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, JSONL ('-' for stdin)")
    parser.add_argument("--db", required=True, metavar="FILE.duckdb", help="the store (created if absent)")
    parser.add_argument("--lang", default="auto", choices=["auto", "id", "en"], help="force the language")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for inputs that give none")
    parser.add_argument("--actors", action="append", default=[], metavar="OVERLAY",
                        help="an actor overlay (YAML); may be repeated")


def run(args: argparse.Namespace) -> int:
    from warta.settings import Settings
    from warta.store import query, render
    from warta.store.ingest import ingest
    from warta.store.schema import StoreError, open_store

    settings = Settings(lang=args.lang, default_date=args.date, actor_overlays=[Path(p) for p in args.actors])
    try:
        summary = ingest(args.paths, args.db, settings, command="warta ingest " + " ".join(args.paths))
        con = open_store(args.db, read_only=True)
    except StoreError as exc:
        print(f"warta ingest: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render.render_summary(query.summarize(con), asdict(summary)))
    con.close()
    return 0
