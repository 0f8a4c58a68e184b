"""The actor stage: find every actor mention of an article and code it at its date."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from warta.actors.compose import actor_of, kind_of
from warta.actors.kb import KB, load_kb, view_of
from warta.actors.phrase import (Phrase, Unit, absorb_name, build_phrases, determiner_pattern,
                                 extend_left)
from warta.model import Actor, Article, Mention
from warta.settings import Settings

CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")
MIN_SHORT_NAME = 3  # shortest name part that may stand for a person named earlier


class ActorStage:
    """Pipeline stage: fills ``article.mentions`` (sorted, non-overlapping)."""

    name = "actors"

    def initialize(self, settings: Settings) -> None:
        self.kb = load_kb(settings.actor_overlays)
        self.matcher = ActorMatcher(self.kb)

    def __call__(self, article: Article) -> Article:
        article.mentions = self.matcher.mentions(article)
        return article


class ActorMatcher:
    """Phrase building and in-article resolution over a loaded KB."""

    def __init__(self, kb: KB):
        self.kb = kb
        grammar = kb.grammar
        self.particles = tuple(grammar.get("name_particles", ()))
        self.memo: dict[tuple, int] = {}  # (alias group, text, lang, date) -> entry (-1: none)
        self.rules = {}
        for lang in ("id", "en", "*"):
            rules = grammar.get(lang) or {}
            langs = ("id", "en") if lang == "*" else (lang,)
            words = [w for lg in langs for w in kb.words.get("determiner", {}).get(lg, [])]
            formers = [w for lg in langs for w in kb.words.get("former", {}).get(lg, [])]
            connectors = [c for lg in langs for c in (grammar.get(lg) or {}).get("connectors", [])]
            self.rules[lang] = (frozenset(connectors), bool(rules.get("modifier_first", lang == "*")),
                                determiner_pattern(words, formers), rules.get("default_country"))

    def mentions(self, article: Article) -> list[Mention]:
        text, lang = article.text, view_of(article.language)
        connectors, modifier_first, det_pattern, default_country = self.rules[lang]
        bounds = [(s.start, s.end) for s in article.sentences] or [(0, len(text))]
        phrases = build_phrases(text, self.units(article), bounds, connectors, modifier_first)
        for i, phrase in enumerate(phrases):
            floor = max(bounds[phrase.sentence][0], phrases[i - 1].end if i else 0)
            limit = min(bounds[phrase.sentence][1], phrases[i + 1].start if i + 1 < len(phrases) else len(text))
            if "title" in phrase.kinds() and "person" not in phrase.kinds():
                absorb_name(text, phrase, limit, self.particles)
            extend_left(text, phrase, floor, det_pattern)
        phrases = [p for p in phrases if self.is_actor(p)]
        story = self.story_country(article, phrases) or default_country
        mentions = [self.mention(article, p, story) for p in phrases]
        mentions += self.short_mentions(article, mentions, bounds)
        mentions.sort(key=lambda m: m.start)
        if not article.sentences:
            for m in mentions:
                m.sentence = -1
        return mentions

    def units(self, article: Article) -> list[Unit]:
        """The best entry for each name hit, given case and the article date."""
        units = []
        memo = self.memo
        if len(memo) > 200_000:
            memo.clear()
        for hit in self.kb.hits(article.text, article.language):
            raw = article.text[hit.start:hit.end]
            key = (hit.group, raw, article.language, article.published)
            entry = memo.get(key)
            if entry is None:
                found = self.kb.candidates(hit, raw, article.language)
                entry = memo[key] = self.pick(found, article.published) if found else -1
            if entry >= 0:
                units.append(Unit(hit.start, hit.end, entry, self.kb.entries[entry].kind))
        return units

    def pick(self, found: list[int], date: str | None) -> int:
        """Among persons sharing a name, the one in office at the date."""
        entries = self.kb.entries
        if date and entries[found[0]].kind == "person":
            for i in found:
                if entries[i].kind == "person" and any(p.dated and p.contains(date) for p in entries[i].periods):
                    return i
        return found[0]

    def is_actor(self, phrase: Phrase) -> bool:
        """A lone title/agent with no sector ("kelompok", "juru bicara") names nobody."""
        if phrase.name or any(u.kind not in ("title", "agent") for u in phrase.units):
            return True
        return any(self.kb.entries[u.entry].sectors or self.kb.entries[u.entry].country for u in phrase.units)

    def story_country(self, article: Article, phrases: list[Phrase]) -> str | None:
        """The dateline's country, else the country named most often (first on ties)."""
        if article.dateline and article.dateline.country:
            return article.dateline.country
        if article.dateline_text:
            for unit in self.units(Article(id="", text=article.dateline_text, language=article.language)):
                code = self.kb.entries[unit.entry].code_at(article.published)
                if unit.kind in ("country", "metonym", "institution") and code:
                    return code[:3]
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for phrase in phrases:
            for unit in phrase.units:
                if unit.kind in ("country", "metonym", "institution", "person"):
                    code = self.kb.entries[unit.entry].code_at(article.published)
                    if code and code[:3].isalpha() and code[:3] not in ("IGO", "IMG"):
                        counts[code[:3]] += 1
                        first.setdefault(code[:3], unit.start)
        if not counts:
            return None
        return min(counts, key=lambda c: (-counts[c], first[c]))

    def mention(self, article: Article, phrase: Phrase, story: str | None) -> Mention:
        actor = actor_of(phrase, self.kb.entries, article.published, story, article.text)
        return Mention(phrase.start, phrase.end, article.text[phrase.start:phrase.end], actor,
                       kind_of(phrase), phrase.sentence)

    def short_mentions(self, article: Article, mentions: list[Mention],
                       bounds: list[tuple[int, int]]) -> list[Mention]:
        """Later mentions of part of a person's name ("Lavrov", "Retno") named earlier."""
        names = _name_parts(mentions)
        if not names:
            return []
        taken = sorted((m.start, m.end) for m in mentions)
        starts = [s for s, _ in taken]
        found = []
        for i, (b_start, b_end) in enumerate(bounds):
            for m in CAPITALISED_RUN.finditer(article.text, b_start, b_end):
                for start, end, actor in _resolve_run(m, names):
                    j = bisect_right(starts, start) - 1
                    if j >= 0 and taken[j][1] > start:
                        continue
                    if bisect_right(starts, end - 1) != bisect_right(starts, start):
                        continue
                    found.append(Mention(start, end, article.text[start:end], actor, "person",
                                         i if article.sentences else -1))
        return found


def _name_parts(mentions: list[Mention]) -> dict[str, tuple[int, Actor]]:
    """Full names and name parts of persons -> (where first named, actor)."""
    names: dict[str, tuple[int, Actor]] = {}
    for m in mentions:
        if m.kind != "person" or not m.actor.name or not m.actor.code:
            continue
        parts = [m.actor.name] + [w for w in re.split(r"[\s,]+", m.actor.name) if len(w) >= MIN_SHORT_NAME
                                  and w[0].isupper()]
        for part in parts:
            names.setdefault(part, (m.end, m.actor))
    return names


def _resolve_run(match: re.Match, names: dict[str, tuple[int, Actor]]):
    """The whole capitalised run if it is a known name, else its known words."""
    run = match.group(0)
    known = names.get(run)
    if known and known[0] <= match.start():
        yield match.start(), match.end(), known[1]
        return
    for w in re.finditer(r"[\w'’-]+", run):
        known = names.get(w.group(0))
        if known and known[0] <= match.start() + w.start():
            yield match.start() + w.start(), match.start() + w.end(), known[1]
