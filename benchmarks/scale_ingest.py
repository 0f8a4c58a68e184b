"""End-to-end throughput at scale: files -> DuckDB with 1 worker, N workers, and Dask.

Usage:
    .venv/bin/python benchmarks/scale_corpus.py --articles 50000      # writes /tmp/warta-scale.jsonl
    .venv/bin/python benchmarks/scale_ingest.py [/tmp/warta-scale.jsonl] [--runs 1,2,dask:2]

Each run is ``warta.store.ingest.ingest`` (what ``warta ingest`` calls) into a fresh store,
in a subprocess of its own so that its memory figures are its own. Runs: ``1`` (everything
in one process), ``N`` (a pool of N workers), ``dask:N`` (a LocalCluster of N workers,
streamed to the same store). Printed per run: articles/s and events/s end to end (start-up,
reading, coding, writing, the final checkpoint), the CPU time of the main process and of
the pool's workers (a busy machine slows the wall clock, not these), the peak memory of the
main process and of every worker, and the largest worker peak at 10/25/50/75/100 % of the run (flat = bounded);
then the speed-up of each run over the first, and whether the stores hold the same events.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARKS = (10, 25, 50, 75, 100)


def one_run(corpus: str, db: str, mode: str) -> dict:
    """The child: ingest the corpus once and report figures as JSON."""
    from warta.run.batch import peak_memory_mb
    from warta.run.progress import Progress, count_inputs
    from warta.settings import Settings
    from warta.store.ingest import ingest

    total = count_inputs([corpus])
    seen: dict[int, float] = {}

    class Recording(Progress):
        def update(self, **counts) -> None:
            super().update(**counts)
            mark = 100 * self.done // max(1, total)
            if self.memory and mark not in seen:
                seen[mark] = max(self.memory.values())

    progress = Recording(total=total, interval=30.0)
    workers, dask = (1, mode) if mode.startswith("dask") else (int(mode), None)
    started = time.perf_counter()
    summary = ingest([corpus], db, Settings(), command=f"bench {mode}", workers=workers,
                     dask=dask.replace("dask:", "local:") if dask else None, progress=progress)
    seconds = time.perf_counter() - started
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    at = {m: max((v for k, v in seen.items() if k <= m), default=None) for m in MARKS}
    return {"mode": mode, "articles": summary.articles_read, "events": summary.events,
            "rejected": summary.rejected, "duplicates": summary.duplicates, "seconds": round(seconds, 1),
            "articles_per_second": round(summary.articles_read / seconds, 1),
            "events_per_second": round(summary.events / seconds, 1),
            "main_cpu_s": round(own.ru_utime + own.ru_stime, 1),
            "workers_cpu_s": round(children.ru_utime + children.ru_stime, 1),
            "main_peak_mb": round(peak_memory_mb()), "worker_peaks_mb": sorted(round(v) for v in progress.memory.values()),
            "worker_peak_at_percent": {m: round(v) if v else None for m, v in at.items()}}


def events_digest(db: str) -> tuple[int, str]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    row = con.execute("SELECT count(*), md5(string_agg(event_id || coalesce(source_code, '') || cameo, ',' "
                      "ORDER BY article_key, event_id, source_start, target_start)) FROM events").fetchone()
    con.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/tmp/warta-scale.jsonl")
    parser.add_argument("--runs", default="1,2", help="comma-separated: 1, N (pool), dask:N (LocalCluster)")
    parser.add_argument("--child", metavar="MODE", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.corpus, args.db, args.child)))
        return
    print(f"corpus {args.corpus}; nproc {os.cpu_count()}; load average before: "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    folder, results = Path(tempfile.mkdtemp(prefix="warta-scale-")), []
    for mode in args.runs.split(","):
        db = str(folder / f"{mode.replace(':', '-')}.duckdb")
        child = subprocess.run([sys.executable, __file__, args.corpus, "--child", mode, "--db", db],
                               capture_output=True, text=True, check=True)
        result = json.loads(child.stdout.strip().splitlines()[-1])
        result["digest"] = events_digest(db)
        results.append(result)
        print(f"{mode:>7}: {result['articles']} articles, {result['events']} events ({result['duplicates']} "
              f"near-duplicates, {result['rejected']} rejected) in {result['seconds']} s -> "
              f"{result['articles_per_second']} art/s, {result['events_per_second']} ev/s; CPU s main "
              f"{result['main_cpu_s']}, workers {result['workers_cpu_s']}; peak MB main "
              f"{result['main_peak_mb']}, workers {result['worker_peaks_mb']}, largest worker peak at "
              f"% done {result['worker_peak_at_percent']}; load average now "
              + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    base = results[0]
    for result in results[1:]:
        same = "same events" if result["digest"] == base["digest"] else "DIFFERENT events"
        print(f"{result['mode']} / {base['mode']}: {result['articles_per_second'] / base['articles_per_second']:.2f}x "
              f"articles/s; {same} ({result['digest'][0]} vs {base['digest'][0]} records)")


if __name__ == "__main__":
    main()
