"""Topic stage figures: which IndoSum articles it sets aside, by the corpus's own category.

IndoSum labels each article (tajuk utama = headline news, olahraga = sport, showbiz,
teknologi, hiburan = entertainment, inspirasi); the topic stage never sees the label. Prints,
per category, the share of articles kept and set aside and the events the coder would have
coded in the ones set aside. The headline figure is the share of headline news kept (it must
stay near 1: political news is never to be lost).

    .venv/bin/python benchmarks/topic_gate.py [--limit N] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from warta.model import Article
from warta.pipeline import Pipeline
from warta.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coder_speed import CORPUS, load  # noqa: E402  (one corpus reader for the benchmarks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (../shared is absent?)", file=sys.stderr)
        return 2
    without = Pipeline(Settings(stages=("segment", "actors", "coder")))
    topic = Pipeline(Settings(stages=("topic",)))
    kept: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lost_events: collections.Counter = collections.Counter()
    for row in load(args.corpus, args.limit):
        article = without(Article(id=row["id"], text=row["text"], language="id", published=row.get("date")))
        events = len(article.events)
        article = topic(article)
        category = row.get("category") or "?"
        kept[category][article.topic or "kept"] += 1
        if article.topic:
            lost_events[category] += events
    print(f"{'category':12s} {'articles':>8s} {'kept':>6s}  set aside (topic: n)  events in those")
    for category, counts in sorted(kept.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(counts.values())
        aside = {t: c for t, c in counts.items() if t != "kept"}
        print(f"{category:12s} {n:8d} {counts['kept'] / n:6.1%}  {aside}  {lost_events[category]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
