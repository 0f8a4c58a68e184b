"""Ingest N synthetic articles into a store, slowly, so a test can SIGKILL it mid-run.

Usage: python kill_worker.py DB N. Uses the same code path as ``warta ingest`` (``code_all``
feeding ``StoreWriter.consume``) with a stand-in coder, since the point is the store.
"""

from __future__ import annotations

import sys
import time

from store_factory import article, copy_of, record

from warta.model import Article, InputError
from warta.store.ingest import code_all
from warta.store.writer import StoreWriter

CODES = [("RUSGOV", "AFGGOV", "040"), ("IDNGOV", "CHNGOV", "111"), ("USAGOV", "CHNGOV", "030")]


def inputs(n: int):
    for i in range(n):
        if i % 10 == 9:
            yield InputError(f"corpus.jsonl:{i}", "invalid JSON")
        elif i % 10 == 5:
            yield copy_of(article(i - 1), "Detik", i)
        else:
            yield article(i, outlet=["Antara", "Kompas", "Tempo"][i % 3])


def code(item: Article):
    time.sleep(0.004)
    source, target, cameo = CODES[len(item.text) % 3]
    return item, [record(item.id, s, source, target, cameo, date=f"2021-10-{10 + s % 3}") for s in range(3)]


def main() -> None:
    db, n = sys.argv[1], int(sys.argv[2])
    writer = StoreWriter(db, "warta test", batch_size=7, batch_seconds=0.05)
    print("ready", flush=True)
    writer.consume(code_all(inputs(n), writer, code))
    writer.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
