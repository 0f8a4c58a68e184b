"""Coder benchmark: the whole per-article path, raw text -> event records, on one core.

Reads ../shared/data/corpus/indosum-articles.jsonl (real Indonesian news), builds each
Article as the JSONL reader would, and times segmentation, actors, coder, dates, places and
record building. Prints articles/s, sentences/s, events/s, the time per stage and the peak
memory (RSS) of the process.

    .venv/bin/python benchmarks/coder_speed.py [--limit N] [--repeat R] [--lang id|en] [--stages a,b]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from warta.model import Article
from warta.pipeline import Pipeline
from warta.record import article_records
from warta.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "indosum-articles.jsonl"


def load(path: Path, limit: int | None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--lang", default="id")
    parser.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (../shared is absent?)", file=sys.stderr)
        return 2
    rows = load(args.corpus, args.limit)
    settings = Settings(lang=args.lang)
    if args.stages:
        settings.stages = tuple(args.stages.split(","))
    t0 = time.perf_counter()
    pipeline = Pipeline(settings)
    load_s = time.perf_counter() - t0
    per_stage = {s.name: 0.0 for s in pipeline.stages}
    n_articles = n_sentences = n_events = 0
    chars = 0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for _ in range(args.repeat):
        for row in rows:
            article = Article(id=row["id"], text=row["text"], published=row.get("date"), language=args.lang)
            for stage in pipeline.stages:
                s = time.perf_counter()
                article = stage(article)
                per_stage[stage.name] += time.perf_counter() - s
            s = time.perf_counter()
            records = article_records(article)
            per_stage["record"] = per_stage.get("record", 0.0) + time.perf_counter() - s
            n_articles += 1
            n_sentences += len(article.sentences)
            n_events += len(records)
            chars += len(article.text)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n_articles}  ({chars / n_articles:.0f} chars, {n_sentences / n_articles:.1f} sentences each)")
    print(f"resources loaded in {load_s:.2f} s")
    print(f"articles/s (one core): {n_articles / elapsed:.1f} wall, {n_articles / cpu:.1f} per CPU second"
          f"  (load average {os.getloadavg()[0]:.2f})")
    print(f"sentences/s: {n_sentences / elapsed:.0f}   events/s: {n_events / elapsed:.0f}   events/article: {n_events / n_articles:.2f}")
    for name, seconds in per_stage.items():
        print(f"  {name:<8} {1000 * seconds / n_articles:7.3f} ms/article  ({100 * seconds / elapsed:4.1f}%)")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
