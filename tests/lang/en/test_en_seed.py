"""The English translation of the seed article codes the same events as the Indonesian one.

``data/seed_en.txt`` is our own English translation of the seed article
(``../shared/gold/seed.gold.jsonl``). Both run through the whole pipeline; the events are
compared as the gold metric counts them, (source country, target country, CAMEO root).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval.gold import record_item
from warta.eval.score import triples
from warta.model import Article
from warta.pipeline import Pipeline
from warta.record import article_records
from warta.settings import Settings

SEED_EN = Path(__file__).parent / "data" / "seed_en.txt"

# The acceptance story's events with both actors coded: the Taliban agree to cooperate with
# Russia, China and Iran; Russia and Putin warn about ISIS; Lavrov criticises the absence of
# US officials and warns about Afghan drug trade; the Taliban met EU and US officials and
# travelled to Turkey.
KEY = {("AFG", "RUS", "03"), ("AFG", "CHN", "03"), ("AFG", "IRN", "03"), ("RUS", "IMG", "01"),
       ("RUS", "USA", "11"), ("RUS", "AFG", "01"), ("AFG", "IGO", "04"), ("AFG", "USA", "04"),
       ("AFG", "TUR", "04")}


def coded(text: str, lang: str) -> set[tuple[str, str, str]]:
    pipeline = Pipeline(Settings(lang=lang, stages=("segment", "actors", "coder")))
    article = pipeline(Article(id=f"seed-{lang}", text=text, language=lang, published="2021-10-21"))
    return triples([record_item(r) for r in article_records(article)], "root")


@pytest.fixture(scope="module")
def both(shared):
    seed = json.loads(shared("gold", "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return coded(seed["text"], "id"), coded(SEED_EN.read_text(encoding="utf-8"), "en")


def test_both_languages_find_the_key_events(both):
    indonesian, english = both
    assert KEY <= indonesian, sorted(KEY - indonesian)
    assert KEY <= english, sorted(KEY - english)


def test_english_codes_no_actor_pair_the_indonesian_does_not(both):
    indonesian, english = both
    both_coded = {t for t in english if "---" not in t[:2]}
    assert both_coded <= indonesian, sorted(both_coded - indonesian)
