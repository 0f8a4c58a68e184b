"""English morphology: inflection rules, irregular paradigms and event nouns."""

from __future__ import annotations

import pytest

from warta.lang.en.morphology import analyze, plural, read_tsv


@pytest.mark.parametrize(
    "word, lemma, form",
    [
        ("attacked", "attack", "past"),  # plain -ed
        ("planned", "plan", "past"),  # doubled consonant
        ("stopped", "stop", "past"),
        ("agreed", "agree", "past"),  # -d after a final e
        ("hoped", "hope", "past"),  # dropped e, not "hop"
        ("negotiated", "negotiate", "past"),
        ("denied", "deny", "past"),  # -ied
        ("died", "die", "past"),
        ("used", "use", "past"),
        ("suing", "sue", "gerund"),
        ("making", "make", "gerund"),  # e dropped before -ing
        ("planning", "plan", "gerund"),
        ("agreeing", "agree", "gerund"),
        ("being", "be", "gerund"),
        ("accuses", "accuse", "third"),  # -es after a final e
        ("pushes", "push", "third"),  # -es after sh
        ("denies", "deny", "third"),  # -ies
        ("goes", "go", "third"),
        ("Condemns", "condemn", "third"),  # lower-cased first
        ("held", "hold", "past"),  # irregular, past = participle
        ("took", "take", "past"),
        ("taken", "take", "participle"),
        ("was", "be", "past"),
        ("has", "have", "third"),
        ("sought", "seek", "past"),
        ("hit", "hit", "participle"),  # base = participle: "was hit by" must read as passive
        ("put", "put", "participle"),
        ("beat", "beat", "participle"),
        ("attack", "attack", "noun"),  # event nouns
        ("attacks", "attack", "noun"),
        ("talks", "talks", "noun"),
        ("airstrikes", "airstrike", "noun"),
        ("clashes", "clash", "noun"),
        ("inquiries", "inquiry", "noun"),
        ("bombings", "bombing", "action_noun"),  # "the NATO bombing of Belgrade"
        ("officials", "official", "noun"),  # plural of an unknown word
        ("willing", "willing", "base"),  # words the rules would misread
        ("during", "during", "base"),
        ("news", "news", "base"),
        ("crisis", "crisis", "base"),  # -s that is no inflection
        ("famous", "famous", "base"),
        ("condemn", "condemn", "base"),
        ("shells", "shell", "noun"),  # "as shells continued crashing": a plural noun, not "shells the town"
    ],
)
def test_analyze(word: str, lemma: str, form: str) -> None:
    assert analyze(word) == (lemma, form)


def test_unknown_verb_keeps_its_stem() -> None:
    """A verb no table knows is still stripped by spelling alone."""
    assert analyze("zorbulated").lemma == "zorbulate"
    assert analyze("blicked").lemma == "blick"
    assert analyze("frobbed").lemma == "frob"


@pytest.mark.parametrize("row", read_tsv("irregular_verbs.tsv"), ids=lambda r: r["base"])
def test_irregular_forms_lead_back_to_their_base(row: dict[str, str]) -> None:
    forms = [w for column in ("past", "participle") for w in row[column].split("|")]
    assert all(analyze(w).lemma == row["base"] for w in forms), forms
    assert analyze(row["base"]).lemma == row["base"]


@pytest.mark.parametrize("row", read_tsv("event_nouns.tsv"), ids=lambda r: r["noun"])
def test_event_nouns_and_their_plurals_are_nouns(row: dict[str, str]) -> None:
    assert analyze(row["noun"]) == (row["lemma"], "noun")
    if row["plural"] != "-":
        assert analyze(row["plural"] or plural(row["noun"])) == (row["lemma"], "noun")


@pytest.mark.parametrize("row", read_tsv("action_nouns.tsv"), ids=lambda r: r["noun"])
def test_action_nouns_and_their_plurals_are_action_nouns(row: dict[str, str]) -> None:
    assert analyze(row["noun"]) == (row["lemma"], "action_noun")
    if row["plural"] != "-":
        assert analyze(row["plural"] or plural(row["noun"])) == (row["lemma"], "action_noun")


@pytest.mark.parametrize("noun, many", [("attack", "attacks"), ("clash", "clashes"), ("inquiry", "inquiries"), ("day", "days")])
def test_plural(noun: str, many: str) -> None:
    assert plural(noun) == many


def test_every_table_row_names_its_source() -> None:
    for name in ("irregular_verbs.tsv", "event_nouns.tsv", "action_nouns.tsv", "fixed_forms.tsv", "verbs.tsv"):
        rows = read_tsv(name)
        assert rows, name
        assert all(row["source"].strip() for row in rows), name
