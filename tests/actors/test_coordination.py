"""Titles shared across coordination, deputies, plural places, agents with no country."""

from __future__ import annotations

import pytest

from warta.actors.lookup import lookup
from actors_support import spans


def test_title_is_shared_by_coordinated_countries(run):
    article = run("Pejabat senior Hongaria dan Rumania pada Rabu sepakat bekerja sama.")
    assert spans(article) == [("Pejabat senior Hongaria", "HUNGOV"), ("Rumania", "ROUGOV")]
    article = run("Pejabat Uni Eropa dan AS bertemu di Brussel.")
    assert spans(article)[:2] == [("Pejabat Uni Eropa", "IGOEU"), ("AS", "USAGOV")]


def test_english_adjectives_share_the_noun(run):
    article = run("Senior Hungarian and Romanian officials agreed on Wednesday.", lang="en")
    assert spans(article) == [("Hungarian", "HUNGOV"), ("Romanian officials", "ROUGOV")]


def test_a_named_person_does_not_share_his_title(run):
    article = run("Presiden Rusia Vladimir Putin dan Turki membahas Suriah.")
    assert ("Turki", "TUR") in spans(article)


@pytest.mark.parametrize("text, lang, span, code", [
    ("Wakil Menteri Luar Negeri Taiwan datang.", "id", "Wakil Menteri Luar Negeri Taiwan", "TWNGOV"),
    ("mantan Wakil Presiden Jusuf Kalla hadir.", "id", "mantan Wakil Presiden Jusuf Kalla", "IDNELI"),
    ("Russian Deputy Foreign Minister Sergei Ryabkov said", "en", "Russian Deputy Foreign Minister Sergei Ryabkov",
     "RUSGOV"),
])
def test_deputy_is_part_of_the_title(matcher, text, lang, span, code):
    result = lookup(matcher, text, "2021-10-21", lang)
    assert (result["span"], result["code"]) == (span, code)


def test_transnational_agents_take_no_story_country(run):
    article = run("Para militan menyerang pos polisi di Moskow. Rusia mengecam serangan itu.")
    assert ("Para militan", None) in spans(article)
    assert ("polisi", "RUSCOP") in spans(article)  # a domestic agent still does


@pytest.mark.parametrize("text, lang, code", [
    ("para militan ISIS", "id", "IMGISI"),
    ("Pemberontak di Pantai Gading", "id", "CIVREB"),
    ("Rebels in the Ivory Coast", "en", "CIVREB"),
    ("pemberontak di Darfur", "id", "SDNREB"),
])
def test_transnational_agents_take_the_place_the_phrase_names(matcher, text, lang, code):
    assert lookup(matcher, text, "2021-10-21", lang)["code"] == code


@pytest.mark.parametrize("text, code", [
    ("negara-negara Asia Tengah", "CAS"),
    ("negara-negara Arab", "ARB"),
    ("negara-negara Barat", "WST"),
])
def test_plural_of_places_is_one_mention(run, text, code):
    assert spans(run(f"{text} menolak usul itu.")) == [(text, code)]


def test_generic_court_takes_the_country_that_follows(run):
    article = run("Mahkamah Agung Israel memutuskan perkara itu. Mahkamah Agung menolak banding.")
    assert spans(article) == [("Mahkamah Agung Israel", "ISRJUD"), ("Mahkamah Agung", "IDNJUD")]
