"""Build src/warta/lang/id/roots_ud.txt: the Indonesian root list used by the morphology
to choose between competing affix strippings ("menyatakan" = meN+nyata+kan, not
meN+sata+kan).

Input: the UD Indonesian treebanks (CSUI, GSD, PUD) under
../shared/data/morphology/ud-indonesian (CC BY-SA 4.0 / 3.0). A lemma is kept when it
is a plain word and is not itself, more often than not, a form the treebanks reduce to
another lemma, and is not plainly derived: a lemma that warta's own affix rules reduce
to another known root through a clitic (-nya, -pun), two affixes or more
("kepemimpinan", "diberlakukan"), or one affix onto a root the treebanks name more often
("miliki" -> milik; but "nilai" stays, it is far commoner than "nila") is a
lemmatisation slip of one treebank, and keeping it would hide the root.

Rerun: .venv/bin/python scripts/build_morph_roots_id.py [--ud DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from warta.lang.id.morphology import Morphology, load_rules, read_lexicalized

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_UD = ROOT.parent / "shared" / "data" / "morphology" / "ud-indonesian"
DEFAULT_OUT = ROOT / "src" / "warta" / "lang" / "id" / "roots_ud.txt"
CONTENT_UPOS = {"NOUN", "VERB", "ADJ", "ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "AUX"}
WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")
HEADER = """\
# Indonesian roots (lemmas) for warta.lang.id.morphology, one per line.
# Derived by scripts/build_morph_roots_id.py from the Universal Dependencies Indonesian
# treebanks UD_Indonesian-CSUI and UD_Indonesian-GSD (CC BY-SA 4.0) and UD_Indonesian-PUD
# (CC BY-SA 3.0), https://universaldependencies.org. Redistributed under CC BY-SA 4.0.
# Do not edit by hand: rerun the script (curated additions go in lexicalized.tsv).
"""


def read_tokens(path: Path) -> list[tuple[str, str, str]]:
    """(form, lemma, upos) of every syntactic word of a CoNLL-U file, lower-cased."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            continue
        rows.append((cols[1].lower(), cols[2].lower(), cols[3]))
    return rows


def collect_roots(files: list[Path]) -> Counter[str]:
    """Lemma counts of content words, minus lemmas that are mostly forms of another lemma."""
    lemma_count: Counter[str] = Counter()
    as_form: Counter[tuple[str, bool]] = Counter()
    for path in files:
        for form, lemma, upos in read_tokens(path):
            if upos in CONTENT_UPOS and WORD.match(lemma):
                lemma_count[lemma] += 1
            as_form[(form, form == lemma)] += 1
    return Counter(
        {
            lemma: n
            for lemma, n in lemma_count.items()
            if as_form[(lemma, False)] <= as_form[(lemma, True)]
        }
    )


def drop_derived(counts: Counter[str]) -> list[str]:
    """The roots minus those the affix rules explain as derived from another root."""
    lexicalized = read_lexicalized()
    roots = sorted(counts)
    table = {r: "base" for r in roots}
    table.update(lexicalized)
    morph = Morphology(load_rules(), table)
    kept = []
    for root in roots:
        del table[root]
        best = morph.best_candidate(root)
        table[root] = "base"
        derived = best is not None and best.root in table and (
            morph.affix_count(best) != 1 or counts[best.root] > counts[root]
        )
        if not derived or root in lexicalized:
            kept.append(root)
    return kept


def conllu_files(ud: Path, exclude: str | None = None) -> list[Path]:
    files = sorted(ud.glob("*/*.conllu"))
    return [f for f in files if not exclude or exclude not in f.parent.name]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, default=DEFAULT_UD)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    files = conllu_files(args.ud)
    if not files:
        raise SystemExit(f"{args.ud}: no UD .conllu files found")
    roots = drop_derived(collect_roots(files))
    args.out.write_text(HEADER + "\n".join(roots) + "\n", encoding="utf-8")
    print(f"{len(roots)} roots from {len(files)} files -> {args.out}")


if __name__ == "__main__":
    main()
