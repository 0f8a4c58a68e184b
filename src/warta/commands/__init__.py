"""One module per ``warta`` command (see ``warta.cli.COMMANDS``), and what they share."""

from __future__ import annotations

import sys


def open_for_reading(db: str, command: str, sql: bool = False):
    """The store opened read-only (``sql``: also without file access), or None after one
    line on stderr saying why it cannot be opened."""
    from warta.store.schema import StoreError, open_sql, open_store

    try:
        return open_sql(db) if sql else open_store(db, read_only=True)
    except StoreError as exc:
        print(f"warta {command}: {exc}", file=sys.stderr)
        return None
