"""Indonesian affix morphology: a lower-cased word form -> Analysis(lemma, form).

The affix rules live in ``affixes.yaml``; this module only searches them. Every way of
peeling particles, a possessive, one derivational suffix and up to two prefixes off the
word is tried, and the root list (UD lemmas, ``lexicalized.tsv``, the event lexicon's own
words) decides between them: a known root beats an unknown one, fewer affixes beat more,
and a stripped suffix beats a stripped prefix ("berikan" is beri+kan, not ber+ikan), as
in the Nazief-Adriani / ECS stemmers. ``analyze`` is cached: the coder calls it per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from warta.lang import Analysis

FOLDER = Path(__file__).resolve().parent
VOWELS = frozenset("aeiou")


@dataclass(frozen=True, slots=True)
class Allomorph:
    surface: str
    next: re.Pattern[str]
    restore: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prefix:
    name: str
    form: str
    form_with_an: str
    needs_suffix: bool
    suffixes: tuple[str, ...] | None  # the derivational suffixes it combines with; None: any
    inner: tuple[str, ...]
    allomorphs: tuple[Allomorph, ...]


@dataclass(frozen=True, slots=True)
class Rules:
    min_root: int
    max_prefixes: int
    particles: tuple[str, ...]
    possessives: tuple[str, ...]
    suffixes: tuple[str, ...]
    prefixes: dict[str, Prefix]
    suffix_forms: dict[str, str]


@dataclass(frozen=True, slots=True)
class Candidate:
    root: str
    prefixes: tuple[str, ...]  # outermost first
    suffix: str | None
    order: int


def load_rules(path: Path = FOLDER / "affixes.yaml") -> Rules:
    """Read the affix rules; the regexes are compiled here, once."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    prefixes = {name: read_prefix(name, spec) for name, spec in raw["prefixes"].items()}
    return Rules(
        min_root=int(raw["min_root"]),
        max_prefixes=int(raw["max_prefixes"]),
        particles=tuple(raw["particles"]),
        possessives=tuple(raw["possessives"]),
        suffixes=tuple(raw["suffixes"]),
        prefixes=prefixes,
        suffix_forms=dict(raw.get("suffix_forms") or {}),
    )


def read_prefix(name: str, spec: dict) -> Prefix:
    allomorphs = tuple(
        Allomorph(surface, re.compile(pattern), tuple(restore))
        for surface, pattern, restore in spec["allomorphs"]
    )
    return Prefix(
        name=name,
        form=spec["form"],
        form_with_an=spec.get("form_with_an", spec["form"]),
        needs_suffix=bool(spec.get("needs_suffix", False)),
        suffixes=tuple(spec["suffixes"]) if "suffixes" in spec else None,
        inner=tuple(spec.get("inner") or ()),
        allomorphs=allomorphs,
    )


def read_word_list(path: Path) -> list[str]:
    """A one-word-per-line file; ``#`` starts a comment line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def read_lexicalized(path: Path = FOLDER / "lexicalized.tsv") -> dict[str, str]:
    """word -> form of the words kept whole (see the header of lexicalized.tsv)."""
    rows = [line.split("\t") for line in read_word_list(path)]
    return {cols[0]: cols[1] for cols in rows[1:]}


def read_noun_forms(path: Path = FOLDER / "noun_forms.tsv") -> dict[str, str]:
    """word -> form of the derived nouns whose form the affix rule gets wrong (see the
    header of noun_forms.tsv); the lemma still comes from the rules."""
    rows = [line.split("\t") for line in read_word_list(path)]
    return {cols[0]: cols[1] for cols in rows[1:]}


class Morphology:
    """Affix stripping over a root list; ``roots`` maps a root to the form it has alone."""

    def __init__(self, rules: Rules, roots: dict[str, str], forms: dict[str, str] | None = None):
        self.rules = rules
        self.roots = roots
        self.forms = forms or {}  # derived word (no clitics) -> form, overriding the affix rule

    def analyze(self, word: str) -> Analysis:
        """The lemma and form of ``word`` (lower-cased); unknown words stay whole."""
        found = self.analyze_affixes(word)
        if self.forms and found.form in ("noun", "action_noun"):
            form = next((self.forms[b] for b in self.strip_clitics(word) if b in self.forms), found.form)
            return Analysis(found.lemma, form)
        return found

    def analyze_affixes(self, word: str) -> Analysis:
        if word in self.roots:
            return Analysis(word, self.roots[word])
        if "-" in word:
            return self.analyze_reduplication(word)
        best = self.best_candidate(word)
        if best is None:
            return Analysis(word, "base")
        return Analysis(best.root, self.form_of(best))

    def known_analysis(self, word: str) -> Analysis | None:
        """The analysis when it rests on a known root, else None."""
        if word in self.roots:
            return Analysis(word, self.roots[word])
        if "-" in word:
            result = self.analyze_reduplication(word)
            return result if result.lemma != word else None
        best = self.best_candidate(word)
        if best is None or best.root not in self.roots:
            return None
        return Analysis(best.root, self.form_of(best))

    def analyze_reduplication(self, word: str) -> Analysis:
        """``serangan-serangan`` -> serang; ``tembak-menembak`` -> tembak; else whole."""
        first, _, second = word.partition("-")
        left, right = self.analyze(first), self.analyze(second)
        if first and left.lemma == right.lemma:
            return left
        return Analysis(word, "base")

    def best_candidate(self, word: str) -> Candidate | None:
        known, unknown = [], []
        for cand in self.candidates(word):
            (known if cand.root in self.roots else unknown).append(cand)
        if known:
            return min(known, key=self.rank)
        unknown = [c for c in unknown if len(c.root) > self.rules.min_root]
        if not unknown:
            return None
        # an unknown root: trust the prefixes (they carry the voice), keep the ending
        # ("dideportasi" -> deportasi, not deportas+i)
        return max(unknown, key=lambda c: (len(c.prefixes), c.suffix is None, -c.order))

    @staticmethod
    def affix_count(cand: Candidate) -> int:
        return len(cand.prefixes) + (cand.suffix is not None)

    def rank(self, cand: Candidate) -> tuple[int, int, int]:
        return (self.affix_count(cand), cand.suffix is None, cand.order)

    def form_of(self, cand: Candidate) -> str:
        if cand.prefixes:
            prefix = self.rules.prefixes[cand.prefixes[0]]
            return prefix.form_with_an if cand.suffix == "an" else prefix.form
        if cand.suffix is None:
            return self.roots.get(cand.root, "base")
        return self.rules.suffix_forms.get(cand.suffix, "base")

    def candidates(self, word: str) -> Iterator[Candidate]:
        order = 0
        for stem, suffix in self.strip_suffixes(word):
            if suffix is not None and len(stem) >= self.rules.min_root:
                order += 1
                yield Candidate(stem, (), suffix, order)
            elif suffix is None and stem != word:
                order += 1
                yield Candidate(stem, (), None, order)
            for root, prefixes in self.strip_prefixes(stem, tuple(self.rules.prefixes)):
                if self.allowed(prefixes, suffix):
                    order += 1
                    yield Candidate(root, prefixes, suffix, order)

    def allowed(self, prefixes: tuple[str, ...], suffix: str | None) -> bool:
        """Confixes only: ke- needs a suffix, pe(N)- takes none but -an ("penarikan" is
        tarik+an, not tari+kan)."""
        specs = [self.rules.prefixes[p] for p in prefixes]
        if suffix is None:
            return not any(p.needs_suffix for p in specs)
        return all(p.suffixes is None or suffix in p.suffixes for p in specs)

    def strip_suffixes(self, word: str) -> Iterator[tuple[str, str | None]]:
        """(stem, derivational suffix or None) after the clitics are peeled off."""
        for body in self.strip_clitics(word):
            yield body, None
            for suffix in self.rules.suffixes:
                if body.endswith(suffix) and len(body) - len(suffix) >= self.rules.min_root:
                    yield body[: -len(suffix)], suffix

    def strip_clitics(self, word: str) -> list[str]:
        bodies = [word]
        for group in (self.rules.particles, self.rules.possessives):
            bodies += [
                b[: -len(c)]
                for b in bodies
                for c in group
                if b.endswith(c) and len(b) - len(c) >= self.rules.min_root
            ]
        return bodies

    def strip_prefixes(
        self, stem: str, allowed: Iterable[str], depth: int = 0
    ) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(root, prefixes outermost first) for every prefix chain that fits ``stem``."""
        if depth >= self.rules.max_prefixes:
            return
        for name in allowed:
            prefix = self.rules.prefixes[name]
            for root in self.peel(prefix, stem):
                yield root, (name,)
                for inner_root, inner in self.strip_prefixes(root, prefix.inner, depth + 1):
                    yield inner_root, (name, *inner)

    def peel(self, prefix: Prefix, stem: str) -> Iterator[str]:
        for allo in prefix.allomorphs:
            if not stem.startswith(allo.surface):
                continue
            rest = stem[len(allo.surface) :]
            if not allo.next.match(rest):
                continue
            for restore in allo.restore:
                root = restore + rest
                if len(root) >= self.rules.min_root:
                    yield root


def lexicon_families(folder: Path) -> list[list[str]]:
    """The words of the event lexicon's patterns (first column of every events*.tsv),
    one list per pattern item: the alternatives of an item are forms of one family."""
    families = []
    for path in sorted(folder.glob("events*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            pattern = line.split("\t", 1)[0]
            if pattern and not pattern.startswith("#"):
                families += [[w.lstrip("^=") for w in item.split("|")] for item in pattern.split() if item != "*"]
    return families


def shared_roots(morph: Morphology, families: list[list[str]]) -> set[str]:
    """Roots that two or more unexplained forms of one family strip to ("menggempur",
    "digempur", "gempuran" -> "gempur", which no treebank lists), chosen greedily: the
    root of most forms first, ties to fewer affixes, then the shorter root. A family that
    lists its bare root is left to it."""
    roots = set()
    for family in families:
        unknown = [w for w in family if morph.known_analysis(w) is None]
        strippings = {w: stripped_roots(morph, w) for w in unknown}
        if any(w in r for r in strippings.values() for w in unknown):
            continue
        while True:
            counts: dict[str, list[int]] = {}
            for found in strippings.values():
                for root, n in found.items():
                    counts.setdefault(root, []).append(n)
            ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), sum(kv[1]), len(kv[0]), kv[0]))
            if not ranked or len(ranked[0][1]) < 2:
                break
            roots.add(ranked[0][0])
            strippings = {w: r for w, r in strippings.items() if ranked[0][0] not in r}
    return roots


def stripped_roots(morph: Morphology, word: str) -> dict[str, int]:
    """Root -> fewest affixes stripped to reach it, over every stripping of ``word``."""
    found: dict[str, int] = {}
    for c in morph.candidates(word):
        if c.prefixes or c.suffix:
            found[c.root] = min(found.get(c.root, 99), Morphology.affix_count(c))
    return found


@cache
def default_morphology() -> Morphology:
    """The pack's morphology: UD roots + lexicalized words + the lexicon's own roots.

    A lexicon word joins the roots only when no known root already explains it, so a
    surface form such as "pertemuan" keeps its analysis (temu, noun). The root its
    family's forms share joins first, then shorter words before longer ones, so a new
    root explains its own derived forms: "gempur" makes "digempur" a passive,
    "deportasi" makes "dideportasi" one and "bentrok" makes "bentrokan" a noun."""
    roots = {w: "base" for w in read_word_list(FOLDER / "roots_ud.txt")}
    roots.update(read_lexicalized())
    morph = Morphology(load_rules(), roots, read_noun_forms())
    families = lexicon_families(FOLDER)
    roots.update((w, "base") for w in shared_roots(morph, families))
    for word in sorted({w for f in families for w in f}, key=lambda w: (len(w), w)):
        if morph.known_analysis(word) is None:
            roots[word] = "base"
    return morph


@lru_cache(maxsize=200_000)
def analyze(word: str) -> Analysis:
    """Lemma and form (active, passive, noun, base) of a lower-cased Indonesian word."""
    return default_morphology().analyze(word)
