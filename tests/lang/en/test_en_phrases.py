"""English phrases the pack shapes through the whole pipeline: action nouns (the "of"
phrase is the one acted on, the doer is "by X" or the modifier before the noun) and reasons
("for" + verb: the act is alleged or praised, not asserted)."""

from __future__ import annotations

import pytest

from warta.eval.gold import record_item
from warta.eval.score import triples
from warta.model import Article
from warta.pipeline import Pipeline
from warta.record import article_records
from warta.settings import Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings(lang="en", stages=("segment", "actors", "coder")))


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    article = pipeline(Article(id="action-nouns", text=text, language="en", published="2001-05-01"))
    return triples([record_item(r) for r in article_records(article)], "root")


@pytest.mark.parametrize("text, event", [
    ("Iraq's invasion of Kuwait began in August.", ("IRQ", "KWT", "19")),
    ("The arrest of the Egyptian opposition leader by Israeli police caused anger.", ("ISR", "EGY", "17")),
    ("The Turkish deportation of Syrian refugees continued on Monday.", ("TUR", "SYR", "17")),
])
def test_of_phrase_is_the_target_and_the_doer_comes_before_or_after_by(pipeline, text, event) -> None:
    found = coded(pipeline, text)
    assert event in found, sorted(found)
    assert (event[1], event[0], event[2]) not in found, sorted(found)


@pytest.mark.parametrize("text, event, reason", [
    ("Egyptian police arrested two Israeli tourists for attacking a Palestinian guard.",
     ("EGY", "ISR", "17"), ("ISR", "PSE", "19")),
    ("Russia praised China for supporting Iran.", ("RUS", "CHN", "05"), ("CHN", "IRN", "05")),
])
def test_a_reason_after_for_is_not_an_event_of_its_own(pipeline, text, event, reason) -> None:
    found = coded(pipeline, text)
    assert event in found, sorted(found)
    assert reason not in found, sorted(found)
