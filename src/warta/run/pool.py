"""A pool of worker processes that code chunks of articles and survive a worker's death.

Each worker is a spawned process with its own pipe; it loads the resources once (on its
first chunk) and then codes one chunk at a time, noting in shared memory which article of
the chunk it is on. So when a worker dies (killed, out of memory, a crash in native code)
the pool knows the article it died on: that article is retried once, alone, in a fresh
worker, and recorded as failed if it kills that one too; the rest of the chunk is simply
coded again.

Results are handed back in input order through a bounded window of chunks in flight, so
memory stays flat whatever the corpus size. When the main process dies, even by SIGKILL,
the workers read end-of-file on their pipe and exit.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from warta.model import Article
from warta.run.batch import ChunkCoder, Item, Outcome, failed, peak_memory_mb, settled
from warta.settings import Settings

WINDOW_PER_WORKER = 4  # chunks in flight per worker: keeps every worker busy, memory bounded


class WorkerError(RuntimeError):
    """A worker could not code at all (its resources failed to load): the run stops."""


@dataclass(slots=True)
class _Task:
    seq: int  # the chunk it belongs to
    slots: list[int]  # where its outcomes go in that chunk
    articles: list[Article]
    retry: bool = False


def _serve(conn: Connection, current, settings: Settings, coder: ChunkCoder) -> None:
    """A worker's loop: a chunk in, its outcomes and this process's peak memory out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    try:
        while (articles := conn.recv()) is not None:
            outcomes = []
            try:
                for n, article in enumerate(articles):
                    current.value = n
                    outcomes += coder([article], settings)
            except Exception as exc:  # per-article failures are outcomes: this is systemic
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
                return
            conn.send(("done", outcomes, peak_memory_mb()))
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return  # the main process is gone


class _Worker:
    def __init__(self, context, settings: Settings, coder: ChunkCoder):
        self.conn, child = context.Pipe()
        self.current = context.Value("i", 0, lock=False)  # the article of its task it is on
        self.process = context.Process(target=_serve, args=(child, self.current, settings, coder), daemon=True)
        self.process.start()
        child.close()
        self.task: _Task | None = None

    def give(self, task: _Task) -> None:
        self.task, self.current.value = task, 0
        try:
            self.conn.send(task.articles)
        except OSError:
            pass  # it died while idle: the pool sees it gone and hands the task on

    def stop(self, now: bool = False) -> None:
        """Let it finish its chunk and exit, or (``now``) end it at once."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=0 if now else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class WorkerPool:
    """``run(chunks)`` yields the outcome of every input of every chunk, in order."""

    def __init__(self, workers: int, settings: Settings, coder: ChunkCoder,
                 on_memory: Callable[[int, float], None] | None = None):
        self.settings, self.coder, self.on_memory = settings, coder, on_memory
        self.context = multiprocessing.get_context("spawn")  # no fork of a threaded process
        self.size = workers
        self.workers: list[_Worker] = []  # started when there is work for them
        self.window = workers * WINDOW_PER_WORKER
        self.again: deque[_Task] = deque()  # tasks to run before new ones
        self.results: dict[int, list[Outcome | None]] = {}

    def run(self, chunks: Iterable[list[Item]]) -> Iterator[Outcome]:
        source, head, fresh = iter(chunks), 0, deque()
        exhausted = False
        while True:
            while not exhausted and len(self.results) < self.window:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                else:
                    fresh.extend(self._open(head + len(self.results), chunk))
            self._dispatch(fresh)
            while head in self.results and None not in self.results[head]:
                yield from self.results.pop(head)
                head += 1
            if exhausted and not self.results:
                return
            if any(w.task for w in self.workers):
                self._collect()

    def _open(self, seq: int, chunk: list[Item]) -> list[_Task]:
        """Slots for a chunk's outcomes (those known filled in now) and the task coding its articles."""
        self.results[seq] = [settled(i) for i in chunk]
        slots = [n for n, item in enumerate(chunk) if isinstance(item, Article)]
        return [_Task(seq, slots, [chunk[n] for n in slots])] if slots else []

    def _dispatch(self, fresh: deque[_Task]) -> None:
        """Idle workers take tasks to redo first, then new ones; a worker starts when none is idle."""
        while queue := self.again or fresh:
            worker = next((w for w in self.workers if w.task is None), None)
            if worker is None and len(self.workers) < self.size:
                worker = _Worker(self.context, self.settings, self.coder)
                self.workers.append(worker)
            if worker is None:
                return
            worker.give(queue.popleft())

    def _collect(self) -> None:
        """Wait for any busy worker to answer or die, and handle what happened."""
        busy = [w for w in self.workers if w.task]
        wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.conn.poll():
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    self._lost(worker)
                    continue
                self._receive(worker, message)
            elif not worker.process.is_alive():
                self._lost(worker)

    def _receive(self, worker: _Worker, message: tuple) -> None:
        if message[0] == "error":
            raise WorkerError(f"a worker could not code: {message[1]}")
        _, outcomes, peak = message
        task, worker.task = worker.task, None
        for slot, outcome in zip(task.slots, outcomes):
            self.results[task.seq][slot] = outcome
        if self.on_memory:
            self.on_memory(worker.process.pid, peak)

    def _lost(self, worker: _Worker) -> None:
        """A worker died on an article: that one is retried once, alone (or fails if this was
        its retry); the others of its task are coded again."""
        task, culprit = worker.task, min(max(worker.current.value, 0), len(worker.task.articles) - 1)
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)  # a fresh one starts when there is work for it
        rest = [n for n in range(len(task.articles)) if n != culprit]
        if rest:
            self.again.append(_Task(task.seq, [task.slots[n] for n in rest], [task.articles[n] for n in rest]))
        if task.retry:
            self.results[task.seq][task.slots[culprit]] = failed(task.articles[culprit])
        else:
            self.again.append(_Task(task.seq, [task.slots[culprit]], [task.articles[culprit]], retry=True))

    def close(self, now: bool = False) -> None:
        for worker in self.workers:
            worker.stop(now)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.close(now=kind is not None)  # on an error or Ctrl-C, no chunk is worth waiting for
