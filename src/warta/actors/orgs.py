"""Organisations the KB does not list, named in the text: a head word and a capitalised name.

"Front Penyelamatan Islam", "Komisi Antikorupsi Kenya", "Serikat Pekerja Serbia" (the head
comes first in Indonesian), "Islamic Salvation Front", "Rwandan Patriotic Front" (last in
English). The head word gives the sectors (``data/org_heads.tsv``), a country named inside
the name gives the country, else the story does. "X (ABC)" binds the abbreviation ABC to
the actor of X for the rest of the article.
"""

from __future__ import annotations

import re

from warta.actors.phrase import Phrase

NAME_WORD = r"[A-Z][\w'’.-]*"
NAME_AFTER = re.compile(rf"(?:[ \t]+{NAME_WORD}){{1,6}}")
NAME_BEFORE = re.compile(rf"(?:{NAME_WORD}[ \t]+){{1,6}}$")
ABBREVIATION = re.compile(r"[ \t]*\(([A-Z][A-Z0-9/.-]{1,9})\)")
# units a name may run over: places name the organisation's country, agents are name words
INNER_KINDS = frozenset(("country", "region", "metonym", "place", "agent"))


def expand_orgs(text: str, phrases: list[Phrase], bounds: list[tuple[int, int]], head_first: bool,
                skip: frozenset[str]) -> list[Phrase]:
    """Extend each lone head word over its name and take in the phrases inside the name."""
    if not any(p.units[0].kind == "org" for p in phrases):
        return phrases
    out: list[Phrase] = []
    for i, phrase in enumerate(phrases):
        if phrase.units[0].kind != "org" or len(phrase.units) > 1:
            out.append(phrase)
            continue
        lo, hi = bounds[phrase.sentence]
        if head_first:
            nxt = next((p.start for p in phrases[i + 1:] if not _inner(p)), hi)
            _name_after(text, phrase, min(hi, nxt))
        else:
            while out and out[-1].sentence == phrase.sentence and _inner(out[-1]) and _joins(text, out[-1], phrase):
                phrase.units[:0] = out.pop().units
            _name_before(text, phrase, max(lo, out[-1].end if out else lo), skip)
        out.append(phrase)
    return _absorb_inner(out)


def _inner(phrase: Phrase) -> bool:
    return all(u.kind in INNER_KINDS for u in phrase.units)


def _joins(text: str, left: Phrase, org: Phrase) -> bool:
    """Only capitalised name words between ``left`` and the head ("Rwandan Patriotic Front")."""
    gap = text[left.end:org.start]
    return left.end <= org.start and text[left.start].isupper() and (
        not gap.strip() or bool(re.fullmatch(rf"(?:[ \t]+{NAME_WORD})*[ \t]+", gap)))


def _name_after(text: str, phrase: Phrase, limit: int) -> None:
    m = NAME_AFTER.match(text, phrase.end, limit)
    if m:
        phrase.end = m.end()
        phrase.named_org = True


def _name_before(text: str, phrase: Phrase, floor: int, skip: frozenset[str]) -> None:
    head = phrase.units[-1]
    m = NAME_BEFORE.search(text, floor, head.start)
    words = [w for w in re.finditer(NAME_WORD, text[m.start():m.end()])] if m else []
    while words and words[0].group(0).lower() in skip:  # "The Islamic Salvation Front"
        words.pop(0)
    if words:
        phrase.named_org = True
        phrase.start = min(m.start() + words[0].start(), phrase.units[0].start)


def _absorb_inner(phrases: list[Phrase]) -> list[Phrase]:
    """Drop the phrases an Indonesian name ran over, keeping their units in the organisation."""
    out: list[Phrase] = []
    for phrase in phrases:
        host = out[-1] if out else None
        if (host is not None and host.named_org and host.sentence == phrase.sentence
                and phrase.end <= host.end and _inner(phrase)):
            host.units += phrase.units
            continue
        out.append(phrase)
    return out


def abbreviation_at(text: str, end: int, limit: int) -> tuple[str, int] | None:
    """The abbreviation in parentheses right after a name ("... Islam (FIS)") and where
    the parentheses end."""
    m = ABBREVIATION.match(text, end, limit) if text.find("(", end, limit) >= 0 else None
    return (m.group(1), m.end()) if m else None
