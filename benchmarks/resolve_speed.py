"""Time of the date and place stages per article on a real corpus.

Articles are segmented first (not timed) and given one event per sentence, its trigger the
sentence's middle token, so the per-event work is measured as the coder would cause it.
Prints the gazetteer load time and milliseconds per article for each stage.

Run:  .venv/bin/python benchmarks/resolve_speed.py [CORPUS.jsonl] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from warta.model import Article, Event, Span
from warta.resolve.dates import DateStage
from warta.resolve.places import PlaceStage
from warta.segment import SegmentStage
from warta.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus" / "indosum-articles.jsonl"


def prepare(path: Path, limit: int, segment: SegmentStage) -> list[Article]:
    """Segmented articles with one event per sentence."""
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            article = segment(Article(id=record["id"], text=record["text"], published=record.get("date"),
                                      language=record.get("language"), url=record.get("url")))
            for s in article.sentences:
                if s.token_starts:
                    mid = len(s.token_starts) // 2
                    start, end = s.token_starts[mid], s.token_ends[mid]
                    article.events.append(Event(s.index, "010", None, None, Span(start, end, article.text[start:end])))
            articles.append(article)
            if len(articles) >= limit:
                break
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus absent: {args.corpus}", file=sys.stderr)
        return 2
    settings = Settings()
    segment, dates, places = SegmentStage(), DateStage(), PlaceStage()
    segment.initialize(settings)
    start = time.perf_counter()
    dates.initialize(settings)
    places.initialize(settings)
    print(f"initialize (rules + gazetteer): {time.perf_counter() - start:.2f} s")
    articles = prepare(args.corpus, args.limit, segment)
    events = sum(len(a.events) for a in articles)
    for stage in (dates, places):
        start = time.perf_counter()
        for article in articles:
            stage(article)
        elapsed = time.perf_counter() - start
        print(f"{stage.name:6s} {1000 * elapsed / len(articles):.3f} ms/article "
              f"({len(articles)} articles, {events} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
