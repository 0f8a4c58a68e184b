"""The on-disk cache of compiled resources (actor matcher, gazetteer index).

Compiling takes seconds; loading a cached copy takes a fraction of that. Files are keyed by a
hash of what they were built from, so a stale one is never read. Writes are best effort and
atomic: an unwritable folder only costs a rebuild, and concurrent processes (a worker pool
starting up) never see each other's half-written files.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

DEFAULT_CACHE = Path.home() / ".cache" / "warta"

T = TypeVar("T")


def read_cached(path: Path, decode: Callable[[bytes], T]) -> T | None:
    """The decoded cache file, or None when it is absent or damaged (then rebuild it).
    The cycle collector is paused: decoding ~100k small objects is several times faster."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return decode(path.read_bytes())
    except Exception:  # absent, truncated, or written by another version
        return None
    finally:
        if enabled:
            gc.enable()


def write_cached(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; best effort."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")  # concurrent writers never share a file
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        pass
