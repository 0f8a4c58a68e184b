"""Actor accuracy against gold event files: is each gold source/target span coded right?

Each gold span is found inside its article (in the event's evidence sentence when it is
there) and the article is coded, either by the actor stage alone (``stage_coder``) or by
the full pipeline (``Pipeline``), whose events add the coder's own mentions: a pronoun
("Dia", "Keduanya", "they") carries its antecedent's actor as event source/target.

warta's code for a span is the code of ONE mention, never "any of many": the mentions
overlapping the span (actor-stage mentions and event sources/targets) are ranked: the
one covering most of the span first; on a tie an event's mention (the code warta emits
in its event record) before a stage mention, then one in the gold span's role
(source/target), then the earliest in the text, then the first event. The span is right
when the first one's code equals the gold code (country part: the first three letters).
A span the gold codes with k different actors at the same place and role (a compound
"pasukan Pakistan dan India" PAKMIL and INDMIL, a dual "Keduanya") gets warta's k best
different codes, each able to match one gold code only. A gold code of null (an
uncodable collective) is right when the chosen mention has no code. Spans that cannot be
found in the text are counted apart ("missing"), not scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from warta.actors.stage import ActorMatcher
from warta.model import Article, Mention
from warta.segment import segment

Coder = Callable[[Article], Article]


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


@dataclass(slots=True, frozen=True)
class GoldSpan:
    text: str
    code: str | None
    evidence: str
    role: str  # source | target


@dataclass(slots=True, frozen=True)
class Candidate:
    """A mention warta gives for some text: from an event (with its role) or the stage."""

    mention: Mention
    role: str | None  # None: an actor-stage mention
    order: int  # event order; stage mentions after every event


def stage_coder(matcher: ActorMatcher) -> Coder:
    """Segmentation and the actor stage only: the raw spans, no events."""
    def code(article: Article) -> Article:
        segment(article)
        article.mentions = matcher.mentions(article)
        return article
    return code


def gold_spans(record: dict) -> list[GoldSpan]:
    """Every source/target span of every event, with its gold code."""
    spans = []
    for event in record.get("events", []):
        evidence = event.get("evidence") or ""
        for role in ("source", "target"):
            texts, codes = event.get(f"{role}_text"), event.get(role)
            if isinstance(texts, list):
                spans += [GoldSpan(t, c, evidence, role) for t, c in zip(texts, codes or [])]
            elif texts:
                spans.append(GoldSpan(texts, codes, evidence, role))
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


def candidates(article: Article) -> list[Candidate]:
    """Event sources/targets (in event order), then the actor-stage mentions; mentions
    with no text (an implied government) name no span."""
    found = []
    for order, event in enumerate(article.events):
        for role, mention in (("source", event.source), ("target", event.target)):
            if mention is not None and mention.end > mention.start:
                found.append(Candidate(mention, role, order))
    found += [Candidate(m, None, len(article.events)) for m in article.mentions]
    return found


def ranked(found: list[Candidate], start: int, end: int, role: str) -> list[Mention]:
    """warta's mentions for the span [start, end), best first (module docstring: the order)."""
    keyed = []
    for c in found:
        m = c.mention
        cover = min(end, m.end) - max(start, m.start)
        if cover > 0:
            keyed.append(((-cover, c.role is None, c.role != role, m.start, c.order), m))
    return [m for _, m in sorted(keyed, key=lambda km: km[0])]


def best_codes(mentions: list[Mention], k: int) -> list[str | None]:
    """The codes of the first ``k`` mentions with different codes."""
    codes: list[str | None] = []
    for m in mentions:
        if m.actor.code not in codes:
            codes.append(m.actor.code)
            if len(codes) == k:
                break
    return codes


def score_record(code: Coder, record: dict, label: str) -> Score:
    article = code(Article(id=record.get("id", ""), text=record["text"], language=record.get("language"),
                           published=record.get("date")))
    found = candidates(article)
    score = Score()
    placed: dict[tuple[int, int, str], list[GoldSpan]] = {}
    for gold in gold_spans(record):
        start = locate(article.text, gold.text, gold.evidence)
        if start < 0:
            score.missing += 1
        else:
            placed.setdefault((start, start + len(gold.text), gold.role), []).append(gold)
    for (start, end, role), golds in placed.items():
        mentions = ranked(found, start, end, role)
        k = len({g.code for g in golds})
        codes = best_codes(mentions, k)
        for gold in golds:
            score.spans += 1
            full = gold.code in codes
            country = full or (gold.code is not None and any(c and c[:3] == gold.code[:3] for c in codes))
            score.code_right += full
            score.country_right += country
            if not full:
                score.errors.append((label, gold.text, str(gold.code), ",".join(map(str, codes)) or "-"))
    return score


def score_file(code: Coder, path: Path) -> Score:
    score = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            score.add(score_record(code, json.loads(line), path.name))
    return score
