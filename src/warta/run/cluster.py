"""The same coding as Dask tasks: on a LocalCluster (``local:N``) or a running scheduler
(``tcp://HOST:8786``). See docs/scale.md for starting schedulers and workers.

Two ways out of the cluster: ``code_articles_dask`` streams outcomes back in input order
(to the store's single writer), ``write_parquet_dask`` has every worker write its own
partition files (no single writer; see ``warta.run.parquet``). Both keep a bounded
window of tasks in flight, so memory stays flat on the client too.

A task whose worker dies is retried once per article, each alone; an article that kills
its worker on the retry as well is recorded as failed. On a LocalCluster the scheduler
gives up on a task at its first worker death (``allowed-failures`` 0) so that this rule
holds exactly; a remote scheduler applies its own setting first (default: 3 deaths).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from warta.model import Article, InputError
from warta.run.batch import Outcome, chunks, code_chunk, code_items, failed, portable
from warta.run.parquet import code_partition, done_parts, write_partition
from warta.settings import Settings

WINDOW_PER_WORKER = 3
DASK_CHUNK = 128  # articles per task: a Dask task costs far more than a pool message


class DaskMissing(RuntimeError):
    """The optional extra is not installed."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise DaskMissing("the Dask path needs the 'dask' extra: pip install 'warta[dask]'") from None
    return distributed


@contextmanager
def connect(address: str):
    """A Dask client for ``tcp://HOST:PORT`` or ``local:N`` (N single-threaded worker
    processes on this machine, closed again on exit)."""
    distributed = _distributed()
    if not address.startswith("local:"):
        with distributed.Client(address, timeout="30s") as client:
            yield client
        return
    workers = int(address.split(":", 1)[1] or 1)
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            yield client


def _window(client) -> int:
    return max(2, len(client.scheduler_info().get("workers", {}))) * WINDOW_PER_WORKER


def code_articles_dask(items: Iterable[Article | InputError], settings: Settings, client,
                       chunk: int = DASK_CHUNK) -> Iterator[Outcome]:
    """Outcomes for every input, in input order, computed by the cluster's workers."""
    killed = _distributed().KilledWorker
    window: deque = deque()
    source = chunks(items, chunk)
    while True:
        while len(window) < _window(client) and (batch := next(source, None)) is not None:
            articles = [i for i in batch if isinstance(i, Article)]  # only these travel
            window.append((batch, client.submit(code_chunk, articles, settings, pure=False) if articles else None))
        if not window:
            return
        batch, future = window.popleft()
        try:
            yield from code_items(batch, settings, coder=lambda articles, _: future.result() if future else [])
        except killed:
            yield from code_items(batch, settings, coder=_retry_each(client))


def _retry_each(client) -> Callable[[list[Article], Settings], list[Outcome]]:
    """A chunk coder that codes each article as its own task, once more."""
    killed = _distributed().KilledWorker

    def retry(articles: list[Article], settings: Settings) -> list[Outcome]:
        futures = [client.submit(code_chunk, [a], settings, pure=False) for a in articles]
        outcomes = []
        for article, future in zip(articles, futures):
            try:
                outcomes.extend(future.result())
            except killed:
                outcomes.append(failed(article))
        return outcomes

    return retry


def write_parquet_dask(items: Iterable[Article | InputError], settings: Settings, client, out: str,
                       partition: int) -> Iterator[dict]:
    """Every partition coded and written by a worker; yields each partition's counts (a
    partition written by an earlier run is skipped, with ``skipped`` = its size)."""
    killed = _distributed().KilledWorker
    written = done_parts(out)
    window: deque = deque()
    source = enumerate(map(portable, chunks(items, partition)))
    while True:
        while len(window) < _window(client) and (numbered := next(source, None)) is not None:
            part, batch = numbered
            if part in written:
                window.append((part, batch, None))
            else:
                window.append((part, batch, client.submit(code_partition, batch, settings, out, part, pure=False)))
        if not window:
            return
        part, batch, future = window.popleft()
        if future is None:
            yield {"skipped": len(batch)}
            continue
        try:
            yield future.result()
        except killed:
            outcomes = code_items(batch, settings, coder=_retry_each(client))
            yield client.submit(write_partition, out, part, outcomes, pure=False).result()
