"""Actors whose country changed: territories that became states (Kosovo, South Sudan,
Eritrea) and the groups that fought for them, coded by the article's date."""

from __future__ import annotations

from actors_support import spans

from warta.actors.lookup import lookup


def code(matcher, text: str, date: str | None, lang: str = "en") -> str | None:
    return lookup(matcher, text, date, lang)["code"]


def test_a_territory_is_the_older_state_before_independence(matcher):
    assert code(matcher, "rebels in Kosovo", "1998-06-01") == "SRBREB"
    assert code(matcher, "rebels in Kosovo", "2010-06-01") == "XKXREB"
    assert code(matcher, "pemberontak Sudan Selatan", "2005-01-01", "id") == "SDNREB"
    assert code(matcher, "pemberontak Sudan Selatan", "2014-01-01", "id") == "SSDREB"
    assert code(matcher, "Eritrean troops", "1999-01-01") == "ERIMIL"


def test_one_country_one_code(matcher):
    # CountryInfo and Phoenix write Kosovo KSV, CLDR and warta's gazetteer XKX
    assert code(matcher, "Kosovar police", "2015-01-01")[:3] == code(matcher, "Kosovo", "2015-01-01") == "XKX"


def test_a_capital_alone_stays_the_territory_leadership(matcher):
    assert code(matcher, "Pristina", "1998-06-01") == "XKXGOV"


def test_independence_groups_change_country_with_the_date(matcher):
    assert code(matcher, "Kosovo Liberation Army", "1998-06-01") == "SRBREB"
    assert code(matcher, "SPLA", "2005-01-01") == "SDNREB"
    assert code(matcher, "SPLA", "2015-01-01") == "SSDGOV"
    assert code(matcher, "Eritrean People's Liberation Front", "1990-01-01") == "ETHREB"
    assert code(matcher, "Eritrean People's Liberation Front", "1992-01-01") == "ERIGOV"


def test_east_timor_is_its_own_country_under_indonesian_rule(matcher):
    # CAMEO (Phoenix TMPOCC) and the gold code East Timor of 1999 as East Timor, not IDN
    assert code(matcher, "Fretilin", "1995-01-01") == "TLSREB"
    assert code(matcher, "demonstrators in East Timor", "1999-06-01")[:3] == "TLS"


def test_an_undated_story_picks_the_group_code_of_its_country(run, matcher):
    article = run("The Sudanese government and SPLM/A have agreed to allow access.", "en", None)
    assert ("SPLM/A", "SDNREB") in spans(article)
    article = run("South Sudan's president said the SPLM will hold a congress.", "en", None)
    assert any(c == "SSDGOV" for t, c in spans(article) if t.endswith("SPLM"))
    assert code(matcher, "SPLM", None) == "SSDGOV"  # no story: the newest


def test_a_person_named_as_a_group_member_is_the_group(matcher):
    assert code(matcher, "Salah satu pemimpin senior Hamas, Ismail Haniya", "2017-05-03", "id") == "PSEREB"
    assert code(matcher, "Ismail Haniya", "2017-05-03", "id") == "PSEELI"
