"""Actor accuracy against gold event files: is each gold source/target span coded right?

Each gold span is found inside its article (in the event's evidence sentence when it is
there), the article runs through segmentation and the actor stage, and the span counts
as right when a mention overlapping it carries the gold code (country part: the first
three letters). A gold code of null (an uncodable collective) is right when an
overlapping mention has no code. Spans that cannot be found in the text are counted
apart ("missing"), not scored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from warta.actors.stage import ActorMatcher
from warta.model import Article
from warta.segment import segment


@dataclass(slots=True)
class Score:
    spans: int = 0
    country_right: int = 0
    code_right: int = 0
    missing: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # (file, span, gold, got)

    def add(self, other: "Score") -> None:
        self.spans += other.spans
        self.country_right += other.country_right
        self.code_right += other.code_right
        self.missing += other.missing
        self.errors += other.errors

    def figures(self) -> dict[str, float | int]:
        n = max(self.spans, 1)
        return {"spans": self.spans, "missing": self.missing,
                "country_accuracy": round(self.country_right / n, 4), "code_accuracy": round(self.code_right / n, 4)}


def gold_spans(record: dict) -> list[tuple[str, str | None, str]]:
    """(span text, gold code, evidence) for every source/target of every event."""
    spans = []
    for event in record.get("events", []):
        for role in ("source", "target"):
            texts, codes = event.get(f"{role}_text"), event.get(role)
            if isinstance(texts, list):
                spans += [(t, c, event.get("evidence") or "") for t, c in zip(texts, codes or [])]
            elif texts:
                spans.append((texts, codes, event.get("evidence") or ""))
    return spans


def locate(text: str, span: str, evidence: str) -> int:
    """Offset of ``span`` in the article, looked for in its evidence sentence first, as
    whole words when it occurs so ("Iraq" is not the start of "Iraqi Kurds")."""
    at = text.find(evidence) if evidence else -1
    if at >= 0:
        inner = find_words(evidence, span)
        if inner >= 0:
            return at + inner
    return find_words(text, span)


def find_words(text: str, span: str) -> int:
    """The first occurrence of ``span`` not inside a longer word, else the first at all."""
    m = re.search(rf"(?<!\w){re.escape(span)}(?!\w)", text)
    return m.start() if m else text.find(span)


def score_record(matcher: ActorMatcher, record: dict, label: str) -> Score:
    article = Article(id=record.get("id", ""), text=record["text"], language=record.get("language"),
                      published=record.get("date"))
    segment(article)
    mentions = matcher.mentions(article)
    score = Score()
    for span, gold, evidence in gold_spans(record):
        start = locate(article.text, span, evidence)
        if start < 0:
            score.missing += 1
            continue
        end = start + len(span)
        codes = [m.actor.code for m in mentions if m.start < end and start < m.end]
        score.spans += 1
        full = gold in codes
        country = full or (gold is not None and any(c and c[:3] == gold[:3] for c in codes))
        score.code_right += full
        score.country_right += country
        if not full:
            score.errors.append((label, span, str(gold), ",".join(map(str, codes)) or "-"))
    return score


def score_file(matcher: ActorMatcher, path: Path) -> Score:
    score = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            score.add(score_record(matcher, json.loads(line), path.name))
    return score
