"""The main job: inputs -> coded articles -> the store, skipping what is stored already.

Reading and the filter of stored articles run in this process, before anything is sent
out; the coding runs here, on a process pool or on Dask (``warta.run``), and comes back
in input order; the one ``StoreWriter`` commits it in batches. Each committed batch is a
checkpoint: a run killed at any moment and started again with the same command skips
what was committed and ends with the store an uninterrupted run would have written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warta.model import Article, InputError
from warta.run.batch import ChunkCoder, Outcome, code_articles, code_chunk
from warta.run.progress import Progress
from warta.settings import Settings
from warta.store.writer import RunSummary, StoreWriter

Coder = Callable[[Article], tuple[Article, list[dict]]]
CHECKPOINT = 500  # articles per committed batch
PARTITION = 1000  # inputs per Parquet partition (one file of each table per partition)


def pending(items: Iterable[Article | InputError], writer: StoreWriter,
            progress: Progress | None = None) -> Iterator[Article | InputError]:
    """The inputs still to code: articles the store holds (same coder version) are counted
    as skipped and go no further."""
    for item in items:
        if isinstance(item, Article) and not writer.needs_coding(item):
            writer.skip(item)
            if progress:
                progress.update(skipped=1)
        else:
            yield item


def code_all(items: Iterable[Article | InputError], writer: StoreWriter,
             code: Coder) -> Iterator[tuple[Article, list[dict]] | InputError]:
    """In this process, with any coder (a stand-in in tests): each article the store does
    not hold yet, coded; a failure becomes a rejected input."""
    for item in pending(items, writer):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield code(item)
        except Exception as exc:  # one bad article never stops the batch
            yield InputError(item.origin or item.id, f"coding failed: {exc}")


def track(outcomes: Iterable[Outcome], progress: Progress | None) -> Iterator[tuple[Article, list[dict]] | InputError]:
    """Outcomes as the writer takes them, counted on the way."""
    for outcome in outcomes:
        if progress:
            if outcome.article is None:
                progress.report(outcome.error)
            progress.update(articles=outcome.article is not None, events=len(outcome.records),
                            errors=outcome.article is None)
        yield outcome.item()


def ingest(paths: list[str], db: str | Path, settings: Settings, command: str = "", workers: int = 1,
           dask: str | None = None, checkpoint: int = CHECKPOINT, progress: Progress | None = None,
           coder: ChunkCoder = code_chunk) -> RunSummary:
    """Read, code and store everything under ``paths``: in this process (``workers`` 1),
    on a pool of ``workers`` processes, or on the Dask cluster at ``dask``."""
    from warta.ingest import read_inputs
    from warta.record import CODER_VERSION

    with StoreWriter(db, CODER_VERSION, command=command, batch_size=checkpoint) as writer:  # a bad store fails first
        items = pending(read_inputs(paths, settings), writer, progress)
        if dask:
            from warta.run.cluster import code_articles_dask, connect

            with connect(dask) as client:
                writer.consume(track(code_articles_dask(items, settings, client), progress))
        else:
            memory = progress.note_memory if progress else None
            writer.consume(track(code_articles(items, settings, workers, coder, memory), progress))
    return writer.summary


def ingest_parquet(folder: str | Path, db: str | Path, command: str = "", checkpoint: int = CHECKPOINT,
                   progress: Progress | None = None) -> RunSummary:
    """Load what ``--out-parquet`` runs wrote into a store (idempotent like ``ingest``)."""
    from warta.record import CODER_VERSION
    from warta.run.parquet import read_partitions

    outcomes = read_partitions(folder)  # an empty folder fails before the store is opened
    with StoreWriter(db, CODER_VERSION, command=command, batch_size=checkpoint) as writer:
        writer.consume(track(outcomes, progress))
    return writer.summary


def write_parquet(paths: list[str], out: str | Path, settings: Settings, dask: str,
                  progress: Progress | None = None, partition: int = PARTITION) -> dict:
    """Code ``paths`` on the Dask cluster at ``dask``, every worker writing its partitions
    of ``partition`` inputs under ``out``; returns the totals."""
    from warta.ingest import read_inputs
    from warta.run.cluster import connect, write_parquet_dask

    totals = {"articles": 0, "events": 0, "rejected": 0, "skipped": 0}
    with connect(dask) as client:
        for counts in write_parquet_dask(read_inputs(paths, settings), settings, client, str(out), partition):
            for name, value in counts.items():
                totals[name] += value
            if progress:
                progress.update(articles=counts.get("articles", 0), events=counts.get("events", 0),
                                errors=counts.get("rejected", 0), skipped=counts.get("skipped", 0))
    return totals
