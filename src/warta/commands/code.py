"""warta code PATH... : read articles, write event records (JSON lines)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.ingest.options import add_input_arguments
from warta.settings import Settings

HELP = "code articles into event records (JSON lines, the contract in docs/records.md)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--out", help="write records here instead of stdout")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop events below this confidence")
    parser.add_argument("--actors", action="append", default=[], metavar="OVERLAY.yaml",
                        help="actor overlay file adding or overriding entries (repeatable)")
    parser.add_argument("--debug", action="store_true", help="add the reasons for unresolved values")


def settings_from(args: argparse.Namespace) -> Settings:
    """The Settings object of the commands that code articles."""
    return Settings(lang=args.lang, default_date=args.date, min_confidence=getattr(args, "min_confidence", 0.0),
                    actor_overlays=[Path(p) for p in getattr(args, "actors", [])], debug=getattr(args, "debug", False))


def run(args: argparse.Namespace) -> int:
    from warta.ingest import exit_status, read_inputs, report
    from warta.model import InputError
    from warta.pipeline import Pipeline, StageError
    from warta.record import article_records

    settings = settings_from(args)
    pipeline = Pipeline(settings)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    read = skipped = 0
    try:
        for item in read_inputs(args.paths, settings):
            if isinstance(item, InputError):
                report(item)
                skipped += 1
                continue
            try:
                article = pipeline(item)
            except StageError as exc:
                report(InputError(item.origin or item.id, f"could not be coded ({exc})"))
                skipped += 1
                continue
            read += 1
            for record in article_records(article, settings.min_confidence):
                if settings.debug:
                    record["notes"] = article.notes
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    finally:
        if args.out:
            out.close()
    return exit_status(read, skipped)
