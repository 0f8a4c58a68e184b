"""The speed shortcuts decide exactly what the slow paths decide.

The compiled KB stores, per alias group and language view, the entry a hit stands for in
lower case and capitalised (``Choice``); ``WordsBefore`` rules positions out by the last
word before them. Both must agree with the per-hit look-up and the plain regex search.
"""

from __future__ import annotations

from warta.actors.kb import LOOK_UP, view_of
from warta.actors.match import has_capital
from warta.actors.phrase import determiner_pattern, word_before_pattern

TEXTS = [
    ("Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri AS di Washington, kata polisi "
     "dan para pejabat PBB. Batu, Padang dan Surabaya; mantan Presiden Bush; TNI, ma, Ma, MA.", "id"),
    ("Russian troops and former President Bush met UN officials in Tripoli; the police, "
     "Police and POLICE said US and us and AS and As.", "en"),
    ("polisi Malaysia, Polisi Malaysia, POLISI MALAYSIA, pemerintah, Pemerintah Indonesia", None),
]


def test_compiled_choice_matches_the_look_up(matcher):
    kb = matcher.kb
    checked = 0
    for text, lang in TEXTS:
        for date in (None, "2005-06-01", "2021-10-21"):
            for start, end, (_, group, lower, capital) in kb.hits(text, lang):
                raw = text[start:end]
                found = kb.candidates(group, raw, lang)
                expected = matcher.pick(found, date) if found else -1
                fast = capital if has_capital(raw) else lower
                if fast == LOOK_UP:
                    continue  # decided per hit: the slow path itself
                assert fast == expected, (raw, lang, date)
                checked += 1
    assert checked > 40


def test_every_view_stores_a_choice_per_key(matcher):
    kb = matcher.kb
    for lang in ("id", "en", None):
        automaton = kb.automata[view_of(lang)]
        for _key, (length, group, lower, capital) in list(automaton.items())[:2000]:
            assert 0 <= group < len(kb.groups) and lower >= LOOK_UP and capital >= LOOK_UP and length > 1


def test_words_before_agrees_with_the_regex_search():
    determiners = determiner_pattern(["para", "lebih dari", "the"], ["mantan", "former"], ["wakil", "vice"])
    markers = word_before_pattern(frozenset(["etnis", "ethnic"]))
    text = ("para mantan wakil presiden, lebih dari 15 tentara, The former vice president, "
            "Para\tpolisi, 1.500 orang, etnis Albania, ETHNIC Serbs, kota etnisnya, paramiliter x")
    for pattern in (determiners, markers):
        for hi in range(len(text) + 1):
            for lo in (0, max(0, hi - 20), max(0, hi - 40)):
                plain = pattern.pattern.search(text, lo, hi)
                fast = pattern.search(text, lo, hi)
                if fast is None:  # ruled out: the regex finds nothing that counts
                    assert plain is None or not plain.group(0), (lo, hi, plain)
                else:
                    assert fast.span() == plain.span()


def test_lower_case_text_never_takes_an_acronym(run):
    """"as" in English text is no United States; "AS" in Indonesian is."""
    assert not [m for m in run("we came as friends", lang="en").mentions if m.actor.code == "USA"]
    assert [m.actor.code for m in run("Pemerintah AS menolak.").mentions] == ["USAGOV"]

