"""Phrase grammar of grammar.yaml: modifiers, "led by", collectives, demonyms and agents
that take no story country."""

from __future__ import annotations

import pytest
from actors_support import spans


@pytest.mark.parametrize("text, lang, span, code", [
    ("Afghanistan's new rulers met the envoy.", "en", "Afghanistan's new rulers", "AFGGOV"),
    ("Russia's foreign minister arrived.", "en", "Russia's foreign minister", "RUSGOV"),
    ("pemerintahan baru Rumania menolak usul itu.", "id", "pemerintahan baru Rumania", "ROUGOV"),
    ("Pemimpin puncak al-Qaeda tewas.", "id", "Pemimpin puncak al-Qaeda", "IMGAQ"),
    ("Para petani radikal Prancis memblokir jalan.", "id", "Para petani radikal Prancis", "FRAAGR"),
    ("Rudal menghantam pangkalan udara milik Suriah.", "id", "pangkalan udara milik Suriah", "SYRMIL"),
])
def test_listed_adjectives_stay_inside_the_phrase(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang, date="2021-09-01"))


def test_an_unlisted_word_still_breaks_the_phrase(run):
    # a verb between a title and a country: two actors, not one
    assert ("Pemerintah mengecam Rusia", "RUSGOV") not in spans(run("Pemerintah mengecam Rusia."))


@pytest.mark.parametrize("text, lang, span, code", [
    ("Jaringan teror al-Qaeda pimpinan Osama bin Laden menyerang.", "id",
     "Jaringan teror al-Qaeda pimpinan Osama bin Laden", "IMGAQ"),
    ("Osama bin Laden's al-Qaeda attacked.", "en", "Osama bin Laden's al-Qaeda", "IMGAQ"),
    ("Pasukan pimpinan Vietnam menyerang.", "id", "Pasukan pimpinan Vietnam", "VNMMIL"),
])
def test_leader_is_a_modifier_of_the_organisation(run, text, lang, span, code):
    assert spans(run(text, lang=lang, date="2001-10-01")) == [(span, code)]


def test_english_collectives_are_uncoded_mentions(run):
    article = run("The ten participating countries and the participants agreed.", lang="en")
    assert [(m.text, m.actor.code, m.kind) for m in article.mentions] == [
        ("The ten participating countries", None, "agent"), ("the participants", None, "agent")]


def test_plural_demonyms_are_civilians(run):
    assert spans(run("Young Algerians blocked roads.", lang="en")) == [("Algerians", "DZACVL")]
    assert ("dua orang Israel", "ISRCVL") in spans(run("Hamas menahan dua orang Israel."))


def test_prisoners_take_no_story_country(run):
    article = run("Israel menyerang Gaza. Hamas membebaskan para tahanan.")
    assert ("para tahanan", None) in spans(article)
    assert ("tahanan Palestina", "PSECVL") in spans(run("Israel menahan tahanan Palestina."))


@pytest.mark.parametrize("text", ["Russia sent military aid to Syria.", "Rusia mengirim bantuan militer ke Suriah."])
def test_agent_word_used_as_adjective_is_no_actor(run, text):
    assert [m.text for m in run(text, lang="en" if text.startswith("Russia ") else "id").mentions] == [
        text.split()[0], text.rstrip(".").split()[-1]]


def test_dotted_abbreviation_joins_its_noun(run):
    assert ("U.S. soldier", "USAMIL") in spans(run("A bomb killed one U.S. soldier in Iraq.", lang="en"))


@pytest.mark.parametrize("text, span, code", [
    ("A Saudi businessman was arrested.", "Saudi businessman", "SAUBUS"),  # Phoenix BUSINESS!PERSON!
    ("Indian policemen fired.", "Indian policemen", "INDCOP"),  # POLICE!PERSON!
    ("Serbian Labour Minister Dragan Milovanovic said.", "Serbian Labour Minister Dragan Milovanovic", "SRBGOV"),
])
def test_phoenix_substitution_sets_are_agents_and_ministers_are_gov(run, text, span, code):
    assert (span, code) in spans(run(text, lang="en", date=None))
