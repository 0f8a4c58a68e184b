"""The gold metric (../shared/gold/README.md): micro P/R/F1 over per-text sets of
(source country, target country or "---", CAMEO root) triples, with variants.

Both gold events and system records are first reduced to ``Coded`` items, so the same
code builds the gold set and the system set.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import permutations

from warta.coding.codebook import load_codebook, plover_type

NONE = "---"
VARIANTS = ("root", "plover", "code", "actors")
# Joint actions (two or more sources, no target) count both ways, as GDELT codes them.
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "19"})
JOINT_PLOVER = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT"})


@dataclass(slots=True)
class Coded:
    """One event reduced to what the metric reads."""

    sources: list[str]  # full actor codes ("" when uncoded)
    targets: list[str]
    cameo: str | None  # None in the PLOVER sets
    plover: str | None
    negated: bool
    sentence: str  # evidence sentence (groups compound sources for the joint rule)


def country(code: str | None) -> str:
    return code[:3] if code else NONE


def actor_key(code: str | None, variant: str) -> str:
    if not code:
        return NONE
    return code if variant == "actors" else code[:3]


def event_key(item: Coded, variant: str) -> str | None:
    if variant == "plover":
        if item.plover:
            return plover_type(item.plover)
        return load_codebook().get(item.cameo).plover if item.cameo and item.cameo in load_codebook() else None
    if item.cameo is None:
        return None
    return item.cameo if variant == "code" else item.cameo[:2]


def is_joint(item: Coded, key: str, variant: str) -> bool:
    if variant == "plover":
        return key in JOINT_PLOVER
    return key[:2] in JOINT_ROOTS


def triples(items: list[Coded], variant: str) -> set[tuple[str, str, str]]:
    """The set of triples one text contributes under ``variant``."""
    out: set[tuple[str, str, str]] = set()
    # sources of untargeted events, grouped by (sentence, event key) for the joint rule
    untargeted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in items:
        if item.negated:
            continue
        key = event_key(item, variant)
        if key is None:
            continue
        sources = [actor_key(s, variant) for s in item.sources] or [NONE]
        targets = [actor_key(t, variant) for t in item.targets] or [NONE]
        if targets == [NONE] and is_joint(item, key, variant):
            untargeted[(item.sentence, key)].update(sources)
            continue
        out.update((s, t, key) for s in sources for t in targets)
    for (_, key), sources in untargeted.items():
        named = sorted(s for s in sources if s != NONE)
        if len(named) >= 2:
            out.update((a, b, key) for a, b in permutations(named, 2))
        else:
            out.update((s, NONE, key) for s in sources)
    return out


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, system: set) -> None:
        self.tp += len(gold & system)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def figures(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class TextResult:
    text_id: str
    gold: set
    system: set


@dataclass
class Report:
    variants: dict[str, Counts] = field(default_factory=lambda: {v: Counts() for v in VARIANTS})
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    texts: list[TextResult] = field(default_factory=list)  # headline triples per text
    headline: str = "root"

    def to_dict(self) -> dict:
        return {
            "headline": self.headline,
            "texts": len(self.texts),
            **{v: c.figures() for v, c in self.variants.items() if c.tp + c.fp + c.fn},
            "by_root": {k: self.by_root[k].figures() for k in sorted(self.by_root)},
        }


def score(pairs: list[tuple[str, list[Coded], list[Coded]]], plover_only: bool = False) -> Report:
    """Score (text id, gold items, system items) for each text."""
    report = Report(headline="plover" if plover_only else "root")
    variants = ("plover",) if plover_only else VARIANTS
    for text_id, gold_items, system_items in pairs:
        for variant in variants:
            gold = triples(gold_items, variant)
            system = triples(system_items, variant)
            report.variants[variant].add(gold, system)
            if variant == report.headline:
                report.texts.append(TextResult(text_id, gold, system))
                for group in {t[2] for t in gold | system}:
                    report.by_root[group].add({t for t in gold if t[2] == group}, {t for t in system if t[2] == group})
    if plover_only:
        report.variants = {"plover": report.variants["plover"]}
    return report
