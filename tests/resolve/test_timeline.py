"""Which date an event takes: its clause's, the story's current date, the lead's, the publication's."""

from __future__ import annotations

from warta.resolve.dates import DateStage
from warta.settings import Settings


def dated(make_article, text: str, triggers: list[str], **fields) -> list[tuple[str, str]]:
    stage = DateStage()
    stage.initialize(Settings())
    fields.setdefault("published", "2021-10-21")
    fields.setdefault("language", "id")
    article = stage(make_article(text, triggers, **fields))
    return [(e.date.date, e.date.source) for e in article.events]


def test_the_story_date_carries_to_later_paragraphs(make_article):
    text = ("Para menteri bertemu di Moskow pada Rabu (20/10).\n\n"
            "Dalam pernyataan bersama, mereka mendesak Taliban membentuk pemerintahan inklusif.")
    assert dated(make_article, text, ["mendesak"]) == [("2021-10-20", "text")]


def test_a_date_beyond_a_clause_opener_yields_to_the_story_date(make_article):
    text = ("Pembicaraan digelar pada Rabu (20/10).\n\n"
            "Pertemuan itu penampilan terbaru Taliban sejak mereka mengambil alih kekuasaan pada Agustus.")
    assert dated(make_article, text, ["Pertemuan", "mengambil alih"]) == [
        ("2021-10-20", "text"), ("2021-08-01", "text")]


def test_a_date_beyond_a_comma_yields_but_a_fronted_or_appended_one_does_not(make_article):
    text = ("Polisi berjaga sejak Sabtu (16/10).\n\n"
            "Pukul 00.30, delapan orang diamankan ke markas polisi, diduga melempar batu pada demo 18 Oktober malam.\n\n"
            "Pada 19 Oktober, keduanya diperiksa.\n\n"
            "\"Kami tidak menahan mereka,\" kata juru bicara polisi, Rabu (20/10).")
    assert dated(make_article, text, ["diamankan", "melempar", "diperiksa", "menahan"]) == [
        ("2021-10-16", "text"), ("2021-10-18", "text"), ("2021-10-19", "text"), ("2021-10-20", "text")]


def test_the_lead_date_comes_from_the_first_paragraphs_and_skips_the_dateline(make_article):
    text = ("Taliban setuju bekerja sama dengan Rusia.\n\n"
            "Kamis (21/10/2021), selama pembicaraan di Moskow pada Rabu (20/10), peserta menyerukan bantuan.")
    assert dated(make_article, text, ["setuju"]) == [("2021-10-20", "text")]
    late = "Ribuan orang berunjuk rasa.\n\nBerikut kronologinya.\n\nPada Selasa (19/10), polisi menangkap dua orang."
    assert dated(make_article, late, ["berunjuk rasa"]) == [("2021-10-21", "published")]


def test_relative_days_count_from_the_first_publication_in_the_url(make_article):
    text = "Polisi menangkap seorang warga kemarin."
    url = "http://rimanews.com/nasional/read/20170410/322504/x"
    assert dated(make_article, text, ["menangkap"], published="2017-04-11", url=url) == [("2017-04-09", "text")]
    stamp = "https://www.cnnindonesia.com/nasional/20171027200109-20-251718/x"
    assert dated(make_article, text, ["menangkap"], published="2017-10-28", url=stamp) == [("2017-10-26", "text")]
    # a URL date long before the stated date is not the publication
    old = "http://example.com/2016/01/05/x"
    assert dated(make_article, text, ["menangkap"], published="2017-04-11", url=old) == [("2017-04-10", "text")]


def test_a_day_after_dates_the_clause_that_follows_it(make_article):
    text = "Densus menangkap Nadir kemarin.\n\nIa ditangkap sehari setelah penembakan di Tuban."
    assert dated(make_article, text, ["ditangkap", "penembakan"]) == [("2021-10-20", "text"), ("2021-10-19", "text")]
    english = "Police arrested him on Monday.\n\nHe was held a day after the shooting in the city."
    assert dated(make_article, english, ["held", "shooting"], language="en") == [
        ("2021-10-18", "text"), ("2021-10-17", "text")]


def test_later_and_next_day_count_from_the_story_date(make_article):
    text = "Mereka tiba di Istanbul pada 1 Oktober.\n\nDua hari kemudian, mereka dideportasi. Keesokan harinya mereka pulang."
    assert dated(make_article, text, ["dideportasi", "pulang"]) == [("2021-10-03", "text"), ("2021-10-04", "text")]


def test_previously_steps_back_to_the_earlier_story_date(make_article):
    text = ("Polisi menjemput Nadir kemarin.\n\n"
            "\"Ia bukan ditangkap,\" kata juru bicara, hari ini.\n\n"
            "Nadir sebelumnya diberitakan ditangkap Densus.")
    assert dated(make_article, text, ["diberitakan ditangkap"]) == [("2021-10-20", "text")]


def test_a_span_of_days_is_not_the_story_date(make_article):
    text = ("Menteri bertemu mitranya pada Senin (18/10).\n\n"
            "Ia hadir sebelum konferensi yang digelar pada 17 - 20 Oktober 2021.\n\n"
            "Keduanya juga berbicara soal perdagangan.")
    assert dated(make_article, text, ["berbicara"]) == [("2021-10-18", "text")]
