"""Reading articles: files, directories, stdin, JSON lines, HTML and WARC, streamed.

``read_inputs`` yields one Article per article read and one InputError per input (or
record) that could not be read, in input order, holding one article in memory at a
time. See docs/input.md for the formats and the cleaning.
"""

from __future__ import annotations

from typing import Iterator

from warta.ingest.document import to_article
from warta.ingest.errors import exit_status, report
from warta.ingest.options import add_input_arguments
from warta.ingest.sources import read_documents
from warta.model import Article, InputError
from warta.settings import Settings

__all__ = ["read_inputs", "report", "exit_status", "add_input_arguments"]


def read_inputs(paths: list[str], settings: Settings) -> Iterator[Article | InputError]:
    """Every article of ``paths`` ("-" is stdin), cleaned and with its language; or why not."""
    for item in read_documents(paths):
        yield item if isinstance(item, InputError) else to_article(item, settings)
