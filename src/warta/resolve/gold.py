"""Accuracy of the date and place stages on gold files, without the coder.

Gold articles are read the way ``warta code`` reads them (ingest: cleaning, the dateline
cut), segmented and given their actor mentions by the real stages; each gold event then
becomes an Event on the sentence that holds its trigger (found inside its evidence), and
the date and place stages run. Used by ``benchmarks/resolve_accuracy.py`` and the test
that pins the figures; nothing here runs in the pipeline.

  date     the resolved date equals the gold date (events with a gold date)
  country  the place's country equals the gold country (events with a gold location)
  place    the place's surface text or gazetteer name is a whole word of the gold name,
           or the gold name of it ("Jakarta" for "Istana Kepresidenan, Jakarta")
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from warta.model import Article, Event, Span
from warta.settings import Settings

MAX_CUT_WORDS = 6  # words of a dateline the reader may have cut from the head of an evidence sentence


@dataclass(slots=True)
class Tally:
    """Right / total per measure, and the misses when asked for."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {
        "date": [0, 0], "country": [0, 0], "place": [0, 0], "unattached": [0, 0]})
    misses: list[str] = field(default_factory=list)

    def share(self, key: str) -> float:
        right, total = self.counts[key]
        return right / total if total else 0.0


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def locate(text: str, snippet: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where ``snippet`` stands in ``text``, whatever whitespace the cleaning changed."""
    pieces = [re.escape(p) for p in snippet.split()]
    if not pieces:
        return None
    m = re.compile(r"\s*".join(pieces)).search(text, start, len(text) if end is None else end)
    return (m.start(), m.end()) if m else None


def locate_evidence(text: str, evidence: str) -> tuple[int, int] | None:
    """The evidence sentence in the cleaned text; its first words may be a cut dateline."""
    words = evidence.split()
    for cut in range(min(MAX_CUT_WORDS, len(words) - 1) + 1):
        found = locate(text, " ".join(words[cut:]))
        if found:
            return found
    return None


def attach(article: Article, golds: list[dict]) -> list[tuple[dict, Event]]:
    """Each gold event as an Event on the segmented sentence holding its trigger."""
    pairs = []
    for gold in golds:
        span = locate_evidence(article.text, gold["evidence"])
        if span is None:
            continue
        trigger = locate(article.text, gold.get("event_text") or "", *span) or span
        sentence = next((s.index for s in article.sentences if s.start <= trigger[0] < s.end), None)
        if sentence is None:
            continue
        event = Event(sentence, gold.get("cameo", ""), None, None, Span(*trigger, article.text[trigger[0]:trigger[1]]))
        article.events.append(event)
        pairs.append((gold, event))
    return pairs


def same_place(gold_name: str, surface: str | None, name: str) -> bool:
    gold = fold(gold_name)
    for ours in {fold(surface or ""), fold(name)} - {""}:
        if re.search(rf"(?<!\w){re.escape(ours)}(?!\w)", gold) or re.search(rf"(?<!\w){re.escape(gold)}(?!\w)", ours):
            return True
    return False


def tally_event(tally: Tally, gold: dict, event: Event, keep_misses: bool) -> None:
    if gold.get("date"):
        ok = event.date is not None and event.date.date == gold["date"]
        tally.counts["date"][0] += ok
        tally.counts["date"][1] += 1
        if keep_misses and not ok:
            tally.misses.append(f"date  gold {gold['date']} got {event.date and event.date.date} "
                                f"({event.date and event.date.text!r}) | {gold['evidence'][:100]}")
    if gold.get("location"):
        where = event.location
        country_ok = where is not None and where.country == gold["location"].get("country")
        place_ok = where is not None and same_place(gold["location"]["name"], where.text, where.name)
        tally.counts["country"][0] += country_ok
        tally.counts["place"][0] += place_ok
        tally.counts["country"][1] += 1
        tally.counts["place"][1] += 1
        if keep_misses and not (place_ok and country_ok):
            tally.misses.append(f"place gold {gold['location']} got {where and (where.text, where.name, where.country)} "
                                f"| {gold['evidence'][:100]}")


def score(files: list[Path], keep_misses: bool = False) -> Tally:
    """Date and place accuracy over the gold events of ``files``."""
    from warta.ingest import read_inputs
    from warta.pipeline import build_stage

    settings = Settings()
    stages = {name: build_stage(name) for name in ("segment", "actors", "dates", "places")}
    for stage in stages.values():
        stage.initialize(settings)
    golds = {}
    for path in files:
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            golds[record["id"]] = record["events"]
    tally = Tally()
    for article in read_inputs([str(p) for p in files], settings):
        if not isinstance(article, Article):
            continue
        article = stages["actors"](stages["segment"](article))
        pairs = attach(article, golds[article.id])
        stages["places"](stages["dates"](article))
        tally.counts["unattached"][0] += len(golds[article.id]) - len(pairs)
        tally.counts["unattached"][1] += len(golds[article.id])
        for gold, event in pairs:
            tally_event(tally, gold, event, keep_misses)
    return tally
