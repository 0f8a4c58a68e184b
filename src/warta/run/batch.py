"""Code a stream of articles on one core, on a process pool, or on a Dask cluster.

The per-article work is a pure function of (article, resources), so the three paths run
the same code (``code_one``) and yield the same outcomes in the same order: results are
collected in submission order through a bounded window, which keeps memory flat whatever
the corpus size. A worker that dies (killed, out of memory) is replaced; its articles are
retried once, one by one, then recorded as failed.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice

from warta.model import Article, InputError
from warta.settings import Settings

CHUNK = 16  # articles per task: amortises inter-process overhead, keeps latency low


@dataclass(slots=True)
class Outcome:
    """What happened to one input: an article with its records, or an error."""

    article: Article | None = None
    records: list[dict] = field(default_factory=list)
    error: InputError | None = None


_PIPELINE = None  # one per worker process, built on first use


def _pipeline(settings: Settings):
    global _PIPELINE
    if _PIPELINE is None or _PIPELINE.settings != settings:
        from warta.pipeline import Pipeline

        _PIPELINE = Pipeline(settings)
    return _PIPELINE


def _light(article: Article) -> Article:
    """The article without its working state (tokens, mentions): what the store keeps."""
    return Article(id=article.id, text=article.text, title=article.title, url=article.url,
                   outlet=article.outlet, published=article.published, language=article.language,
                   origin=article.origin, dateline_text=article.dateline_text)


def code_one(article: Article, settings: Settings) -> Outcome:
    from warta.pipeline import StageError
    from warta.record import article_records

    try:
        coded = _pipeline(settings)(article)
    except StageError as exc:
        return Outcome(error=InputError(article.origin or article.id, f"could not be coded ({exc})"))
    return Outcome(article=_light(coded), records=article_records(coded, settings.min_confidence))


def code_chunk(articles: list[Article], settings: Settings) -> list[Outcome]:
    return [code_one(a, settings) for a in articles]


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _chunks(items: Iterable[Article | InputError]) -> Iterator[tuple[list[Outcome], list[Article]]]:
    """Chunks of articles to code, with the input errors met before them passed through."""
    iterator = iter(items)
    while True:
        batch = list(islice(iterator, CHUNK))
        if not batch:
            return
        errors = [Outcome(error=i) for i in batch if isinstance(i, InputError)]
        yield errors, [i for i in batch if isinstance(i, Article)]


def code_articles(items: Iterable[Article | InputError], settings: Settings, workers: int = 1) -> Iterator[Outcome]:
    """Outcomes for every input, in input order."""
    if workers <= 1:
        for errors, articles in _chunks(items):
            yield from errors
            yield from code_chunk(articles, settings)
        return
    yield from _pooled(items, settings, workers)


def _pooled(items: Iterable[Article | InputError], settings: Settings, workers: int) -> Iterator[Outcome]:
    pool = ProcessPoolExecutor(max_workers=workers)
    window: deque = deque()
    chunks = _chunks(items)
    try:
        while True:
            while len(window) < workers * 3:
                nxt = next(chunks, None)
                if nxt is None:
                    break
                errors, articles = nxt
                window.append((errors, articles, pool.submit(code_chunk, articles, settings)))
            if not window:
                return
            errors, articles, future = window.popleft()
            yield from errors
            try:
                yield from future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                yield from _retry_each(articles, settings)
                # the chunks still waiting were lost with the pool: resubmit them
                window = deque((e, a, pool.submit(code_chunk, a, settings)) for e, a, _ in window)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _retry_each(articles: list[Article], settings: Settings) -> Iterator[Outcome]:
    """Second try for the articles of a chunk whose worker died: each alone, in a fresh
    process, so one poisonous article cannot take the others down with it."""
    for article in articles:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                yield pool.submit(code_one, article, settings).result()
            except BrokenProcessPool:
                yield Outcome(error=InputError(article.origin or article.id, "failed: the worker coding it died twice"))


def code_articles_dask(items: Iterable[Article | InputError], settings: Settings, address: str) -> Iterator[Outcome]:
    """The same outcomes, computed by Dask workers. ``address`` is a scheduler address
    (tcp://host:8786) or ``local:N`` for a LocalCluster of N single-threaded workers."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError("the Dask path needs the 'dask' extra: pip install 'warta[dask]'") from exc
    cluster = None
    if address.startswith("local:"):
        cluster = LocalCluster(n_workers=int(address.split(":", 1)[1] or 1), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque = deque()
        chunks = _chunks(items)
        while True:
            while len(window) < n * 3:
                nxt = next(chunks, None)
                if nxt is None:
                    break
                errors, articles = nxt
                window.append((errors, client.submit(code_chunk, articles, settings, pure=False, retries=1)))
            if not window:
                return
            errors, future = window.popleft()
            yield from errors
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
