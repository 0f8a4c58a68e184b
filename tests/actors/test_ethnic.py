"""Ethnic groups live in a country they do not name: "etnis Albania" in a story about
Macedonia is Macedonia's people; "Shona rebels" in Mozambique are Mozambican rebels.
Plus the office words and people added in round 5."""

from __future__ import annotations

import pytest
from actors_support import spans

from warta.actors.data_files import DATA_DIR, KBData, load_nation_ethnics, read_tsv
from warta.model import InputError


@pytest.mark.parametrize("text, lang, span, code", [
    ("Polisi Makedonia menangkap warga etnis Albania di dekat perbatasan Makedonia.", "id",
     "warga etnis Albania", "MKDCVLalb"),
    ("Gerilyawan etnis Albania menyerang pos polisi Serbia di Presevo, Serbia.", "id",
     "Gerilyawan etnis Albania", "SRBREBalb"),
    ("Macedonian police said ethnic Albanians attacked a checkpoint in Macedonia.", "en",
     "ethnic Albanians", "MKDCVLalb"),
    ("The Mozambique government accepted demands from Shona rebels.", "en", "Shona rebels", "MOZREBsna"),
    ("Pemerintah Mozambik menerima tuntutan pemberontak Shona.", "id", "pemberontak Shona", "MOZREBsna"),
    ("The Sri Lankan army is holding Tamil refugees near Jaffna.", "en", "Tamil refugees", "LKAREFtam"),
    ("Some 800,000 Iraqi Kurds sought refuge in Germany.", "en", "Iraqi Kurds", "IRQCVLkur"),
    ("Ribuan warga Kurdi Irak mengungsi ke Jerman.", "id", "Ribuan warga Kurdi Irak", "IRQCVLkur"),
])
def test_an_ethnic_group_takes_the_country_it_lives_in(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang, date=None))


def test_the_ethnic_code_is_no_sector(run):
    """CAMEO's ethnic code follows the country and sectors; Actor.sectors lists the sectors only."""
    kurds = [m for m in run("Some 800,000 Iraqi Kurds sought refuge.", lang="en", date=None).mentions
             if m.text == "Iraqi Kurds"]
    assert [(m.actor.country, m.actor.sectors) for m in kurds] == [("IRQ", ("CVL",))]


def test_a_group_without_a_language_code_keeps_the_plain_code(run):
    found = spans(run("Rwandan troops attacked Hutu rebels near Goma.", lang="en", date=None))
    assert not any(c and c[-1].islower() for _, c in found), found


def test_the_state_named_before_its_people_keeps_its_own_code(run):
    """One entry, two readings in one story: the state, then its people after "etnis"."""
    found = spans(run("Albania mengecam penangkapan itu. Polisi Makedonia menangkap etnis Albania "
                      "di Makedonia.", date=None))
    assert ("Albania", "ALB") in found and ("etnis Albania", "MKDCVLalb") in found, found


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


def test_every_ethnic_code_is_a_lower_case_language_code():
    """The suffix is ISO 639-2: three lower-case letters, or none for a group with no language."""
    codes = [row["ethnic"] for _, row in read_tsv(DATA_DIR / "ethnic_groups.tsv")]
    codes += [row["ethnic"] for _, row in read_tsv(DATA_DIR / "ethnic_nations.tsv")]
    assert codes and all(c == "" or (len(c) == 3 and c.isalpha() and c.islower()) for c in codes)


def test_a_bad_nation_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "ethnic_nations.tsv"
    path.write_text("code\tethnic\tsource\nALB\talb\tok\nSerbia\tSRP\tbad\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_nation_ethnics(KBData(), path)
    assert f"{path}:3" in str(caught.value)
