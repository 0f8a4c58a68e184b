"""Ethnic groups live in a country they do not name: "etnis Albania" in a story about
Macedonia is Macedonia's people; "Shona rebels" in Mozambique are Mozambican rebels.
Plus the office words and people added in round 5."""

from __future__ import annotations

import pytest
from actors_support import spans


@pytest.mark.parametrize("text, lang, span, code", [
    ("Polisi Makedonia menangkap warga etnis Albania di dekat perbatasan Makedonia.", "id",
     "warga etnis Albania", "MKDCVL"),
    ("Gerilyawan etnis Albania menyerang pos polisi Serbia di Presevo, Serbia.", "id",
     "Gerilyawan etnis Albania", "SRBREB"),
    ("Macedonian police said ethnic Albanians attacked a checkpoint in Macedonia.", "en",
     "ethnic Albanians", "MKDCVL"),
    ("The Mozambique government accepted demands from Shona rebels.", "en", "Shona rebels", "MOZREB"),
    ("Pemerintah Mozambik menerima tuntutan pemberontak Shona.", "id", "pemberontak Shona", "MOZREB"),
    ("The Sri Lankan army is holding Tamil refugees near Jaffna.", "en", "Tamil refugees", "LKAREF"),
    ("Some 800,000 Iraqi Kurds sought refuge in Germany.", "en", "Iraqi Kurds", "IRQCVL"),
    ("Ribuan warga Kurdi Irak mengungsi ke Jerman.", "id", "Ribuan warga Kurdi Irak", "IRQCVL"),
])
def test_an_ethnic_group_takes_the_country_it_lives_in(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang, date=None))


def test_a_nationality_without_a_marker_is_still_the_state(run):
    found = spans(run("Presiden Albania mengunjungi Makedonia.", date=None))
    assert ("Presiden Albania", "ALBGOV") in found


def test_an_adverb_is_no_actor(run):
    article = run("Suriah menduduki negara itu secara militer selama lima belas tahun.")
    assert not any("militer" in m.text for m in article.mentions)


@pytest.mark.parametrize("text, lang, date, span, code", [
    ("U.N. Secretary-General Kofi Annan announced the withdrawal.", "en", "1998-03-02", "Kofi Annan", "IGOUNO"),
    ("Arab League Secretary-General Chedli Klibi condemned the raid.", "en", "1989-03-02", "Chedli Klibi", "IGOARL"),
    ("Menteri Muda Luar Negeri Nigeria Dubem Oniya memanggil duta besar Niger.", "id", "1998-03-02",
     "Menteri Muda Luar Negeri Nigeria Dubem Oniya", "NGAGOV"),
])
def test_heads_of_organisations_and_junior_ministers(run, text, lang, date, span, code):
    found = spans(run(text, lang=lang, date=date))
    assert any(span in s and c == code for s, c in found), found


def test_a_territory_is_not_a_person(run):
    article = run("Prisoners rioted at a jail in East Timor's capital Dili.", lang="en", date=None)
    timor = [m for m in article.mentions if "East Timor" in m.text]
    assert timor and all(m.kind != "person" and m.actor.country == "TLS" for m in timor)
