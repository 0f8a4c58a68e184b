"""Towns and place names shared by several countries, from warta's gazetteer.

The matcher scans for the cities of 50,000 people and more (``data/places.tsv``); smaller
towns would cost memory and time on every text and most of their names are rare. They are
looked up only where news names a scene, right after a place word ("in Jericho", "di kota
Soroti", "near Bhimber"), in the gazetteer that ``warta.resolve`` ships (GeoNames
cities15000, ISO 3166-2 divisions): their main name and that name without diacritics.

A name that places of several countries bear ("Tripoli" LBY/LBN, "Hyderabad" IND/PAK,
"Punjab", "Georgia") goes to the country the rest of the article names most, when that
place is a city (100,000 people) not dwarfed by the usual one (a tenth of its population at
least: "London" in a story about Canada is still England's); a neighbour across a comma decides first ("Atlanta,
Georgia", "Tripoli, Lebanon"). A country's own name yields only to such a neighbour.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from warta.actors.entries import Entry, Period
from warta.actors.match import key_of
from warta.resolve.gazetteer import load_index, parse_entry

if TYPE_CHECKING:
    from warta.actors.data_files import KBData
    from warta.actors.phrase import Unit

SOURCE = "geonames via warta/resolve/data/gazetteer.tsv.gz"
GAZETTEER = Path(str(resources.files("warta.resolve") / "data" / "gazetteer.tsv.gz"))  # keys the KB cache
TERRITORIAL_KINDS = frozenset(("country", "metonym", "place"))  # KB entries a gazetteer place can be
GAZETTEER_KINDS = frozenset(("city", "adm1", "country"))
PROVINCE_POPULATION = 1_000_000  # a first-level division (no figure in the gazetteer) counts as a big city
MIN_POPULATION_SHARE = 10  # another country's place wins on context only if at most this many times smaller
MIN_RIVAL_POPULATION = 100_000  # ... and a city news names abroad ("Geneva" in Illinois never wins)
MAX_NAME_WORDS = 3
# a town's name: up to three capitalised words ("Ras Tanura", "Kota Bharu")
TOWN_NAME = re.compile(rf"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,{MAX_NAME_WORDS - 1}}}(?![\w'’-])")


# one country's place of a name: (KB entry, country, population); a plain tuple, which the
# garbage collector stops tracking (a named tuple it would scan at every full collection)
Candidate = tuple[int, str, int]


def fold(name: str) -> str:
    """The name without diacritics ("Reyhanlı" -> "Reyhanli")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def load_towns(data: KBData, stopwords: set[str]) -> None:
    """Fill ``data.places``: name key -> the candidates of every country (most populous
    first), for names the KB does not scan for and for KB place names that places of other
    countries share. Town entries are added to ``data.entries`` (kind ``place``).
    ``stopwords``: keys of names that are common words ("Kota", "University")."""
    index = load_index()
    territorial, other = kb_names(data)
    other |= stopwords - set(territorial)
    by_key: dict[str, dict[str, tuple[int, str]]] = {}  # key -> country -> (population, name)
    for row in index.rows:
        place = parse_entry(row)
        if place.kind not in GAZETTEER_KINDS or len(place.name) < 3 or not place.name[0].isupper():
            continue
        population = place.population or (PROVINCE_POPULATION if place.kind == "adm1" else 0)
        for key in dict.fromkeys((key_of(place.name), key_of(fold(place.name)))):
            if key in other:
                continue
            found = by_key.setdefault(key, {})
            if population >= found.get(place.country, (-1, ""))[0]:
                found[place.country] = (population, place.name)
    shared_periods: dict[str, list[Period]] = {}  # towns of one country share their (never changed) periods
    for key, countries in sorted(by_key.items()):
        known = territorial.get(key, {})
        if known and set(countries) <= set(known):
            continue  # the KB scans for it and no other country has it
        candidates = [(known.get(country) or town_entry(data, country, name, shared_periods), country, population)
                      for country, (population, name) in countries.items()]
        candidates += [(entry, country, 0) for country, entry in known.items() if country not in countries]
        data.places[key] = tuple(sorted(candidates, key=lambda c: (-c[2], c[1])))


def kb_names(data: KBData) -> tuple[dict[str, dict[str, int]], set[str]]:
    """(key -> country -> entry of the KB's territorial names, keys of its other names)."""
    territorial: dict[str, dict[str, int]] = {}
    other: set[str] = set()
    for alias in data.aliases:
        entry = data.entries[alias.entry]
        key = key_of(alias.text)
        if entry.kind in TERRITORIAL_KINDS and entry.periods and len(entry.periods[0].code) >= 3:
            territorial.setdefault(key, {}).setdefault(entry.periods[0].code[:3], alias.entry)
        else:
            other.add(key)
    return territorial, other - set(territorial)


def town_entry(data: KBData, country: str, name: str, periods: dict[str, list[Period]]) -> int:
    return data.add(Entry(f"town:{country}:{name}", "place", name, periods.setdefault(country, [Period(country)]),
                          source=SOURCE))


def shared_entries(places: dict[str, tuple[Candidate, ...]]) -> frozenset[int]:
    """KB entries one of whose names places of other countries bear (checked per hit)."""
    return frozenset(entry for found in places.values() if len({c[1] for c in found}) > 1 for entry, _, _ in found)


def opener_pattern(words: frozenset[str]) -> re.Pattern | None:
    """A place word written in lower case between spaces, then a capital ("di Jericho",
    "town of Soroti"): where a town may be named. The leading space lets the regex engine
    skip ahead to candidates: twice as fast as starting at every capital."""
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf" (?:{alternatives}) (?=[A-Z])")


def find_towns(text: str, units: list[Unit], pattern: re.Pattern | None,
               places: dict[str, tuple[Candidate, ...]]) -> list[tuple[int, int, tuple[Candidate, ...]]]:
    """(start, end, candidates) of the towns named right after a place word where the
    matcher found nothing (the longest name of up to three words)."""
    if pattern is None:
        return []
    starts: set[int] | None = None
    found = []
    for m in pattern.finditer(text):
        at = m.end()
        if starts is None:
            starts = {u.start for u in units}
        if at in starts:
            continue
        name = TOWN_NAME.match(text, at).group()
        while True:
            plain = name.isascii() and name.replace(" ", "").isalnum()
            candidates = places.get(" " + name.lower() if plain else key_of(name))  # key_of of a plain name, quicker
            if candidates:
                found.append((at, at + len(name), candidates))
                break
            cut = name.rfind(" ")
            if cut < 0:
                break
            name = name[:cut]
    return found


def choose(candidates: tuple[Candidate, ...], default: int, counts: Counter[str],
           neighbours: set[str], kinds: list[str]) -> int:
    """The entry of a shared name: a neighbour's country across a comma, else the country the
    article names most if that place is not dwarfed by the default one (a country's name
    yields only to a neighbour)."""
    for entry, country, _ in candidates:
        if country in neighbours:
            return entry
    first = next((c for c in candidates if c[0] == default), None)
    if first is None or kinds[default] == "country":
        return default
    best = first
    for entry, country, population in candidates:
        big = population >= MIN_RIVAL_POPULATION and population * MIN_POPULATION_SHARE >= first[2]
        if counts[country] > counts[best[1]] and (big or not first[2]):  # a name the KB scans for: size unknown
            best = (entry, country, population)
    return best[0]
