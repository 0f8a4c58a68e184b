"""warta code PATH... : read articles, write event records (JSON lines)."""

from __future__ import annotations

import argparse
import json
import sys

from warta.commands import add_actors_argument, settings_from
from warta.ingest.options import add_input_arguments

HELP = "code articles into event records (JSON lines, the contract in docs/records.md)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--out", help="write records here instead of stdout")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop events below this confidence")
    add_actors_argument(parser)
    parser.add_argument("--debug", action="store_true", help="add the reasons for unresolved values")


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
