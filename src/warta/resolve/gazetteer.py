"""The offline gazetteer: places by surface form, and the finder of those forms in a text.

The data is ``data/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py``). Its index
(every form, forms by their first word, forms by case-folded spelling) takes about half a
second to build, so it is kept in the user's cache folder (``~/.cache/warta``), keyed by a
hash of the data file and the Python version; a changed file means a rebuild, never a
stale index. Rows are parsed into ``Entry`` objects only when a place is looked up.

Every form starts with a capital letter and is matched case-sensitively on word
boundaries, so a text is searched only at its capitalised words: the lengths of the
forms that start with that word are tried, longest first.
"""

from __future__ import annotations

import gzip
import hashlib
import marshal
import re
import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from warta.cache import DEFAULT_CACHE, read_cached, write_cached

FORMAT = "warta-gazetteer-2"  # bump when the cached layout changes
FIRST_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    name: str
    kind: str  # country | adm1 | region | city
    geo_type: int
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int


class Hit(NamedTuple):
    """A place name found in a text: the surface form and where (a tuple: made by the thousand)."""

    start: int
    end: int
    form: str


def parse_entry(line: str) -> Entry:
    gid, kind, geo_type, name, country, admin1, lat, lon, population, _ = line.split("\t")
    return Entry(name, kind, int(geo_type), country, admin1 or None, float(lat) if lat else None,
                 float(lon) if lon else None, int(gid) if gid else None, int(population))


@dataclass(slots=True)
class Index:
    """What the gazetteer is built from, in plain containers (as cached)."""

    rows: tuple[str, ...]  # the data lines, parsed on demand
    by_form: dict[str, tuple[int, ...]]  # surface form -> row numbers
    by_first: dict[str, tuple[int, ...]]  # first word -> the lengths of the forms it opens, longest first
    by_folded: dict[str, str]  # case-folded form -> form
    initials: str  # every first character of a form


class Gazetteer:
    """Places by surface form, and a finder of those forms in a text."""

    def __init__(self, index: Index):
        self.index = index
        self.entries: dict[str, tuple[Entry, ...]] = {}
        self.countries: dict[str, Entry] | None = None
        self.starts = re.compile(f"[{re.escape(index.initials)}][^\\W_]*")

    def find(self, text: str) -> list[Hit]:
        """Place names in ``text``: word-bounded, case-sensitive, longest first, not overlapping."""
        hits: list[Hit] = []
        end, size = 0, len(text)
        by_first, by_form = self.index.by_first, self.index.by_form
        for word in self.starts.finditer(text):
            lengths = by_first.get(word.group())
            start = word.start()
            if lengths is None or start < end or (start and text[start - 1].isalnum()):
                continue
            for length in lengths:
                stop = start + length
                if stop <= size and (stop == size or not text[stop].isalnum()) and text[start:stop] in by_form:
                    hits.append(Hit(start, stop, text[start:stop]))
                    end = stop
                    break
        return hits

    def candidates(self, form: str) -> tuple[Entry, ...]:
        """The places named ``form`` (parsed on first use)."""
        found = self.entries.get(form)
        if found is None:
            found = self.entries[form] = tuple(parse_entry(self.index.rows[i]) for i in self.index.by_form.get(form, ()))
        return found

    def country(self, code: str) -> Entry | None:
        """The country whose ISO 3166-1 alpha-3 code is ``code``."""
        if self.countries is None:
            rows = (row for row in self.index.rows if row.split("\t", 2)[1] == "country")
            self.countries = {entry.country: entry for entry in map(parse_entry, rows)}
        return self.countries.get(code)

    def lookup(self, words: str) -> str | None:
        """The known form of ``words`` whatever its case ("WASHINGTON" -> "Washington")."""
        return self.index.by_folded.get(" ".join(words.split()).casefold())


def build_index(data: bytes) -> Index:
    """The index of the gazetteer file's bytes (gzip'd TSV with a header line)."""
    rows = tuple(line for line in gzip.decompress(data).decode("utf-8").split("\n")[1:] if line)
    by_form: dict[str, list[int]] = {}
    for i, line in enumerate(rows):
        for form in line.rsplit("\t", 1)[1].split("|"):
            by_form.setdefault(form, []).append(i)
    by_first: dict[str, set[int]] = {}
    for form in by_form:
        by_first.setdefault(FIRST_WORD.match(form).group(), set()).add(len(form))
    return Index(rows, {form: tuple(ids) for form, ids in by_form.items()},
                 {first: tuple(sorted(lengths, reverse=True)) for first, lengths in by_first.items()},
                 {form.casefold(): form for form in sorted(by_form)}, "".join(sorted({f[0] for f in by_form})))


def cache_path(data: bytes, cache_dir: Path) -> Path:
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {marshal.version}".encode())
    digest.update(data)
    return cache_dir / f"gazetteer-{digest.hexdigest()[:16]}.marshal"


def encode_index(index: Index) -> bytes:
    return marshal.dumps((index.rows, index.by_form, index.by_first, index.by_folded, index.initials))


def decode_index(data: bytes) -> Index:
    return Index(*marshal.loads(data))


def load_index(cache_dir: Path | None = DEFAULT_CACHE) -> Index:
    """The gazetteer's index, from the cache when it is current."""
    data = resources.files("warta.resolve").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    path = cache_path(data, cache_dir) if cache_dir else None
    index = read_cached(path, decode_index) if path else None
    if index is None:
        index = build_index(data)
        if path:
            write_cached(path, encode_index(index))
    return index


@cache
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return Gazetteer(load_index())
