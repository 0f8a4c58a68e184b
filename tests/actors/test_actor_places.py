"""Places beside actors: place nouns, cities and provinces (data/place_nouns.tsv, data/places.tsv)."""

from __future__ import annotations

import pytest
from actors_support import spans


@pytest.mark.parametrize("text, lang, gone", [
    ("Mahasiswa berdemo di depan Gedung DPR.", "id", "DPR"),  # a building, not the parliament acting
    ("Warga mengungsi ke perbatasan Suriah.", "id", "Suriah"),  # a border, not Syria acting
    ("He grew up in a Bosnian town near the coast.", "en", "Bosnian"),  # adjective + place noun
])
def test_country_beside_a_place_noun_is_no_actor(run, text, lang, gone):
    article = run(text, lang=lang)
    assert not any(gone in m.text for m in article.mentions)


@pytest.mark.parametrize("text, lang, span, code", [
    ("Pemerintah provinsi Sindh memerintahkan patroli.", "id", "Pemerintah provinsi Sindh", "PAKGOV"),
    ("The government of Sindh province has ordered patrols.", "en", "The government of Sindh province", "PAKGOV"),
    ("Polisi Surabaya menangkap dua orang.", "id", "Polisi Surabaya", "IDNCOP"),
])
def test_title_with_a_province_or_city_takes_its_country(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang))


def test_city_after_a_place_word_is_a_place_of_its_country(run):
    article = run("Jam malam diberlakukan di kota Cizre setelah unjuk rasa.")
    [cizre] = [m for m in article.mentions if m.text == "Cizre"]
    assert (cizre.actor.code, cizre.kind) == ("TUR", "metonym")
    english = run("Turkish authorities imposed a curfew in the town of Cizre.", lang="en")
    assert ("Cizre", "TUR") in spans(english)


def test_city_named_alone_is_no_actor(run):
    # football clubs carry their city's name; a capital still stands for its government
    assert spans(run("Bayern mengalahkan Dortmund dua gol tanpa balas.")) == []
    assert spans(run("Aljir menolak tuduhan itu.")) == [("Aljir", "DZAGOV")]
