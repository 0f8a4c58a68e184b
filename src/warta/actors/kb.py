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

import ahocorasick

from warta.actors.data_files import DATA_DIR, KBData, data_files, load_package_data
from warta.actors.entries import PRIORITY
from warta.actors.match import Hit, build_automaton, case_ok, case_rule, find_hits, key_of, normalize
from warta.actors.overlay import apply_overlays
from warta.cache import DEFAULT_CACHE, read_cached, write_cached

FORMAT = "warta-actors-3"  # bump when the compiled layout changes
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

    def hits(self, text: str, lang: str | None) -> list[Hit]:
        """Raw name hits in ``text`` (leftmost-longest, word-bounded)."""
        return find_hits(self.automata[view_of(lang)], " " + normalize(text))

    def candidates(self, hit: Hit, raw: str, lang: str | None) -> list[int]:
        """Entries a hit can stand for, given how the text writes it; best first."""
        langs = LANG_VIEWS[view_of(lang)]
        found = [a.entry for a in self.groups[hit.group] if a.lang in langs and case_ok(a.rule, a.text, raw)]
        return sorted(set(found), key=lambda i: (PRIORITY[self.entries[i].kind], i))

    def lookup_name(self, name: str, lang: str | None) -> list[int]:
        """Entries whose alias is exactly ``name`` (for short-name and overlay checks)."""
        hits = [h for h in self.hits(name, lang) if h.start == 0 and h.end == len(name.rstrip())]
        return self.candidates(hits[0], name, lang) if hits else []

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
        automata[view] = build_automaton(
            {k: i for i, k in enumerate(keys) if any(a.lang in langs for a in groups[i])})
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
                       for name in ("data_files.py", "entries.py", "kb.py", "match.py", "overlay.py"))


def cache_key(overlays: list[Path]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for path in list(COMPILER_FILES) + data_files(DATA_DIR) + [Path(p) for p in overlays]:
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


