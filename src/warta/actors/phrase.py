"""Group name hits into actor noun phrases: title + country + person name = one phrase.

"Menteri Luar Negeri Rusia Sergei Lavrov", "para pejabat Amerika Serikat", "Russian
troops", "Israel's high court", "Duta Besar AS untuk PBB Nikki Haley". The grammar is
small and the same for every language; what differs (connector words, whether a country
adjective comes first) is read from ``data/grammar.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple

PLACE_KINDS = frozenset(("country", "region", "metonym", "place", "igo", "group", "institution"))
# names that, beside a place noun, describe the place instead of acting ("kota Siberia",
# "Gedung DPR", "Bosnian town"); a city or province beside one is that place ("kota Cizre")
DESCRIBING_KINDS = frozenset(("country", "region", "institution", "igo"))
TOWN_KINDS = frozenset(("place", "metonym"))
WORD_KINDS = frozenset(("title", "agent", "ethnic"))
ORG_KINDS = frozenset(("group", "igo", "institution"))
NAME_WORD = r"(?:[A-Z][\w'’.]*(?:-[\w'’.]+)*)"
POSSESSIVES = ("'s", "’s", "'", "’")
MAX_MODIFIERS = 2  # adjectives allowed inside a phrase: "Afghanistan's new rulers"
EXTENDABLE = frozenset(("title", "agent", "ethnic", "collective"))  # take determiners on their left
ORIGIN_KINDS = frozenset(("country", "place", "metonym"))  # where people come from
PEOPLE_KINDS = frozenset(("title", "agent", "ethnic", "region"))  # a phrase an origin may complete
MAX_MEMBER_GAP = 8  # " dari ", " from "
MAX_GAP = 64  # characters between two units of one phrase, at most (connectors, modifiers, parentheses)


class Rules(NamedTuple):
    """How phrases are put together in one language (``data/grammar.yaml``)."""

    connectors: frozenset[str]  # title ... place: "Duta Besar AS untuk PBB"
    coordinators: frozenset[str]  # place and place share a title: "pejabat Uni Eropa dan AS"
    locatives: frozenset[str]  # an unbound agent takes the place it is in: "pemberontak di Darfur"
    place_words: frozenset[str]  # a capital after these is a place: "di Moskow"
    modifiers: frozenset[str]  # adjectives inside a phrase: "pemerintahan baru Rumania"
    led_by: frozenset[str]  # organisation + these + its leader: "al-Qaeda pimpinan Osama bin Laden"
    modifier_first: bool  # "Russian troops"
    # "kota", "Gedung" (before the name: WordsBefore), "town" (after it: a pattern matched there)
    place_nouns: WordsBefore | re.Pattern | None
    determiners: WordsBefore  # "para", "the", "mantan" before a title
    skip_words: frozenset[str]  # the determiners themselves: no part of a name ("The")
    default_country: str | None
    ethnic_markers: WordsBefore | None = None  # "etnis", "ethnic": the nationality after it is a people
    town_openers: re.Pattern | None = None  # place words before a capitalised word: a town may follow
    origins: re.Pattern | None = None  # people + these + the country they come from ("pengungsi asal Suriah")
    origins_unbound: re.Pattern | None = None  # the same for unbound agents only ("refugees from Syria")
    named: re.Pattern | None = None  # people + these + a name: "WNI bernama Budi Mastur"
    members: frozenset[str] = frozenset()  # title + these + its organisation: "anggota DPRD dari PKS"
    owners: re.Pattern | None = None  # agent + its name + these + its owner: "pangkalan udara Al Shayrat milik Suriah"


class WordsBefore(NamedTuple):
    """A pattern that must end right before a position, and the words it can end with: most
    positions are ruled out by one set look-up, with no regex search (the actor stage tries
    this before every phrase)."""

    pattern: re.Pattern
    last_words: frozenset[str]  # lower case
    numbers: bool = False  # the pattern may end with a number ("15 tentara")

    def search(self, text: str, lo: int, hi: int) -> re.Match | None:
        chunk = text[lo:hi]
        if not chunk[-1:].isspace():
            return None
        words = chunk.rsplit(None, 1)
        last = words[-1] if words else ""
        if last.lower() in self.last_words or (self.numbers and last[:1].isdigit()):
            return self.pattern.search(text, lo, hi)
        return None


def last_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(p.split()[-1].lower() for p in phrases if p.split())


@dataclass(slots=True)
class Unit:
    """One matched name: its span and the entry chosen for it."""

    start: int
    end: int
    entry: int
    kind: str


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    sentence: int
    units: list[Unit] = field(default_factory=list)
    name: tuple[int, int] | None = None  # an unknown personal name after a title
    former: bool = False
    # a title shared across "dan"/"and": "pejabat Uni Eropa dan AS" -> AS borrows "pejabat"
    borrowed: Unit | None = None
    place: bool = False  # a capital after "di"/"in" names the place, not its government
    named_org: bool = False  # an organisation head word with its name ("Front Patriotik Rwanda")

    def kinds(self) -> set[str]:
        return {u.kind for u in self.units}

    def first(self, kinds: frozenset[str] | set[str]) -> Unit | None:
        return next((u for u in self.units if u.kind in kinds), None)


def gap_kind(gap: str, connectors: frozenset[str], modifiers: frozenset[str] = frozenset()) -> str | None:
    """What separates two units: space, paren, comma, poss, conn, or None (a break).
    A few listed adjectives count as nothing ("pemerintahan baru Rumania", "Afghanistan's
    new rulers")."""
    stripped = gap.strip()
    if not stripped:
        return "space" if "\n" not in gap else None
    if not stripped.strip("()").strip():
        return "paren"
    if stripped == ",":
        return "comma"
    if stripped in POSSESSIVES:
        return "poss"
    if stripped.lower() in connectors and gap.startswith(" "):
        return "conn"
    if modifiers and "\n" not in gap and gap.startswith((" ", "'", "’")) and gap.endswith(" "):
        words = stripped.lower().split()
        poss = words[0] in POSSESSIVES
        adjectives = words[1:] if poss else words
        if 0 < len(adjectives) <= MAX_MODIFIERS and all(w in modifiers for w in adjectives):
            return "poss" if poss else "space"
    return None


def can_join(phrase: Phrase, unit: Unit, gap: str | None, modifier_first: bool) -> bool:
    """Whether ``unit`` continues ``phrase`` across ``gap``."""
    if gap is None:
        return False
    last = phrase.units[-1]
    kinds = phrase.kinds()
    if "collective" in kinds:
        # "negara-negara Asia Tengah", "negara-negara Arab": a plural of places names them
        return len(phrase.units) == 1 and gap == "space" and unit.kind in ("country", "region")
    has_title = bool(kinds & WORD_KINDS)
    if unit.kind in WORD_KINDS:
        if last.kind in WORD_KINDS:
            return gap in ("space", "paren")
        if last.kind in PLACE_KINDS:
            if gap == "poss":
                return True
            if has_title:
                return gap == "space" and unit.kind == "title"
            return gap == "space" and modifier_first and "person" not in kinds
        return False
    if unit.kind in PLACE_KINDS:
        if last.kind in WORD_KINDS:
            return gap in ("space", "conn", "paren")
        return last.kind in PLACE_KINDS and has_title and gap in ("conn", "paren")
    if unit.kind == "person":
        return "person" not in kinds and (has_title or last.kind in WORD_KINDS) and gap in ("space", "comma", "paren")
    return False


def build_phrases(text: str, units: list[Unit], bounds: list[tuple[int, int]], rules: Rules) -> list[Phrase]:
    """Phrases inside sentences (``bounds`` = sentence spans, in order)."""
    phrases: list[Phrase] = []
    s_index = 0
    for unit in units:
        while s_index < len(bounds) and bounds[s_index][1] <= unit.start:
            s_index += 1
        if s_index >= len(bounds) or unit.start < bounds[s_index][0] or unit.end > bounds[s_index][1]:
            continue  # a hit across a sentence boundary is no actor
        current = phrases[-1] if phrases and phrases[-1].sentence == s_index else None
        if current and unit.start - current.end <= MAX_GAP and unit.kind != "blocked" \
                and current.units[0].kind != "blocked" and can_join(
                current, unit, gap_kind(_after_abbreviation(text, current.end, unit.start), rules.connectors,
                                        rules.modifiers), rules.modifier_first):
            current.units.append(unit)
            current.end = unit.end
        else:
            phrases.append(Phrase(unit.start, unit.end, s_index, [unit]))
    if not any(u.kind == "blocked" for u in units):
        return phrases
    return [p for p in phrases if "blocked" not in p.kinds()]


def _after_abbreviation(text: str, end: int, start: int) -> str:
    """The gap between two units, without the final period of a dotted abbreviation
    ("U.S. soldier": the match ends before the last period)."""
    gap = text[end:start]
    if gap.startswith(".") and end >= 2 and text[end - 2] == "." and text[end - 1].isalpha():
        return gap[1:]
    return gap


def share_titles(text: str, phrases: list[Phrase], coordinators: frozenset[str], modifier_first: bool) -> None:
    """Coordinated places share one title: "pejabat Uni Eropa dan AS" (the title comes first)
    and, where adjectives come first, "Hungarian and Romanian officials"."""
    for left, right in zip(phrases, phrases[1:]):
        if left.sentence != right.sentence or text[left.end:right.start].strip().lower() not in coordinators:
            continue
        if _is_bare_place(right) and not left.name:
            right.borrowed = _leading_title(left)
        elif modifier_first and _is_bare_place(left) and len(right.units) > 1 and right.units[0].kind in PLACE_KINDS:
            left.borrowed = next((u for u in right.units[1:] if u.kind in WORD_KINDS), None)


def join_locatives(text: str, phrases: list[Phrase], locatives: frozenset[str], unbound: set[int]) -> list[Phrase]:
    """An agent that has no country of its own takes the place it is in: "pemberontak di
    Darfur", "rebels in the Ivory Coast" (``unbound``: the phrases of such agents)."""
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (last is not None and id(last) in unbound and last.sentence == phrase.sentence
                and len(phrase.units) == 1 and phrase.units[0].kind in PLACE_KINDS
                and " ".join(text[last.end:phrase.start].lower().split()) in locatives):
            last.units += phrase.units
            last.end = phrase.end
            continue
        out.append(phrase)
    return out


def named_pattern(words: frozenset[str]) -> re.Pattern | None:
    """A word naming people's name after them ("bernama", "named"), one word allowed before
    it ("WNI lainnya bernama")."""
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?(?:{alternatives})(?=[ \t]+[A-Z])")


def join_peoples(text: str, phrases: list[Phrase], civilians: frozenset[int]) -> list[Phrase]:
    """Where the noun comes first, a civilian people word + nationality + country is that
    nationality's people living in the country: "pihak Serbia Bosnia", "warga Serbia Bosnia"
    (the Bosnian Serbs) are Bosnia's. A state's agents are the first country's, deployed in
    the second ("pasukan Rusia Suriah"), and "konflik Rusia Ukraina" (no people word) is two
    countries. ``civilians``: the entries of people words with no sector or CVL/REF only."""
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (last is not None and phrase.start - last.end == 1 and last.sentence == phrase.sentence
                and len(phrase.units) == 1 and phrase.units[0].kind == "country" and len(last.units) == 2
                and last.units[1].kind == "country" and last.units[0].entry in civilians and text[last.end] == " "):
            last.units[1].kind = "ethnic"
            last.units.append(phrase.units[0])
            last.end = phrase.end
            continue
        out.append(phrase)
    return out


def owner_pattern(words: frozenset[str]) -> re.Pattern | None:
    """The gap between an agent and the place that owns it when the agent's own name sits
    between them: up to four capitalised words, then an owner word ("Al Shayrat milik")."""
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}[ \t]+(?:{alternatives})[ \t]+")


def join_owned(text: str, phrases: list[Phrase], pattern: re.Pattern | None) -> list[Phrase]:
    """An agent named by its own name and its owner is the owner's ("pangkalan udara Al
    Shayrat milik Suriah" SYRMIL): one phrase over the name."""
    if pattern is None:
        return phrases
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (last is not None and 4 < phrase.start - last.end <= MAX_GAP and last.sentence == phrase.sentence
                and not last.name and phrase.units[0].kind in PLACE_KINDS and len(phrase.units) == 1
                and all(u.kind == "agent" for u in last.units) and pattern.fullmatch(text, last.end, phrase.start)):
            last.units += phrase.units
            last.end = phrase.end
            continue
        out.append(phrase)
    return out


def join_members(text: str, phrases: list[Phrase], words: frozenset[str]) -> list[Phrase]:
    """A title and the organisation its holder belongs to are one phrase ("anggota DPRD
    Pasuruan dari PKS"), so a name after them joins it; the title's place still gives the
    country."""
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (words and last is not None and phrase.start - last.end <= MAX_MEMBER_GAP
                and last.sentence == phrase.sentence and len(phrase.units) == 1
                and phrase.units[0].kind in ORG_KINDS and last.units[0].kind == "title"
                and not last.kinds() & {"person", "group", "igo", "institution"}
                and text[last.end:phrase.start].strip().lower() in words and text[last.end] == " "):
            last.units += phrase.units
            last.end = phrase.end
            continue
        out.append(phrase)
    return out


def origin_pattern(words: frozenset[str]) -> re.Pattern | None:
    """The gap between people and where they come from: at most one word (a religion:
    "misionaris Kristen asal Calgary"), an origin word, then a few lower-case words ending
    in a locative ("fleeing the civil war in")."""
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:[A-Za-z]+[ \t]+)?(?:{alternatives})(?:(?:[ \t]+[a-z]+){{0,4}}[ \t]+(?:in|di))?[ \t]+")


def join_origins(text: str, phrases: list[Phrase], rules: Rules, unbound: set[int]) -> list[Phrase]:
    """People whose phrase names no country take the country they come from ("refugees
    fleeing the civil war in Liberia" LBR; "warga Afrika Barat yang diusir dari Nigeria":
    the country, not the region, says whose); ``unbound``: the phrases of agents with no
    country of their own, which the plain "from"/"dari" also joins."""
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        if (last is not None and 2 < phrase.start - last.end <= MAX_GAP and last.sentence == phrase.sentence
                and not last.name and len(phrase.units) == 1 and phrase.units[0].kind in ORIGIN_KINDS
                and all(u.kind in PEOPLE_KINDS for u in last.units)
                and any(u.kind in WORD_KINDS for u in last.units)):
            for pattern in (rules.origins, rules.origins_unbound if id(last) in unbound else None):
                if pattern is not None and pattern.fullmatch(text, last.end, phrase.start):
                    last.units = [u for u in last.units if u.kind != "region"] + phrase.units
                    last.end = phrase.end
                    break
            else:
                out.append(phrase)
            continue
        out.append(phrase)
    return out


def join_led_by(text: str, phrases: list[Phrase], words: frozenset[str], possessive: bool) -> list[Phrase]:
    """"X pimpinan Y" ("X led by Y") is X: the leader or sponsor Y only qualifies it, so the
    span runs over Y and the code stays X's ("al-Qaeda pimpinan Osama bin Laden"); a bare
    agent X takes Y's country ("pasukan pimpinan Vietnam"). Where
    possessives come first, "Y's X" is X when X is an organisation ("Osama bin Laden's al-Qaeda")."""
    out: list[Phrase] = []
    for phrase in phrases:
        last = out[-1] if out else None
        gap = text[last.end:phrase.start] if last is not None and last.sentence == phrase.sentence else None
        if gap is not None and " ".join(gap.lower().split()) in words:
            if all(u.kind in WORD_KINDS for u in last.units) and not last.name:
                last.units += phrase.units  # "pasukan pimpinan Vietnam": the forces are Vietnam's
            last.end = phrase.end
            continue
        if (gap is not None and possessive and gap.rstrip() in POSSESSIVES and len(last.units) == 1
                and last.units[0].kind in ("person", "group") and phrase.units[0].kind in ORG_KINDS):
            phrase.start = last.start
            out[-1] = phrase
            continue
        out.append(phrase)
    return out


def _is_bare_place(phrase: Phrase) -> bool:
    return len(phrase.units) == 1 and phrase.units[0].kind == "country" and not phrase.name


def _leading_title(phrase: Phrase) -> Unit | None:
    """The title of a "title + place" phrase (none when it names a person)."""
    kinds = [u.kind for u in phrase.units]
    if "person" in kinds or kinds[0] not in WORD_KINDS or not any(k in PLACE_KINDS for k in kinds):
        return None
    return [u for u in phrase.units if u.kind in WORD_KINDS][-1]


@lru_cache(maxsize=8)
def name_pattern(particles: tuple[str, ...]) -> re.Pattern:
    """A run of capitalised words (with lower-case particles inside) after a title."""
    particle = "|".join(re.escape(p) for p in particles)
    word = rf"(?:{NAME_WORD}|(?:{particle})(?=\s+[A-Z]))" if particle else NAME_WORD
    return re.compile(rf"(?P<lead>[ \t]*(?:\([^()\n]{{1,30}}\))?[ \t]*(?P<comma>,)?[ \t]*)"
                      rf"(?P<name>{NAME_WORD}(?:[ \t]+{word}){{0,4}}(?:,? Jr\.?)?)")


def absorb_name(text: str, phrase: Phrase, limit: int, particles: tuple[str, ...], at: int | None = None) -> None:
    """Extend a title phrase over the unknown personal name that follows it (at ``at``:
    after "bernama"/"named")."""
    m = name_pattern(particles).match(text, phrase.end if at is None else at, limit)
    if not m:
        return
    name = m.group("name").rstrip(",. ")
    if m.group("comma") and " " not in name:
        return  # "..., Jakarta" is not a name; "..., James Mattis" is
    start = m.start("name")
    phrase.name = (start, start + len(name))
    phrase.end = start + len(name)


def determiner_pattern(words: list[str], formers: list[str], deputies: list[str] = ()) -> WordsBefore:
    """Determiners ("para", "ribuan", "the", "15"), a "former" word and a "deputy" word
    ("wakil", "vice": part of the title) before a phrase."""
    def alternatives(items) -> str:
        return "|".join(sorted((re.escape(w) for w in items), key=len, reverse=True)) or "(?!)"

    return WordsBefore(re.compile(rf"(?:(?<=\s)|^)(?P<all>(?:(?:{alternatives(words)}|\d[\d.,]*)\s+)*"
                                  rf"(?P<former>(?:{alternatives(formers)})\s+)?(?:(?:{alternatives(deputies)})\s+)?)$",
                                  re.IGNORECASE), last_words([*words, *formers, *deputies]), numbers=True)


def extend_left(text: str, phrase: Phrase, floor: int, pattern: WordsBefore) -> None:
    """Take the determiners and a "former" word before a title/agent phrase into it."""
    if phrase.units[0].kind not in EXTENDABLE:
        return
    window_start = max(floor, phrase.start - 40)
    m = pattern.search(text, window_start, phrase.start)
    if m and m.group("all"):
        phrase.start = m.start("all")
        phrase.former = bool(m.group("former"))


def place_noun_pattern(nouns: list[str], after: bool) -> WordsBefore | re.Pattern | None:
    """Place nouns right before a name (Indonesian: "kota ", "Gedung ") or right after it
    (English: " town", " province")."""
    if not nouns:
        return None
    words = "|".join(sorted((re.escape(w) for w in nouns), key=len, reverse=True))
    if after:
        return re.compile(rf"[ \t]+(?:{words})\b", re.IGNORECASE)
    return WordsBefore(re.compile(rf"(?:(?<=\s)|^)(?:{words})[ \t]+$", re.IGNORECASE), last_words(nouns))


def apply_place_nouns(text: str, phrases: list[Phrase], pattern: WordsBefore | re.Pattern | None,
                      after: bool) -> tuple[list[Phrase], list[Phrase]]:
    """(actor phrases, place phrases). A country, region or institution beside a place noun
    describes a place ("kota Siberia", "Gedung DPR", "Bosnian town") and names no actor; a
    city or province beside one is that place ("kota Cizre"). After a title the place noun
    belongs to the title's phrase ("Pemerintah provinsi Sindh", "government of Sindh province")."""
    if pattern is None:
        return phrases, []
    out: list[Phrase] = []
    places: list[Phrase] = []
    for phrase in phrases:
        first = phrase.units[0]
        if after:
            m = pattern.match(text, phrase.end)
            if m and phrase.units[-1].kind in PLACE_KINDS:
                titled = any(u.kind in WORD_KINDS for u in phrase.units)
                if not titled and all(u.kind in DESCRIBING_KINDS for u in phrase.units):
                    places.append(phrase)
                    continue
                phrase.end = m.end()
                phrase.place = not titled
        elif first.kind in PLACE_KINDS and first.kind != "group":
            m = pattern.search(text, max(0, phrase.start - 30), phrase.start)
            last = out[-1] if out else None
            if m and last is not None and last.sentence == phrase.sentence and not text[last.end:m.start()].strip() \
                    and last.units[-1].kind in WORD_KINDS and not last.name:
                last.units += phrase.units
                last.end = phrase.end
                continue
            if m and first.kind in DESCRIBING_KINDS:
                places.append(phrase)
                continue
            phrase.place = phrase.place or bool(m and first.kind in TOWN_KINDS and len(phrase.units) == 1)
        out.append(phrase)
    return out, places


def word_before_pattern(words: frozenset[str]) -> WordsBefore | None:
    """One of ``words`` right before a position (searched in the text just before it)."""
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return WordsBefore(re.compile(rf"(?:(?<=\s)|^)(?:{alternatives})[ \t]+$", re.IGNORECASE), last_words(words))


def mark_ethnic(text: str, phrases: list[Phrase], pattern: WordsBefore | None) -> None:
    """A nationality after an ethnic marker names a people, not a state: "etnis Albania" in
    Macedonia, "ethnic Albanians" in Serbia live in the country of the phrase or the story."""
    if pattern is None:
        return
    for phrase in phrases:
        for unit in phrase.units:
            if unit.kind in ("country", "metonym", "ethnic"):
                m = pattern.search(text, max(0, unit.start - 20), unit.start)
                if m:
                    unit.kind = "ethnic"  # an ethnic group keeps its marker in its phrase
                    phrase.start = min(phrase.start, m.start())


def mark_places(text: str, phrases: list[Phrase], words: frozenset[str]) -> None:
    """A lone capital or city after a place word ("di Moskow", "in Moscow") is the place itself."""
    for phrase in phrases:
        if len(phrase.units) == 1 and phrase.units[0].kind in TOWN_KINDS and not phrase.place:
            before = text[max(0, phrase.start - 24):phrase.start].lower().rstrip()
            phrase.place = any(before == w or before.endswith(" " + w) for w in words)
