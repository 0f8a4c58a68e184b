"""Progress of a long job: a live bar on a terminal, periodic log lines otherwise, and a
final summary. Writes to stderr so that stdout stays the job's output.

The total is counted in a background thread (JSON lines and one-article files only: a
gzipped or WARC input has no cheap count), so a large corpus starts at once and the bar
gains its total and ETA when the count is done.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterable
from typing import TextIO

from warta.model import InputError

BAR = 24  # characters of the bar on a terminal
_ONE_ARTICLE = (".txt", ".text", ".html", ".htm", ".xhtml")
_LINES = (".jsonl", ".ndjson")


class Progress:
    """Counts what a run did and shows it; ``update`` is cheap enough to call per article."""

    def __init__(self, total: int | None = None, stream: TextIO | None = None,
                 interval: float | None = None, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = interval if interval is not None else (0.2 if self.tty else 10.0)
        self.total = total
        self.enabled = enabled
        self.articles = self.events = self.errors = self.skipped = 0
        self.memory: dict[int, float] = {}  # worker pid -> peak resident MB
        self.started = self.last = time.monotonic()
        self.first: float | None = None  # when the first article was coded (start-up excluded from rates)

    def update(self, articles: int = 0, events: int = 0, errors: int = 0, skipped: int = 0) -> None:
        self.articles += articles
        self.events += events
        self.errors += errors
        self.skipped += skipped
        now = time.monotonic()
        if self.first is None and self.articles:
            self.first = now
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self._write(self.line(now), final=False)

    def report(self, error: InputError) -> None:
        """One line for a rejected input (``warta: FILE:N: problem``), above the bar."""
        from warta.ingest.errors import report

        if self.tty:
            self.stream.write("\r\x1b[2K")
        report(error)

    def note_memory(self, pid: int, peak_mb: float) -> None:
        """A worker's peak memory so far (shown as the largest over the workers)."""
        self.memory[pid] = peak_mb

    def count_total(self, paths: list[str]) -> None:
        """Count the inputs in the background; the bar shows the total once known."""
        threading.Thread(target=self._set_total, args=(paths,), daemon=True).start()

    def _set_total(self, paths: list[str]) -> None:
        self.total = count_inputs(paths)

    @property
    def done(self) -> int:
        return self.articles + self.errors + self.skipped

    def line(self, now: float | None = None) -> str:
        now = now or time.monotonic()
        elapsed = max(1e-9, now - (self.first if self.first and now - self.first >= 1 else self.started))
        rate, done, total = self.articles / elapsed, self.done, self.total
        parts = [f"{done}/{total} articles" if total else f"{done} articles",
                 f"{rate:.1f} art/s", f"{self.events / elapsed:.1f} ev/s", f"{self.errors} errors"]
        if self.skipped:
            parts.append(f"{self.skipped} already stored")
        if self.memory:
            parts.append(f"{max(self.memory.values()):.0f} MB/worker")
        if total and rate > 0 and done < total:
            parts.append(f"ETA {_duration((total - done) / rate)}")
        text = " | ".join(parts)
        if self.tty and total:
            filled = min(BAR, BAR * done // max(1, total))
            text = f"[{'#' * filled}{'.' * (BAR - filled)}] {text}"
        return text

    def _write(self, text: str, final: bool) -> None:
        if self.tty:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self.stream.write(f"warta: {text}\n")
        self.stream.flush()

    def finish(self) -> dict:
        """Print the last line and return the run's figures."""
        elapsed = time.monotonic() - self.started
        summary = {"articles": self.articles, "events": self.events, "errors": self.errors,
                   "skipped": self.skipped, "seconds": round(elapsed, 2),
                   "articles_per_second": round(self.articles / elapsed, 1) if elapsed else None,
                   "worker_peak_mb": round(max(self.memory.values()), 1) if self.memory else None}
        if self.enabled:
            self._write(self.line(), final=True)
        return summary


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs (articles or bad records) the paths hold, or None when unknown."""
    from warta.ingest.sources import walk

    total = 0
    for path in paths:
        files = list(walk(path)) if os.path.isdir(path) else [path]
        for file in files:
            count = _count_file(file)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: str) -> int | None:
    name = path.lower()
    if name.endswith(_ONE_ARTICLE):
        return 1
    if not name.endswith(_LINES):
        return None
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # the reader reports it as one rejected input
