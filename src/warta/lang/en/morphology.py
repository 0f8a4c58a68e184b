"""English inflection by rules: word form -> (lemma, form), no parser, no model.

English news verbs inflect in four ways (-s, -ed, -ing and the irregular paradigms),
so a few suffix rules plus four tables decide almost every case:

- ``irregular_verbs.tsv``: paradigms that no rule produces (held, taken, was ...);
- ``event_nouns.tsv``: words read as event nouns (attack, talks, airstrikes ...): the
  modifier before them is the doer ("the Israeli attack");
- ``action_nouns.tsv``: nominalizations whose "of" phrase is the one acted on ("the arrest
  of X by Y", "Iraq's invasion of Kuwait"), form ``action_noun``;
- ``fixed_forms.tsv``: words the suffix rules would misread (willing, during, news ...);
- ``verbs.tsv``: known verb lemmas (built by scripts/build_english_lexicon.py), used to
  choose between the stems a suffix rule proposes (hoped -> hope, planned -> plan).

A word no table knows is still stripped by the rules, so an unseen verb keeps its form.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from warta.lang import Analysis

FOLDER = Path(__file__).resolve().parent
VOWELS = frozenset("aeiou")
# stems a rule may not strip: "-s" is not an inflection in "crisis", "bus", "class", "famous"
NOT_THIRD = ("ss", "us", "is", "ous", "'s")
# a final consonant after which "-ed"/"-ing" usually dropped an "e" (approved, announced)
E_DROPPED = ("at", "iz", "ys", "v", "c", "ng", "rg", "u", "ut", "ud", "id", "ur", "bl", "dl", "tl", "gl", "pl", "kl")


@dataclass(frozen=True, slots=True)
class Tables:
    forms: dict[str, Analysis]  # fixed readings: irregular verb forms and event nouns
    verbs: frozenset[str]  # known verb lemmas


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a pack TSV file (header row first)."""
    with open(FOLDER / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def plural(noun: str) -> str:
    """The regular English plural (attack -> attacks, clash -> clashes, inquiry -> inquiries)."""
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def add_irregular(forms: dict[str, Analysis], row: dict[str, str]) -> None:
    """A verb's paradigm. A base that is also its own participle (hit, put, cut, beat)
    reads as the participle, so "was hit by" is passive; in "will hit" the coder treats a
    participle with no auxiliary before it like the base."""
    base = row["base"]
    for column, form in (("past", "past"), ("participle", "participle"), ("third", "third")):
        for word in filter(None, row[column].split("|")):
            forms.setdefault(word, Analysis(base, form))
    same = base in row["participle"].split("|") or base in row["past"].split("|")
    forms[base] = Analysis(base, "participle" if same else "base")


def add_noun(forms: dict[str, Analysis], row: dict[str, str], form: str) -> None:
    noun, lemma, many = row["noun"], row["lemma"], row["plural"]
    forms[noun] = Analysis(lemma, form)
    if many != "-":
        forms[many or plural(noun)] = Analysis(lemma, form)


@cache
def tables() -> Tables:
    """The morphology tables, read once per process."""
    forms: dict[str, Analysis] = {}
    for row in read_tsv("irregular_verbs.tsv"):
        add_irregular(forms, row)
    for row in read_tsv("event_nouns.tsv"):
        add_noun(forms, row, "noun")
    for row in read_tsv("action_nouns.tsv"):
        add_noun(forms, row, "action_noun")
    for row in read_tsv("fixed_forms.tsv"):
        forms[row["word"]] = Analysis(row["lemma"], row["form"])
    verbs = {row["lemma"] for row in read_tsv("verbs.tsv")}
    verbs.update(a.lemma for a in forms.values() if a.form not in ("noun", "action_noun"))
    return Tables(forms, frozenset(verbs))


def ends_cvc(stem: str) -> bool:
    """consonant-vowel-consonant ending: the shape that lost an "e" in hoped, fired."""
    return (
        len(stem) >= 3
        and stem[-1] not in VOWELS
        and stem[-1] not in "wxy"
        and stem[-2] in VOWELS
        and stem[-3] not in VOWELS
    )


def stem_candidates(stem: str) -> list[str]:
    """Lemmas that may lie under a stem left by "-ed" or "-ing", most likely first."""
    found = [stem + "e"] if ends_cvc(stem) else []
    found += [stem, stem + "e"]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        found.append(stem[:-1])  # planned -> plan
    if stem.endswith("y"):
        found.append(stem[:-1] + "ie")  # dying -> die
    return found


def guess_stem(stem: str) -> str:
    """The lemma of an unknown verb stem, by spelling alone."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsfz":
        return stem[:-1]
    if stem.endswith(E_DROPPED) and not stem.endswith(("ee", "ou")):
        return stem + "e"
    return stem


def pick(candidates: list[str], verbs: frozenset[str]) -> str | None:
    return next((c for c in candidates if c in verbs), None)


def analyze_ed(word: str, verbs: frozenset[str]) -> Analysis:
    stem = word[:-2]
    if stem.endswith("i") and len(stem) >= 3:
        return Analysis(stem[:-1] + "y", "past")  # denied -> deny
    return Analysis(pick(stem_candidates(stem), verbs) or guess_stem(stem), "past")


def analyze_ing(word: str, verbs: frozenset[str]) -> Analysis:
    stem = word[:-3]
    return Analysis(pick(stem_candidates(stem), verbs) or guess_stem(stem), "gerund")


def analyze_s(word: str, verbs: frozenset[str]) -> Analysis:
    if word.endswith("ies") and len(word) > 4:
        lemma = word[:-3] + "y"
    elif word.endswith("es"):
        lemma = pick([word[:-1], word[:-2]], verbs) or word[:-1]
    else:
        lemma = word[:-1]
    return Analysis(lemma, "third" if lemma in verbs else "noun")


@lru_cache(maxsize=1 << 16)
def analyze(word: str) -> Analysis:
    """Lemma and form of one word (lower-cased first); unknown words are their own base."""
    word = word.lower()
    known = tables()
    if word in known.forms:
        return known.forms[word]
    if word in known.verbs or len(word) < 4 or not word.isascii():
        return Analysis(word, "base")
    if word.endswith("ed") and len(word) >= 4:
        return analyze_ed(word, known.verbs)
    if word.endswith("ing") and len(word) >= 5:
        return analyze_ing(word, known.verbs)
    if word.endswith("s") and not word.endswith(NOT_THIRD):
        return analyze_s(word, known.verbs)
    return Analysis(word, "base")
