"""Show what the pipeline does with English sentences: actor mentions, lexicon triggers
and coded events (with the lexicon entry and subject rule that fired).

    .venv/bin/python scripts/show_english_events.py "Police arrested twelve protesters."
    .venv/bin/python scripts/show_english_events.py --gold GOLD.jsonl --id PLOVER-GSR01-AGREE-0005
"""

from __future__ import annotations

import argparse
import json
import sys

from warta.coding.clause import build_clause
from warta.coding.codebook import load_codebook
from warta.model import Article
from warta.pipeline import Pipeline
from warta.settings import Settings


def read_texts(args: argparse.Namespace) -> list[tuple[str, str, list[dict]]]:
    """(id, text, gold events) for the sentences or gold records asked for."""
    if not args.gold:
        return [(f"s{i}", text, []) for i, text in enumerate(args.texts)]
    out = []
    with open(args.gold, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not args.ids or any(i in record["id"] for i in args.ids):
                out.append((record["id"], record["text"], record.get("events", [])))
    return out


def show(pipeline: Pipeline, text_id: str, text: str, gold: list[dict]) -> None:
    codebook = load_codebook()
    article = pipeline(Article(id=text_id, text=text, language="en"))
    print(f"== {text_id}: {text}")
    for g in gold:
        print(f"   gold  {g.get('source')} -> {g.get('target')} {g.get('plover_gsr') or g.get('cameo')} [{g.get('event_text')}]")
    for m in article.mentions:
        print(f"   actor {m.text!r} {m.actor.code} ({m.kind})")
    coder = next(st for st in pipeline.stages if st.name == "coder").coder
    grammar = coder.grammar("en")
    for sentence in article.sentences:
        mentions = [m for m in article.mentions if m.sentence == sentence.index]
        clause = build_clause(article.text, sentence, mentions, grammar)
        dropped = coder.subordinate(clause, grammar) | coder.content(clause, grammar)
        for i, t in enumerate(clause.triggers):
            words = " ".join(clause.words[t.first:t.last + 1])
            print(f"   trig  [{words}] {t.cameo} {t.form} {t.entry.id}{' (subordinate)' if i in dropped else ''}")
    for e in article.events:
        src = e.source.actor.code if e.source else "-"
        tgt = e.target.actor.code if e.target else "-"
        plover = codebook.get(e.cameo).plover if e.cameo in codebook else "?"
        flags = " NEG" if e.negated else ""
        print(f"   event {src} -> {tgt} {e.cameo} {plover} {e.modality}{flags} [{e.trigger.text}] {e.rule}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="*", help="English sentences")
    parser.add_argument("--gold", help="a gold JSONL file to read texts from")
    parser.add_argument("--id", dest="ids", action="append", default=[], help="gold ids (substring)")
    args = parser.parse_args()
    pipeline = Pipeline(Settings(lang="en"))
    for text_id, text, gold in read_texts(args):
        show(pipeline, text_id, text, gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
