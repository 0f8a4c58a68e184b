"""Score warta's Indonesian morphology against the UD Indonesian treebanks.

Prints lemma accuracy on the derived verb forms (derived_verb_form_lemma_feats.tsv,
weighted by count), on every VERB token of the .conllu files, and voice accuracy
(Voice=Act -> "active" or a bare base verb, Voice=Pass -> "passive"). With
``--holdout PUD`` the root list is rebuilt without that treebank and only it is scored,
so the figure is not flattered by roots learnt from the test words.

Rerun: .venv/bin/python scripts/eval_morph_id.py [--holdout PUD]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_morph_roots_id import DEFAULT_UD, collect_roots, conllu_files, drop_derived  # noqa: E402

from warta.lang.id.morphology import Morphology, default_morphology, load_rules, read_lexicalized  # noqa: E402


def holdout_morphology(ud: Path, holdout: str) -> Morphology:
    roots = {r: "base" for r in drop_derived(collect_roots(conllu_files(ud, exclude=holdout)))}
    roots.update(read_lexicalized())
    return Morphology(load_rules(), roots)


def score_tsv(morph: Morphology, path: Path) -> tuple[int, int]:
    right = total = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        form, lemma, _feats, count = line.split("\t")
        total += int(count)
        right += int(count) * (morph.analyze(form.lower()).lemma == lemma.lower())
    return right, total


def score_verbs(morph: Morphology, files: list[Path]) -> tuple[int, int, int, int]:
    """(lemma right, verbs, voice right, verbs with a Voice feature)."""
    lemma_ok = n = voice_ok = n_voice = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit() or cols[3] != "VERB":
                continue
            analysis = morph.analyze(cols[1].lower())
            n += 1
            lemma_ok += analysis.lemma == cols[2].lower()
            voice = "passive" if "Voice=Pass" in cols[5] else "active" if "Voice=Act" in cols[5] else None
            if voice:
                n_voice += 1
                voice_ok += analysis.form == voice or (voice == "active" and analysis.form == "base")
    return lemma_ok, n, voice_ok, n_voice


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, default=DEFAULT_UD)
    parser.add_argument("--holdout", help="treebank name part (CSUI, GSD, PUD) to hold out")
    args = parser.parse_args()
    if args.holdout:
        morph = holdout_morphology(args.ud, args.holdout)
        files = [f for f in conllu_files(args.ud) if args.holdout in f.parent.name]
        print(f"held out: {', '.join(f.name for f in files)}")
    else:
        morph = default_morphology()
        files = conllu_files(args.ud)
        right, total = score_tsv(morph, args.ud / "derived_verb_form_lemma_feats.tsv")
        print(f"derived verb forms (tsv, by count): lemma accuracy {pct(right, total)}")
    lemma_ok, n, voice_ok, n_voice = score_verbs(morph, files)
    print(f"VERB tokens (conllu): lemma accuracy {pct(lemma_ok, n)}")
    print(f"VERB tokens (conllu): voice accuracy {pct(voice_ok, n_voice)}")


if __name__ == "__main__":
    main()
