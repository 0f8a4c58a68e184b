"""Accuracy of the date and place stages on the gold files, without the coder.

Each gold event is attached to its evidence sentence (found in the text) with its
event_text as the trigger; the DateStage and PlaceStage then run on the article and the
event's date and place are compared with the gold ones:

  date     the resolved date equals the gold date (events with a gold date)
  country  the place's country equals the gold country (events with a gold location)
  place    the place's surface text or gazetteer name is a whole word of the gold name,
           or the gold name of it ("Jakarta" for "Istana Kepresidenan, Jakarta")

Run:  .venv/bin/python benchmarks/resolve_accuracy.py [GOLD.jsonl ...] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from warta.model import Article, Event, Sentence, Span
from warta.resolve.dates import DateStage
from warta.resolve.places import PlaceStage
from warta.settings import Settings

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
DEFAULT_FILES = [GOLD / "seed.gold.jsonl", GOLD / "news-id-dev.gold.jsonl"]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def attach(record: dict) -> Article:
    """The gold text as an Article whose events sit on their evidence sentences."""
    text = record["text"]
    article = Article(id=record["id"], text=text, published=record.get("date"), language=record.get("language"))
    spans: dict[str, tuple[int, int]] = {}
    for gold in record["events"]:
        start = text.find(gold["evidence"])
        if start >= 0:
            spans[gold["evidence"]] = (start, start + len(gold["evidence"]))
    ordered = sorted(set(spans.values()))
    article.sentences = [Sentence(i, s, e, 0) for i, (s, e) in enumerate(ordered)]
    for gold in record["events"]:
        if gold["evidence"] not in spans:
            continue
        start, end = spans[gold["evidence"]]
        found = text.find(gold["event_text"], start, end)
        trigger = (found, found + len(gold["event_text"])) if found >= 0 else (start, end)
        article.events.append(Event(ordered.index((start, end)), gold.get("cameo", ""), None, None,
                                    Span(trigger[0], trigger[1], text[trigger[0]:trigger[1]])))
    return article


def same_place(gold_name: str, surface: str | None, name: str) -> bool:
    gold = fold(gold_name)
    for ours in {fold(surface or ""), fold(name)} - {""}:
        if re.search(rf"(?<!\w){re.escape(ours)}(?!\w)", gold) or re.search(rf"(?<!\w){re.escape(gold)}(?!\w)", ours):
            return True
    return False


def score(files: list[Path], show_misses: bool) -> dict[str, list[int]]:
    dates, places = DateStage(), PlaceStage()
    settings = Settings()
    dates.initialize(settings)
    places.initialize(settings)
    tally = {"date": [0, 0], "country": [0, 0], "place": [0, 0], "unattached": [0, 0]}
    for path in files:
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            article = places(dates(attach(record)))
            attached = {e["evidence"] for e in record["events"] if e["evidence"] in record["text"]}
            golds = [g for g in record["events"] if g["evidence"] in attached]
            tally["unattached"][1] += len(record["events"])
            tally["unattached"][0] += len(record["events"]) - len(golds)
            for gold, event in zip(golds, article.events):
                tally_event(tally, gold, event, show_misses)
    return tally


def tally_event(tally: dict, gold: dict, event: Event, show_misses: bool) -> None:
    if gold.get("date"):
        ok = event.date is not None and event.date.date == gold["date"]
        tally["date"][0] += ok
        tally["date"][1] += 1
        if show_misses and not ok:
            print(f"date  gold {gold['date']} got {event.date and event.date.date} "
                  f"({event.date and event.date.text!r}) | {gold['evidence'][:100]}")
    if gold.get("location"):
        where = event.location
        country_ok = where is not None and where.country == gold["location"].get("country")
        place_ok = where is not None and same_place(gold["location"]["name"], where.text, where.name)
        tally["country"][0] += country_ok
        tally["place"][0] += place_ok
        tally["country"][1] += 1
        tally["place"][1] += 1
        if show_misses and not place_ok:
            print(f"place gold {gold['location']} got {where and (where.text, where.name, where.country)} "
                  f"| {gold['evidence'][:100]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--misses", action="store_true", help="print every wrong date and place")
    args = parser.parse_args()
    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        print(f"gold files absent: {', '.join(missing)}", file=sys.stderr)
        return 2
    tally = score(args.files, args.misses)
    for key, (right, total) in tally.items():
        share = f"{100 * right / total:5.1f}%" if total else "   n/a"
        print(f"{key:10s} {right:4d} / {total:4d}  {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
