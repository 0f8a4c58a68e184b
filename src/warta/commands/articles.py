"""``warta articles PATH...``: the articles as warta reads them, one JSON object per line."""

from __future__ import annotations

import argparse
import json
import sys

from warta.ingest import add_input_arguments, exit_status, read_inputs, report
from warta.model import InputError
from warta.settings import Settings

HELP = "print the articles as warta reads them (JSON lines: id, title, date, language, text)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)


def run(args: argparse.Namespace) -> int:
    read = skipped = 0
    out = sys.stdout.buffer
    for item in read_inputs(args.paths, Settings(lang=args.lang, default_date=args.date)):
        if isinstance(item, InputError):
            report(item)
            skipped += 1
            continue
        out.write(json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
        read += 1
    out.flush()
    return exit_status(read, skipped)
