"""``warta actors``: look actors up, count the knowledge base, import Phoenix dictionaries."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

HELP = "actor knowledge base: lookup TEXT, stats, import-phoenix FILE..."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="actors_command", metavar="ACTION")
    sub.required = True
    look = sub.add_parser("lookup", help="code a phrase: code, country, sectors, name, Wikidata id, why")
    look.add_argument("text", nargs="?", help="the phrase (or use --batch)")
    look.add_argument("--date", help="the article date, YYYY-MM-DD (default: newest codes)")
    look.add_argument("--lang", choices=("id", "en"), help="the text language")
    look.add_argument("--json", action="store_true", help="print JSON")
    look.add_argument("--batch", type=Path, help='JSONL file of {"text", "date", "lang"}: one JSON line each')
    stats = sub.add_parser("stats", help="counts by kind (countries, igos, armed_groups, office_holders ...)")
    stats.add_argument("--json", action="store_true", help="print JSON")
    imp = sub.add_parser("import-phoenix", help="turn PETRARCH/Phoenix dictionaries into an overlay file")
    imp.add_argument("files", nargs="+", type=Path, help="Phoenix actor or agent dictionaries")
    imp.add_argument("-o", "--output", type=Path, help="overlay file to write (default: stdout)")
    for p in (look, stats):
        p.add_argument("--actors", action="append", type=Path, default=[], metavar="OVERLAY.yaml",
                       help="add or override KB entries (repeatable)")


def run(args: argparse.Namespace) -> int:
    if args.actors_command == "import-phoenix":
        return run_import(args)
    missing = [str(p) for p in args.actors if not p.exists()]
    if missing:
        print(f"warta actors: overlay not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    from warta.actors.kb import load_kb

    kb = load_kb(args.actors)
    for problem in kb.problems:
        print(f"warta actors: skipped {problem}", file=sys.stderr)
    if args.actors_command == "stats":
        return run_stats(kb, args)
    return run_lookup(kb, args)


def run_stats(kb, args: argparse.Namespace) -> int:
    stats = kb.stats()
    if args.json:
        print(json.dumps(stats, sort_keys=True))
    else:
        for key, value in stats.items():
            print(f"{key:16} {value}")
    return 0


def run_lookup(kb, args: argparse.Namespace) -> int:
    from warta.actors.lookup import lookup
    from warta.actors.stage import ActorMatcher

    matcher = ActorMatcher(kb)
    if args.batch:
        return run_batch(matcher, args.batch)
    if args.text is None:
        print("warta actors lookup: give TEXT or --batch FILE", file=sys.stderr)
        return 2
    result = lookup(matcher, args.text, args.date, args.lang)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    elif not result["found"]:
        print("no actor")
    else:
        print(f"{result['code'] or '(no code)'}\t{result['span']}\t{result['name'] or ''}\t"
              f"{result['wikidata'] or ''}\t{result['why']}")
    return 0


def run_batch(matcher, path: Path) -> int:
    from warta.actors.lookup import lookup

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"warta actors: {path}: cannot read ({exc.strerror})", file=sys.stderr)
        return 2
    status = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
        except ValueError as exc:
            print(f"warta actors: {path}:{lineno}: {exc}", file=sys.stderr)
            print(json.dumps({"line": lineno, "error": str(exc)}))
            status = 1
            continue
        result = lookup(matcher, item["text"], item.get("date"), item.get("lang"))
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    return status


def run_import(args: argparse.Namespace) -> int:
    from warta.actors.phoenix import overlay_items

    missing = [str(p) for p in args.files if not p.exists()]
    if missing:
        print(f"warta actors: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    items, problems = overlay_items(args.files)
    for problem in problems:
        print(f"warta actors: skipped {problem}", file=sys.stderr)
    text = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {len(items)} entries to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
