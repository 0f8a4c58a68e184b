"""The English function words: every role the coder reads, with the right members."""

from __future__ import annotations

import pytest

from warta.coding.clause import ROLES
from warta.lang import get_pack


@pytest.fixture(scope="module")
def pack():
    return get_pack("en")


def test_pack_identity(pack) -> None:
    assert pack.code == "en"
    assert pack.head_initial is False  # "the Moscow talks": modifiers precede the noun
    assert pack.analyze("met") == ("meet", "past")


# roles English declares empty on purpose: no English noun turns a bare verb into an event
# noun the way Indonesian "aksi" does ("aksi mogok")
DECLARED_EMPTY = {"nominalizers"}


@pytest.mark.parametrize("role", ROLES)
def test_every_coder_role_is_filled(pack, role: str) -> None:
    assert role in pack.function_words, f"{role} is not declared"
    assert pack.words(role) or role in DECLARED_EMPTY, role


@pytest.mark.parametrize(
    "role, members",
    [
        ("negators", {"not", "never", "no", "didn't", "refused to", "declined to", "failed to"}),
        ("intent", {"will", "would", "plans to", "intends to", "is set to", "is expected to"}),
        ("hypothetical", {"if", "unless", "whether"}),
        ("complementizers", {"that"}),
        ("speech_markers", {"said", "says", "told", "according to"}),
        ("passive_aux", {"was", "were", "been", "has been"}),
        ("passive_agent", {"by"}),
        ("target_preps", {"with", "to", "against", "toward", "towards", "into"}),
        ("conjunctions", {"and", "or", "as well as", "along with"}),
        ("relative", {"who", "which", "that", "whose"}),
        ("clause_breaks", {"after", "before", "while", "but", "because", "although"}),
        ("pronouns_person", {"he", "she"}),
        ("pronouns_group", {"they", "we"}),
        ("determiners", {"the", "a", "an", "their", "both", "several"}),
        ("skip", {"has", "also", "reportedly", "on monday"}),
    ],
)
def test_role_members(pack, role: str, members: set[str]) -> None:
    assert members <= pack.words(role)


def test_words_are_lower_case_strings(pack) -> None:
    """YAML reads bare no/on/off as booleans: every entry must still be a word."""
    for role, words in pack.function_words.items():
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), role


def test_a_word_is_not_both_subject_pronoun_and_determiner(pack) -> None:
    pronouns = pack.words("pronouns_person") | pack.words("pronouns_group")
    assert not pronouns & pack.words("determiners")


def test_abbreviations_keep_sentences_whole(pack) -> None:
    from warta.model import Article
    from warta.segment import segment

    text = "Gen. Prosper Avril met Mr. Smith in St. Marc on Jan. 5. They talked."
    article = segment(Article(id="t", text=text, language="en"), pack.abbreviations)
    assert [text[s.start:s.end] for s in article.sentences] == [
        "Gen. Prosper Avril met Mr. Smith in St. Marc on Jan. 5.",
        "They talked.",
    ]
