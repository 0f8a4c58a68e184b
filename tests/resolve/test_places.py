"""The gazetteer and the place stage, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.model import Actor, Mention
from warta.resolve.places import PlaceStage, load_gazetteer
from warta.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def run(article, **settings):
    stage = PlaceStage()
    stage.initialize(Settings(**settings))
    return stage(article)


@pytest.mark.parametrize("form, name, country, geo_type", [
    ("Moskow", "Moscow", "RUS", 4),  # Indonesian exonym from GeoNames alternate names
    ("Jenewa", "Geneva", "CHE", 4),
    ("Amerika Serikat", "United States", "USA", 1),  # CLDR Indonesian country name
    ("Korut", "North Korea", "PRK", 1),  # curated press abbreviation
    ("Jawa Timur", "Jawa Timur", "IDN", 5),  # curated province
    ("Texas", "Texas", "USA", 2),  # US state
    ("Houston", "Houston", "USA", 3),  # US city
])
def test_gazetteer_resolves_names(gazetteer, form, name, country, geo_type):
    best = max(gazetteer.candidates(form), key=lambda e: e.population)
    assert (best.name, best.country, best.geo_type) == (name, country, geo_type)
    assert best.lat is not None and best.lon is not None


def test_matches_are_word_bounded_case_sensitive_and_longest(gazetteer):
    text = "Warga Jakartanya, kota batu, dan Kota Padang serta Jakarta Utara."
    assert [(h.form, text[h.start:h.end]) for h in gazetteer.find(text)] == [
        ("Kota Padang", "Kota Padang"), ("Jakarta Utara", "Jakarta Utara")]


def test_common_words_are_not_places(gazetteer):
    assert gazetteer.find("Para demonstran membawa batu dan kota.") == []


def test_event_place_is_the_one_its_clause_introduces(make_article):
    text = "Jakarta, CNN Indonesia - - Menteri itu bertemu mitranya di Jenewa, Swiss, pada Rabu."
    article = run(make_article(text, ["bertemu"], language="id"))
    where = article.events[0].location
    assert (where.name, where.country, where.geo_type, where.geonames_id) == ("Geneva", "CHE", 4, 2660646)
    assert text[where.start:where.end] == where.text == "Jenewa"
    assert article.dateline.name == "Jakarta" and text[article.dateline.start:article.dateline.end] == "Jakarta"


def test_english_clause_place(make_article):
    text = "Gunmen attacked a checkpoint in Kabul on Monday, officials in Washington said."
    where = run(make_article(text, ["attacked"], language="en")).events[0].location
    assert (where.name, where.country) == ("Kabul", "AFG")


def test_city_refines_its_country(make_article):
    text = "Pembicaraan digelar di Moskow, ibu kota Rusia, pekan lalu."
    where = run(make_article(text, ["digelar"], language="id")).events[0].location
    assert where.text == "Moskow"


def test_a_bare_country_is_an_actor_not_a_place(make_article):
    text = "Jakarta, CNN Indonesia - - Rusia memperingatkan ancaman baru."
    article = run(make_article(text, ["memperingatkan"], language="id"))
    # the sentence names Rusia as the actor: the event falls back to the dateline
    assert article.events[0].location.name == "Jakarta"


def test_mentions_are_not_places(make_article):
    text = "Presiden Rusia berpidato di depan parlemen di Moskow."
    article = make_article(text, ["berpidato"], language="id")
    article.mentions.append(Mention(0, 14, "Presiden Rusia", Actor("RUSGOV", "RUS"), "title"))
    where = run(article).events[0].location
    assert where.text == "Moskow"


def test_ambiguous_names_follow_the_article(make_article):
    us = run(make_article("Badai melanda Georgia. Listrik padam di Atlanta.", ["melanda"], language="id"))
    assert (us.places[0].country, us.places[0].geo_type) == ("USA", 2)
    caucasus = run(make_article("Tentara Rusia berjaga di Georgia.", ["berjaga"], language="id"))
    assert (caucasus.events[0].location.country, caucasus.events[0].location.geo_type) == ("GEO", 1)


def test_dateline_text_cut_from_the_article(make_article):
    article = make_article("Officials said the talks failed.", ["failed"], language="en",
                           dateline_text="WASHINGTON, Oct. 20 (Reuters) -")
    where = run(article).events[0].location
    assert (where.name, where.country, where.geo_type, where.start) == ("Washington", "USA", 3, None)


def test_unknown_place_gives_none_and_a_debug_note(make_article):
    article = run(make_article("Warga berkumpul di Zzyzxville kemarin.", ["berkumpul"], language="id"), debug=True)
    assert article.events[0].location is None
    assert any("Zzyzxville" in n for n in article.notes)


def test_fast_mode_keeps_only_the_dateline(make_article):
    text = "Jakarta, CNN Indonesia - - Menteri itu bertemu mitranya di Jenewa."
    article = run(make_article(text, ["bertemu"], language="id"), fast=True)
    assert article.places == [] and article.events[0].location.name == "Jakarta"


def test_street_names_are_not_places(make_article):
    text = "Massa berkumpul di Jalan Medan Merdeka Utara."
    article = run(make_article(text, ["berkumpul"], language="id"))
    assert article.places == [] and article.events[0].location is None


def test_all_place_offsets_point_at_their_text(make_article):
    text = "Delegasi dari Tiongkok tiba di Surabaya, Jawa Timur, lalu terbang ke Kuala Lumpur."
    article = run(make_article(text, ["tiba"], language="id"))
    assert [p.text for p in article.places] == ["Tiongkok", "Surabaya", "Jawa Timur", "Kuala Lumpur"]
    assert all(text[p.start:p.end] == p.text for p in article.places)
    assert article.events[0].location.text == "Surabaya"


def test_a_place_introduced_by_a_preposition_stays_a_place_inside_a_mention(make_article):
    text = "Warga berunjuk rasa di Surabaya."
    article = make_article(text, ["berunjuk rasa"], language="id")
    start = text.index("Surabaya")
    article.mentions.append(Mention(start, start + 8, "Surabaya", Actor("IDN", "IDN"), "country"))
    assert run(article).events[0].location.name == "Surabaya"


def test_the_name_of_an_office_lies_in_the_place_it_names(make_article):
    article = run(make_article("Keduanya diperiksa di Imigrasi Istanbul.", ["diperiksa"], language="id"))
    assert (article.events[0].location.name, article.events[0].location.country) == ("Istanbul", "TUR")


def test_the_paragraph_place_carries_to_later_sentences_of_that_paragraph(make_article):
    text = ("Pada 1 April, keduanya tiba di Istanbul. Sore harinya mereka menyalurkan bantuan.\n\n"
            "Polisi Indonesia lalu memeriksa keduanya.")
    article = make_article(text, ["menyalurkan", "memeriksa"], language="id", dateline_text="Jakarta, CNN Indonesia - -")
    same_paragraph, next_paragraph = (e.location for e in run(article).events)
    assert same_paragraph.name == "Istanbul"
    # a new paragraph starts without it: the article's own place, here the dateline's
    assert next_paragraph.name == "Jakarta"


def test_a_place_beyond_a_clause_opener_yields_to_the_paragraph_place(make_article):
    text = "Polisi menjemput Nadir di Surabaya. Ia dijemput sesaat setelah pulang dari Malaysia."
    article = run(make_article(text, ["dijemput"], language="id"))
    assert article.events[0].location.name == "Surabaya"


def test_the_dateline_stands_when_the_text_names_its_country(make_article):
    home = ("Menteri itu menyatakan kasus sudah selesai.\n\nIa hendak menghadiri konferensi di Washington.\n\n"
            "Hubungan Indonesia dan Amerika Serikat tetap baik.")
    article = run(make_article(home, ["menyatakan"], language="id", dateline_text="Jakarta, CNN Indonesia - -"))
    assert article.events[0].location.name == "Jakarta"
    abroad = "Bentrokan terjadi di Srinagar.\n\nPolisi menembakkan gas air mata.\n\nWarga berkumpul di Srinagar."
    article = run(make_article(abroad, ["menembakkan"], language="id", dateline_text="Jakarta, CNN Indonesia - -"))
    assert article.events[0].location.name == "Srinagar"


def located(make_article, text: str, trigger: str, **fields):
    fields.setdefault("language", "id")
    return run(make_article(text, [trigger], **fields)).events[0].location


def test_an_unknown_place_a_place_noun_names_lies_at_the_level_of_its_country(make_article):
    text = "Pesawat tempur menyerang pangkalan udara Qarshawi Zanu milik Suriah kemarin."
    where = located(make_article, "Pesawat tempur menyerang ke pangkalan udara Qarshawi Zanu milik Suriah.", "menyerang")
    assert (where.text, where.name, where.country, where.geo_type, where.geonames_id) == (
        "Qarshawi Zanu", "Syria", "SYR", 1, 163843)
    # without a preposition it is not introduced as a place at all
    assert located(make_article, text, "menyerang") is None


def test_an_unknown_office_lies_in_the_dateline_city_of_its_country(make_article):
    text = "Jakarta, CNN Indonesia - - Polisi memeriksa tersangka di Kantor Pusat Yayasan Sejahtera."
    where = located(make_article, text, "memeriksa")
    assert (where.text, where.name, where.country) == ("Kantor Pusat Yayasan Sejahtera", "Jakarta", "IDN")
    assert text[where.start:where.end] == where.text
    # an unknown name a preposition gives in another country stays at that country's level
    text = "Jakarta, CNN Indonesia - - Pasukan Turki berjaga di Kampung Tel Abyad, Suriah."
    where = located(make_article, text, "berjaga")
    assert (where.text, where.name, where.country) == ("Tel Abyad", "Syria", "SYR")


def test_a_long_office_name_before_a_known_place_lies_in_that_place(make_article):
    text = "Para korban dirawat di Rumah Sakit Umum Daerah (RSUD) Dr Soetomo, Surabaya."
    where = located(make_article, text, "dirawat")
    assert (where.text, where.name) == ("Surabaya", "Surabaya")


def test_a_deportation_happens_where_it_started(make_article):
    text = "Sebanyak 20 pekerja dideportasi oleh otoritas Malaysia ke Pelabuhan Nunukan, Kalimantan Utara."
    where = located(make_article, text, "dideportasi")
    assert (where.text, where.country) == ("Malaysia", "MYS")
    assert located(make_article, "Keduanya dideportasi dari Kuala Lumpur ke Surabaya.", "dideportasi").text == "Kuala Lumpur"
    assert located(make_article, "The men were deported from Istanbul to Jakarta.", "deported", language="en").text == "Istanbul"
    # a later deportation that names only its destination started where the last one did
    text = ("Dua pekerja dideportasi oleh otoritas Malaysia pekan lalu.\n\n"
            "Seorang lainnya dideportasi ke Surabaya melalui Kuala Lumpur.")
    article = run(make_article(text, ["dideportasi oleh", "dideportasi ke"], language="id"))
    assert [e.location.text for e in article.events] == ["Malaysia", "Malaysia"]


def test_a_visit_takes_the_place_visited(make_article):
    where = located(make_article, "Presiden Joko Widodo mengunjungi Tokyo pekan lalu.", "mengunjungi")
    assert (where.text, where.country) == ("Tokyo", "JPN")
    where = located(make_article, "Two aid workers entered Gaza on Monday.", "entered", language="en")
    assert (where.text, where.country) == ("Gaza", "PSE")
    where = located(make_article, "Pasukan Israel menyerbu kamp pengungsi di Tepi Barat.", "menyerbu")
    assert (where.name, where.country) == ("West Bank", "PSE")


def test_a_phrase_pointing_back_takes_the_place_it_points_to(make_article):
    text = ("Jakarta, CNN Indonesia - - Bentrokan pecah di Poso.\n\n"
            "Pemerintah Indonesia menambah pasukan di kawasan tersebut.")
    where = located(make_article, text, "menambah")
    assert (where.name, where.text) == ("Poso", "Poso")


def test_a_gathering_is_held_in_the_city_named_after_it(make_article):
    assert located(make_article, "Para menteri menghadiri pertemuan Jenewa pekan lalu.", "menghadiri").name == "Geneva"
    # a country after it is a party, not where it was held
    assert located(make_article, "Kedua menteri membahas perundingan Rusia pekan lalu.", "membahas") is None


def test_a_paragraph_that_goes_on_with_the_story_keeps_its_place(make_article):
    text = ("Keduanya tiba di Istanbul pada 1 April.\n\n"
            "\"Kemudian sore harinya mereka menyalurkan bantuan,\" katanya.")
    where = located(make_article, text, "menyalurkan", dateline_text="Jakarta, CNN Indonesia - -")
    assert where.name == "Istanbul"


def test_a_purpose_clause_holds_its_own_place_but_aid_for_a_country_is_no_clause(make_article):
    text = "Jakarta, CNN Indonesia - - Menteri itu meminta maaf atas penolakan untuk masuk ke Amerika Serikat."
    assert located(make_article, text, "meminta maaf").name == "Jakarta"
    text = "Para menteri di Moskow menyerukan bantuan untuk Afghanistan dan mendesak negara donor."
    assert located(make_article, text, "mendesak").name == "Moscow"


def test_only_a_place_another_clause_introduces_with_a_locative_tells_the_place(make_article):
    text = "Jakarta, CNN Indonesia - - Polisi menangkap dua orang setelah bentrokan di Poso."
    assert located(make_article, text, "menangkap").name == "Poso"
    text = "Jakarta, CNN Indonesia - - Aparat berjaga ketat setelah warga pulang ke Poso."
    assert located(make_article, text, "berjaga").name == "Jakarta"
