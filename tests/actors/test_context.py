"""Dates, the story country and short mentions: what the article around a name decides."""

from __future__ import annotations

from warta.actors.lookup import lookup


def codes(article, text):
    return [m.actor.code for m in article.mentions if m.text == text]


def test_taliban_code_depends_on_date(matcher):
    assert lookup(matcher, "Taliban", "2021-08-14")["code"] == "AFGREB"
    assert lookup(matcher, "Taliban", "2021-08-15")["code"] == "AFGGOV"


def test_former_head_is_elite_after_leaving_office(matcher):
    assert lookup(matcher, "Joko Widodo", "2020-05-01")["code"] == "IDNGOV"
    assert lookup(matcher, "Joko Widodo", "2025-05-01")["code"] == "IDNELI"
    assert lookup(matcher, "mantan Presiden Donald Trump", "2022-03-01")["code"] == "USAELI"


def test_no_date_takes_newest_code(matcher):
    assert lookup(matcher, "Taliban", None)["code"] == "AFGGOV"


def test_short_mentions_resolve_to_the_full_name(run):
    article = run("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta. "
                  "Lavrov kemudian bertemu Menlu Retno Marsudi. Retno menyambutnya.")
    assert codes(article, "Lavrov") == ["RUSGOV"]
    lavrov = [m for m in article.mentions if m.text == "Lavrov"][0]
    assert lavrov.actor.name == "Sergei Lavrov" and lavrov.sentence == 1
    assert codes(article, "Retno") == ["IDNGOV"]


def test_short_name_before_the_full_name_is_not_resolved(run):
    article = run("Sudirgo berbicara. Ketua MPR Ahmad Sudirgo lalu pergi.")
    assert codes(article, "Sudirgo") == []
    assert codes(article, "Ketua MPR Ahmad Sudirgo") == ["IDNLEG"]


def test_unknown_titled_name_is_remembered(run):
    article = run("Ketua MPR Ahmad Sudirgo menolak usul itu. Sudirgo menilai usul itu keliru.")
    assert codes(article, "Sudirgo") == ["IDNLEG"]


def test_story_country_for_bare_agents(run):
    indonesian = run("Polisi menangkap dua orang di Bandung. Polisi menyita senjata.")
    assert codes(indonesian, "Polisi") == ["IDNCOP", "IDNCOP"]
    malaysian = run("Malaysia memperketat perbatasan. Polisi Malaysia berjaga, dan polisi menahan "
                    "tiga orang di Kuala Lumpur.")
    assert codes(malaysian, "polisi") == ["MYSCOP"]


def test_dateline_decides_the_story_country(matcher):
    from warta.model import Article
    from warta.segment import segment

    article = Article(id="d", text="Polisi menahan dua orang. Warga Indonesia ikut ditahan.",
                      language="id", published="2021-10-21", dateline_text="KUALA LUMPUR, Antara -")
    segment(article)
    mentions = matcher.mentions(article)
    assert [m.actor.code for m in mentions if m.text == "Polisi"] == ["MYSCOP"]


def test_english_story_without_country_leaves_agents_uncoded(run):
    article = run("Police arrested two men on Monday.", lang="en")
    assert codes(article, "Police") == [None]


def test_leader_surnames_without_a_date(matcher):
    """PLOVER-style sentences have no date: the newest code, and surnames of leaders."""
    assert lookup(matcher, "Putin offered to negotiate.", None, "en")["code"] == "RUSGOV"
    assert lookup(matcher, "Erdogan menolak usul itu.", None, "id")["code"] == "TURGOV"
    assert lookup(matcher, "Presiden Erdogan", "2010-01-01", "id")["code"] == "TURGOV"


def test_family_name_first_countries_use_the_first_name(matcher):
    assert lookup(matcher, "Xi menerima tamunya.", None, "id")["code"] == "CHNGOV"


def test_common_words_are_no_surnames(run):
    article = run("May is a month. Mei adalah bulan kelima.", lang="en", date=None)
    assert [m.kind for m in article.mentions if m.kind == "person"] == []
