"""warta eval GOLD.jsonl [--pred EVENTS.jsonl] [--errors] [--json]"""

from __future__ import annotations

import argparse
import json
import sys

from warta.commands import add_actors_argument, settings_from
from warta.eval.evaluate import evaluate
from warta.model import InputError

HELP = "score the coder (or a predictions file) against a gold file: micro P/R/F1 with variants"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", help="gold file (JSONL, ../shared/gold format)")
    parser.add_argument("--pred", help="score these event records instead of running the coder")
    parser.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--lang", default="auto", choices=["auto", "id", "en"])
    parser.add_argument("--min-confidence", type=float, default=0.0)
    add_actors_argument(parser)


def render(report: dict) -> str:
    lines = [f"texts: {report['texts']}   headline: {report['headline']}"]
    lines.append(f"{'variant':<10} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}")
    for variant in ("root", "plover", "code", "actors"):
        if variant in report:
            f = report[variant]
            lines.append(f"{variant:<10} {f['precision']:>7.3f} {f['recall']:>7.3f} {f['f1']:>7.3f} "
                         f"{f['tp']:>5} {f['fp']:>5} {f['fn']:>5}")
    lines.append(f"by {'PLOVER type' if report['headline'] == 'plover' else 'CAMEO root'}:")
    for key, f in report["by_root"].items():
        lines.append(f"  {key:<10} {f['precision']:>7.3f} {f['recall']:>7.3f} {f['f1']:>7.3f} "
                     f"{f['tp']:>5} {f['fp']:>5} {f['fn']:>5}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    try:
        report, errors = evaluate(args.gold, args.pred, settings)
    except (InputError, OSError) as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return 2
    figures = report.to_dict()
    if args.json:
        payload = dict(figures)
        if args.errors:
            payload["errors"] = [{"kind": e.kind, "text": e.text_id, "triple": list(e.triple),
                                  "sentence": e.sentence} for e in errors]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(render(figures))
    if args.errors:
        for e in errors:
            s, t, k = e.triple
            print(f"{e.kind} {e.text_id} {s}->{t} {k} | {e.sentence}")
    return 0
