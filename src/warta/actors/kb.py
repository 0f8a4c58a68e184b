"""The compiled knowledge base: entries, alias groups and one automaton per language.

Compiling takes a few seconds, so the result is pickled under the user's cache folder,
keyed by a hash of every data file and overlay; a changed file means a rebuild, never a
stale matcher.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, NamedTuple

import ahocorasick

from warta.actors.data_files import DATA_DIR, KBData, data_files, load_package_data
from warta.actors.entries import PRIORITY, Entry
from warta.actors.fuzzy import SurnameIndex
from warta.actors.match import (ANY_CASE, CAPITALISED, EXACT, Hit, build_automaton, case_ok, case_rule, find_hits,
                                key_of, normalize)
from warta.actors.overlay import apply_overlays
from warta.actors.towns import GAZETTEER, shared_entries
from warta.cache import DEFAULT_CACHE, read_cached, write_cached

FORMAT = "warta-actors-5"  # bump when the compiled layout changes
# which alias languages each text language sees; "*" = unknown language
LANG_VIEWS = {"id": ("id", "ms", "*"), "en": ("en", "*"), "*": ("id", "ms", "en", "*")}


@dataclass(slots=True)
class AliasRef:
    text: str
    lang: str
    rule: int
    entry: int


class KB:
    """Entries plus the matcher over their aliases."""

    def __init__(self, data: KBData, groups: list[tuple[AliasRef, ...]],
                 automata: dict[str, ahocorasick.Automaton], problems: list[str]):
        self.entries = data.entries
        self.words = data.words  # determiners / "former" words: kind -> lang -> words
        self.grammar = data.grammar
        self.groups = groups
        self.automata = automata
        self.problems = problems  # rejected overlay lines (file:line: reason)
        self.places = data.places  # towns and shared place names (warta.actors.towns)
        self.shared_places = shared_entries(data.places)
        self.misspelt = SurnameIndex(data.entries)  # persons for a fuzzy look-up (warta.actors.fuzzy)

    def hits(self, text: str, lang: str | None) -> list[Hit]:
        """Raw name hits in ``text`` (leftmost-longest, word-bounded): (start, end, (key
        length, *Choice))."""
        return find_hits(self.automata[view_of(lang)], f" {normalize(text)} ")

    def candidates(self, group: int, raw: str, lang: str | None) -> list[int]:
        """Entries an alias group can stand for, given how the text writes it; best first."""
        langs = LANG_VIEWS[view_of(lang)]
        return ranked(self.entries, (a.entry for a in self.groups[group]
                                     if a.lang in langs and case_ok(a.rule, a.text, raw)))

    def stats(self) -> dict[str, int]:
        kinds = Counter(e.kind for e in self.entries)
        return {
            "countries": kinds["country"],
            "igos": kinds["igo"],
            "armed_groups": kinds["group"],
            "office_holders": sum(1 for e in self.entries if e.kind == "person" for p in e.periods if p.dated),
            "persons": kinds["person"],
            "institutions": kinds["institution"],
            "metonyms": kinds["metonym"],
            "places": kinds["place"],
            "regions": kinds["region"],
            "titles": kinds["title"],
            "agents": kinds["agent"] + kinds["collective"],
            "aliases": sum(len(g) for g in self.groups),
            "entries": len(self.entries),
        }


def view_of(lang: str | None) -> str:
    return lang if lang in LANG_VIEWS else "*"


# a Choice entry that depends on the text's exact letters or on the date: look it up per hit
LOOK_UP = -2


class Choice(NamedTuple):
    """What a hit of one alias group stands for in one language view, decided once when the
    KB is compiled: most hits then need no per-hit look-up (entry -1: no actor)."""

    group: int
    lower: int  # the entry when the text has no capital letter ("polisi", "batu")
    capital: int  # the entry when it has one ("Polisi", "Batu"); LOOK_UP for acronyms


def ranked(entries: list[Entry], found: Iterable[int]) -> list[int]:
    """Entry indexes without repeats, the winning kind first (``PRIORITY``)."""
    return sorted(set(found), key=lambda i: (PRIORITY[entries[i].kind], i))


def choice_of(entries: list[Entry], group: int, refs: tuple[AliasRef, ...], langs: tuple[str, ...]) -> Choice:
    def decide(rules: tuple[int, ...]) -> int:
        found = ranked(entries, (a.entry for a in refs if a.lang in langs and a.rule in rules))
        if not found:
            return -1
        persons = sum(1 for i in found if entries[i].kind == "person")
        return LOOK_UP if entries[found[0]].kind == "person" and persons > 1 else found[0]  # by date

    exact = any(a.rule == EXACT and a.lang in langs for a in refs)
    return Choice(group, decide((ANY_CASE,)), LOOK_UP if exact else decide((ANY_CASE, CAPITALISED)))


def compile_kb(data: KBData, problems: list[str]) -> KB:
    keyed: dict[str, list[AliasRef]] = {}
    overridden: set[str] = set()
    for alias in data.aliases:
        key = key_of(alias.text)
        if not key.strip():
            continue
        if alias.override and key not in overridden:
            overridden.add(key)
            keyed[key] = []
        elif key in overridden and not alias.override:
            continue
        keyed.setdefault(key, []).append(AliasRef(alias.text, alias.lang, case_rule(alias.text), alias.entry))
    keys = sorted(keyed)
    groups = [tuple(_dedupe(keyed[k])) for k in keys]
    automata = {}
    for view, langs in LANG_VIEWS.items():
        automata[view] = build_automaton({k: choice_of(data.entries, i, groups[i], langs)
                                          for i, k in enumerate(keys) if any(a.lang in langs for a in groups[i])})
    return KB(data, groups, automata, problems)


def _dedupe(refs: list[AliasRef]) -> list[AliasRef]:
    seen, out = set(), []
    for ref in refs:
        marker = (ref.text, ref.lang, ref.entry)
        if marker not in seen:
            seen.add(marker)
            out.append(ref)
    return out


# the modules that read and compile the data: a change to them changes the compiled KB too
COMPILER_FILES = tuple(Path(__file__).resolve().parent / name
                       for name in ("data_files.py", "entries.py", "kb.py", "match.py", "overlay.py", "towns.py",
                                    "fuzzy.py"))


def cache_key(overlays: list[Path]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for path in list(COMPILER_FILES) + data_files(DATA_DIR) + [GAZETTEER] + [Path(p) for p in overlays]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:16]


def load_kb(overlays: list[Path] | tuple = (), cache_dir: Path | None = DEFAULT_CACHE, rebuild: bool = False) -> KB:
    """The compiled KB (from the cache when it is current), with overlays applied."""
    overlays = [Path(p) for p in overlays]
    path = (cache_dir / f"actors-{cache_key(overlays)}.pickle") if cache_dir else None
    if path and not rebuild:
        kb = read_cached(path, pickle.loads)
        if kb is not None:
            return kb
    data = load_package_data()
    problems = apply_overlays(data, overlays)
    kb = compile_kb(data, problems)
    if path:
        write_cached(path, pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL))
    return kb


