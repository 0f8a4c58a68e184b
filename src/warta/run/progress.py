"""Progress of a long job: a live line on a terminal, periodic log lines otherwise, and a
final summary. Writes to stderr so that stdout stays the job's output."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int | None = None, stream: TextIO | None = None,
                 interval: float | None = None, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = interval if interval is not None else (0.2 if self.tty else 10.0)
        self.total = total
        self.enabled = enabled
        self.articles = self.events = self.errors = self.skipped = 0
        self.started = self.last = time.monotonic()

    def update(self, articles: int = 0, events: int = 0, errors: int = 0, skipped: int = 0) -> None:
        self.articles += articles
        self.events += events
        self.errors += errors
        self.skipped += skipped
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self._write(self.line(now), final=False)

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self.started)
        rate = self.articles / elapsed
        done = self.articles + self.errors + self.skipped
        parts = [f"{done}/{self.total}" if self.total else f"{done}", "articles",
                 f"{rate:.1f} art/s", f"{self.events / elapsed:.1f} ev/s", f"{self.errors} errors"]
        if self.total and rate > 0:
            parts.append(f"ETA {max(0.0, (self.total - done) / rate):.0f}s")
        return " | ".join(parts)

    def _write(self, text: str, final: bool) -> None:
        if self.tty:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self.stream.write(f"warta: {text}\n")
        self.stream.flush()

    def finish(self) -> dict:
        """Print and return the summary figures."""
        elapsed = time.monotonic() - self.started
        summary = {"articles": self.articles, "events": self.events, "errors": self.errors,
                   "skipped": self.skipped, "seconds": round(elapsed, 2),
                   "articles_per_second": round(self.articles / elapsed, 1) if elapsed else None}
        if self.enabled:
            self._write(self.line(), final=True)
        return summary
