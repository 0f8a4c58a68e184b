"""The date an undated text implies: the office holders it names with their title.

"President Bill Clinton has imposed sanctions on the Taliban" has no date, but Clinton was
president from 1993 to 2001, so the Taliban are the rebels of that time (AFGREB), not the
government of today. Only a KB person named with a title ("President", "Perdana Menteri",
in the phrase or in the KB's name "President Bill Clinton") and not as "former" counts: the
title says he holds the office when the text is written. A name several KB persons bear
("George Bush", "Clinton") dates nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from warta.actors.entries import Entry, Period
from warta.actors.match import key_of
from warta.actors.phrase import Phrase

if TYPE_CHECKING:
    from warta.actors.kb import KB

Span = tuple[str, str]  # (first day, last day), ISO dates
OPEN_START, OPEN_END = "0001-01-01", "9999-12-31"
MAX_TITLE_WORDS = 4  # the longest title looked for at the start of a person's name


class NameIndex(NamedTuple):
    shared: frozenset[str]  # keys of names several KB persons bear
    titles: frozenset[str]  # keys of every title ("president", "prime minister")


def name_index(kb: KB) -> NameIndex:
    kinds = [e.kind for e in kb.entries]
    shared, titles = set(), set()
    for group in kb.groups:
        if len({a.entry for a in group if kinds[a.entry] == "person"}) > 1:
            shared.add(key_of(group[0].text))
        if any(kinds[a.entry] == "title" for a in group):
            titles.add(key_of(group[0].text))
    return NameIndex(frozenset(shared), frozenset(titles))


def implied_date(text: str, phrases: list[Phrase], entries: list[Entry], names: NameIndex) -> str | None:
    """The middle of the time when every titled office holder of the text was in office
    (holders who contradict the first ones are left out); None when nobody dates the text
    or the time is still open (the newest codes are then right)."""
    spans: list[Span] | None = None
    for entry in titled_holders(text, phrases, names):
        own = office_spans(entries[entry].periods)
        if spans is None:
            spans = own
            continue
        spans = [both for a in spans for b in own if (both := overlap(a, b))] or spans
    if not spans:
        return None
    first, last = max(spans, key=lambda s: s[1])
    return None if last == OPEN_END else middle(first, last)


def titled_holders(text: str, phrases: list[Phrase], names: NameIndex) -> list[int]:
    """KB persons named with a title and not as "former", in text order, each once."""
    found: list[int] = []
    for phrase in phrases:
        if phrase.former:
            continue
        titled = "title" in phrase.kinds()
        for unit in phrase.units:
            if unit.kind != "person" or unit.entry in found:
                continue
            key = key_of(text[unit.start:unit.end])
            if key not in names.shared and (titled or opens_with_title(key, names.titles)):
                found.append(unit.entry)
    return found


def opens_with_title(key: str, titles: frozenset[str]) -> bool:
    """Whether a name's key starts with a title ("president bill clinton")."""
    words = key.split()
    return any(" " + " ".join(words[:n]) in titles for n in range(1, min(len(words), MAX_TITLE_WORDS + 1)))


def office_spans(periods: list[Period]) -> list[Span]:
    """The dated periods in office (an ``...ELI`` period is out of office)."""
    return [(p.start or OPEN_START, p.end or OPEN_END) for p in periods
            if p.dated and not p.code.endswith("ELI")]


def overlap(a: Span, b: Span) -> Span | None:
    first, last = max(a[0], b[0]), min(a[1], b[1])
    return (first, last) if first <= last else None


def middle(first: str, last: str) -> str:
    """The day halfway between two ISO dates (the last one alone when the start is open)."""
    if first == OPEN_START:
        return last
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return date.fromordinal((start.toordinal() + end.toordinal()) // 2).isoformat()
