"""The English event lexicon: every entry is well formed, coded and shown at work."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.coding.codebook import load_codebook
from warta.coding.lexicon import STOP, EventLexicon, LexEntry, read_lexicon_file
from warta.lang import get_pack
from warta.segment import tokenize

PACK = get_pack("en")
LEXICON = EventLexicon.from_pack(PACK)
CURATED = LEXICON.entries
CANDIDATES = Path(__file__).resolve().parents[3] / "scripts" / "english_lexicon_candidates.tsv"


def words_of(sentence: str) -> list[str]:
    return [sentence[s:e].lower() for s, e in tokenize(sentence)]


def describe(entry: LexEntry) -> str:
    return f"{entry.id} {' '.join(entry.pattern)}"


@pytest.mark.parametrize("entry", LEXICON.entries, ids=describe)
def test_example_matches_its_own_pattern(entry: LexEntry) -> None:
    """Pattern, morphology and example agree: the entry alone finds itself in its example."""
    triggers = EventLexicon([entry], PACK.analyze).match(words_of(entry.example), keep_stops=True)
    assert [t.cameo for t in triggers] == [entry.cameo]


@pytest.mark.parametrize("entry", CURATED, ids=describe)
def test_curated_example_keeps_its_root_in_the_whole_lexicon(entry: LexEntry) -> None:
    """No other (longer) pattern takes the example away to another CAMEO root."""
    roots = {t.cameo[:2] for t in LEXICON.match(words_of(entry.example), keep_stops=True)}
    assert entry.cameo[:2] in roots


@pytest.mark.parametrize("entry", CURATED, ids=describe)
def test_curated_items_are_lemmas(entry: LexEntry) -> None:
    """Items are written as lemmas, so every inflected form matches them; an exact-form
    item ("=freed") names one form on purpose."""
    for item in entry.pattern:
        for alt in item.split("|"):
            assert alt == "*" or alt.startswith("=") or PACK.analyze(alt).lemma == alt, alt


def test_every_code_is_in_the_codebook() -> None:
    codebook = load_codebook()
    assert {e.cameo for e in LEXICON.entries if e.cameo not in codebook and e.cameo != STOP} == set()


def test_curated_lexicon_covers_every_cameo_root() -> None:
    assert {e.cameo[:2] for e in CURATED if e.cameo != STOP} == {f"{r:02d}" for r in range(1, 21)}


@pytest.mark.parametrize(
    "sentence, cameo",
    [
        ("The two sides held direct talks in Geneva.", "040"),
        ("Belgium has pledged aid to Afghanistan.", "033"),
        ("Police arrested twelve protesters.", "173"),
        ("The council condemned the airstrike.", "111"),
        ("An airstrike hit the market.", "195"),
        ("The ministers called on Jakarta to act.", "020"),
    ],
)
def test_news_phrases(sentence: str, cameo: str) -> None:
    assert cameo in [t.cameo for t in LEXICON.match(words_of(sentence))]


@pytest.mark.parametrize(
    "sentence, blocked",
    [
        ("The detainees refused food in protest at their treatment.", "140"),  # the protest is the refusal
        ("According to a press release by the army, the convoy arrived.", "084"),  # no one was released
        ("The council sanctioned the group for its support of the rebels.", "051"),  # a cause, not an act
        ("Police opened a hearing into alleged abuses.", "112"),  # attributive, nobody alleges here
        ("Foreigners ordered out of the country gathered at the border.", "100"),  # a reduced passive
        ("Police questioned him about his role in the bombing.", "183"),  # the bombing is background
    ],
)
def test_stop_entries_block_a_shorter_entry(sentence: str, blocked: str) -> None:
    assert blocked not in [t.cameo for t in LEXICON.match(words_of(sentence))]


def test_a_time_adverbial_stays_with_the_reporting_verb() -> None:
    """"said on Tuesday that Y must ...": the trigger ends before "that", so the coder
    finds the complement's actor right after it."""
    words = words_of("Russia said on Tuesday that Sudan must return the helicopter.")
    [said] = [t for t in LEXICON.match(words) if "speech" in t.entry.flags]
    assert words[said.last + 1] == "that"


@pytest.mark.parametrize("word, flag", [("said", "speech"), ("urged", "appeal"), ("pledged", "intent")])
def test_flags(word: str, flag: str) -> None:
    [trigger] = LEXICON.match([word])
    assert flag in trigger.entry.flags


def test_petrarch_candidates_match_their_examples() -> None:
    """The build script's rewrite of PETRARCH patterns round-trips through the morphology."""
    if not CANDIDATES.exists():
        pytest.skip("scripts/english_lexicon_candidates.tsv not built")
    entries = read_lexicon_file(CANDIDATES)
    codebook = load_codebook()
    missed = [
        describe(e) for e in entries
        if [t.cameo for t in EventLexicon([e], PACK.analyze).match(words_of(e.example))] != [e.cameo]
        or e.cameo not in codebook
    ]
    assert len(entries) > 1000
    assert missed == []
