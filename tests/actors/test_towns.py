"""Round 8: towns named as a scene, place names several countries share, and the date an
undated text implies by the office holders it names."""

from __future__ import annotations

from collections import Counter

import pytest
from actors_support import spans

from warta.actors.dating import middle, overlap
from warta.actors.entries import Period
from warta.actors.towns import choose, opener_pattern


@pytest.mark.parametrize("text, lang, span, code", [
    ("Israeli tanks fired four shells at targets in Jericho, witnesses said.", "en", "Jericho", "PSE"),
    ("Tank-tank Israel menembakkan peluru ke sasaran di Jericho.", "id", "Jericho", "PSE"),
    ("Troops clashed with rebels near Bhimber on Sunday.", "en", "Bhimber", "PAK"),
])
def test_a_small_town_after_a_place_word_is_its_country(run, text, lang, span, code):
    assert (span, code) in spans(run(text, lang=lang, date=None))


def test_a_small_town_gives_its_country_to_the_story(run):
    assert ("Police", "UGACOP") in spans(run("Police in Soroti arrested twelve people.", lang="en", date=None))


def test_a_common_word_after_a_place_word_is_no_town(run):
    found = spans(run("Dia tinggal di Rumah Sakit Umum.", date=None)) + \
        spans(run("Pertemuan di Kota Padang berlangsung lama.", date=None))
    assert not any(text in ("Rumah", "Kota") for text, _ in found)


@pytest.mark.parametrize("text, lang, span, code", [
    ("Syrian officers ended mediation between militias in Tripoli as shells hit the north Lebanese port.",
     "en", "militias in Tripoli", "LBN"),
    ("Libyan militias clashed in Tripoli on Sunday.", "en", "Tripoli", "LBY"),
    ("Rebels attacked a checkpoint near Hyderabad, the police of Pakistan said.", "en", "Hyderabad", "PAK"),
])
def test_a_shared_place_name_takes_the_country_the_article_names(run, text, lang, span, code):
    found = dict(spans(run(text, lang=lang, date=None)))
    assert found[span][:3] == code


def test_a_shared_name_with_no_context_is_the_usual_place(run):
    assert ("Tripoli", "LBY") in spans(run("Clashes broke out in Tripoli on Sunday.", lang="en", date=None))


def test_a_country_name_yields_only_to_a_city_beside_it(run):
    us_state = spans(run("Voters in Atlanta, Georgia queued for hours.", lang="en", date=None))
    country = spans(run("Talks between the United States, Georgia and Ukraine ended.", lang="en", date=None))
    assert ("Georgia", "GEO") not in us_state
    assert ("Georgia", "GEO") in country


def test_a_much_smaller_place_does_not_win_on_context():
    candidates = ((0, "GBR", 8_900_000), (1, "CAN", 380_000))
    kinds = ["metonym", "place"]
    assert choose(candidates, 0, Counter(CAN=3), set(), kinds) == 0
    assert choose(candidates, 0, Counter(CAN=3), {"CAN"}, kinds) == 1
    assert choose(((0, "LBY", 1_300_000), (1, "LBN", 229_000)), 0, Counter(LBN=1), set(), kinds) == 1


def test_towns_are_looked_for_only_after_a_lower_case_place_word():
    pattern = opener_pattern(frozenset({"di", "in", "town of"}))
    text = "Rebels in Jericho. Madi Xy. In Hebron. The town of Soroti."
    assert [text[m.end():m.end() + 3] for m in pattern.finditer(text)] == ["Jer", "Sor"]


@pytest.mark.parametrize("text, lang", [
    ("President Bill Clinton has imposed sanctions on the Taliban, the White House said.", "en"),
    ("Faksi Taliban dijatuhi sanksi oleh Presiden Bill Clinton, kata Gedung Putih.", "id"),
])
def test_an_undated_text_is_dated_by_the_office_holders_it_names(run, text, lang):
    assert ("Taliban", "AFGREB") in spans(run(text, lang=lang, date=None))


def test_a_former_office_holder_or_a_dated_article_dates_nothing(run):
    former = spans(run("Former President Bill Clinton criticised the Taliban.", lang="en", date=None))
    dated = spans(run("President Bill Clinton criticised the Taliban.", lang="en", date="2022-01-10"))
    assert ("Taliban", "AFGGOV") in former and ("Taliban", "AFGGOV") in dated


def test_office_spans_meet_in_their_overlap():
    assert overlap(("1993-01-20", "2001-01-20"), ("1996-06-18", "1999-07-06")) == ("1996-06-18", "1999-07-06")
    assert overlap(("1993-01-20", "2001-01-20"), ("2009-03-31", "9999-12-31")) is None
    assert middle("1993-01-20", "2001-01-20") == "1997-01-20"
    assert Period("USAGOV", "1993-01-20", "2001-01-20").contains(middle("1993-01-20", "2001-01-20"))


def test_the_fast_path_skips_the_town_look_up_only(matcher):
    from warta.actors.stage import ActorMatcher
    from warta.model import Article
    from warta.segment import segment

    fast = ActorMatcher(matcher.kb, towns=False)
    text = "Israeli tanks fired at targets in Jericho. Militias in Tripoli clashed near the north Lebanese port."
    found = [(m.text, m.actor.code) for m in fast.mentions(segment(Article(id="t", text=text, language="en")))]
    assert not any(t == "Jericho" for t, _ in found)
    assert ("Militias in Tripoli", "LBNREB") in found
