"""Actor matching speed, KB load time and KB memory (prints figures; not a test).

    .venv/bin/python benchmarks/bench_actors.py [--mb 8]

Reads the real news corpus in ../shared/data/corpus (JSONL with "text"), repeated to
the requested size, on one core. Speeds are given per wall-clock second and per CPU
second of this process (the second is steady on a machine shared with other jobs). The
actor stage runs ``--runs`` times, each with a fresh matcher (cold memos): the first run
and the best run are both printed (the best is the least disturbed by other jobs).
``--fast`` measures the fast path (``Settings.fast``: no look-up of towns after place words).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from warta.actors.kb import load_kb
from warta.actors.stage import ActorMatcher
from warta.model import Article
from warta.segment import segment

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus"


def corpus_texts(limit_bytes: int) -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
    if not texts:
        sys.exit(f"bench_actors: no corpus in {CORPUS}")
    out, size = [], 0
    while size < limit_bytes:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
            if size >= limit_bytes:
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=8.0, help="megabytes of text to match")
    parser.add_argument("--runs", type=int, default=3, help="times the actor stage is run")
    parser.add_argument("--fast", action="store_true", help="the fast path (Settings.fast): no town look-up")
    args = parser.parse_args()
    load_kb()  # make sure the cache exists
    t0 = time.perf_counter()
    kb = load_kb()
    load_s = time.perf_counter() - t0
    tracemalloc.start()  # a second load, traced: tracing slows loading, so it is not timed
    traced = load_kb()
    kb_mb = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    del traced
    texts = corpus_texts(int(args.mb * 1e6))
    articles = []
    for i, text in enumerate(texts):
        article = Article(id=str(i), text=text, language="id", published="2021-10-21")
        articles.append(segment(article))
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t0, c0 = time.perf_counter(), time.process_time()
    hits = sum(len(kb.hits(t, "id")) for t in texts)
    raw_s, raw_cpu = time.perf_counter() - t0, time.process_time() - c0
    runs = []  # (wall s, cpu s) per run
    for _ in range(max(1, args.runs)):
        matcher = ActorMatcher(kb, towns=not args.fast)
        t0, c0 = time.perf_counter(), time.process_time()
        mentions = sum(len(matcher.mentions(a)) for a in articles)
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    full_s, full_cpu = min(runs, key=lambda r: r[1])
    print(json.dumps({
        "fast": args.fast, "kb_load_s": round(load_s, 3), "kb_memory_mb": round(kb_mb, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "text_mb": round(size_mb, 2), "articles": len(texts),
        "raw_match_mb_per_s": round(size_mb / raw_s, 2), "raw_match_mb_per_cpu_s": round(size_mb / raw_cpu, 2),
        "hits": hits,
        "actor_stage_mb_per_s": round(size_mb / full_s, 2), "actor_stage_mb_per_cpu_s": round(size_mb / full_cpu, 2),
        "actor_stage_first_run_mb_per_cpu_s": round(size_mb / runs[0][1], 2),
        "actor_stage_runs_mb_per_cpu_s": [round(size_mb / cpu, 2) for _, cpu in runs],
        "mentions": mentions,
        "articles_per_s": round(len(texts) / full_s, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
