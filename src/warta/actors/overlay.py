"""User overlays (``--actors OVERLAY.yaml``): add or override KB entries without
touching the package.

An overlay is a YAML list; each item is one entry::

    - name: Komando Jihad          # required
      kind: group                  # country|region|metonym|igo|group|institution|person|
                                   # title|agent|collective|blocked
      code: IDNREB                 # or periods: [{code: AFGREB, end: 2021-08-14}, ...]
      aliases: [Komando Jihad, KJ] # default: [name]
      lang: id                     # id|en|ms|* (default *)
      sectors: [COP]               # titles/agents only
      country: IDN                 # titles bound to one country (optional)
      wikidata: Q123
      source: my notes             # default: the overlay file

An overlay alias hides the package entries with the same alias. A malformed item is
rejected with file, line and reason; the other items load.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from warta.actors.entries import KINDS, NAMED_KINDS, Entry, Period

CODE_RE = re.compile(r"[A-Z]{3}[A-Za-z]*")
SECTOR_RE = re.compile(r"[A-Z]{3}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGS = ("id", "en", "ms", "*")
FIELDS = {"id", "name", "kind", "code", "periods", "aliases", "lang", "sectors", "country", "wikidata", "source"}


class OverlayError(ValueError):
    """A malformed overlay item: the reason (the caller adds file and line)."""


def read_overlay(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """Items of an overlay file as (line, mapping), and problems found while reading."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return [], [f"{path}: cannot read ({exc.strerror})"]
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return [], []
        if not isinstance(root, yaml.SequenceNode):
            return [], [f"{path}:{root.start_mark.line + 1}: an overlay is a YAML list of entries"]
        return [(node.start_mark.line + 1, loader.construct_object(node, deep=True)) for node in root.value], []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        return [], [f"{path}{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})"]
    finally:
        loader.dispose()


def entry_of(item: object, default_source: str) -> tuple[Entry, list[str], str]:
    """An overlay item -> (entry, aliases, lang); OverlayError names what is wrong."""
    if not isinstance(item, dict):
        raise OverlayError("an entry must be a mapping (name: ..., kind: ...)")
    unknown = sorted(set(item) - FIELDS)
    if unknown:
        raise OverlayError(f"unknown field(s) {', '.join(map(str, unknown))}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise OverlayError("missing 'name'")
    kind = item.get("kind")
    if kind not in KINDS:
        raise OverlayError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    lang = str(item.get("lang", "*"))
    if lang not in LANGS:
        raise OverlayError(f"lang {lang!r} is not one of {', '.join(LANGS)}")
    periods = periods_of(item)
    if kind in NAMED_KINDS and not periods:
        raise OverlayError(f"a {kind} needs a 'code' or 'periods'")
    entry = Entry(
        id=str(item.get("id") or f"overlay:{kind}:{name}"), kind=kind, name=name.strip(), periods=periods,
        sectors=sectors_of(item), country=country_of(item), wikidata=_opt_str(item.get("wikidata")),
        source=str(item.get("source") or default_source),
    )
    return entry, aliases_of(item, name), lang


def periods_of(item: dict) -> list[Period]:
    if "code" in item and "periods" in item:
        raise OverlayError("give 'code' or 'periods', not both")
    if "code" in item:
        return [Period(check_code(item["code"]))]
    raw = item.get("periods") or []
    if not isinstance(raw, list):
        raise OverlayError("'periods' must be a list of {code, start, end}")
    periods = []
    for p in raw:
        if not isinstance(p, dict) or "code" not in p:
            raise OverlayError("each period needs a 'code' (and optional start, end)")
        periods.append(Period(check_code(p["code"]), check_date(p.get("start")), check_date(p.get("end"))))
    return periods


def check_code(code: object) -> str:
    if not isinstance(code, str) or not CODE_RE.fullmatch(code):
        raise OverlayError(f"code {code!r} is not a CAMEO actor code (3 capital letters, then roles)")
    return code


def check_date(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    if not DATE_RE.fullmatch(text):
        raise OverlayError(f"date {text!r} is not YYYY-MM-DD")
    return text


def sectors_of(item: dict) -> tuple[str, ...]:
    raw = item.get("sectors") or []
    if not isinstance(raw, list) or not all(isinstance(s, str) and SECTOR_RE.fullmatch(s) for s in raw):
        raise OverlayError("'sectors' must be a list of 3-letter codes (GOV, MIL, COP ...)")
    return tuple(raw)


def country_of(item: dict) -> str | None:
    country = item.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)):
        raise OverlayError(f"country {country!r} is not a 3-letter code")
    return country


def aliases_of(item: dict, name: str) -> list[str]:
    raw = item.get("aliases", [name])
    if not isinstance(raw, list) or not all(isinstance(a, (str, int)) and str(a).strip() for a in raw):
        raise OverlayError("'aliases' must be a list of non-empty names")
    return [str(a) for a in raw]


def _opt_str(value: object) -> str | None:
    return str(value) if value else None


def apply_overlays(data, overlays: list[Path]) -> list[str]:
    """Add every valid overlay entry to ``data`` (a KBData); return the problems."""
    problems = []
    for path in overlays:
        items, read_problems = read_overlay(path)
        problems += read_problems
        for line, item in items:
            try:
                entry, aliases, lang = entry_of(item, f"overlay:{path.name}")
            except OverlayError as exc:
                problems.append(f"{path}:{line}: {exc}")
                continue
            if entry.id in data.index:  # same id: the overlay replaces the package entry
                data.entries[data.index[entry.id]] = entry
                idx = data.index[entry.id]
            else:
                idx = data.add(entry)
            for alias in aliases:
                data.alias(alias, lang, idx, override=True)
    return problems
