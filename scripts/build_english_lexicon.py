"""Derive the English verb lemmas and the PETRARCH-based lexicon candidates of the English pack.

Input: ../shared/data/actors/phoenix/CAMEO.2.0.txt, PETRARCH2's CAMEO verb dictionary
(Open Event Data Alliance, MIT). Outputs: ``src/warta/lang/en/verbs.tsv``, every verb of
the dictionary and every head verb of the hand-written ``events_*.tsv`` (lemma, source), which the morphology
uses to choose between candidate stems;
and, as a curation work list beside this script, ``scripts/english_lexicon_candidates.tsv``:
the dictionary's coded verbs, phrasal verbs and verb + object patterns rewritten in
warta's pattern syntax, one row per pattern with its source line and an example sentence
generated from the pattern (past tense of the verb). The candidates are not loaded by the
pack: loaded as a whole they lowered PLOVER F1 on plover-gsr-dev.en from 0.311 to 0.268
(more false positives than hits), so entries are promoted into ``events_NN_*.tsv`` one by one.

Curation: rows already in the hand-written ``events_*.tsv`` (same pattern) are left out, and
``scripts/english_lexicon_curation.tsv`` lists PETRARCH verbs and patterns dropped or
recoded, each with the reason. Rerun after changing any input:

    .venv/bin/python scripts/build_english_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from warta.coding.codebook import load_codebook
from warta.lang.en.morphology import analyze, read_tsv, tables

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "src" / "warta" / "lang" / "en"
CURATION = ROOT / "scripts" / "english_lexicon_curation.tsv"
CANDIDATES = ROOT / "scripts" / "english_lexicon_candidates.tsv"
DICTIONARY = ("data", "actors", "phoenix", "CAMEO.2.0.txt")
LICENCE = "PETRARCH2 CAMEO.2.0.txt (Open Event Data Alliance, MIT)"
HEADER = ("pattern", "cameo", "flags", "example", "source")
CODE = re.compile(r"\[([^\]]*)\]")
MAX_SET = 12  # synonym sets larger than this make patterns too loose to keep


@dataclass
class Verb:
    words: list[str]  # lower-cased lemma words ("ask", "for")
    forms: list[str]  # inflected forms the dictionary lists for it
    code: str | None
    line: int


@dataclass
class Block:
    name: str
    code: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[str, str, str, int]] = field(default_factory=list)  # body, code, verb, line


def read_code(text: str) -> str | None:
    """The event code of a ``[...]`` group: the first part of ``a:b``; None for ``---``."""
    match = CODE.search(text)
    if not match:
        return None
    code = match.group(1).split(":")[0].strip()
    return code if code.isdigit() else None


def clean_word(word: str) -> str:
    return word.strip("+_").replace("_", " ").lower()


def read_sets(lines: list[str]) -> dict[str, list[str]]:
    """The ``&NAME`` synonym sets: name -> single-word members."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line.startswith("&"):
            current = sets.setdefault(line.strip().rstrip("_"), [])
        elif line.startswith("+") and current is not None:
            word = clean_word(line.split("#")[0].strip())
            if word and " " not in word:
                current.append(word)
        elif not line.strip():
            current = None
    return sets


def read_verb(line: str, number: int) -> Verb | None:
    body = line.split("#")[0].split(";")[0]
    forms = re.findall(r"\{([^}]*)\}", body)
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
    if not head:
        return None
    words = clean_word(head[0]).split()
    listed = [clean_word(f) for f in forms[0].split()] if forms else []
    return Verb(words, listed, read_code(body), number)


def read_blocks(lines: list[str]) -> list[Block]:
    """The verb blocks after ``####### VERB PATTERNS``."""
    blocks: list[Block] = []
    for number, line in enumerate(lines, 1):
        if line.startswith("---"):
            name = line.strip("- \n").split("[")[0].strip()
            blocks.append(Block(name, read_code(line), number))
        elif not blocks or not line.strip() or line.startswith(("#", "~")):
            continue
        elif line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            blocks[-1].patterns.append((CODE.sub("", body).strip(), read_code(body) or "", comment.strip(), number))
        else:
            verb = read_verb(line, number)
            if verb:
                blocks[-1].verbs.append(verb)
    return blocks


def lemma(word: str) -> str:
    return analyze(word).lemma


def convert_item(token: str, sets: dict[str, list[str]]) -> str | None:
    """One PETRARCH pattern word as a warta item; None when it cannot be expressed."""
    if token.startswith("&"):
        members = sets.get(token.rstrip("_"), [])
        if not members or len(members) > MAX_SET:
            return None
        return "|".join(dict.fromkeys(lemma(m) for m in members))
    word = clean_word(token)
    if not word or " " in word or not re.fullmatch(r"[a-z][a-z'-]*", word):
        return None
    return lemma(word)


def convert_side(text: str, sets: dict[str, list[str]]) -> list[str] | None:
    """The words of one side of the verb; a ``(prep noun)`` group allows a gap inside."""
    text = re.sub(r"[$%^+]", " ", text)
    items: list[str] = []
    for group in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", text):
        inner = group.strip("(){}").split()
        converted = [convert_item(t, sets) for t in inner]
        if not converted or None in converted:
            return None
        if group.startswith("(") and len(converted) > 1:
            converted = [converted[0], "*", *converted[1:]]
        if items:
            items.append("*")
        items.extend(converted)
    return items


def verb_items(verb_name: str) -> list[str] | None:
    words = clean_word(verb_name).split()
    if not words or not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in words):
        return None
    return [lemma(words[0]), *words[1:]]


def convert_pattern(body: str, verb: list[str], sets: dict[str, list[str]]) -> str | None:
    """``- NOUN * OBJECT (PREP NOUN)`` with its verb -> ``noun * ^verb * object * prep * noun``."""
    if body.count("*") != 1:
        return None
    before, after = body.split("*")
    left, right = convert_side(before, sets), convert_side(after, sets)
    if left is None or right is None or not right and not left:
        return None
    head = ["^" + verb[0], *verb[1:]] if left else verb
    items = [*left, "*"] if left else []
    items += head
    if right:
        items += ["*", *right]
    return " ".join(items)


def past_form(verb: Verb | None, word: str) -> str:
    """The simple past of a verb lemma, for example sentences."""
    if verb:
        listed = [f for f in verb.forms if " " not in f and analyze(f).form == "past"]
        if listed:
            return listed[0]
    irregular = {a.lemma: w for w, a in tables().forms.items() if a.form == "past"}
    if word in irregular:
        return irregular[word]
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    if len(re.findall(r"[aeiou]+", word)) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", word):
        return word + word[-1] + "ed"
    return word + "ed"


def example(pattern: str, verbs: dict[str, Verb]) -> str:
    """A sentence in which ``pattern`` occurs: its items in order, the head verb in the past."""
    items = [i for i in pattern.split() if i != "*"]
    head = next((n for n, i in enumerate(items) if i.startswith("^")), 0)
    words = [i.lstrip("^").split("|")[0] for i in items]
    words[head] = past_form(verbs.get(words[head]), words[head])
    subject = " ".join(words[:head]) or "officials"
    rest = " ".join(words[head:])
    return f"The {subject} {rest} on Monday." if head else f"The officials {rest} on Monday."


def read_curation() -> dict[str, str]:
    """pattern -> new code, or "" to drop it (scripts/english_lexicon_curation.tsv)."""
    rows = read_rows(CURATION)
    return {" ".join(verb_items(row["pattern"]) or [row["pattern"]]): row["cameo"] for row in rows}


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def collect_entries(blocks: list[Block], sets: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """pattern -> (code, source) over every coded verb and pattern; the first wins."""
    entries: dict[str, tuple[str, str]] = {}
    for block in blocks:
        for verb in block.verbs:
            code = verb.code or block.code
            items = verb_items(" ".join(verb.words))
            if code and items:
                entries.setdefault(" ".join(items), (code, f"{LICENCE} line {verb.line}"))
        first = block.verbs[0].words if block.verbs else [block.name]
        for body, code, name, line in block.patterns:
            verb = verb_items(name) or verb_items(" ".join(first))
            pattern = convert_pattern(body, verb, sets) if code and verb else None
            if pattern:
                entries.setdefault(pattern, (code, f"{LICENCE} line {line}"))
    return entries


def read_curated() -> list[dict[str, str]]:
    """The rows of the hand-written lexicon files (``#`` lines are comments)."""
    rows: list[dict[str, str]] = []
    for path in sorted(PACK.glob("events*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
        rows.extend(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


def curate(entries: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Drop what the hand-written lexicon already has, unknown codes and curated rows."""
    curated = {row["pattern"] for row in read_curated()}
    decisions = read_curation()
    codebook = load_codebook()
    kept: dict[str, tuple[str, str]] = {}
    for pattern, (code, source) in entries.items():
        code = decisions.get(pattern, code)
        if pattern in curated or not code or code not in codebook:
            continue
        if pattern in decisions:
            source += ", recoded in scripts/english_lexicon_curation.tsv"
        kept[pattern] = (code, source)
    return kept


def write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(header)
        writer.writerows(rows)


def build_verbs(blocks: list[Block]) -> list[tuple[str, str]]:
    """Single-word verbs of the dictionary, then the head verbs of the hand-written lexicon."""
    rows: dict[str, str] = {}
    for block in blocks:
        for verb in block.verbs:
            first = verb.words[0]  # "bridle" of "bridle at" too, not "killed" of "killed and"
            if re.fullmatch(r"[a-z][a-z-]+", first) and (len(verb.words) == 1 or not first.endswith(("ed", "ing"))):
                rows.setdefault(first, f"{LICENCE} line {verb.line}")
    nouns = {row["lemma"] for name in ("event_nouns.tsv", "action_nouns.tsv") for row in read_tsv(name)}
    for row in read_curated():
        items = row["pattern"].split()
        head = next((i for i in items if i.startswith("^")), items[0]).lstrip("^")
        for word in head.split("|"):
            if word not in nouns and re.fullmatch(r"[a-z][a-z-]+", word):
                rows.setdefault(word, "head verb of a pattern in src/warta/lang/en/events_*.tsv")
    return sorted(rows.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    lines = args.shared.joinpath(*DICTIONARY).read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    blocks = read_blocks(lines[start:])
    for block in blocks:  # line numbers in the source file
        block.line += start
        for verb in block.verbs:
            verb.line += start
        block.patterns = [(b, c, v, n + start) for b, c, v, n in block.patterns]
    write_tsv(PACK / "verbs.tsv", ("lemma", "source"), build_verbs(blocks))
    tables.cache_clear()
    analyze.cache_clear()
    sets = read_sets(lines[:start])
    verbs = {v.words[0]: v for b in blocks for v in b.verbs if len(v.words) == 1}
    entries = curate(collect_entries(blocks, sets))
    rows = [(p, c, "", example(p, verbs), s) for p, (c, s) in sorted(entries.items())]
    write_tsv(CANDIDATES, HEADER, rows)
    print(f"verbs.tsv: {len(build_verbs(blocks))} lemmas; {CANDIDATES.name}: {len(rows)} candidate patterns")


if __name__ == "__main__":
    main()
