"""Print the quality figures of docs/quality.md: `warta eval` on every dev gold set.

    .venv/bin/python scripts/quality_report.py [--shared ../shared]

Each row is what `warta eval GOLD` prints (micro P/R/F1 of the headline variant, then the
other variants' F1), so every number in the doc can be rerun one by one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.eval.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ["seed.gold.jsonl", "news-id-dev.gold.jsonl", "plover-gsr-dev.id.jsonl", "plover-gsr-dev.en.jsonl"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    print("| gold set | headline | P | R | F1 | PLOVER F1 | full code F1 | full actors F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name in GOLD:
        report, _ = evaluate(str(args.shared / "gold" / name))
        f = report.to_dict()
        head = f[f["headline"]]
        other = [f"{f[v]['f1']:.3f}" if v in f else "–" for v in ("plover", "code", "actors")]
        print(f"| {name} | {f['headline']} | {head['precision']:.3f} | {head['recall']:.3f} | {head['f1']:.3f} | "
              + " | ".join(other) + " |")


if __name__ == "__main__":
    main()
