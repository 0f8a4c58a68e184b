"""Round 8: people coded by where they come from, by the name given after them, by the
organisation a title holder belongs to; nationality + country in Indonesian; misspelt
leader names; the English agent forms expanded from Phoenix."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from actors_support import spans

from warta.actors.fuzzy import one_edit
from warta.actors.data_files import DATA_DIR, read_tsv


@pytest.mark.parametrize("text, lang, span, code", [
    ("The UN will give food aid to refugees fleeing the civil war in Liberia, the WFP said.", "en",
     "refugees fleeing the civil war in Liberia", "LBRREF"),
    ("PBB menyalurkan bantuan bagi para pengungsi yang melarikan diri dari perang saudara di Liberia.", "id",
     "para pengungsi yang melarikan diri dari perang saudara di Liberia", "LBRREF"),
    ("Benin membuka perbatasan bagi warga Afrika Barat yang diusir dari Nigeria.", "id",
     "warga Afrika Barat yang diusir dari Nigeria", "NGACVL"),
    ("Seorang misionaris Kristen asal Calgary ditangkap di Lebanon.", "id",
     "Seorang misionaris Kristen asal Calgary", "CANREL"),
    ("Ribuan pengungsi dari Suriah tiba di Turki.", "id", "Ribuan pengungsi dari Suriah", "SYRREF"),
    ("Thousands of refugees from Syria crossed the border.", "en", "Thousands of refugees from Syria", "SYRREF"),
])
def test_people_are_of_the_country_they_come_from(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang, date=None))


@pytest.mark.parametrize("text, lang", [
    ("Rusia menarik pasukan dari Suriah.", "id"),
    ("Russia withdrew troops from Syria.", "en"),
])
def test_a_plain_from_does_not_make_troops_the_country_they_leave(run, text, lang):
    assert not any(code and code.startswith("SYR") and text_ != "Suriah" and text_ != "Syria"
                   for text_, code in spans(run(text, lang=lang, date=None)))


def test_a_name_given_after_people_joins_them_and_stands_for_them_later(run):
    article = run("Selain Nadir Umar, ada WNI lainnya bernama Budi Mastur yang dideportasi. "
                  "Budi kemudian dibawa ke Jakarta.", date="2017-04-11")
    found = spans(article)
    assert ("WNI lainnya bernama Budi Mastur", "IDNCVL") in found
    assert ("Budi", "IDNCVL") in found


def test_a_title_and_its_party_are_one_phrase_with_the_name_after_them(run):
    article = run("Polisi menjemput anggota DPRD Pasuruan dari PKS, Muhammad Nadir Umar di Bandara Juanda. "
                  "Nadir kemudian diperiksa.", date="2017-04-11")
    found = dict(spans(article))
    assert found["anggota DPRD Pasuruan dari PKS, Muhammad Nadir Umar"] == "IDNLEG"
    assert found["Nadir"] == "IDNLEG"


@pytest.mark.parametrize("text, span, code", [
    ("Pihak Serbia Bosnia menuntut gencatan senjata.", "Pihak Serbia Bosnia", "BIHCVLsrp"),
    ("Warga Albania Kosovo berunjuk rasa di Pristina.", "Warga Albania Kosovo", "XKXCVLalb"),
])
def test_a_nationality_before_a_country_is_its_people_there(run, text, span, code):
    assert (span, code) in spans(run(text, date=None))


def test_a_states_agents_or_no_people_word_keep_two_countries(run):
    assert spans(run("Konflik Rusia Ukraina memanas.", date=None)) == [("Rusia", "RUS"), ("Ukraina", "UKR")]
    assert ("Pasukan Rusia", "RUSMIL") in spans(run("Pasukan Rusia Suriah menyerang Idlib.", date=None))


def test_a_misspelt_leader_after_a_title_is_the_kb_person(run):
    article = run("Gatot memenuhi undangan Panglima Angkatan Bersenjata Jenderal Joseph F Durford, Jr.",
                  date="2017-10-28")
    mention = next(m for m in article.mentions if "Durford" in m.text)
    assert (mention.actor.code, mention.actor.name) == ("USAMIL", "Joseph Dunford")


def test_a_name_one_letter_off_with_another_given_name_is_not_taken(run):
    article = run("Panglima Angkatan Bersenjata Jenderal Robert Durford tiba di Jakarta.", date="2017-10-28")
    assert not any(m.actor.name == "Joseph Dunford" for m in article.mentions)


def test_one_edit():
    assert one_edit("durford", "dunford") and one_edit("netanyahu", "netanyahou")
    assert not one_edit("dunford", "dunford") and not one_edit("durfort", "dunford")


def test_english_agent_forms_are_real_words():
    aliases = {row["alias"] for _, row in read_tsv(DATA_DIR / "agents_en.tsv")}
    assert {"cabinets of ministers", "defense ministry", "commanders in chief of the air force"} <= aliases
    assert not {a for a in aliases if any(w in ("minist", "minists") or w.endswith(("erses", "seses"))
                                          or "administerration" in w for w in a.split())}


def test_plurals_are_made_only_when_english_has_them():
    pytest.importorskip("wordfreq")
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_actors.py"
    spec = importlib.util.spec_from_file_location("build_actors", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.plural("cabinet of ministers") == ["cabinets of ministers"]
    assert build.plural("commander in chief") == ["commanders in chief"]
    assert build.plural("armed forces") == []
    assert build.plural("policeman") == ["policemen"]


@pytest.mark.parametrize("text, lang, span, code", [
    ("A US Predator fired on the convoy.", "en", "US Predator", "USAMIL"),
    ("Rival militias in Tripoli clashed as the Lebanese army watched.", "en", "militias in Tripoli", "LBNREB"),
    ("Ketua Majelis Nasional Prancis menyerukan penghentian.", "id", "Majelis Nasional Prancis", "FRALEG"),
    ("Dua WNI ditahan di Turki.", "id", "Dua WNI", "IDNCVL"),
])
def test_round_8_words(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang, date=None))


def test_foreigners_and_hostages_are_not_of_the_place_they_are_in(run):
    found = spans(run("Polisi Indonesia menangkap dua WNA di Bali.", date=None))
    assert ("dua WNA", None) in found and ("Bali", "IDN") in found  # Bali: the province, not a town in India
    assert ("Para sandera", None) in spans(run("Para sandera di Irak dibebaskan.", date=None))
    assert ("Pemberontak di Darfur", "SDNREB") in spans(run("Pemberontak di Darfur menyerang.", date=None))


def test_an_agent_with_its_own_name_is_its_owners(run):
    found = spans(run("AS menembakkan 59 rudal ke pangkalan udara Al Shayrat milik Suriah.", date="2017-04-08"))
    assert ("pangkalan udara Al Shayrat milik Suriah", "SYRMIL") in found
    purpose = spans(run("Pasukan Garuda untuk Lebanon dari Indonesia berangkat.", date=None))
    assert not any(text.endswith("Lebanon") and text != "Lebanon" for text, _ in purpose)
