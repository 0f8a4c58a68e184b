"""How a text introduces a place: prepositions, names of buildings before it, names the
gazetteer does not know, and phrases that point back to a place ("di kawasan itu").

The words are data (``data/place_words.yaml``, by language); this module reads tokens
around a place name and says what they make of it. ``warta.resolve.places`` decides from
that which place an event takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

import yaml

from warta.lang import Analysis, get_pack
from warta.resolve.dates import alternation, load_date_words

INTRO_WINDOW = 4  # common words between a preposition and its place ("di ibu kota Srinagar")
NAME_WINDOW = 10  # name words between them: a building, office or district in that place
LOOK_BACK = 80  # characters read before a place name for what introduces it
LOCATIVE, DIRECTIONAL, BARE = 0, 1, 2  # tiers: how strongly the text ties an event to a place
VERB_FORMS = frozenset({"active", "passive", "third"})  # forms (warta.lang.Analysis) that are surely verbs
WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
UPPER = "A-ZÀ-ÖØ-Þ"


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The place words of one language (see data/place_words.yaml), lower-cased but for name heads."""

    locative: frozenset[str]
    origin: frozenset[str]
    destination: frozenset[str]
    name_heads: frozenset[str]
    gatherings: frozenset[str]
    origin_events: frozenset[str]
    introducers: dict[str, int]  # every single word above that introduces or stops: its tier
    pair_ends: frozenset[str]  # last words of two-word locatives ("di sekitar")
    openers: re.Pattern  # a word that opens another clause: of time (setelah, since) or purpose (untuk)
    analyze: Callable[[str], Analysis]  # the language pack's: tells a verb
    unknown: re.Pattern  # a preposition (and place noun) before a capitalised name
    anaphor: re.Pattern  # a locative word before a phrase that points back to a place
    continuation: re.Pattern  # a sentence that opens by going on with the story


class Intro(NamedTuple):
    """How a place name is introduced: its tier, the word that does it ("" for none) and
    where that word stands (-1 for none)."""

    tier: int
    word: str
    at: int = -1


@cache
def load_place_words(lang: str) -> PlaceWords:
    """The place words of ``lang`` from resolve/data/place_words.yaml (KeyError for another language)."""
    raw = yaml.safe_load(resources.files("warta.resolve").joinpath("data", "place_words.yaml").read_text("utf-8"))
    if lang not in raw:
        raise KeyError(f"no place words for language {lang!r} in resolve/data/place_words.yaml")
    words = {key: [w.lower() for w in value["entries"]] for key, value in raw[lang].items()}
    prepositions = words["locative"] + words["origin"] + words["destination"]
    name = rf"[{UPPER}][\w'’-]*"
    connector = rf"{alternation(words['name_connectors'])}\s+"
    unknown = (rf"(?<!\w)(?P<prep>{alternation(prepositions)})\s+(?:(?P<noun>{alternation(words['place_nouns'])})\s+)?"
               rf"(?P<name>{name}(?:\s+(?:{connector})?{name})*)(?!\s*\d)")  # not "sekitar Rp 2 miliar"
    return PlaceWords(
        frozenset(words["locative"]), frozenset(words["origin"]), frozenset(words["destination"]),
        frozenset(raw[lang]["name_heads"]["entries"]), frozenset(words["gatherings"]),
        frozenset(words["origin_events"]),
        {**{w: BARE for w in words["transit"]}, **{w: DIRECTIONAL for w in words["origin"] + words["destination"]},
         **{w: LOCATIVE for w in words["locative"] if " " not in w}},
        frozenset(w.split()[-1] for w in words["locative"] if " " in w), clause_openers(lang, words), get_pack(lang).analyze,
        re.compile(unknown),
        re.compile(rf"(?<!\w){alternation(words['locative'])}\s+(?P<anaphor>{alternation(words['anaphors'])})(?!\w)"),
        re.compile(rf"[\W_]*{alternation(words['continuations'])}(?!\w)"),
    )


def clause_openers(lang: str, words: dict[str, list[str]]) -> re.Pattern:
    """Words beyond which a place belongs to another clause: the openers of a clause with
    its own time (lang/<code>/dates.yaml: setelah, since) and the words of purpose of the
    language pack ("untuk masuk ke AS": where the purpose lies, not the event), but for
    those that are also prepositions ("to") and one before a name ("bantuan untuk
    Afghanistan" is aid for it, not a clause)."""
    purpose = get_pack(lang).words("purpose") - set(words["destination"])
    time = alternation(load_date_words(lang).clause_openers)
    return re.compile(rf"(?<!\w)(?:{time}|{alternation(purpose)}(?!\s+[{UPPER}]))(?!\w)")


class Before(NamedTuple):
    """The tokens of the characters just before a place name (what may introduce it)."""

    text: str
    end: int
    tokens: list[str]

    def offset(self, i: int) -> int:
        """Where token ``i`` starts, found back from the end (only ever asked for once)."""
        at = self.end
        for token in reversed(self.tokens[i:]):
            at = self.text.rfind(token, 0, at)
        return at


def preceding(text: str, start: int) -> Before:
    return Before(text, start, WORD.findall(text, max(0, start - LOOK_BACK), start))


def introduction(before: Before, words: PlaceWords) -> Intro:
    """How the tokens ``before`` a place name introduce it: a locative word (tier 0), one
    of origin or destination (1), or nothing (2; its word is a transit one if that stops it).

    Up to INTRO_WINDOW common words may stand between ("di ibu kota Srinagar"), and up to
    NAME_WINDOW words of a name: a building, office or district lies in the place after it
    ("di Imigrasi Istanbul", "di Bandara Juanda, Surabaya", "di Rumah Perlindungan Sosial
    Anak (RPSA), Kementerian Sosial Bambu Apus, Jakarta Timur"). A gathering right before
    the name is where it was held ("pertemuan Moskow"). A verb between ends what the
    preposition governs ("di Moskow menyerukan bantuan untuk Afghanistan").
    """
    tokens = before.tokens
    common: list[str] = []
    names = 0
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if token in ",()":
            continue
        if not token[0].isalnum():
            return Intro(BARE, "")
        lower = token.lower()
        intro = None
        if i and lower in words.pair_ends and f"{tokens[i - 1]} {token}".lower() in words.locative:
            intro = Intro(LOCATIVE, f"{tokens[i - 1]} {token}".lower(), before.offset(i - 1))
        elif lower in words.introducers:
            intro = Intro(words.introducers[lower], lower, before.offset(i))
        elif not common and not names and lower in words.gatherings:
            intro = Intro(LOCATIVE, lower, before.offset(i))
        if intro:
            verb = any(words.analyze(w).form in VERB_FORMS for w in common)
            return Intro(BARE, "") if verb else intro
        if token[0].isupper() or token[0].isdigit():
            names += 1
        else:
            common.append(lower)
        if len(common) > INTRO_WINDOW or names > NAME_WINDOW:
            return Intro(BARE, "")
    return Intro(BARE, "")


def inside_name(before: Before, words: PlaceWords) -> bool:
    """Whether the place the tokens ``before`` precede continues a longer name ("Jalan Medan Merdeka")."""
    last: list[str] = []
    for token in reversed(before.tokens):
        if token != ".":
            last.insert(0, token)
            if len(last) == 2:
                break
    return bool(last) and (last[-1] in words.name_heads or " ".join(last) in words.name_heads)


@dataclass(frozen=True, slots=True)
class Unknown:
    """A capitalised name a preposition introduces that the gazetteer does not know;
    ``kind`` tells whether a place noun names what it is ("kota", "pangkalan udara")."""

    start: int
    end: int
    text: str
    intro: Intro
    kind: bool


def unknown_names(text: str, start: int, end: int, words: PlaceWords) -> list[Unknown]:
    """Names in ``text[start:end]`` introduced as places: after a locative word ("di
    Rayhanli"), or after any preposition and a place noun ("ke pangkalan udara Al
    Shayrat"). Whether the gazetteer or the actors know them is the caller's business."""
    out = []
    for m in words.unknown.finditer(text, start, end):
        prep, kind = " ".join(m["prep"].lower().split()), m["noun"] is not None
        if prep in words.locative or kind:
            intro = Intro(LOCATIVE if prep in words.locative else DIRECTIONAL, prep, m.start("prep"))
            out.append(Unknown(m.start("name"), m.end("name"), m["name"], intro, kind))
    return out


def anaphors(text: str, start: int, end: int, words: PlaceWords) -> list[tuple[int, int]]:
    """Spans of phrases in ``text[start:end]`` that point back to a place ("di kawasan itu")."""
    return [m.span("anaphor") for m in words.anaphor.finditer(text, start, end)]


def continues(text: str, start: int, words: PlaceWords) -> bool:
    """Whether the sentence at ``start`` opens by going on with the story ("Kemudian ...")."""
    return words.continuation.match(text, start) is not None
