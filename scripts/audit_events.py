"""Audit the coder on real news: code a random sample of corpus articles with the full
pipeline and print every event (sentence, source and target text with their codes, CAMEO
code, PLOVER type, trigger and the lexicon entry that fired), to be read and judged.

    .venv/bin/python scripts/audit_events.py --seed 7 --articles 150
    .venv/bin/python scripts/audit_events.py --seed 7 --articles 150 --root 18 --root 19
    .venv/bin/python scripts/audit_events.py --seed 7 --articles 150 --uncoded --min-actors 2
    .venv/bin/python scripts/audit_events.py --seed 7 --articles 300 --category "tajuk utama"

`--uncoded` prints instead the sentences that got no event although they hold at least
`--min-actors` actor mentions: where to look for recall gaps. The sample depends only on
the corpus and the seed, so the same command reads the same articles before and after a
change. Each event gets a label (article.sentence.event) to judge it by.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from warta.coding.codebook import load_codebook
from warta.ingest import read_inputs
from warta.model import Article, Event, Mention
from warta.pipeline import Pipeline, StageError
from warta.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "indosum-articles.jsonl"


def ids_in_category(corpus: Path, category: str) -> set[str]:
    """Ids of the corpus records whose `category` field is `category` (IndoSum: "tajuk utama",
    "olahraga", ...): the article model does not carry the field, so it is read here."""
    with corpus.open(encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        return {str(r.get("id")) for r in records if r.get("category") == category}


def sample_articles(corpus: Path, seed: int, size: int, settings: Settings,
                    category: str | None = None) -> list[Article]:
    """`size` articles drawn from the corpus (or one category of it) with `seed`, in corpus order."""
    articles = [a for a in read_inputs([str(corpus)], settings) if isinstance(a, Article)]
    if category is not None:
        wanted = ids_in_category(corpus, category)
        articles = [a for a in articles if a.id in wanted]
    if size >= len(articles):
        return articles
    chosen = sorted(random.Random(seed).sample(range(len(articles)), size))
    return [articles[i] for i in chosen]


def describe(mention: Mention | None) -> str:
    """`CODE "text"` of a participant, or `-`."""
    return "-" if mention is None else f'{mention.actor.code or "?"} "{mention.text}"'


def show_event(label: str, event: Event, codebook) -> str:
    """One event on one line: code, PLOVER, trigger, who -> whom, flags and rule."""
    plover = codebook.get(event.cameo).plover if event.cameo in codebook else "?"
    flags = "".join([" NEG" if event.negated else "", f" {event.modality}" if event.modality != "asserted" else ""])
    return (f"  {label}  {event.cameo} {plover} [{event.trigger.text}]  "
            f"{describe(event.source)} -> {describe(event.target)}{flags}  ({event.rule})")


def audit(articles: list[Article], pipeline: Pipeline, roots: set[str], uncoded: bool, min_actors: int) -> int:
    """Print the events (or the uncoded sentences) of the articles; return how many."""
    codebook = load_codebook()
    shown = 0
    for a_index, article in enumerate(articles):
        try:
            article = pipeline(article)
        except StageError as exc:  # a coder bug on one article must not end the audit
            print(f"# [{a_index}] skipped: {exc}", file=sys.stderr)
            continue
        for sentence in article.sentences:
            text = " ".join(article.text[sentence.start:sentence.end].split())
            events = [e for e in article.events if e.sentence == sentence.index]
            if uncoded:
                mentions = [m for m in article.mentions if m.sentence == sentence.index]
                if events or len(mentions) < min_actors:
                    continue
                shown += 1
                actors = ", ".join(describe(m) for m in mentions)
                print(f"[{a_index}.{sentence.index}] {article.id} {text}\n    actors: {actors}\n")
                continue
            events = [e for e in events if not roots or e.cameo[:2] in roots]
            if not events:
                continue
            print(f"[{a_index}.{sentence.index}] {article.id} {text}")
            for e_index, event in enumerate(events):
                print(show_event(f"{a_index}.{sentence.index}.{e_index}", event, codebook))
                shown += 1
            print()
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a JSONL corpus (default: IndoSum)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the sample")
    parser.add_argument("--articles", type=int, default=100, help="how many articles to sample")
    parser.add_argument("--category", help='keep only the records of this category ("tajuk utama")')
    parser.add_argument("--root", action="append", default=[], help="keep only this CAMEO root (repeatable)")
    parser.add_argument("--uncoded", action="store_true", help="print sentences with actors but no event")
    parser.add_argument("--min-actors", type=int, default=2, help="with --uncoded: actor mentions needed")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"error: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    settings = Settings(lang="id")
    articles = sample_articles(args.corpus, args.seed, args.articles, settings, args.category)
    if not articles:
        print(f"error: no article of category {args.category!r} in {args.corpus}", file=sys.stderr)
        return 2
    shown = audit(articles, Pipeline(settings), {r.zfill(2) for r in args.root}, args.uncoded, args.min_actors)
    what = "uncoded sentences" if args.uncoded else "events"
    scope = f", category {args.category}" if args.category else ""
    print(f"# {shown} {what} in {len(articles)} articles (seed {args.seed}{scope})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
