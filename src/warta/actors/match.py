"""Find knowledge-base names in text: one Aho-Corasick pass over a normalised copy.

The copy is lower-cased with every non-alphanumeric character turned into a space
(same length, so offsets carry over). Keys start with a space, so a match can only begin
at a word start; the leftmost-longest scan runs in C and the Python side only checks the
word end and letter case of each hit.
"""

from __future__ import annotations

import re
import ahocorasick

# characters that become a space: everything but letters and digits (a space stays a space,
# so the regex only touches punctuation and line breaks)
NON_WORD = re.compile(r"[^\w ]|_")
# the same mapping for ASCII text, as a byte table: bytes.translate is ~5x faster than re.sub
ASCII_TABLE = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + bytes(range(128, 256))
NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")

# case rules of an alias: how the text must be written to match it
ANY_CASE = 0  # "polisi", "pemerintah": lower-case words
CAPITALISED = 1  # "Rusia", "al-Qaeda": the text must have a capital letter
EXACT = 2  # "AS", "PBB", "U.S.": acronyms match only as written


# a hit: (start, end, (key length, *the value stored with the key)); plain tuples, not
# objects, since a megabyte of news has some 9,000 of them
Hit = tuple[int, int, tuple]


def normalize(text: str) -> str:
    """Lower-case, punctuation -> space; always the same length as ``text``."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.encode("ascii").translate(ASCII_TABLE).decode("ascii")
    if len(lowered) != len(text):  # rare letters whose lower case is longer ("İ")
        lowered = "".join(ch.lower()[0] for ch in text)
    # news is mostly ASCII with a few curly quotes and dashes: the byte table for the ASCII
    # runs, the regex only for the others
    parts = NON_ASCII_RUN.split(lowered)
    parts[::2] = [p.encode("ascii").translate(ASCII_TABLE).decode("ascii") for p in parts[::2]]
    parts[1::2] = [NON_WORD.sub(" ", p) for p in parts[1::2]]
    return "".join(parts)


def key_of(alias: str) -> str:
    """The automaton key of an alias: its normalised words after one leading space."""
    return " " + " ".join(normalize(alias).split())


def case_rule(alias: str) -> int:
    letters = [ch for ch in alias if ch.isalnum()]
    if not any(ch.isupper() for ch in letters):
        return ANY_CASE
    if not any(ch.islower() for ch in letters) and len(letters) <= 6:
        return EXACT
    return CAPITALISED


def has_capital(raw: str) -> bool:
    return raw[:1].isupper() or (not raw.islower() and any(ch.isupper() for ch in raw))


def case_ok(rule: int, alias: str, raw: str) -> bool:
    """Whether ``raw`` (the text) is written so that it can be ``alias``."""
    if rule == ANY_CASE:
        return True
    if rule == CAPITALISED:
        return has_capital(raw)
    return "".join(ch for ch in raw if ch.isalnum()) == "".join(ch for ch in alias if ch.isalnum())


def build_automaton(keys: dict[str, tuple]) -> ahocorasick.Automaton:
    """Keys -> a tuple returned with each hit, stored as (key length, *tuple): one flat
    tuple per key keeps the pickled KB small and quick to load."""
    automaton = ahocorasick.Automaton()
    for key, value in keys.items():
        automaton.add_word(key, (len(key), *value))
    automaton.make_automaton()
    return automaton


def find_hits(automaton: ahocorasick.Automaton, norm: str) -> list[Hit]:
    """Leftmost-longest keys that end at a word end, in text order.

    ``norm`` is ``" " + normalize(text) + " "``; offsets returned are into ``text``.
    """
    hits = []
    for end, value in automaton.iter_long(norm):
        start = end - value[0] + 1
        if norm[end + 1] != " ":
            if norm.find(" ", start + 1, end) < 0:
                continue  # one word cut short ("ma" in "masyarakat"): no shorter key ends at a word end
            shorter = _shorter_hit(automaton, norm, start, end)
            if shorter is None:
                continue
            value, end = shorter
        hits.append((start, end, value))
    return hits


def _shorter_hit(automaton: ahocorasick.Automaton, norm: str, start: int, end: int) -> tuple[tuple, int] | None:
    """(value, end) of the longest key starting at ``start`` that ends at a word end before ``end``."""
    best = None
    for e, value in automaton.iter(norm, start, end):
        if e - value[0] + 1 == start and (e + 1 >= len(norm) or norm[e + 1] == " "):
            best = (value, e)
    return best
