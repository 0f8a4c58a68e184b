"""Date rules, each in Indonesian and English, resolved against Thursday 21 October 2021."""

from __future__ import annotations

from datetime import date

import pytest

from warta.model import Article
from warta.resolve.dates import DateStage, compile_rules, date_matches, find_dates, published_from_text, scan_dates
from warta.settings import Settings

PUBLISHED = date(2021, 10, 21)  # a Thursday


def only(text: str, lang: str) -> tuple[str, str, str]:
    refs = find_dates(text, PUBLISHED, lang)
    assert len(refs) == 1, [r.text for r in refs]
    return refs[0].text, refs[0].date, refs[0].precision


@pytest.mark.parametrize("text, lang, expected", [
    # weekday with a numeric date: the numbers win, the weekday is part of the span
    ("Gubernur meresmikan jembatan itu pada Selasa (19/10) sore.", "id", ("Selasa (19/10)", "2021-10-19", "day")),
    ("Polisi menutup jalan Sabtu (16 / 10).", "id", ("Sabtu (16 / 10)", "2021-10-16", "day")),
    # weekday alone: the latest such day on or before publication
    ("Para buruh berunjuk rasa pada Senin di depan pabrik.", "id", ("Senin", "2021-10-18", "day")),
    ("Workers went on strike on Monday outside the plant.", "en", ("Monday", "2021-10-18", "day")),
    ("Menteri itu tiba Kamis pagi.", "id", ("Kamis", "2021-10-21", "day")),
    # weekday with a direction
    ("Sidang akan dilanjutkan Senin depan.", "id", ("Senin depan", "2021-10-25", "day")),
    ("The hearing resumes next Monday.", "en", ("next Monday", "2021-10-25", "day")),
    ("Ia ditangkap Kamis lalu.", "id", ("Kamis lalu", "2021-10-14", "day")),
    ("He was arrested last Thursday.", "en", ("last Thursday", "2021-10-14", "day")),
    # relative days
    ("Banjir merendam desa itu kemarin.", "id", ("kemarin", "2021-10-20", "day")),
    ("Floods hit the village yesterday.", "en", ("yesterday", "2021-10-20", "day")),
    ("Hasilnya diumumkan besok.", "id", ("besok", "2021-10-22", "day")),
    ("The result is due tomorrow.", "en", ("tomorrow", "2021-10-22", "day")),
    ("Rapat digelar lusa.", "id", ("lusa", "2021-10-23", "day")),
    ("Presiden berpidato hari ini.", "id", ("hari ini", "2021-10-21", "day")),
    # counted units, in digits and in words
    ("Kapal itu tenggelam tiga hari lalu.", "id", ("tiga hari lalu", "2021-10-18", "day")),
    ("The ship sank three days ago.", "en", ("three days ago", "2021-10-18", "day")),
    ("Kebakaran terjadi 10 hari yang lalu.", "id", ("10 hari yang lalu", "2021-10-11", "day")),
    ("Gencatan senjata berlaku sepekan lalu.", "id", ("sepekan lalu", "2021-10-14", "day")),
    ("The truce began a week ago.", "en", ("a week ago", "2021-10-14", "day")),
    ("Partai itu dibentuk dua bulan lalu.", "id", ("dua bulan lalu", "2021-08-01", "month")),
    # counted units ahead
    ("Hasil pemilu diumumkan dua hari lagi.", "id", ("dua hari lagi", "2021-10-23", "day")),
    ("The result is due in two days.", "en", ("in two days", "2021-10-23", "day")),
    ("Keduanya saat ini diperiksa polisi.", "id", ("saat ini", "2021-10-21", "day")),
    # a span of days: its first day, precision range
    ("Konferensi digelar pada 22 - 25 Oktober 2021.", "id", ("22 - 25 Oktober 2021", "2021-10-22", "range")),
    # the previous week, month and year
    ("Harga beras naik pekan lalu.", "id", ("pekan lalu", "2021-10-14", "day")),
    ("Rice prices rose last week.", "en", ("last week", "2021-10-14", "day")),
    ("Ekspor turun bulan lalu.", "id", ("bulan lalu", "2021-09-01", "month")),
    ("Exports fell last month.", "en", ("last month", "2021-09-01", "month")),
    ("Pemilu digelar tahun lalu.", "id", ("tahun lalu", "2020-01-01", "year")),
    ("The election was held last year.", "en", ("last year", "2020-01-01", "year")),
    # parts of a month: the first day of that third, precision part-of-month
    ("Pabrik itu tutup sejak awal September.", "id", ("awal September", "2021-09-01", "part-of-month")),
    ("The plant has been shut since early September.", "en", ("early September", "2021-09-01", "part-of-month")),
    ("Kota itu jatuh pada pertengahan Agustus.", "id", ("pertengahan Agustus", "2021-08-11", "part-of-month")),
    ("The town fell in mid-August.", "en", ("mid-August", "2021-08-11", "part-of-month")),
    ("Kontrak berakhir akhir Desember 2020.", "id", ("akhir Desember 2020", "2020-12-21", "part-of-month")),
    # month names with and without a year
    ("Undang-undang itu disahkan pada Juli.", "id", ("pada Juli", "2021-07-01", "month")),
    ("The law was passed in July.", "en", ("in July", "2021-07-01", "month")),
    ("Proyek dimulai Maret 2019.", "id", ("Maret 2019", "2019-03-01", "month")),
    ("Work started in March 2019.", "en", ("in March 2019", "2019-03-01", "month")),
    ("Pertemuan puncak digelar 9 Oktober.", "id", ("9 Oktober", "2021-10-09", "day")),
    ("The summit opened on Oct. 9.", "en", ("Oct. 9", "2021-10-09", "day")),
    ("Perjanjian diteken 3 Januari 2020 di ibu kota.", "id", ("3 Januari 2020", "2020-01-03", "day")),
    ("The treaty was signed on January 3, 2020.", "en", ("January 3, 2020", "2020-01-03", "day")),
    # numeric and ISO dates
    ("Surat itu bertanggal 19/10/2021.", "id", ("19/10/2021", "2021-10-19", "day")),
    ("The letter is dated 10/19/2021.", "en", ("10/19/2021", "2021-10-19", "day")),
    ("Data per 2021-09-30 menunjukkan kenaikan.", "id", ("2021-09-30", "2021-09-30", "day")),
    # a bare year needs a word that makes it one
    ("Konflik itu pecah pada 2014.", "id", ("pada 2014", "2014-01-01", "year")),
    ("The conflict broke out in 2014.", "en", ("in 2014", "2014-01-01", "year")),
])
def test_rule(text, lang, expected):
    assert only(text, lang) == expected


def test_a_day_month_without_year_prefers_the_past():
    # published in February: December is last year's, not ten months ahead
    refs = find_dates("Kerusuhan pecah 28 Desember.", date(2017, 2, 3), "id")
    assert [r.date for r in refs] == ["2016-12-28"]


def test_minggu_is_a_week_in_lower_case_and_sunday_capitalised():
    assert only("Harga naik minggu lalu.", "id")[1] == "2021-10-14"
    assert only("Demo digelar pada Minggu.", "id")[1] == "2021-10-17"


def test_may_and_march_alone_are_not_months_in_english():
    assert find_dates("Officials may march to the capital.", PUBLISHED, "en") == []
    assert find_dates("Theresa May spoke.", PUBLISHED, "en") == []


def test_fractions_times_and_counts_are_not_dates():
    text = "Pukul 18.00 WIB, 3,5 juta orang dan 1500 tahanan. Skor 3 - 4 kali."
    assert find_dates(text, PUBLISHED, "id") == []


@pytest.mark.parametrize("text, lang", [
    ("Rapat itu digelar 31/02.", "id"),
    ("The meeting was held on February 30, 2021.", "en"),
    ("Rapat diundur ke 12 Mei 2030.", "id"),
])
def test_impossible_and_far_future_dates_give_nothing_and_a_reason(text, lang):
    refs, reasons = scan_dates(text, PUBLISHED, lang)
    assert refs == []
    assert len(reasons) == 1 and ("impossible" in reasons[0] or "far after" in reasons[0])


def test_offsets_point_at_the_span():
    text = "Jakarta - Pada Rabu (20/10), dua hari lalu dan pekan lalu, serta akhir Agustus 2021."
    refs = find_dates(text, PUBLISHED, "id")
    assert len(refs) == 4
    assert all(text[r.start:r.end] == r.text for r in refs)


@pytest.mark.parametrize("article, expected", [
    (Article(id="a", text="Jakarta (ANTARA) - Kamis (21/10/2021), polisi menangkap dua orang."), "2021-10-21"),
    (Article(id="a", text="Rabu, 20 Oktober 2021 14:30 WIB\n\nPolisi menangkap dua orang."), "2021-10-20"),
    (Article(id="a", text="Officials said.", dateline_text="WASHINGTON, Oct. 20 (Reuters) -",
             url="https://example.org/2021/10/20/story"), "2021-10-20"),
])
def test_published_from_text(article, expected):
    ref = published_from_text(article)
    assert ref is not None and ref.date == expected
    if ref.start is not None:
        assert article.text[ref.start:ref.end] == ref.text


def test_published_from_text_needs_a_year():
    assert published_from_text(Article(id="a", text="WASHINGTON, Oct. 20 (Reuters) - Officials said.")) is None
    assert published_from_text(Article(id="a", text="Tidak ada tanggal di sini.")) is None


def run(article, **settings):
    stage = DateStage()
    stage.initialize(Settings(**settings))
    return stage(article)


def test_stage_takes_the_date_nearest_the_trigger(make_article):
    text = ("Pada Senin (18/10), menteri tiba di Kabul, lalu pada Selasa (19/10) ia bertemu pemimpin Taliban. "
            "Polisi berjaga di bandara.")
    article = run(make_article(text, ["tiba", "bertemu", "berjaga"], published="2021-10-21", language="id"))
    first, second, third = (e.date for e in article.events)
    assert (first.date, first.text) == ("2021-10-18", "Senin (18/10)")
    assert (second.date, second.text) == ("2021-10-19", "Selasa (19/10)")
    assert text[second.start:second.end] == second.text
    # no date in its sentence: the story's current date, the last day an earlier sentence gave
    assert (third.date, third.text) == ("2021-10-19", "Selasa (19/10)")


def test_stage_falls_back_to_the_publication_date(make_article):
    article = run(make_article("The army closed the border.", ["closed"], published="2021-10-21", language="en"))
    ref = article.events[0].date
    assert (ref.date, ref.source, ref.precision, ref.start) == ("2021-10-21", "published", "day", None)


def test_stage_fills_published_from_the_dateline_then_the_settings(make_article):
    article = run(make_article("Jakarta (ANTARA) - Kamis (21/10/2021), polisi menangkap dua orang.", ["menangkap"]))
    assert article.published == "2021-10-21"
    article = run(make_article("Polisi menangkap dua orang.", ["menangkap"]), default_date="2020-01-02")
    assert article.published == "2020-01-02"
    assert article.events[0].date.source == "published"


def test_stage_without_any_date_leaves_none_and_a_note(make_article):
    article = run(make_article("Polisi menangkap dua orang.", ["menangkap"]))
    assert article.events[0].date is None
    assert any("no publication date" in n for n in article.notes)


def test_stage_notes_bad_dates_and_a_bad_publication_field(make_article):
    article = run(make_article("Rapat itu digelar 31/02. Polisi berjaga.", ["berjaga"], published="2021-10-21"))
    assert article.events[0].date.source == "published"
    assert any("impossible date" in n for n in article.notes)
    article = run(make_article("Polisi berjaga.", ["berjaga"], published="kemarin"))
    assert article.events[0].date is None
    assert any("not YYYY-MM-DD" in n for n in article.notes)


@pytest.mark.parametrize("lang, text", [
    ("id", "Jakarta - Pada Rabu (20/10), dua hari lalu dan pekan lalu, serta akhir Agustus 2021. "
           "Rabu20/10 dan Jum'at, (22/10/2021) serta 22 - 25 Oktober; sehari setelah itu, keesokan harinya."),
    ("id", "Pukul 18.00 WIB, 3,5 juta orang dan 1500 tahanan sejak 2019; matahari terbit tahun ini, sehari, sepekan lalu dan 2 hari lagi."),
    ("id", "İstanbul 20 Oktober: kota itu pada Minggu (17/10) dan minggu lalu."),  # lower-casing lengthens İ
    ("en", "WASHINGTON, Oct. 20 - On Monday, a week ago, in mid-August and early September 2021, "
           "the next day, three weeks later, in 2014, last year, 10/19/2021 and 2021-09-30."),
])
def test_the_prefilter_finds_what_the_pattern_finds_everywhere(lang, text):
    # the openers only decide where the pattern is tried: the matches are those of a full scan
    rules = compile_rules(lang)
    full = [(m.start(), m.end(), m.lastgroup) for m in rules.pattern.finditer(text)]
    assert len(full) >= 3
    assert [(m.start(), m.end(), m.lastgroup) for m in date_matches(rules, text)] == full


def test_the_stage_reads_only_what_its_events_need_unless_debugging(make_article):
    text = "Polisi berjaga pada Senin (18/10).\n\nKemudian.\n\nKemudian.\n\nRapat diundur ke 31/02."
    quiet = run(make_article(text, ["berjaga"], published="2021-10-21", language="id"))
    assert quiet.events[0].date.date == "2021-10-18"
    assert not any("impossible" in n for n in quiet.notes)  # the last paragraph was not read
    debug = run(make_article(text, ["berjaga"], published="2021-10-21", language="id"), debug=True)
    assert debug.events[0].date.date == "2021-10-18"
    assert any("impossible date '31/02'" in n for n in debug.notes)


def test_the_lead_is_read_even_when_the_only_event_precedes_it(make_article):
    text = "Polisi berjaga.\n\nBentrokan pecah pada Selasa (19/10)."
    article = run(make_article(text, ["berjaga"], published="2021-10-21", language="id"))
    assert (article.events[0].date.date, article.events[0].date.text) == ("2021-10-19", "Selasa (19/10)")
