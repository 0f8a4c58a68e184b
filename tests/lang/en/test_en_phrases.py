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


@pytest.mark.parametrize("text, event, background", [
    # a time adverbial and a determiner between a refusal and the refused appeal
    ("Damascus rejected on Monday an Arab League appeal for sending troops to Lebanon.",
     ("SYR", "IGO", "12"), ("IGO", "---", "02")),
    # a reduced passive is no order of the clause's subject
    ("Benin opened its borders to Ghanaians ordered out of Nigeria.", ("BEN", "GHA", "07"), ("BEN", "NGA", "10")),
])
def test_a_refused_or_reduced_act_is_no_event_of_its_own(pipeline, text, event, background) -> None:
    found = coded(pipeline, text)
    assert event in found, sorted(found)
    assert background not in found, sorted(found)


@pytest.mark.parametrize("text, event", [
    ("Hundreds of Iraqi Kurds sought refuge in Turkey.", ("IRQ", "TUR", "02")),  # "in" belongs to the trigger
    ("Nigeria ordered all Ghanaian immigrants out of the country.", ("NGA", "GHA", "17")),
    ("Iraqi troops used hundreds of Kuwaiti civilians as human shields.", ("IRQ", "KWT", "18")),
    ("The Algerian government shortened by two hours the curfew imposed in Algiers.", ("DZA", "DZA", "08")),
])
def test_long_phrases_reach_their_participants(pipeline, text, event) -> None:
    assert event in coded(pipeline, text)


def test_a_role_in_an_act_is_background(pipeline) -> None:
    found = coded(pipeline, "Police put an American student under investigation for her role in the rioting in Genoa.")
    assert not any(root == "14" for _, _, root in found), sorted(found)
