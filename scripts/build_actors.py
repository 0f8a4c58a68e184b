"""Build warta's actor knowledge base from ../shared/data/actors and registry packages.

Rerunnable: ``.venv/bin/python scripts/build_actors.py [--shared ../shared]``.
It (1) regenerates the derived data files in ``src/warta/actors/data/`` (countries,
capitals, office holders, armed groups and English agents from Phoenix/CountryInfo,
CLDR, Wikidata, pycountry) and (2) compiles every data file, derived and curated, into
the on-disk matcher cache. Curated files (``source: curated``) are never touched here.
Needs the ``build`` extra (pycountry, babel, jusText, wordfreq).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pycountry

from warta.actors.phoenix import display_name, read_actor_file
from warta.actors.towns import fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "warta" / "actors" / "data"
CLDR_LANGS = ("en", "id", "ms")
PHOENIX = "phoenix/Phoenix.Countries.actors.txt"
MILNONSTATE = "phoenix/Phoenix.MilNonState.actors.txt"
AGENTS = "phoenix/Phoenix.agents.txt"
COUNTRYINFO = "countryinfo/CountryInfo.120116.txt"
GAZETTEER = ROOT / "src" / "warta" / "resolve" / "data" / "gazetteer.tsv.gz"
# a one-word place name this frequent as an English word ("Split", "Nice", "Reading") is
# matched only when the place is this big
COMMON_ENGLISH_ZIPF = 4.5
BIG_CITY = 1_000_000
# smaller towns are left to the gazetteer of warta.resolve: each name costs matcher memory
MIN_CITY_POPULATION = 50_000
# Indonesian administrative forms of a name, kept beside the main one ("Kota Surabaya")
ADMIN_PREFIXES = ("Kota ", "Kabupaten ", "Provinsi ")
# CLDR codes that are not in ISO 3166-1 but are used as countries in the news
EXTRA_TERRITORIES = {"XK": "XKX"}
# CountryInfo/Phoenix codes (World Bank's KSV) -> the code CLDR and warta's gazetteer use
CODE_SYNONYMS = {"KSV": "XKX"}
# CLDR parentheses that qualify a name ("Kongo (Republik)") and name nothing alone
QUALIFIERS = ("Republic", "Republik")
# words that end a personal name or sit inside it; a short form keeps them out
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
NAME_PARTICLES = ("bin", "binti", "ibn", "al", "el", "de", "da", "van", "von", "der", "del", "la", "le")


def write_tsv(name: str, header: list[str], rows: list[tuple]) -> None:
    """Write a derived data file, sorted and de-duplicated (deterministic output)."""
    unique = sorted(set(tuple("" if v is None else str(v) for v in row) for row in rows))
    lines = ["\t".join(header)] + ["\t".join(row) for row in unique]
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {name}: {len(unique)} rows")


# ---------------------------------------------------------------- countries


def cldr_names(shared: Path, lang: str) -> dict[str, str]:
    path = shared / "data/actors/cldr" / lang / f"{lang}_territories.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["main"][lang]["localeDisplayNames"]["territories"]


def split_parenthesised(name: str) -> list[str]:
    """``Myanmar (Burma)`` -> both names; commas mark inverted forms, which are dropped."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    names = [m.group(1)] + ([m.group(2)] if m.group(2) not in QUALIFIERS else []) if m else [name]
    return [n.strip() for n in names if "," not in n and n.strip()]


def country_rows(shared: Path) -> list[tuple]:
    alpha2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | EXTRA_TERRITORIES
    rows = []
    for c in pycountry.countries:
        for attr, form in (("name", "name"), ("official_name", "official"), ("common_name", "short")):
            value = getattr(c, attr, None)
            if value and "," not in value:
                rows.append((c.alpha_3, "en", value.removeprefix("the "), form, "pycountry"))
    for lang in CLDR_LANGS:
        for key, value in cldr_names(shared, lang).items():
            alpha2, _, alt = key.partition("-alt-")
            if alpha2 not in alpha2_to_3 or alt == "chagos":
                continue
            for name in split_parenthesised(value):
                rows.append((alpha2_to_3[alpha2], lang, name, alt or "name", f"cldr:{lang}"))
    rows += countryinfo_nationality_rows(shared)
    return rows


def countryinfo_blocks(shared: Path) -> list[str]:
    text = (shared / "data/actors" / COUNTRYINFO).read_text(encoding="utf-8", errors="replace")
    # the innermost <Country> before each </Country>: the file's header quotes the tags
    return re.findall(r"<Country>((?:(?!<Country>).)*?)</Country>", text, flags=re.S)


def tag_lines(block: str, tag: str) -> list[str]:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, flags=re.S)
    if not m:
        return []
    lines = (line.split("#")[0].strip() for line in m.group(1).splitlines())
    return [line for line in lines if line]


def iso3(block: str) -> str | None:
    m = re.search(r"<ISO3166-alpha3>([A-Z]{3})</ISO3166-alpha3>", block)
    return same_code(m.group(1)) if m else None


def same_code(code: str) -> str:
    """One country, one code: a Phoenix/CountryInfo code with its country part as warta has it."""
    return CODE_SYNONYMS.get(code[:3], code[:3]) + code[3:]


def shared_lines(shared: Path, tag: str) -> set[str]:
    """Lines listed under ``tag`` in more than one CountryInfo block.

    CountryInfo keeps old unions beside their successors ("Serbia and Montenegro" lists
    SERBIAN_, and MONTENEGRO lists SERBIAN_ and BELGRADE_): such a word names no single
    country, so it is left to the curated variants.
    """
    counts: dict[str, int] = {}
    for block in countryinfo_blocks(shared):
        for raw in set(tag_lines(block, tag)):
            counts[raw] = counts.get(raw, 0) + 1
    return {raw for raw, n in counts.items() if n > 1}


def countryinfo_lines(shared: Path, tag: str, limit: int | None = None) -> list[tuple[str, str]]:
    """(ISO code, line) of one tag in every country block; ambiguous and junk lines dropped."""
    ambiguous = shared_lines(shared, tag)
    pairs = []
    for block in countryinfo_blocks(shared):
        code = iso3(block)
        for raw in tag_lines(block, tag)[:limit] if code else []:
            if raw not in ambiguous and not re.search(r"[(),:<>]", raw):
                pairs.append((code, raw))
    return pairs


def countryinfo_nationality_rows(shared: Path) -> list[tuple]:
    """English adjectives, demonyms and spelling variants from CountryInfo <Nationality>."""
    rows = []
    for code, raw in countryinfo_lines(shared, "Nationality"):
        name = display_name(raw) if not re.fullmatch(r"[A-Z.]{1,6}", raw) else raw
        rows.append((code, "en", name, "nationality", "countryinfo"))
    return rows


def demonym_rows(countries: list[tuple]) -> list[tuple]:
    """Plural demonyms name a country's people: "Algerians", "Iraqis" -> DZACVL, IRQCVL
    (sectors CVL). Only regular plurals of English nationality words ("Algerian",
    "Iraqi", "Cypriot"); "Chinese", "Swiss", "French" have none. A plural that is an
    ethnic group living in several states ("Albanians", ethnic_groups.tsv) is left to it."""
    variants = [line.split("\t") for line in (DATA / "country_variants.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    ethnic = [line.split("\t")[0] for line in (DATA / "ethnic_groups.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    taken = {r[2].lower() for r in countries} | {v[2].lower() for v in variants if len(v) > 2}
    taken |= {e.lower() for e in ethnic}
    words = {(r[2], r[0]) for r in countries if r[1] == "en" and r[3] == "nationality"}
    words |= {(v[2], v[0]) for v in variants if len(v) > 3 and v[1] == "en" and v[3] in ("adjective", "nationality")}
    rows = []
    for word, code in sorted(words):
        if re.search(r"(an|i|ot|er|ite)$", word) and " " not in word and (word + "s").lower() not in taken:
            rows.append((word + "s", "en", code, "people", "CVL", f"derived: plural of the nationality word {word}"))
    return rows


def capital_rows(shared: Path) -> list[tuple]:
    """Capitals; alone they stand for the government ("Washington menolak ...": USAGOV)."""
    return [(display_name(raw), "*", code, "capital", "GOV", "countryinfo")
            for code, raw in countryinfo_lines(shared, "Capital", limit=2)]


# ---------------------------------------------------------------- Phoenix dictionaries


def person_rows(shared: Path) -> list[tuple]:
    """Dated office holders from the Phoenix country dictionary (from CountryInfo)."""
    rows = []
    blocks, _problems = read_actor_file(shared / "data/actors" / PHOENIX)
    for block in blocks:
        names, periods = block.names, block.periods
        if not any(start or end for _, start, end in periods):
            continue  # country names and institutions: undated, handled elsewhere
        if "_" not in names[0].strip("_ ") or any(len(code) == 3 for code, _, _ in periods):
            continue  # one-word names are countries ("BELARUS_") or ambiguous ("HASSAN_"); a
            # bare country code in any period is a territory ("TIMOR_LESTE": TMP, TMPOCC)
        name = display_name(names[0])
        aliases = {display_name(n) for n in names[1:] if "_" in n.strip("_")}
        aliases = sorted((aliases | {short_name(n) for n in aliases | {name}}) - {name, ""})
        person_id = "phoenix:" + names[0].strip("_ ")
        for code, start, end in periods:
            rows.append((person_id, same_code(code), start, end, name, "|".join(aliases), "", f"phoenix:{PHOENIX}"))
    return rows


def short_name(name: str) -> str:
    """``Carlos Saul Menem`` -> ``Carlos Menem``: first and last name, as the news writes
    them; "" when the name has fewer than three words or ends in a suffix."""
    words = name.split()
    if len(words) < 3 or words[-1].rstrip(".").lower() in NAME_SUFFIXES or any(
            w.lower() in NAME_PARTICLES for w in words[1:-1]):
        return ""
    return f"{words[0]} {words[-1]}"


def wikidata_rows(shared: Path, names_to_code: dict[str, str]) -> list[tuple]:
    """Heads of state/government 2021 and foreign ministers from the Wikidata CSVs."""
    rows = []
    folder = shared / "data/actors/wikidata"
    with open(folder / "world-leaders-2021.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = names_to_code.get(r["country"].lower())
            if not code or not r["officeholder"].startswith("Q"):
                continue
            start = f"{r['start_year']}-01-01" if r["start_year"] else None
            end = f"{r['end_year']}-12-31" if r["end_year"] else None
            pid = "wikidata:" + r["officeholder"]
            rows.append((pid, code + "GOV", start, end, r["officeholderLabel"], "", r["officeholder"],
                         f"wikidata:world-leaders-2021.csv ({r['positionLabel']})"))
    with open(folder / "foreign-ministers.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = names_to_code.get(r["countryLabel"].lower())
            if not code or not r["person"].startswith("Q") or not r["start"]:
                continue
            pid = "wikidata:" + r["person"]
            rows.append((pid, code + "GOV", r["start"][:10], None, r["name"], "", r["person"],
                         f"wikidata:foreign-ministers.csv ({r['positionLabel']})"))
    with open(folder / "indonesia-governors.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["item"].startswith("Q") and r["startDate"]:
                rows.append(("wikidata:" + r["item"], "IDNGOV", r["startDate"][:10], None, r["itemLabel"], "",
                             r["item"], f"wikidata:indonesia-governors.csv ({r['positionLabel']})"))
    return rows


def group_rows(shared: Path, countries: set[str]) -> list[tuple]:
    """Non-state armed groups from the Phoenix MilNonState dictionary."""
    rows = []
    blocks, _problems = read_actor_file(shared / "data/actors" / MILNONSTATE)
    for block in blocks:
        names, periods = block.names, block.periods
        if not periods:
            continue
        name = display_name(re.sub(r"_\([A-Z0-9]+\)_?", "_", names[0]))
        aliases = {display_name(re.sub(r"\(.*?\)", "", n)) for n in names[1:]}
        aliases |= {m for n in names for m in re.findall(r"\(([A-Z][A-Z0-9-]{2,7})\)", n)
                    if m.lower() not in countries}  # "(ARGENTINA)" says where, it is no alias
        gid = "phoenix:" + names[0].strip("_ ")
        for code, start, end in periods:
            rows.append((gid, same_code(code), start, end, name, "|".join(sorted(aliases - {name, ""})), "",
                         f"phoenix:{MILNONSTATE}"))
    return rows


def plural(word: str) -> list[str]:
    """The regular English plural of an agent phrase (the Phoenix agent file leaves them to
    the coder): its head is the word before "of", "in" or "for" ("cabinets of ministers",
    "commanders in chief"), else the last one. Only real English forms: the plural word must be one wordfreq knows, so a head
    that is already plural ("forces", "ministers") or a mass noun ("aviation") gets none."""
    head, of, tail = re.split(r"( (?:of|in|for) )", word, maxsplit=1) if re.search(r" (?:of|in|for) ", word) \
        else (word, "", "")
    before, _, last = head.rpartition(" ")
    if re.search(r"(s|x|z|ch|sh)$", last):
        form = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        form = last[:-1] + "ies"
    elif last.endswith("man"):
        form = last[:-3] + "men"
    else:
        form = last + "s"
    if not re.fullmatch(r"[a-z-]+", last) or not is_english(form):
        return []
    return [(before + " " if before else "") + form + of + tail]


def agent_rows(shared: Path) -> list[tuple]:
    """English generic agents (``PROTESTER [~OPP]``) with their sectors; the file's
    substitution sets are expanded (``BUSINESS!PERSON!``: businessman, businesswomen ...,
    which list their plurals themselves) into the forms that are English words (wordfreq),
    and the other entries get their regular plural (``plural``)."""
    rows = []
    path = shared / "data/actors" / AGENTS
    lines = [raw.split("#")[0].strip() for raw in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    macros = {m.group(1): [w.strip() for w in m.group(2).split(",")]
              for m in (re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line) for line in lines) if m}
    for line in lines:
        if line.split(" ")[0] in macros and "=" in line:
            continue
        for expanded in expand_macros(line, macros):
            m = re.fullmatch(r"([A-Z][A-Z0-9_.'-]*?)_?\s*(?:\{[^}]*\}\s*)?\[~([A-Z]+)\]", expanded)
            if not m or len(m.group(1)) < 3:
                continue
            word = re.sub(r"_+", " ", m.group(1)).strip().lower()
            if expanded != line and not is_english(word):
                continue  # a set's word that makes no English word ("husbandwoman", "clergyperson")
            sectors = "|".join(re.findall(r"[A-Z]{3}", m.group(2)))
            kind = "agent"
            if re.search(r"\bminist", word):
                # the gold guideline: every minister and ministry is GOV (not GOVLAB); a
                # minister is a title, so the name after it joins ("Labour Minister X")
                sectors, kind = "GOV", "title" if re.search(r"\bminister", word) else "agent"
            for form in [word] + (plural(word) if expanded == line else []):
                rows.append((form, "en", sectors, kind, "", f"phoenix:{AGENTS}"))
    return rows


def is_english(phrase: str) -> bool:
    """Whether every word of ``phrase`` is one wordfreq knows in English."""
    from wordfreq import zipf_frequency

    return all(zipf_frequency(w, "en") > 0 for w in phrase.split())


def expand_macros(line: str, macros: dict[str, list[str]]) -> list[str]:
    """Every form of a line with its ``!NAME!`` sets substituted (the line itself if none);
    a space beside a set joins words like ``_``. A set glued inside a word is the file's
    own search-and-replace slip ("AD!MINIST!RATION"): the word is restored. A line's last
    word that is the stem of a set ("BROADCAST_MINIST") stands for the set's words."""
    line = re.sub(r"(?<=[A-Z])(![A-Z]+!)(?=[A-Z])", lambda m: m.group(1).strip("!"), line)
    stem = re.search(r"(?<=_)([A-Z]+)(?=\s*(?:\{[^}]*\}\s*)?\[)", line)
    if stem and "!" not in line:
        for name, words in macros.items():
            if stem.group(1) != name.strip("!") or not all(w.startswith(stem.group(1)) for w in words):
                continue
            line = line[:stem.start()] + name + line[stem.end():]
    m = re.search(r"![A-Z]+!", line)
    if not m or m.group(0) not in macros:
        return [line]
    forms = []
    for word in macros[m.group(0)]:
        rest = line[m.end():]
        name, sep, tail = rest.partition("[")
        joined = line[:m.start()] + word + re.sub(r"^ +(?=[A-Z])", "_", name.rstrip()) + (" " + sep + tail if sep else "")
        forms += expand_macros(joined, macros)
    return forms


def english_names_to_code(rows: list[tuple]) -> dict[str, str]:
    names = {}
    for code, lang, name, _form, _src in rows:
        if lang == "en":
            names.setdefault(name.lower(), code)
    for c in pycountry.countries:
        names.setdefault(c.name.lower(), c.alpha_3)
    names.update({"united states of america": "USA", "people's republic of china": "CHN",
                  "kingdom of the netherlands": "NLD", "state of palestine": "PSE"})
    return names


def drop_curated(rows: list[tuple]) -> list[tuple]:
    """Rows of people that people_curated.tsv covers: the curated, newer dates win."""
    curated = set()
    for line in (DATA / "people_curated.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        curated |= {n.lower() for n in [cols[4]] + cols[5].split("|") if n}
    return [r for r in rows if r[4].lower() not in curated]


# ---------------------------------------------------------------- leader surnames

# countries whose names put the family name first ("Xi Jinping" -> "Xi")
FAMILY_NAME_FIRST = ("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM")
# countries whose names have no family name (Indonesian, Burmese): their curated rows
# carry the short forms the news uses ("Jokowi", "Retno")
NO_FAMILY_NAME = ("IDN", "MMR")


def leader_rows(people: list[tuple]) -> list[tuple[str, str, str]]:
    """(id, name, country) of current and recent leaders: the curated office holders and
    the Wikidata heads of state and government."""
    leaders = [(r[0], r[4], r[1][:3]) for r in people if r[7].startswith("wikidata:world-leaders")]
    for line in (DATA / "people_curated.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) > 4 and cols[1][3:6] == "GOV":
            leaders.append((cols[0], cols[4], cols[1][:3]))
    return leaders


def family_name(name: str, country: str) -> str | None:
    """The family name of a leader's name; None for regnal names ("Abdullah II of Jordan")."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in NAME_SUFFIXES]
    if country in NO_FAMILY_NAME or len(words) < 2 or " of " in name or re.fullmatch(r"[IVX]+", words[-1]):
        return None
    return words[0] if country in FAMILY_NAME_FIRST else words[-1]


def common_words(shared: Path) -> set[str]:
    """Words a surname must not be: month and day names, stop words, and every word the
    Indonesian news corpus writes in lower case ("May", "Widow", "Bush" at a sentence start
    would otherwise be a president)."""
    from babel.dates import get_day_names, get_month_names
    import justext

    words = {w.lower() for loc in ("en", "id") for names in (get_month_names("wide", locale=loc),
                                                               get_day_names("wide", locale=loc))
             for w in names.values()}
    for lang in ("English", "Indonesian", "Malay"):
        words |= set(justext.get_stoplist(lang))
    for line in (shared / "data/corpus/indosum-articles.jsonl").read_text(encoding="utf-8").splitlines():
        words |= set(re.findall(r"(?<![\w-])[a-z][a-z'-]+", json.loads(line).get("text") or ""))
    return words


def surname_rows(people: list[tuple], shared: Path) -> list[tuple]:
    """Surnames of leaders as short forms ("Putin", "Erdogan", "Xi"), kept only when they
    are unambiguous: not a common word, not another actor's name, not a given name of
    anyone in the KB, and every KB person with that family name is of the same country."""
    taken = common_words(shared) | other_alias_keys()
    given = {r[4].split()[0] for r in people if " " in r[4]}
    countries: dict[str, set[str]] = {}
    for row in people:
        if row[4].strip():
            countries.setdefault(row[4].split()[-1], set()).add(row[1][:3])
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for pid, name, country in leader_rows(people):
        surname = family_name(name, country)
        if (surname and surname[0].isupper() and surname.lower() not in taken and surname not in given
                and countries.get(surname, {country}) <= {country}):
            by_name.setdefault(surname, []).append((pid, name, country))
    rows = []
    for surname, holders in by_name.items():
        if len({country for _, _, country in holders}) == 1:
            rows += [(pid, surname, f"derived: family name of {name}") for pid, name, _ in holders]
    return rows


def other_alias_keys() -> set[str]:
    """Lower-cased aliases of every entry that is not a person or a derived place (countries,
    capitals, groups, titles ...)."""
    from warta.actors.data_files import load_package_data

    data = load_package_data()
    return {a.text.lower() for a in data.aliases if data.entries[a.entry].kind not in ("person", "place")}


# ---------------------------------------------------------------- cities and provinces


def gazetteer_places() -> list[tuple[str, str, int, list[str]]]:
    """(kind, country, population, names) of the cities and first-level divisions in warta's
    gazetteer (GeoNames + ISO 3166-2, built by scripts/build_gazetteer.py)."""
    places = []
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] in ("city", "adm1"):
                names = [row["name"]] + row["names"].split("|")
                places.append((row["kind"], row["country"], int(row["population"] or 0), names))
    return places


def place_rows(shared: Path, people: list[tuple]) -> list[tuple]:
    """Cities of 50,000 people or more and provinces -> their country: "di Cizre" is in
    Turkey, "Pemerintah provinsi Sindh" is PAKGOV. A city keeps its main name, that name without diacritics and its
    Indonesian forms ("Kota Surabaya"); provinces and capitals keep every name ("Aljir").
    A name is kept only when every place of that name is in one country, it is no other
    actor's name, no name part of a KB person, no common word (the filters of the leader
    surnames) and, for small places, no frequent English word. A capital's other names
    stand for its government like the capital (sectors GOV)."""
    from wordfreq import zipf_frequency

    taken = other_alias_keys()
    common = common_words(shared)
    person_words = {w.lower() for r in people for w in r[4].split()}
    capitals = {(line.split("\t")[0].lower(), line.split("\t")[2])
                for line in (DATA / "capitals.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    countries: dict[str, set[str]] = {}
    for _kind, country, _pop, names in gazetteer_places():
        for name in names:
            countries.setdefault(name.lower(), set()).add(country)
            countries.setdefault(fold(name).lower(), set()).add(country)
    rows = []
    for kind, country, population, names in gazetteer_places():
        capital = any((n.lower(), country) in capitals for n in names)
        if kind == "city" and not capital and population < MIN_CITY_POPULATION:
            continue
        if kind == "city" and not capital:
            names = [names[0], fold(names[0])] + [n for n in names if n.startswith(ADMIN_PREFIXES)]
        for name in dict.fromkeys(names):
            low = name.lower()
            if (len(name) < 3 or not name[0].isupper() or len(countries[low]) > 1 or low in taken
                    or (" " not in name and (low in common or low in person_words
                        or (population < BIG_CITY and zipf_frequency(low, "en") >= COMMON_ENGLISH_ZIPF)))):
                continue
            rows.append((f"place:{country}:{names[0]}", name, "*", country, names[0], "capital" if capital else kind,
                         "GOV" if capital else "", "geonames via warta/resolve/data/gazetteer.tsv.gz"))
    return rows


SOURCE_COMMON = "derived: a common word (IndoSum lower case, stop lists, month/day names, wordfreq)"


def town_stopword_rows(shared: Path) -> list[tuple]:
    """Names of gazetteer places that are common words ("Kota", "Rumah", "University",
    "Metro"): warta.actors.towns does not take them for towns after a place word. A name is
    common when the IndoSum corpus writes it in lower case more often than capitalised, or
    it is a stop word, a month or day name or (below a million people) a frequent English
    word (wordfreq). Place names the corpus writes in lower case now and then ("bali" in a
    web address) stay towns."""
    from babel.dates import get_day_names, get_month_names
    import justext
    from wordfreq import zipf_frequency

    words = Counter()
    for line in (shared / "data/corpus/indosum-articles.jsonl").read_text(encoding="utf-8").splitlines():
        words.update(re.findall(r"(?<![\w-])[A-Za-z][a-z'-]+", json.loads(line).get("text") or ""))
    common = {w.lower() for loc in ("en", "id") for names in (get_month_names("wide", locale=loc),
                                                                get_day_names("wide", locale=loc))
              for w in names.values()}
    for lang in ("English", "Indonesian", "Malay"):
        common |= set(justext.get_stoplist(lang))
    rows = []
    for _kind, _country, population, names in gazetteer_places():
        for name in {names[0], fold(names[0])}:
            low = name.lower()
            if (low in common or words[low] > words[low.capitalize()]
                    or (population < BIG_CITY and zipf_frequency(low, "en") >= COMMON_ENGLISH_ZIPF)):
                rows.append((name, SOURCE_COMMON))
    return rows


def generate(shared: Path) -> None:
    countries = country_rows(shared)
    write_tsv("countries.tsv", ["code", "lang", "alias", "form", "source"], countries)
    write_tsv("capitals.tsv", ["alias", "lang", "code", "form", "sectors", "source"], capital_rows(shared))
    write_tsv("demonyms.tsv", ["alias", "lang", "code", "form", "sectors", "source"], demonym_rows(countries))
    people = drop_curated(person_rows(shared) + wikidata_rows(shared, english_names_to_code(countries)))
    write_tsv("people.tsv", ["id", "code", "start", "end", "name", "aliases", "wikidata", "source"], people)
    write_tsv("leader_surnames.tsv", ["id", "alias", "source"], surname_rows(people, shared))
    write_tsv("groups.tsv", ["id", "code", "start", "end", "name", "aliases", "wikidata", "source"],
              group_rows(shared, {r[2].lower() for r in countries}))
    write_tsv("agents_en.tsv", ["alias", "lang", "sectors", "kind", "country", "source"], agent_rows(shared))
    write_tsv("places.tsv", ["id", "alias", "lang", "code", "name", "form", "sectors", "source"],
              place_rows(shared, people))
    write_tsv("town_stopwords.tsv", ["alias", "source"], town_stopword_rows(shared))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    parser.add_argument("--compile-only", action="store_true", help="only rebuild the matcher cache")
    args = parser.parse_args(argv)
    if not args.compile_only:
        if not (args.shared / "data/actors").is_dir():
            print(f"build_actors: {args.shared}/data/actors not found (use --shared)", file=sys.stderr)
            return 2
        generate(args.shared)
    from warta.actors.kb import load_kb

    kb = load_kb(rebuild=True)
    print(f"compiled matcher: {kb.stats()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
