"""Where the hand-written English lexicon misses or recodes PETRARCH2's verbs.

Runs the pack's ``events_*.tsv`` over the example of every row of
``scripts/english_lexicon_candidates.tsv`` (PETRARCH2 ``CAMEO.2.0.txt`` rewritten by
``build_english_lexicon.py``) and prints, by PLOVER type, the candidates the curated
lexicon does not find at all (``miss``) or finds with another PLOVER type (``recode``).
It is a curation work list: a row is promoted into ``events_NN_*.tsv`` only with a news
sentence of our own, after checking the code against the CAMEO code book.

    .venv/bin/python scripts/english_coverage.py [--type ASSAULT] [--single] [--recode]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from warta.coding.codebook import load_codebook
from warta.coding.lexicon import EventLexicon, read_lexicon_file
from warta.lang import get_pack
from warta.segment import tokenize

CANDIDATES = Path(__file__).resolve().parent / "english_lexicon_candidates.tsv"


def words_of(sentence: str) -> list[str]:
    return [sentence[s:e].lower() for s, e in tokenize(sentence)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--type", help="only this PLOVER type")
    parser.add_argument("--single", action="store_true", help="only one-word and phrasal verbs (no gaps)")
    parser.add_argument("--recode", action="store_true", help="only candidates found with another type")
    args = parser.parse_args()
    codebook = load_codebook()
    lexicon = EventLexicon.from_pack(get_pack("en"))
    counts: Counter[tuple[str, str]] = Counter()
    for entry in read_lexicon_file(CANDIDATES):
        plover = codebook.get(entry.cameo).plover or "-"
        if (args.type and plover != args.type) or (args.single and "*" in entry.pattern):
            continue
        found = [t.cameo for t in lexicon.match(words_of(entry.example))]
        types = {codebook.get(c).plover or "-" for c in found}
        status = "ok" if plover in types else "recode" if found else "miss"
        counts[(plover, status)] += 1
        if status == "ok" or (args.recode and status != "recode"):
            continue
        print(f"{plover}\t{status}\t{entry.cameo}\t{' '.join(entry.pattern)}\t{','.join(found)}")
    for (plover, status), n in sorted(counts.items()):
        print(f"# {plover:10} {status:6} {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
