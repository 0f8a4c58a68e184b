"""One module per ``warta`` command (see ``warta.cli.COMMANDS``), and what they share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.settings import Settings


def add_actors_argument(parser: argparse.ArgumentParser) -> None:
    """--actors OVERLAY.yaml, on every command that codes articles."""
    parser.add_argument("--actors", action="append", default=[], metavar="OVERLAY.yaml",
                        help="actor overlay file adding or overriding entries (repeatable)")


def settings_from(args: argparse.Namespace) -> Settings:
    """The Settings of a command that codes articles, from whichever options it has."""
    return Settings(lang=args.lang, default_date=getattr(args, "date", None),
                    min_confidence=getattr(args, "min_confidence", 0.0),
                    actor_overlays=[Path(p) for p in getattr(args, "actors", [])],
                    debug=getattr(args, "debug", False))


def open_for_reading(db: str, command: str, sql: bool = False):
    """The store opened read-only (``sql``: also without file access), or None after one
    line on stderr saying why it cannot be opened."""
    from warta.store.schema import StoreError, open_sql, open_store

    try:
        return open_sql(db) if sql else open_store(db, read_only=True)
    except StoreError as exc:
        print(f"warta {command}: {exc}", file=sys.stderr)
        return None
