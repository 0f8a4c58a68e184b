"""How a text introduces a place: prepositions, names of buildings before it, names the
gazetteer does not know, and phrases that point back to a place ("di kawasan itu").

The words are data (``data/place_words.yaml``, by language); this module reads tokens
around a place name and says what they make of it. ``warta.resolve.places`` decides from
that which place an event takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

INTRO_WINDOW = 4  # common words between a preposition and its place ("di ibu kota Srinagar")
NAME_WINDOW = 8  # name words between them: a building, office or district in that place
LOOK_BACK = 80  # characters read before a place name for what introduces it
LOCATIVE, DIRECTIONAL, BARE = 0, 1, 2  # tiers: how strongly the text ties an event to a place
WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
UPPER = "A-ZÀ-ÖØ-Þ"


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The place words of one language (see data/place_words.yaml), lower-cased but for name heads."""

    locative: frozenset[str]
    origin: frozenset[str]
    destination: frozenset[str]
    transit: frozenset[str]
    name_heads: frozenset[str]
    gatherings: frozenset[str]
    origin_events: frozenset[str]
    unknown: re.Pattern  # a preposition (and place noun) before a capitalised name
    anaphor: re.Pattern  # a locative word before a phrase that points back to a place
    continuation: re.Pattern  # a sentence that opens by going on with the story


@dataclass(frozen=True, slots=True)
class Intro:
    """How a place name is introduced: its tier and the word that does it ("" for none)."""

    tier: int
    word: str


def alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def load_place_words(lang: str) -> PlaceWords:
    """The place words of ``lang`` from resolve/data/place_words.yaml (KeyError for another language)."""
    raw = yaml.safe_load(resources.files("warta.resolve").joinpath("data", "place_words.yaml").read_text("utf-8"))
    if lang not in raw:
        raise KeyError(f"no place words for language {lang!r} in resolve/data/place_words.yaml")
    words = {key: [w.lower() for w in value["entries"]] for key, value in raw[lang].items()}
    prepositions = words["locative"] + words["origin"] + words["destination"]
    name = rf"[{UPPER}][\w'’-]*"
    connector = rf"(?:{alternation(words['name_connectors'])})\s+" if words["name_connectors"] else "(?!)"
    unknown = (rf"(?<!\w)(?i:(?P<prep>{alternation(prepositions)}))\s+(?:(?i:(?P<noun>{alternation(words['place_nouns'])}))\s+)?"
               rf"(?P<name>{name}(?:\s+(?:{connector})?(?:{name}|\d+))*)")
    return PlaceWords(
        frozenset(words["locative"]), frozenset(words["origin"]), frozenset(words["destination"]),
        frozenset(words["transit"]), frozenset(raw[lang]["name_heads"]["entries"]), frozenset(words["gatherings"]),
        frozenset(words["origin_events"]), re.compile(unknown),
        re.compile(rf"(?<!\w)(?i:{alternation(words['locative'])})\s+(?P<anaphor>(?i:{alternation(words['anaphors'])}))(?!\w)"),
        re.compile(rf"[\W_]*(?i:{alternation(words['continuations'])})(?!\w)"),
    )


def preceding(text: str, start: int) -> list[str]:
    """The tokens just before ``start`` (what may introduce a place there)."""
    return WORD.findall(text, max(0, start - LOOK_BACK), start)


def introduction(before: list[str], words: PlaceWords) -> Intro:
    """How the tokens ``before`` a place name introduce it: a locative word (tier 0), one
    of origin or destination (1), or nothing (2; its word is a transit one if that stops it).

    Up to INTRO_WINDOW common words may stand between ("di ibu kota Srinagar"), and up to
    NAME_WINDOW words of a name: a building, office or district lies in the place after it
    ("di Imigrasi Istanbul", "di Bandara Juanda, Surabaya", "di Rumah Perlindungan Sosial
    Anak (RPSA), Kementerian Sosial Bambu Apus, Jakarta Timur"). A gathering right before
    the name is where it was held ("pertemuan Moskow").
    """
    common = names = 0
    for i in range(len(before) - 1, -1, -1):
        token = before[i]
        if token in ",()":
            continue
        if not token[0].isalnum():
            return Intro(BARE, "")
        lower = token.lower()
        pair = f"{before[i - 1]} {token}".lower() if i else ""
        if lower in words.locative or pair in words.locative:
            return Intro(LOCATIVE, pair if pair in words.locative else lower)
        if lower in words.origin or lower in words.destination:
            return Intro(DIRECTIONAL, lower)
        if lower in words.transit:
            return Intro(BARE, lower)
        if lower in words.gatherings and common == names == 0:
            return Intro(LOCATIVE, lower)
        if token[0].isupper() or token[0].isdigit():
            names += 1
        else:
            common += 1
        if common > INTRO_WINDOW or names > NAME_WINDOW:
            return Intro(BARE, "")
    return Intro(BARE, "")


def inside_name(before: list[str], words: PlaceWords) -> bool:
    """Whether the place the tokens ``before`` precede continues a longer name ("Jalan Medan Merdeka")."""
    last = [t for t in before if t != "."][-2:]
    return bool(last) and (last[-1] in words.name_heads or " ".join(last) in words.name_heads)


@dataclass(frozen=True, slots=True)
class Unknown:
    """A capitalised name a preposition introduces that the gazetteer does not know."""

    start: int
    end: int
    text: str
    intro: Intro


def unknown_names(text: str, start: int, end: int, words: PlaceWords) -> list[Unknown]:
    """Names in ``text[start:end]`` introduced as places: after a locative word ("di
    Rayhanli"), or after any preposition and a place noun ("ke pangkalan udara Al
    Shayrat"). Whether the gazetteer or the actors know them is the caller's business."""
    out = []
    for m in words.unknown.finditer(text, start, end):
        prep = " ".join(m["prep"].lower().split())
        if prep in words.locative:
            out.append(Unknown(m.start("name"), m.end("name"), m["name"], Intro(LOCATIVE, prep)))
        elif m["noun"]:
            out.append(Unknown(m.start("name"), m.end("name"), m["name"], Intro(DIRECTIONAL, prep)))
    return out


def anaphors(text: str, start: int, end: int, words: PlaceWords) -> list[tuple[int, int]]:
    """Spans of phrases in ``text[start:end]`` that point back to a place ("di kawasan itu")."""
    return [m.span("anaphor") for m in words.anaphor.finditer(text, start, end)]


def continues(text: str, start: int, words: PlaceWords) -> bool:
    """Whether the sentence at ``start`` opens by going on with the story ("Kemudian ...")."""
    return words.continuation.match(text, start) is not None
