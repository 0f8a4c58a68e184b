"""``warta eval``: code the gold texts (or read predictions) and score them."""

from __future__ import annotations

from dataclasses import dataclass

from warta.eval.gold import GoldText, read_gold, read_predictions, record_item
from warta.eval.score import Coded, Report, score, triples
from warta.pipeline import Pipeline
from warta.record import article_records
from warta.settings import Settings


@dataclass(slots=True)
class ErrorLine:
    kind: str  # FP | FN
    text_id: str
    triple: tuple[str, str, str]
    sentence: str


def predict(texts: list[GoldText], settings: Settings) -> dict[str, list[dict]]:
    """Run the pipeline over the gold texts; records grouped by text id."""
    pipeline = Pipeline(settings)
    out = {}
    for gold in texts:
        article = gold.article()
        if settings.lang != "auto":
            article.language = settings.lang
        out[gold.id] = article_records(pipeline(article), settings.min_confidence)
    return out


def evaluate(gold_path: str, pred_path: str | None = None, settings: Settings | None = None
             ) -> tuple[Report, list[ErrorLine]]:
    settings = settings or Settings()
    texts = read_gold(gold_path)
    records = read_predictions(pred_path) if pred_path else predict(texts, settings)
    plover_only = any(t.plover_only for t in texts)
    pairs = [(t.id, t.items, [record_item(r) for r in records.get(t.id, [])]) for t in texts]
    report = score(pairs, plover_only=plover_only)
    return report, error_lines(texts, records, report.headline)


def _sentences_of(items: list[Coded], sentences: list[str], variant: str) -> dict[tuple, str]:
    where: dict[tuple, str] = {}
    for item, sentence in zip(items, sentences):
        for triple in triples([item], variant):
            where.setdefault(triple, sentence)
    return where


def error_lines(texts: list[GoldText], records: dict[str, list[dict]], variant: str) -> list[ErrorLine]:
    lines = []
    for t in texts:
        recs = records.get(t.id, [])
        system_items = [record_item(r) for r in recs]
        gold = triples(t.items, variant)
        system = triples(system_items, variant)
        gold_where = _sentences_of(t.items, [i.sentence for i in t.items], variant)
        sys_where = _sentences_of(system_items, [r["evidence"]["text"] for r in recs], variant)
        for triple in sorted(system - gold):
            lines.append(ErrorLine("FP", t.id, triple, sys_where.get(triple, "(joint action)")))
        for triple in sorted(gold - system):
            lines.append(ErrorLine("FN", t.id, triple, gold_where.get(triple, "(joint action)")))
    return lines
