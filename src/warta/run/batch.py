"""Code a stream of articles on one core, on a pool of processes, or on a Dask cluster.

The per-article work is a pure function of (article, resources), so every path runs the
same ``code_chunk`` and yields the same outcomes in the same order (input order), which
keeps the store deterministic whatever the number of workers. Input errors met on the way
are passed through in their place.
"""

from __future__ import annotations

import os
import queue
import resource
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from warta.model import Article, InputError
from warta.settings import Settings

CHUNK = 16  # articles per task: amortises inter-process overhead, keeps the window small
FAILED = "failed: the worker coding it died twice"


@dataclass(slots=True)
class Outcome:
    """What happened to one input: an article with its records and its MinHash signature
    (``identity.signature_blob``: computed where the article was coded, so the single writer
    does not have to), an article the store holds already (``stored``: never sent to a
    worker), or why the input was rejected.

    The error is kept as two strings (InputError itself does not survive pickling)."""

    article: Article | None = None
    records: list[dict] = field(default_factory=list)
    where: str = ""
    problem: str = ""
    stored: bool = False
    signature: bytes | None = None

    @classmethod
    def rejected(cls, error: InputError) -> "Outcome":
        return cls(where=error.where, problem=error.problem)

    @property
    def error(self) -> InputError | None:
        return InputError(self.where, self.problem) if self.article is None else None

    def item(self) -> tuple[Article, list[dict], bytes | None] | InputError:
        """What ``StoreWriter.consume`` takes."""
        return (self.article, self.records, self.signature) if self.article is not None else self.error


ChunkCoder = Callable[[list[Article], Settings], list[Outcome]]

_PIPELINE = None  # one per process, built on first use: resources load once per worker


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
    """One article through the pipeline; a failure of this article is its outcome, while a
    failure to load the resources is raised (it would fail every article)."""
    from warta.record import article_records
    from warta.store.identity import signature_blob

    pipeline = _pipeline(settings)
    try:
        coded = pipeline(article)
        records = article_records(coded, settings.min_confidence)
    except Exception as exc:  # one bad article never stops the batch
        return Outcome(where=article.origin or article.id, problem=f"could not be coded ({exc})")
    return Outcome(article=_light(coded), records=records, signature=signature_blob(coded.text))


def code_chunk(articles: list[Article], settings: Settings) -> list[Outcome]:
    return [code_one(a, settings) for a in articles]


def failed(article: Article) -> Outcome:
    return Outcome(where=article.origin or article.id, problem=FAILED)


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far (MB). Linux: VmHWM, which starts afresh
    at exec (ru_maxrss would count the parent a spawned worker was forked from)."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 / (1024 if os.uname().sysname == "Darwin" else 1)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def chunks(items: Iterable[Item], size: int = CHUNK) -> Iterator[list[Item]]:
    """The input, ``size`` items at a time, in order."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


Item = Article | InputError | Outcome  # an article to code, or an outcome known already


def settled(item: Item) -> Outcome | None:
    """The outcome of an item that needs no coding (an input error, a stored article)."""
    return None if isinstance(item, Article) else item if isinstance(item, Outcome) else Outcome.rejected(item)


def portable(items: list[Item]) -> list[Article | Outcome]:
    """A chunk that can be pickled (to another process or machine): errors as Outcomes."""
    return [i if isinstance(i, Article) else settled(i) for i in items]


def code_items(items: list[Item], settings: Settings, coder: ChunkCoder = code_chunk) -> list[Outcome]:
    """Outcomes of a chunk in place: articles coded, the others passed through."""
    coded = iter(coder([i for i in items if isinstance(i, Article)], settings))
    return [next(coded) if isinstance(i, Article) else settled(i) for i in items]


def code_articles(items: Iterable[Item], settings: Settings, workers: int = 1,
                  coder: ChunkCoder = code_chunk, on_memory: Callable[[int, float], None] | None = None,
                  ) -> Iterator[Outcome]:
    """Outcomes for every input, in input order: in this process (``workers`` <= 1) or on a
    pool of ``workers`` processes (``on_memory(pid, peak_mb)`` hears from each worker)."""
    if workers <= 1:
        for chunk in chunks(items):
            yield from code_items(chunk, settings, coder)
        return
    from warta.run.pool import WorkerPool

    with WorkerPool(workers, settings, coder, on_memory) as pool:
        yield from pool.run(chunks(items))


T = TypeVar("T")
_END = object()


@dataclass(slots=True)
class _Raised:
    error: BaseException


def ahead(items: Iterator[T], size: int) -> Iterator[T]:
    """``items`` made by a background thread, at most ``size`` ahead of the consumer.

    Producing (reading, dispatching to workers, collecting their outcomes) then goes on
    while the consumer (the store's writer) commits a batch, so the workers never wait for
    a commit. An error of the producer is raised in the consumer; when the consumer stops,
    the producer stops too and closes ``items`` (which ends a pool's workers)."""
    buffer: queue.Queue = queue.Queue(maxsize=size)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                buffer.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    break
            else:
                put(_END)
        except BaseException as error:  # handed to the consumer, which raises it
            put(_Raised(error))
        finally:
            getattr(items, "close", lambda: None)()

    thread = threading.Thread(target=produce, name="warta-producer", daemon=True)
    thread.start()
    try:
        while (item := buffer.get()) is not _END:
            if isinstance(item, _Raised):
                raise item.error
            yield item
    finally:
        stop.set()
        thread.join(timeout=30)
