"""Organisations named in the text, abbreviations, capitals, titles with a known surname."""

from __future__ import annotations

import pytest

from warta.actors.lookup import lookup
from actors_support import spans


@pytest.mark.parametrize("text, lang, span, code", [
    ("Komisi Antikorupsi Kenya menyelidiki kasus itu.", "id", "Komisi Antikorupsi Kenya", "KENGOV"),
    ("Serikat Pekerja Serbia mogok pada Senin.", "id", "Serikat Pekerja Serbia", "SRBLAB"),
    ("Front Patriotik Rwanda menolak usul itu.", "id", "Front Patriotik Rwanda", "RWAPTY"),
    ("The Rwandan Patriotic Front rejected the plan.", "en", "Rwandan Patriotic Front", "RWAPTY"),
    ("The Zambian Anti-Corruption Commission opened a case.", "en", "Zambian Anti-Corruption Commission", "ZMBGOV"),
])
def test_named_organisation_takes_country_from_its_name_and_sector_from_its_head(matcher, text, lang, span, code):
    result = lookup(matcher, text, None, lang)
    assert (result["span"], result["code"], result["kind"]) == (span, code, "agent")


def test_organisation_without_country_in_its_name_takes_the_story_country(run):
    article = run("Presiden Aljazair Abdelaziz Bouteflika siap mencabut larangan terhadap "
                  "Front Penyelamatan Islam (FIS). FIS menyambut langkah itu.", date="1999-07-01")
    assert ("Front Penyelamatan Islam", "DZAPTY") in spans(article)
    assert ("FIS", "DZAPTY") in spans(article)  # the abbreviation binds to the name before it


def test_abbreviation_before_its_name_is_not_bound(run):
    article = run("GPK menolak. Gerakan Pemuda Kenya (GPK) lalu berunding.")
    assert [m for m in article.mentions if m.text == "GPK"] == []


def test_stateless_group_code_takes_the_story_country(matcher):
    result = lookup(matcher, "President Abdelaziz Bouteflika may lift the ban on the Islamic Salvation Front",
                    None, "en")
    fis = [m for m in result["mentions"] if m["span"] == "Islamic Salvation Front"]
    assert [m["code"] for m in fis] == ["DZAREB"]


@pytest.mark.parametrize("text, code", [
    ("Moskow menolak tuduhan itu.", "RUSGOV"),  # a capital that acts is its government
    ("Pertemuan di Moskow berakhir.", "RUS"),  # after a place word it is the place
    ("polisi Jakarta menangkap dua orang.", "IDNCOP"),  # a title's sectors come first
])
def test_capitals_stand_for_their_government(matcher, text, code):
    assert lookup(matcher, text, "2021-10-21", "id")["code"] == code


@pytest.mark.parametrize("text, lang, code", [
    ("Presiden Bush mengancam Rusia.", "id", "USAGOV"),  # the surname's country, not the story's
    ("President Bouteflika's plan", "en", "DZAGOV"),
])
def test_title_with_a_known_surname_takes_its_country(matcher, text, lang, code):
    assert lookup(matcher, text, None, lang)["code"] == code


def test_title_sectors_win_over_a_persons_listed_office(matcher):
    """The text says what he is now: a general is military, whatever office he held later."""
    assert lookup(matcher, "General Michel Aoun", None, "en")["code"] == "LBNMIL"
    assert lookup(matcher, "Jenderal Michel Aoun", None, "id")["code"] == "LBNMIL"


def test_red_cross_is_coded_as_the_gold_codes_it(matcher):
    assert lookup(matcher, "Para pejabat Palang Merah", None, "id")["code"].startswith("IGO")
    assert lookup(matcher, "Red Cross officials", None, "en")["code"].startswith("IGO")
