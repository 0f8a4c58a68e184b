"""The event lexicon engine: word patterns -> CAMEO codes, matched over one sentence.

Language-neutral: the patterns are data (``events*.tsv`` in a language pack) and words
are compared through the pack's morphology, so an item "kritik" matches every inflected
form whose lemma is "kritik". Pattern syntax (docs/lexicon.md):

- items separated by spaces; an item matches a word equal to it or whose lemma it is;
  ``=word`` matches that exact word form only ("=sepakat" is not "kesepakatan");
- ``a|b`` alternatives within an item; ``*`` a gap of 0..3 words that never crosses a
  punctuation token;
- a cameo of ``-`` makes a stop entry: it takes its words and codes nothing;
- ``^`` before an item marks the head (the word carrying voice); default: the first item.

Matching is indexed by the first item, so a sentence costs one dictionary look-up per
token (plus the cached morphology), not one regex per entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from warta.lang import Analysis, LanguagePack
from warta.model import InputError

COLUMNS = ("pattern", "cameo", "flags", "example", "source")
FLAGS = frozenset({"speech", "appeal", "intent", "addressed", "noun"})
GAP = "*"
MAX_GAP = 3
CAMEO = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
STOP = "-"  # the cameo of a stop entry: it wins its words and codes nothing ("menawarkan diri")


@dataclass(slots=True, frozen=True)
class LexEntry:
    id: str
    pattern: tuple[str, ...]
    head: int
    cameo: str
    flags: frozenset[str]
    example: str


@dataclass(slots=True)
class Trigger:
    """A lexicon match: token indices into the sentence's words, inclusive."""

    first: int
    last: int
    head: int
    cameo: str
    form: str  # analyze(words[head]).form
    entry: LexEntry


EXACT = "="  # prefix of an alternative that matches the word form only, not its lemma
# A compiled pattern: one step per item; None is a gap, else the item's alternatives.
Steps = tuple[frozenset[str] | None, ...]


def parse_pattern(text: str, where: str) -> tuple[tuple[str, ...], int]:
    """The items of a pattern (``^`` removed) and the index of its head item."""
    items = text.split()
    if not items:
        raise InputError(where, "empty pattern")
    marked = [i for i, item in enumerate(items) if item.startswith("^")]
    if len(marked) > 1:
        raise InputError(where, f"pattern {text!r} marks {len(marked)} heads with '^'; at most one")
    items = [item.removeprefix("^") for item in items]
    head = marked[0] if marked else 0
    check_items(items, head, text, where)
    return tuple(items), head


def check_items(items: list[str], head: int, text: str, where: str) -> None:
    if items[0] == GAP or items[-1] == GAP:
        raise InputError(where, f"pattern {text!r} starts or ends with a gap '*'")
    if items[head] == GAP:
        raise InputError(where, f"pattern {text!r} marks a gap '*' as its head")
    for a, b in zip(items, items[1:]):
        if a == GAP and b == GAP:
            raise InputError(where, f"pattern {text!r} has two gaps in a row")
    for item in items:
        if item != GAP and (any(not alt for alt in item.split("|")) or item != item.lower()):
            raise InputError(where, f"pattern {text!r}: item {item!r} is empty or not lower-case")


def parse_row(row: list[str], where: str, entry_id: str) -> LexEntry:
    """One lexicon line -> LexEntry; InputError naming the line when it is malformed."""
    if len(row) != len(COLUMNS):
        raise InputError(where, f"expected {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), got {len(row)}")
    pattern_text, cameo, flags_text, example, source = (c.strip() for c in row)
    pattern, head = parse_pattern(pattern_text, where)
    if cameo != STOP and not CAMEO.match(cameo):
        raise InputError(where, f"cameo {cameo!r} is not a CAMEO code (2-4 digits, root 01-20)")
    flags = frozenset(f.strip() for f in flags_text.split(",") if f.strip())
    if flags - FLAGS:
        raise InputError(where, f"unknown flag(s) {', '.join(sorted(flags - FLAGS))}; known: {', '.join(sorted(FLAGS))}")
    if not example or not source:
        raise InputError(where, "every entry needs an example sentence and a source")
    return LexEntry(entry_id, pattern, head, cameo, flags, example)


def read_lexicon_file(path: Path) -> list[LexEntry]:
    """The entries of one TSV file: a header row, then entries; ``#`` lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(enumerate(handle, start=1))
    rows = [(n, line.rstrip("\r\n")) for n, line in lines if line.strip() and not line.startswith("#")]
    if not rows or tuple(rows[0][1].split("\t")) != COLUMNS:
        raise InputError(f"{path}:{rows[0][0] if rows else 1}", f"the header must be {chr(9).join(COLUMNS)!r}")
    entries = []
    for n, line in rows[1:]:
        entries.append(parse_row(line.split("\t"), f"{path}:{n}", f"{path.stem}:{n}"))
    return entries


def compile_steps(pattern: tuple[str, ...]) -> Steps:
    return tuple(None if item == GAP else frozenset(item.split("|")) for item in pattern)


def is_punct(word: str) -> bool:
    return not any(c.isalnum() for c in word)


class EventLexicon:
    """All event patterns of a pack, indexed by the alternatives of their first item."""

    def __init__(self, entries: Sequence[LexEntry], analyze: Callable[[str], Analysis]):
        self.entries = list(entries)
        self.analyze = analyze
        self.index: dict[str, list[tuple[int, Steps]]] = {}
        seen: dict[tuple[tuple[str, ...], int], str] = {}
        for order, entry in enumerate(self.entries):
            key = (entry.pattern, entry.head)
            if key in seen:
                raise InputError(entry.id, f"pattern {' '.join(entry.pattern)!r} repeats entry {seen[key]}")
            seen[key] = entry.id
            steps = compile_steps(entry.pattern)
            for alt in sorted(steps[0]):
                self.index.setdefault(alt.removeprefix(EXACT), []).append((order, steps))

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> "EventLexicon":
        """Every ``events*.tsv`` in the pack's folder, in file-name order."""
        paths = sorted(pack.folder.glob("events*.tsv"))
        if not paths:
            raise InputError(str(pack.folder), "no events*.tsv lexicon files in this language pack")
        return cls([e for path in paths for e in read_lexicon_file(path)], pack.analyze)

    def match(self, words: Sequence[str], keep_stops: bool = False) -> list[Trigger]:
        """Non-overlapping triggers, left to right; the longest match at a position wins
        (ties: the entry listed first). ``words`` are the sentence's lower-cased tokens.
        A stop entry's match blocks other entries over its words and is dropped, unless
        ``keep_stops`` (for checking the lexicon itself)."""
        lemmas = [self.analyze(w).lemma for w in words]
        triggers: list[Trigger] = []
        i = 0
        while i < len(words):
            found = self.match_at(words, lemmas, i)
            if found is None:
                i += 1
                continue
            order, positions = found
            entry = self.entries[order]
            head = positions[entry.head]
            form = "noun" if "noun" in entry.flags else self.analyze(words[head]).form  # "air strike"
            if entry.cameo != STOP or keep_stops:
                triggers.append(Trigger(i, positions[-1], head, entry.cameo, form, entry))
            i = positions[-1] + 1
        return triggers

    def match_at(self, words: Sequence[str], lemmas: list[str], i: int) -> tuple[int, list[int]] | None:
        """(entry order, token position of each item) of the best entry starting at i."""
        candidates = self.index.get(words[i], [])
        if lemmas[i] != words[i]:
            candidates = sorted(candidates + self.index.get(lemmas[i], []), key=lambda c: c[0])
        best: tuple[int, list[int]] | None = None
        for order, steps in candidates:
            positions = match_steps(steps, words, lemmas, i)
            if positions is not None and (best is None or positions[-1] > best[1][-1]):
                best = (order, positions)
        return best


def match_steps(steps: Steps, words: Sequence[str], lemmas: list[str], start: int) -> list[int] | None:
    """Token position of each step (a gap gets the position after it), or None."""
    positions: list[int] = []
    if fill(steps, 0, words, lemmas, start, positions):
        return positions
    return None


def fill(steps: Steps, k: int, words: Sequence[str], lemmas: list[str], j: int, out: list[int]) -> bool:
    """Match steps[k:] from token j, appending positions; shortest gaps first."""
    if k == len(steps):
        return True
    step = steps[k]
    if step is None:
        for skip in range(MAX_GAP + 1):
            if skip and (j + skip - 1 >= len(words) or is_punct(words[j + skip - 1])):
                break
            out.append(j + skip)
            if fill(steps, k + 1, words, lemmas, j + skip, out):
                return True
            out.pop()
        return False
    if j < len(words) and (words[j] in step or lemmas[j] in step or EXACT + words[j] in step):
        out.append(j)
        if fill(steps, k + 1, words, lemmas, j + 1, out):
            return True
        out.pop()
    return False
