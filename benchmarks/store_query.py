"""Query latency on a large store (made by benchmarks/gen_synthetic_events.py).

Prints, each the best of --repeat runs, the time of:
- a monthly dyad time series for one country pair (target < 1 s);
- `warta query` with three filters, run as the command does it (target < 0.5 s);
- the same through a fresh `warta query` process, start-up included (for reference).

    .venv/bin/python benchmarks/store_query.py /tmp/synthetic.duckdb [--pair IDN USA]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys
import time
from pathlib import Path

from warta.cli import main as warta
from warta.store import query
from warta.store.schema import open_store


def best(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--pair", nargs=2, default=["IDN", "USA"], metavar=("SOURCE", "TARGET"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    source, target = args.pair
    con = open_store(args.db, read_only=True)
    records, events = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "aggregated_events"))
    con.close()
    print(f"store {args.db}: {records} event records, {events} aggregated events")

    def series() -> None:
        c = open_store(args.db, read_only=True)
        rows = query.timeline(c, query.Filters(source=source, target=target), "month")[1]
        c.close()
        assert rows

    three = ["query", "--db", str(args.db), "--source", source, "--cameo", "04", "--since", "2020-01-01",
             "--limit", "50"]

    def command() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            assert warta(three) == 0

    def process() -> None:
        subprocess.run([sys.executable, "-m", "warta.cli", *three], check=True, capture_output=True)

    print(f"monthly dyad time series {source}->{target}: {best(args.repeat, series):.3f} s (target < 1 s)")
    print(f"warta query, three filters (--source {source} --cameo 04 --since 2020-01-01): "
          f"{best(args.repeat, command):.3f} s (target < 0.5 s)")
    print(f"  the same as a new process, start-up included: {best(3, process):.3f} s")


if __name__ == "__main__":
    main()
