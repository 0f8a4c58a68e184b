"""Accuracy of the date and place stages on the gold files, without the coder.

Gold articles are read as ``warta code`` reads them, segmented and given their actors by
the real stages; each gold event sits on the sentence holding its trigger, then the date
and place stages run (``warta.resolve.gold`` says exactly what is compared).

Run:  .venv/bin/python benchmarks/resolve_accuracy.py [GOLD.jsonl ...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.resolve.gold import score

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
DEFAULT_FILES = [GOLD / "seed.gold.jsonl", GOLD / "news-id-dev.gold.jsonl"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--misses", action="store_true", help="print every wrong date and place")
    args = parser.parse_args()
    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        print(f"gold files absent: {', '.join(missing)}", file=sys.stderr)
        return 2
    tally = score(args.files, args.misses)
    for line in tally.misses:
        print(line)
    for key, (right, total) in tally.counts.items():
        share = f"{100 * right / total:5.1f}%" if total else "   n/a"
        print(f"{key:10s} {right:4d} / {total:4d}  {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
