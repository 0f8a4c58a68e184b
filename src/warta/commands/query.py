"""warta query: find events, dyads and timelines in a store without writing SQL."""

from __future__ import annotations

import argparse
import sys

from warta.commands import open_for_reading

HELP = "query an event database: filter events, list dyads, build timelines"

FILTERS = [
    ("--actor", "CODE|NAME", "source or target (RUS, RUSGOV, or a name)"),
    ("--source", "CODE|NAME", "the source actor"),
    ("--target", "CODE|NAME", "the target actor"),
    ("--country", "ISO3", "an actor's or the place's country"),
    ("--cameo", "ROOT|CODE", "a CAMEO root (04) or code and its sub-codes (042)"),
    ("--plover", "TYPE", "a PLOVER event type (CONSULT, ACCUSE ...)"),
    ("--since", "YYYY-MM-DD", "events on or after this date"),
    ("--until", "YYYY-MM-DD", "events on or before this date"),
    ("--place", "NAME", "the place name contains NAME"),
    ("--text", "WORDS", "the evidence sentence contains every word"),
]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="FILE.duckdb")
    for flag, metavar, text in FILTERS:
        parser.add_argument(flag, metavar=metavar, help=text)
    parser.add_argument("--format", default="table", choices=["table", "csv", "json"])
    parser.add_argument("--limit", type=int, default=50, metavar="N")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dyads", action="store_true", help="count events by source -> target country")
    mode.add_argument("--timeline", choices=["day", "week", "month"], help="count events per period")


def run(args: argparse.Namespace) -> int:
    import duckdb

    from warta.store import query
    from warta.store.render import render

    filters = query.Filters(**{flag[2:]: getattr(args, flag[2:]) for flag, _, _ in FILTERS})
    con = open_for_reading(args.db, "query")
    if con is None:
        return 2
    try:
        if args.dyads:
            columns, rows = query.dyads(con, filters, args.limit)
        elif args.timeline:
            columns, rows = query.timeline(con, filters, args.timeline)
        else:
            columns, rows = query.list_events(con, filters, args.limit)
    except duckdb.ConversionException as exc:
        print(f"warta query: bad filter value ({str(exc).strip().splitlines()[0]})", file=sys.stderr)
        return 2
    finally:
        con.close()
    sys.stdout.write(render(columns, rows, args.format))
    return 0
