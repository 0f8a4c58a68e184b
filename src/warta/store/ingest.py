"""The main job: inputs -> coded articles -> the store, skipping what is stored already.

Reading and the filter of stored articles run in this process, before anything is sent
out; the coding runs here, on a process pool or on Dask (``warta.run``), and comes back
in input order; the one ``StoreWriter`` commits it in batches. Each committed batch is a
checkpoint: a run killed at any moment and started again with the same command skips
what was committed and ends with the store an uninterrupted run would have written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

from warta.model import Article, InputError
from warta.run.batch import ChunkCoder, Item, Outcome, ahead, code_articles, code_chunk
from warta.run.progress import Progress
from warta.settings import Settings
from warta.store.writer import Coded, RunSummary, StoreWriter

Coder = Callable[[Article], tuple[Article, list[dict]]]
CHECKPOINT = 500  # articles per committed batch
PARTITION = 1000  # inputs per Parquet partition (one file of each table per partition)
AHEAD = 1024  # outcomes coded ahead of the writer: the workers go on while it commits


def pending(items: Iterable[Article | InputError], writer: StoreWriter) -> Iterator[Item]:
    """The inputs, with each article the store holds already (same coder version) turned
    into a ``stored`` outcome: it is counted, never sent to a worker."""
    for item in items:
        if isinstance(item, Article) and not writer.needs_coding(item):
            yield Outcome(article=item, stored=True)
        else:
            yield item


def code_all(items: Iterable[Article | InputError], writer: StoreWriter,
             code: Coder) -> Iterator[tuple[Article, list[dict]] | InputError]:
    """In this process, with any coder (a stand-in in tests): each article the store does
    not hold yet, coded; a failure becomes a rejected input."""
    for item in pending(items, writer):
        if isinstance(item, Outcome):
            writer.skip(item.article)
            continue
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield code(item)
        except Exception as exc:  # one bad article never stops the batch
            yield InputError(item.origin or item.id, f"coding failed: {exc}")


def track(outcomes: Iterable[Outcome], writer: StoreWriter,
          progress: Progress | None) -> Iterator[Coded | InputError]:
    """Outcomes as the writer takes them (stored articles counted by the writer as skipped),
    reported to the progress on the way."""
    for outcome in outcomes:
        if outcome.stored:
            writer.skip(outcome.article)
        elif outcome.article is None and progress:
            progress.report(outcome.error)
        if progress:
            coded = outcome.article is not None and not outcome.stored
            progress.update(articles=coded, events=len(outcome.records), errors=outcome.article is None,
                            skipped=outcome.stored)
        if not outcome.stored:
            yield outcome.item()


def ingest(paths: list[str], db: str | Path, settings: Settings, command: str = "", workers: int = 1,
           dask: str | None = None, checkpoint: int = CHECKPOINT, progress: Progress | None = None,
           coder: ChunkCoder = code_chunk) -> RunSummary:
    """Read, code and store everything under ``paths``: in this process (``workers`` 1),
    on a pool of ``workers`` processes, or on the Dask cluster at ``dask``."""
    from warta.ingest import read_inputs
    from warta.record import coder_version

    with StoreWriter(db, coder_version(), command=command, batch_size=checkpoint) as writer:  # a bad store fails first
        items = pending(read_inputs(paths, settings), writer)
        with ExitStack() as cluster:
            if dask:
                from warta.run.cluster import code_articles_dask, connect

                outcomes = code_articles_dask(items, settings, cluster.enter_context(connect(dask)))
            else:
                outcomes = code_articles(items, settings, workers, coder, progress.note_memory if progress else None)
            writer.consume(track(ahead(outcomes, AHEAD), writer, progress))
    return writer.summary


def ingest_parquet(folder: str | Path, db: str | Path, command: str = "", checkpoint: int = CHECKPOINT,
                   progress: Progress | None = None) -> RunSummary:
    """Load what ``--out-parquet`` runs wrote into a store (idempotent like ``ingest``)."""
    from warta.record import coder_version
    from warta.run.parquet import read_partitions

    outcomes = read_partitions(folder)  # an empty folder fails before the store is opened
    with StoreWriter(db, coder_version(), command=command, batch_size=checkpoint) as writer:
        writer.consume(track(outcomes, writer, progress))
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
