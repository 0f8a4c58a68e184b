"""The input options shared by the commands that read articles (articles, code, ingest)."""

from __future__ import annotations

import argparse
from datetime import date


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH..., --lang and --date."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="text, HTML, JSON lines (.jsonl, .jsonl.gz) or WARC files, directories, or - for stdin")
    parser.add_argument("--lang", choices=("auto", "id", "en"), default="auto",
                        help="language of every article (default: identify each one)")
    parser.add_argument("--date", type=parse_day, default=None, metavar="YYYY-MM-DD",
                        help="publication date for articles whose input gives none")


def parse_day(value: str) -> str:
    """An ISO day for argparse; a clear message otherwise."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
