"""Print warta's actor accuracy on the gold files: ``scripts/actors_accuracy.py [--errors] GOLD...``.

Two figures per file: ``pipeline`` (the headline: the actor stage plus the sources and
targets of the events the full pipeline emits, so a pronoun carries its antecedent) and
``stage`` (the actor stage's raw spans). How one code is chosen per span:
``warta.actors.accuracy``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.actors.accuracy import Score, score_file, stage_coder
from warta.actors.kb import load_kb
from warta.actors.stage import ActorMatcher
from warta.pipeline import Pipeline
from warta.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path,
                        default=sorted((ROOT.parent / "shared" / "gold").glob("*.jsonl")))
    parser.add_argument("--errors", action="store_true", help="list the spans the pipeline codes wrong")
    parser.add_argument("--stage-errors", action="store_true", help="list the spans the actor stage codes wrong")
    args = parser.parse_args(argv)
    coders = {"pipeline": Pipeline(Settings()), "stage": stage_coder(ActorMatcher(load_kb()))}
    totals = {name: Score() for name in coders}
    for path in args.gold:
        for name, code in coders.items():
            score = score_file(code, path)
            totals[name].add(score)
            print(json.dumps({"file": path.name, "coder": name} | score.figures()))
    for name, total in totals.items():
        print(json.dumps({"file": "ALL", "coder": name} | total.figures()))
    for name, wanted in (("pipeline", args.errors), ("stage", args.stage_errors)):
        for error in totals[name].errors if wanted else ():
            print("\t".join((name,) + error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
