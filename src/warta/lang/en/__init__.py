"""The English language pack: rule morphology, function words, abbreviations and the
event lexicon (``events*.tsv``), all as data beside this file."""

from __future__ import annotations

from pathlib import Path

from warta.lang import LanguagePack, load_word_lists
from warta.lang.en.morphology import analyze

FOLDER = Path(__file__).resolve().parent


def load() -> LanguagePack:
    """The pack for ``en``. English puts a noun's modifiers before it ("the Moscow
    talks"), so it is not head-initial; the morphology reads its tables on first use."""
    return LanguagePack(
        code="en",
        folder=FOLDER,
        analyze=analyze,
        function_words=load_word_lists(FOLDER / "function_words.yaml"),
        topics=load_word_lists(FOLDER / "topics.yaml"),
        abbreviations=load_word_lists(FOLDER / "abbreviations.yaml")["abbreviations"],
        head_initial=False,
    )
