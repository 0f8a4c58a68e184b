"""The topic stage sets aside sport, entertainment and technology news, where the event
lexicon's verbs are not political events; political news with a few such words stays."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline
from warta.settings import Settings

FOOTBALL_ID = (
    "Timnas Thailand menyerang pertahanan Vietnam sejak awal babak kedua laga semifinal di Stadion Rajamangala. "
    "Striker Thailand mencetak dua gol dan pelatih Vietnam menolak menyalahkan kiper timnya. "
    "Kemenangan ini membawa Thailand ke final turnamen, dan suporter merayakan gol itu."
)
CONCERT_EN = (
    "South Korean singer IU criticised Japan's entertainment agencies at a concert in Tokyo on Sunday. "
    "Fans cheered as the band played songs from her new album, and the actress who stars in "
    "her latest film joined the singer on stage for the last song of the concert."
)
POLITICS_ID = (
    "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Istana Bogor pada Senin. "
    "Kedua pemimpin sepakat memperkuat kerja sama perbatasan dan menonton laga sepak bola "
    "persahabatan kedua timnas di stadion Pakansari setelah pertemuan itu."
)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Settings())


def run(pipeline, text: str, lang: str) -> Article:
    return pipeline(Article(id="t", text=text, language=lang, published="2024-05-06"))


def test_football_report_is_sport_and_codes_no_events(pipeline):
    article = run(pipeline, FOOTBALL_ID, "id")
    assert article.topic == "sport"
    assert article.events == []
    assert any("topic sport" in note for note in article.notes)


def test_entertainment_story_in_english_codes_no_events(pipeline):
    article = run(pipeline, CONCERT_EN, "en")
    assert article.topic == "entertainment"
    assert article.events == []


def test_political_story_with_a_football_match_keeps_its_events(pipeline):
    article = run(pipeline, POLITICS_ID, "id")
    assert article.topic is None
    assert any(e.cameo.startswith("04") for e in article.events)


@pytest.mark.parametrize("text, lang", [(FOOTBALL_ID, "id"), (CONCERT_EN, "en")])
def test_without_the_topic_stage_the_lexicon_reads_sport_and_show_business_as_events(text, lang):
    # what the stage is for: "menyerang" in a match, "criticised" on a stage
    article = Pipeline(Settings(stages=("segment", "actors", "coder")))(
        Article(id="t", text=text, language=lang, published="2024-05-06"))
    assert article.events


def test_cities_named_as_clubs_do_not_count_as_political_actors(pipeline):
    # "Madrid", "Paris", "Barcelona" are clubs here, not governments
    text = ("Madrid menyerang sejak menit awal laga semifinal Liga Champions melawan Paris di Stadion "
            "Santiago Bernabeu. Striker Madrid mencetak dua gol, sementara pelatih Paris menolak "
            "menyalahkan kiper. Barcelona menunggu di final turnamen, dan suporter merayakan gol itu.")
    article = run(pipeline, text, "id")
    assert article.topic == "sport"
    assert article.events == []
