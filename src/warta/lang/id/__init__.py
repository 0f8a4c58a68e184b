"""The Indonesian language pack: affix morphology, function words, abbreviations and the
event lexicon (``events*.tsv``), all as data beside this file."""

from __future__ import annotations

from pathlib import Path

from warta.lang import LanguagePack, load_word_lists
from warta.lang.id.morphology import analyze, read_word_list

FOLDER = Path(__file__).resolve().parent


def load() -> LanguagePack:
    """The pack for ``id``; the morphology loads its root list lazily on first use."""
    return LanguagePack(
        code="id",
        folder=FOLDER,
        analyze=analyze,
        function_words=load_word_lists(FOLDER / "function_words.yaml"),
        topics=load_word_lists(FOLDER / "topics.yaml"),
        abbreviations=frozenset(read_word_list(FOLDER / "abbreviations.txt")),
    )
