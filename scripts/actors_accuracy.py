"""Print warta's actor accuracy on the gold files: ``scripts/actors_accuracy.py [--errors] GOLD...``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.actors.accuracy import Score, score_file
from warta.actors.kb import load_kb
from warta.actors.stage import ActorMatcher

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="*", type=Path,
                        default=sorted((ROOT.parent / "shared" / "gold").glob("*.jsonl")))
    parser.add_argument("--errors", action="store_true", help="list the spans coded wrong")
    args = parser.parse_args(argv)
    matcher = ActorMatcher(load_kb())
    total = Score()
    for path in args.gold:
        score = score_file(matcher, path)
        total.add(score)
        print(json.dumps({"file": path.name} | score.figures()))
    print(json.dumps({"file": "ALL"} | total.figures()))
    if args.errors:
        for error in total.errors:
            print("\t".join(error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
