"""Language packs: everything language-specific lives in ``warta/lang/<code>/``.

A pack is data plus a morphology function; the engine (segmenter, actor matcher,
coder, resolvers) never names a word of any language. ``get_pack("id")`` imports the
pack on first use and caches it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, NamedTuple

import yaml

# The registry of packs: language code -> module. Adding a language = adding a folder
# and a line here.
LANGUAGES: dict[str, str] = {"id": "warta.lang.id", "en": "warta.lang.en"}


class Analysis(NamedTuple):
    """What the morphology says of one lower-cased word form."""

    lemma: str
    # base | active | passive | noun | action_noun | participle | past | gerund | third;
    # an action noun's possessor is the one acted on ("penangkapan X": X is arrested)
    form: str


@dataclass(slots=True)
class LanguagePack:
    code: str
    folder: Path
    analyze: Callable[[str], Analysis]
    # role -> set of lower-cased words or phrases (see function_words.yaml of each pack)
    function_words: dict[str, frozenset[str]] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()
    # True where a noun's modifiers follow it ("pertemuan Moskow": Moskow modifies the
    # meeting); False where they precede it ("the Moscow talks"). The coder uses it to
    # tell an actor that heads a noun phrase from one that only modifies a noun.
    head_initial: bool = True
    # topic -> cue words of news with no political events (topics.yaml): sport, entertainment...
    topics: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, role: str) -> frozenset[str]:
        return self.function_words.get(role, frozenset())


def load_word_lists(path: Path) -> dict[str, frozenset[str]]:
    """Read a YAML mapping name -> list of words/phrases (``function_words.yaml`` by role,
    ``topics.yaml`` by topic), lower-cased."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {role: frozenset(w.lower() for w in words) for role, words in raw.items()}


@cache
def get_pack(code: str) -> LanguagePack:
    """The language pack for ``code`` (``id``, ``en``); KeyError for an unknown one."""
    if code not in LANGUAGES:
        raise KeyError(f"no language pack for {code!r}; known: {', '.join(sorted(LANGUAGES))}")
    module = importlib.import_module(LANGUAGES[code])
    return module.load()
