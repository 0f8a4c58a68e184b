"""Misspelt and variant names of KB persons: "Jenderal Joseph F Durford" is Joseph Dunford.

Only a name taken in after a title is looked up (the title says a person is named), and a
match must keep it precise: the same given name, and a family name of six letters or more
that is one edit (a letter changed, added or dropped) from the KB person's, with the same
first letter; when two KB persons fit, neither is taken. Transliterations one letter apart
in the family name ("Netanyahou", "Erdogan"/"Erdoğan" folded) fit; those that change the
first letter ("Qaddafi" for Gaddafi) or two letters do not.
"""

from __future__ import annotations

from warta.actors.entries import Entry

MIN_LETTERS = 6  # shorter family names are too close to each other ("Putin"/"Patin")
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def name_words(name: str) -> list[str]:
    """(given ..., family) without suffixes or punctuation ("Joseph F Durford, Jr." ->
    Joseph, F, Durford)."""
    words = [w.strip(".,").lower() for w in name.replace(",", " ").split()]
    return [w for w in words if w and w not in NAME_SUFFIXES]


class SurnameIndex:
    """KB persons by given name and the first letter and length of the family name."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        by_key: dict[tuple[str, str, int], list[tuple[str, int]]] = {}  # -> (family, entry)
        for i, entry in enumerate(entries):
            if entry.kind == "person":
                words = name_words(entry.name)
                if len(words) >= 2 and len(words[-1]) >= MIN_LETTERS - 1:
                    family = words[-1]
                    by_key.setdefault((words[0], family[0], len(family)), []).append((family, i))
        # tuples, not lists: the garbage collector stops tracking them
        self.by_key = {key: tuple(found) for key, found in by_key.items()}

    def find(self, name: str) -> int | None:
        """The one KB person ``name`` misspells, else None."""
        words = name_words(name)
        if len(words) < 2 or len(words[-1]) < MIN_LETTERS:
            return None
        given, family = words[0], words[-1]
        found = {i for size in (len(family) - 1, len(family), len(family) + 1)
                 for known, i in self.by_key.get((given, family[0], size), ()) if one_edit(known, family)}
        return found.pop() if len(found) == 1 else None


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one changed, added or dropped letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
