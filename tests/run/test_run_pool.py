"""The process pool: input order kept, a dying worker costs one retry, then a failure."""

from __future__ import annotations

import pytest
import standin

from warta.model import Article, InputError
from warta.run.batch import CHUNK, FAILED, code_articles
from warta.run.pool import WorkerError
from warta.settings import Settings


def inputs(n: int, special: dict[int, str] | None = None) -> list[Article | InputError]:
    special = special or {}
    items = []
    for i in range(n):
        if i % 13 == 12:
            items.append(InputError(f"corpus.jsonl:{i + 1}", "not valid JSON"))
        else:
            items.append(Article(id=f"a{i}", text=special.get(i, f"article {i} " + "x" * i), origin=f"corpus.jsonl:{i + 1}"))
    return items


def summary(outcomes) -> list[tuple]:
    return [(o.article.id, o.records[0]["length"]) if o.article else (o.where, o.problem) for o in outcomes]


def test_two_workers_give_the_outcomes_of_one_in_input_order():
    items = inputs(10 * CHUNK + 5)
    alone = list(code_articles(items, Settings(), workers=1, coder=standin.code_chunk))
    memory = {}
    pooled = list(code_articles(items, Settings(), workers=2, coder=standin.code_chunk, on_memory=memory.__setitem__))
    assert summary(pooled) == summary(alone)
    assert [o.where for o in pooled if o.article is None] == [f"corpus.jsonl:{i + 1}" for i in range(12, len(items), 13)]
    workers = {o.records[0]["pid"] for o in pooled if o.article}
    assert len(workers) == 2, "both workers should have coded chunks"
    assert set(memory) == workers and all(0 < mb < 500 for mb in memory.values())


def test_a_worker_killed_by_an_article_is_retried_once_then_the_article_fails(tmp_path):
    flaky = tmp_path / "flaky.marker"
    items = inputs(4 * CHUNK, special={3: "POISON here", 5: f"FLAKY:{flaky}", 40: "POISON again"})
    outcomes = list(code_articles(items, Settings(), workers=2, coder=standin.code_chunk))
    assert len(outcomes) == len(items)
    failures = {o.where: o.problem for o in outcomes if o.problem == FAILED}
    assert failures == {"corpus.jsonl:4": FAILED, "corpus.jsonl:41": FAILED}
    assert flaky.exists(), "the flaky article should have killed its first worker"
    by_id = {o.article.id: o for o in outcomes if o.article}
    assert "a5" in by_id, "a flaky article is coded on its retry"
    # the poisoned article's chunk-mates and everything after it are coded, in order
    assert [o.article.id for o in outcomes if o.article] == [
        i.id for i in items if isinstance(i, Article) and i.id not in {"a3", "a40"}]


def test_a_worker_that_cannot_code_at_all_stops_the_run_with_its_reason():
    items = inputs(CHUNK, special={2: "BROKEN"})
    with pytest.raises(WorkerError, match="lexicon could not be loaded"):
        list(code_articles(items, Settings(), workers=2, coder=standin.code_chunk))


def test_ahead_hands_over_everything_in_order_and_raises_the_producers_error():
    from warta.run.batch import ahead

    def produce():
        yield from range(100)
        raise WorkerError("resources failed")

    got = []
    with pytest.raises(WorkerError, match="resources failed"):
        for item in ahead(produce(), size=8):
            got.append(item)
    assert got == list(range(100))


def test_ahead_closes_the_producer_when_the_consumer_stops():
    from warta.run.batch import ahead

    closed = []

    def produce():
        try:
            yield from range(10**9)
        finally:
            closed.append(True)

    for item in ahead(produce(), size=4):
        if item == 10:
            break
    assert closed == [True], "the producer (a pool) is closed, its workers ended"
