"""Cleaning of article text: whitespace, scrape boilerplate, the dateline, a headline.

The cleaned text IS the article text: every offset computed later refers to it, so
nothing here keeps a map back to the raw input. Changes are conservative: spaces are
collapsed, paragraphs are separated by one blank line, and only lines that match the
boilerplate vocabulary in ``boilerplate.yaml`` are removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.yaml")

# Characters that become a plain space, or vanish (soft hyphen, zero-width, BOM).
_ODD_CHARS = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")
_DASH_HEAD = r"(?P<head>[^\n]{{2,{max}}}?)[ \t]+(?:[-–—][ \t]*){{1,3}}(?=\S|\n|$)"
_PARENS = re.compile(r"\([^)]*\)")
_HEAD_WORD = re.compile(r"[^\s,]+")
_TITLE_END = ".!?:;,\"”’')-–—"


@dataclass(slots=True, frozen=True)
class Cleaned:
    text: str
    dateline: str | None = None
    title: str | None = None


@dataclass(slots=True, frozen=True)
class Boilerplate:
    drop_lines: re.Pattern
    trailing_lines: re.Pattern
    trailing_tag: re.Pattern
    dateline: re.Pattern
    domain: re.Pattern
    outlets: tuple[str, ...]


@cache
def load_boilerplate(path: Path = BOILERPLATE_FILE) -> Boilerplate:
    """Compile the boilerplate vocabulary once (it is data, not code)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    dateline = raw["dateline"]
    return Boilerplate(
        drop_lines=_any_of(entry["pattern"] for entry in raw["drop_lines"]),
        trailing_lines=_any_of(entry["pattern"] for entry in raw["trailing_lines"]),
        trailing_tag=re.compile(r"\s*(?:" + raw["trailing_tag"]["pattern"] + r")\s*$", re.I),
        dateline=re.compile(_DASH_HEAD.format(max=int(dateline["max_length"]))),
        domain=re.compile(dateline["domain"], re.I),
        outlets=tuple(o.lower() for o in dateline["outlets"]),
    )


def _any_of(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def clean(text: str, outlet: str | None = None, find_title: bool = False) -> Cleaned:
    """Clean ``text``; cut the dateline (and, for plain text, a headline line) from its head.

    ``outlet`` (the site name, when the input gives one) is also accepted as a dateline
    credit. ``find_title`` takes a short first line standing alone as the headline.
    """
    rules = load_boilerplate()
    lines = [line for line in normalize_lines(text) if not rules.drop_lines.fullmatch(line)]
    lines = drop_trailing(lines, rules)
    title = None
    if find_title:
        title, lines = split_title(lines)
    body = join_paragraphs(lines)
    dateline, body = split_dateline(body, rules, outlet)
    return Cleaned(body, dateline, title)


def normalize_lines(text: str) -> list[str]:
    """Lines with unified newlines, NFC, no invisible characters and single spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ODD_CHARS.sub(_plain, text)
    if "  " in text:  # the checks keep the common case to one scan of the text
        text = _SPACE_RUN.sub(" ", text)
    return [line.strip() for line in text.split("\n")]


def _plain(match: re.Match) -> str:
    return "" if match.group() in _INVISIBLE else " "


def drop_trailing(lines: list[str], rules: Boilerplate) -> list[str]:
    """Remove credit lines and the editor's tag from the end of the article."""
    lines = list(lines)
    while lines:
        last = lines[-1]
        if not last or rules.trailing_lines.fullmatch(last):
            lines.pop()
            continue
        match = rules.trailing_tag.search(last)
        if match and (match.start() == 0 or last[match.start() - 1] in ".!?\"”’'…"):
            lines[-1] = last[: match.start()].rstrip()
            continue
        break
    return lines


def split_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """A first line standing alone (blank line after it), short and unpunctuated, is the headline."""
    start = next((i for i, line in enumerate(lines) if line), None)
    if start is None or start + 2 >= len(lines) or lines[start + 1]:
        return None, lines
    first = lines[start]
    if len(first) > 150 or first[-1] in _TITLE_END or " " not in first or not any(lines[start + 2 :]):
        return None, lines
    return first, lines[start + 2 :]


def join_paragraphs(lines: list[str]) -> str:
    """Join lines back; at most one blank line between paragraphs; no blank edges."""
    text = "\n".join(lines)
    return (_BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def split_dateline(text: str, rules: Boilerplate, outlet: str | None = None) -> tuple[str | None, str]:
    """Cut a dateline ("Jakarta, CNN Indonesia --") from the head of ``text``."""
    match = rules.dateline.match(text)
    if not match or not is_dateline(match.group("head"), rules, outlet):
        return None, text
    return match.group(0).strip(), text[match.end() :].lstrip()


def is_dateline(head: str, rules: Boilerplate, outlet: str | None = None) -> bool:
    """Capitalised words only, plus a credit mark (parenthesis, domain, capitals, outlet)."""
    words = _HEAD_WORD.findall(_PARENS.sub(" ", head))
    if any(w[0].isalpha() and w[0].islower() and not rules.domain.search(w) for w in words):
        return False
    lowered = f" {head.lower()} "
    outlets = rules.outlets + ((outlet.lower(),) if outlet else ())
    return (
        head.rstrip().endswith(")")
        or bool(rules.domain.search(head))
        or any(len(w) >= 3 and w.isalpha() and w.isupper() for w in words)
        or any(re.search(rf"\W{re.escape(o)}\W", lowered) for o in outlets)
    )
