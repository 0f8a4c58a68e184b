"""Read the knowledge-base data files (``actors/data/*.tsv``) into entries and aliases.

One concern per file; each row names its source. Rows of one entry (an office holder
with several dated periods, an IGO with several names) share an id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

from warta.actors.entries import Entry, Period
from warta.actors.match import key_of
from warta.actors.towns import load_towns
from warta.model import InputError

DATA_DIR = Path(__file__).resolve().parent / "data"

# file -> reader; the order is the order entries are numbered (deterministic)
COUNTRY_FILES = ("countries.tsv", "country_variants.tsv")
METONYM_FILES = ("capitals.tsv", "metonyms.tsv", "demonyms.tsv")  # demonyms: "Algerians" (the people)
# curated files first: where an alias is in both, the curated entry wins
DATED_FILES = {"people_curated.tsv": "person", "people.tsv": "person",
               "groups_curated.tsv": "group", "groups.tsv": "group"}
AGENT_FILES = ("agents.tsv", "agents_en.tsv", "org_heads.tsv", "ethnic_groups.tsv")
TERRITORY_KINDS = ("country", "metonym", "place")  # named for a country alone: dated with it


@dataclass(slots=True)
class Alias:
    text: str
    lang: str  # id | en | ms | * (any)
    entry: int  # index into KBData.entries
    override: bool = False  # an overlay alias hides the package entries with the same key


@dataclass(slots=True)
class KBData:
    entries: list[Entry] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)  # entry id -> index
    # words that shape phrases but are not matched on their own: kind -> lang -> words
    words: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    grammar: dict = field(default_factory=dict)
    # name key -> the places of each country bearing it (``towns.load_towns``)
    places: dict[str, tuple] = field(default_factory=dict)

    def add(self, entry: Entry) -> int:
        """Add an entry, or return the existing one with that id (rows of one entry)."""
        if entry.id in self.index:
            return self.index[entry.id]
        self.index[entry.id] = len(self.entries)
        self.entries.append(entry)
        return self.index[entry.id]

    def alias(self, text: str, lang: str, entry: int, override: bool = False) -> None:
        text = text.strip()
        if text:
            self.aliases.append(Alias(text, lang or "*", entry, override))


def read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header, as (line number, {column: value})."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise InputError(str(path), "empty file (a header line is needed)")
    header = lines[0].split("\t")
    rows = []
    for lineno, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        values = line.split("\t")
        if len(values) != len(header):
            raise InputError(f"{path}:{lineno}", f"expected {len(header)} columns, found {len(values)}")
        rows.append((lineno, dict(zip(header, values))))
    return rows


def split_list(value: str, sep: str = "|") -> list[str]:
    return [v.strip() for v in value.split(sep) if v.strip()]


def load_countries(data: KBData, path: Path) -> None:
    for _, row in read_tsv(path):
        idx = data.add(Entry(f"country:{row['code']}", "country", row["alias"], [Period(row["code"])],
                             source=row["source"]))
        if row["form"] == "name" and row["source"] == "cldr:en":
            data.entries[idx].name = row["alias"]
        data.alias(row["alias"], row["lang"], idx)


def load_coded_names(data: KBData, path: Path, kind: str) -> None:
    """Files of (alias, lang, code, ...): metonyms, capitals, institutions, regions, IGOs.

    An optional ``sectors`` column gives what a bare-country name stands for when it acts
    alone (a capital: its government)."""
    for _, row in read_tsv(path):
        entry_id = row.get("id") or f"{kind}:{row['code']}:{row.get('name') or row['alias']}"
        idx = data.add(Entry(entry_id, kind, row.get("name") or row["alias"], [Period(row["code"])],
                             sectors=tuple(split_list(row.get("sectors", ""))),
                             wikidata=row.get("wikidata") or None, source=row["source"]))
        data.alias(row["alias"], row["lang"], idx)


def load_dated(data: KBData, path: Path, kind: str) -> None:
    """Office holders and armed groups: one row per dated code."""
    for _, row in read_tsv(path):
        idx = data.add(Entry(row["id"], kind, row["name"], source=row["source"]))
        entry = data.entries[idx]
        period = Period(row["code"], row["start"] or None, row["end"] or None)
        if period not in entry.periods:
            entry.periods.append(period)
        entry.wikidata = entry.wikidata or row["wikidata"] or None
        for alias in [row["name"]] + split_list(row["aliases"]):
            data.alias(alias, row.get("lang") or "*", idx)


def date_territories(data: KBData, path: Path) -> None:
    """Countries that were part of another until they became independent (Kosovo, South
    Sudan, Eritrea): their names, cities and people are the older state's before that
    date ("pemberontak Kosovo" in 1998 is SRBREB). A capital acting alone stays the
    territory's own leadership ("Pristina" in 1998 is not Belgrade's government)."""
    for lineno, row in read_tsv(path):
        try:
            day_before = (date.fromisoformat(row["since"]) - timedelta(days=1)).isoformat()
        except ValueError:
            raise InputError(f"{path}:{lineno}", f"bad date {row['since']!r} (YYYY-MM-DD)") from None
        for entry in data.entries:
            if entry.kind in TERRITORY_KINDS and entry.periods == [Period(row["code"])] and "GOV" not in entry.sectors:
                entry.periods = [Period(row["part_of"], None, day_before), Period(row["code"], row["since"], None)]


def load_short_forms(data: KBData, path: Path) -> None:
    """More aliases of entries read before: (id, alias, source)."""
    for lineno, row in read_tsv(path):
        if row["id"] not in data.index:
            raise InputError(f"{path}:{lineno}", f"no entry with id {row['id']!r}")
        data.alias(row["alias"], "*", data.index[row["id"]])


def load_words(data: KBData, path: Path) -> None:
    """Titles, agents, collectives, organisation head words, ethnic groups: (alias, lang,
    sectors, kind, country, source)."""
    for _, row in read_tsv(path):
        sectors = tuple(split_list(row["sectors"]))
        entry_id = f"{row['kind']}:{row['lang']}:{row['alias'].lower()}"
        idx = data.add(Entry(entry_id, row["kind"], row["alias"], sectors=sectors,
                             country=row["country"] or None, source=row["source"], ethnic=row.get("ethnic") or None))
        data.alias(row["alias"], row["lang"], idx)


def load_nation_ethnics(data: KBData, path: Path) -> None:
    """The ethnic code of a nationality named as a people in another state ("etnis Albania"
    in Macedonia is MKDCVLalb): set on the country's names, used only where they name a people."""
    ethnic = {}
    for lineno, row in read_tsv(path):
        if not (len(row["code"]) == 3 and row["code"].isupper() and len(row["ethnic"]) == 3 and row["ethnic"].islower()):
            raise InputError(f"{path}:{lineno}", "expected a country code (ALB) and a lower-case ethnic code (alb)")
        ethnic[row["code"]] = row["ethnic"]
    for entry in data.entries:
        if entry.kind in ("country", "metonym") and entry.periods:
            entry.ethnic = ethnic.get(entry.periods[-1].code[:3])


def load_blocked(data: KBData, path: Path) -> None:
    """Longer non-actor names that hide an actor name: (alias, lang, kind, source)."""
    for _, row in read_tsv(path):
        idx = data.add(Entry(f"blocked:{row['alias'].lower()}", "blocked", row["alias"], source=row["source"]))
        data.alias(row["alias"], row["lang"], idx)


def load_phrase_words(data: KBData, path: Path) -> None:
    """Words that shape phrases but name no actor: determiners and "former" words (looked
    for just before a phrase), agents that take no story country, place nouns."""
    for _, row in read_tsv(path):
        data.words.setdefault(row["kind"], {}).setdefault(row["lang"], []).append(row["alias"])


def load_package_data(folder: Path = DATA_DIR) -> KBData:
    """Every data file of the package, in a fixed order."""
    data = KBData()
    for name in COUNTRY_FILES:
        load_countries(data, folder / name)
    load_coded_names(data, folder / "regions.tsv", "region")
    for name in METONYM_FILES:
        load_coded_names(data, folder / name, "metonym")
    load_coded_names(data, folder / "places.tsv", "place")
    load_coded_names(data, folder / "igos.tsv", "igo")
    load_coded_names(data, folder / "institutions.tsv", "institution")
    load_towns(data, {key_of(row["alias"]) for _, row in read_tsv(folder / "town_stopwords.tsv")})
    date_territories(data, folder / "territories.tsv")
    load_nation_ethnics(data, folder / "ethnic_nations.tsv")
    for name, kind in DATED_FILES.items():
        load_dated(data, folder / name, kind)
    load_short_forms(data, folder / "leader_surnames.tsv")
    for name in AGENT_FILES:
        load_words(data, folder / name)
    load_blocked(data, folder / "nonactors.tsv")
    load_phrase_words(data, folder / "determiners.tsv")
    load_phrase_words(data, folder / "unbound_agents.tsv")  # kinds unbound and held
    load_phrase_words(data, folder / "place_nouns.tsv")
    data.grammar = yaml.safe_load((folder / "grammar.yaml").read_text(encoding="utf-8"))
    return data


def data_files(folder: Path = DATA_DIR) -> list[Path]:
    """The files the matcher is compiled from (their contents key the cache)."""
    return sorted(folder.glob("*.tsv")) + sorted(folder.glob("*.yaml"))
