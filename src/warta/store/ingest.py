"""The main job: inputs -> coded articles -> the store, skipping what is stored already.

The coding side (``code_all``) is a plain generator of ``(article, records)`` and rejected
inputs, and the writer only consumes that stream; a process pool or Dask can replace the
generator without touching the writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from warta.model import Article, InputError
from warta.settings import Settings
from warta.store.writer import RunSummary, StoreWriter

Coder = Callable[[Article], tuple[Article, list[dict]]]


def code_all(items: Iterable[Article | InputError], writer: StoreWriter,
             code: Coder) -> Iterator[tuple[Article, list[dict]] | InputError]:
    """Code each article the store does not hold yet; a failure becomes a rejected input."""
    for item in items:
        if isinstance(item, InputError):
            yield item
        elif not writer.needs_coding(item):
            writer.skip(item)
        else:
            try:
                yield code(item)
            except Exception as exc:  # one bad article never stops the batch
                yield InputError(item.origin or item.id, f"coding failed: {exc}")


def pipeline_coder(settings: Settings) -> Coder:
    """warta's own coder: the pipeline, then the event records of the coded article."""
    from warta.pipeline import Pipeline
    from warta.record import article_records

    pipeline = Pipeline(settings)

    def code(article: Article) -> tuple[Article, list[dict]]:
        coded = pipeline(article)
        return coded, article_records(coded)

    return code


def ingest(paths: list[str], db: str | Path, settings: Settings, command: str = "") -> RunSummary:
    """Read, code and store everything under ``paths``; returns what the run did."""
    from warta.ingest import read_inputs
    from warta.record import CODER_VERSION

    with StoreWriter(db, CODER_VERSION, command=command) as writer:  # a bad store fails first
        code = pipeline_coder(settings)
        writer.consume(code_all(read_inputs(paths, settings), writer, code))
    return writer.summary
