"""GDELT 2.0 Events and Mentions rows from warta's aggregated events and mentions.

The column lists follow the GDELT 2.0 Event and Mentions codebooks, in their order. What
warta does not produce is left empty as GDELT does for missing values: AvgTone and
MentionDocTone (no tone model), the actor geographies (warta resolves the place of the
action, not of each actor), ADM2 codes. Geographic country codes are FIPS 10-4, as in GDELT;
FeatureID carries the GeoNames id.
"""

from __future__ import annotations

import csv
import datetime as dt
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

EVENT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)

MENTION_COLUMNS = [
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]

MENTION_TYPE_WEB = 1


@cache
def actor_segments() -> dict[str, str]:
    """CAMEO actor-code segment -> the GDELT field it fills (type, known_group, religion)."""
    with (DATA / "gdelt_actor_codes.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    fields: dict[str, str] = {}
    for row in rows:  # a code in two tables (UNO, IRC, AMN) is a known group, as GDELT writes it
        if fields.get(row["code"]) != "known_group":
            fields[row["code"]] = row["field"]
    return fields


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4."""
    with (DATA / "iso3_fips.tsv").open(encoding="utf-8") as handle:
        return {row["iso3"]: row["fips"] for row in csv.DictReader(handle, delimiter="\t")}


def split_actor_code(code: str | None) -> dict[str, str]:
    """GDELT's actor fields from a CAMEO actor code, e.g. IDNGOV -> country IDN, type GOV.

    The code is read in 3-letter segments: the first is the country (or region) unless it is
    a type, known-group or religion code (IGOUNO: type IGO, known group UNO); lower-case
    segments are ethnic codes, as GDELT writes them.
    """
    out = {name: "" for name in _ACTOR[2:]}
    if not code:
        return out
    segments = [code[i : i + 3] for i in range(0, len(code), 3)]
    known = actor_segments()
    if segments[0].isupper() and segments[0] not in known:
        out["CountryCode"] = segments.pop(0)
    types = ["Type1Code", "Type2Code", "Type3Code"]
    religions = ["Religion1Code", "Religion2Code"]
    for segment in segments:
        field = "ethnic" if segment.islower() else known.get(segment)
        if field == "ethnic" and not out["EthnicCode"]:
            out["EthnicCode"] = segment
        elif field == "known_group" and not out["KnownGroupCode"]:
            out["KnownGroupCode"] = segment
        elif field == "religion" and religions:
            out[religions.pop(0)] = segment
        elif field == "type" and types:
            out[types.pop(0)] = segment
    return out


def _actor(code: str | None, name: str | None) -> list[str]:
    fields = split_actor_code(code)
    return [code or "", (name or "").upper()] + [fields[c] for c in _ACTOR[2:]]


def _geo(row: dict) -> list[str]:
    if not row.get("location_name") and not row.get("location_country"):
        return ["0"] + [""] * 7
    fips = fips_codes().get(row.get("location_country") or "", "")
    # GeoNames writes admin1 as "RU.48" or "48"; GDELT as FIPS country + admin1 ("RS48")
    adm1 = fips + row["location_adm1"].split(".")[-1] if fips and row.get("location_adm1") else fips
    geo_type = row.get("location_geo_type") or (1 if not row.get("location_adm1") else 4)
    return [
        str(geo_type), row.get("location_name") or "", fips, adm1, "",
        _number(row.get("location_lat")), _number(row.get("location_lon")),
        str(row.get("location_geonames_id") or ""),
    ]


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


def _stamp(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return value.strftime("%Y%m%d%H%M%S")


def event_row(row: dict) -> list[str]:
    """One GDELT 2.0 Events line (61 fields) from an ``aggregated_events`` row."""
    day: dt.date = row["date"]
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    cameo = row.get("cameo") or ""
    return (
        [str(row["global_event_id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]
        + _actor(row.get("source_code"), row.get("source_name"))
        + _actor(row.get("target_code"), row.get("target_name"))
        + [
            "1" if row.get("first_sentence") == 0 else "0", cameo, cameo[:3], row.get("cameo_root") or "",
            str(row.get("quad_class") or ""), _number(row.get("goldstein")),
            str(row["num_mentions"]), str(row["num_sources"]), str(row["num_articles"]), "",
        ]
        + ["0"] + [""] * 7 + ["0"] + [""] * 7
        + _geo(row)
        + [_stamp(row.get("date_added")), row.get("source_url") or ""]
    )


def mention_row(row: dict) -> list[str]:
    """One GDELT 2.0 Mentions line (16 fields) from a ``mentions`` row joined to its event."""
    def offset(value: int | None) -> str:
        return "-1" if value is None else str(value)

    return [
        str(row["global_event_id"]), _stamp(row.get("event_added")),
        _stamp(row.get("mention_date") or row.get("mention_added")), str(MENTION_TYPE_WEB),
        row.get("mention_source") or "", row.get("mention_url") or row.get("article_id") or "",
        str((row.get("sentence_index") or 0) + 1), offset(row.get("actor1_offset")),
        offset(row.get("actor2_offset")), offset(row.get("action_offset")), "1",
        str(round(100 * (row.get("confidence") or 0))), str(row.get("doc_len") or ""), "", "", "",
    ]
