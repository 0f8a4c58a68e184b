"""The CAMEO code book: names, Goldstein values, QuadClass and PLOVER types.

Loaded once from ``data/cameo.tsv`` (built by scripts/build_codebook.py). Codes missing a
value inherit it from their parent code (1951 -> 195 -> 19).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# PLOVER 2.0 treats appeals (CAMEO 02) as REQUEST; the 2021 table leaves 01 and 02 empty.
PLOVER_FOR_ROOT_WITHOUT_TYPE = {"02": "REQUEST"}
# The 2016 names used by the PLOVER gold-standard records -> PLOVER 2.0 names.
PLOVER_2016_TO_2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str | None
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


def quad_class(root: str) -> int:
    """GDELT QuadClass: 1 verbal coop (01-05), 2 material coop (06-08), 3 verbal conflict
    (09-13), 4 material conflict (14-20)."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


class Codebook:
    def __init__(self, rows: dict[str, dict[str, str]]):
        self._rows = rows
        self._intent = _read_intent(DATA / "intent.tsv")

    def _inherited(self, code: str, column: str) -> str:
        while code:
            value = self._rows.get(code, {}).get(column, "")
            if value:
                return value
            code = code[:-1] if len(code) > 2 else ""
        return ""

    def __contains__(self, code: str) -> bool:
        return code in self._rows

    @cache
    def get(self, code: str) -> CameoCode:
        """The code's entry; KeyError for a code CAMEO does not have."""
        if code not in self._rows:
            raise KeyError(f"unknown CAMEO code {code!r}")
        root = code[:2]
        plover = self._inherited(code, "plover") or PLOVER_FOR_ROOT_WITHOUT_TYPE.get(root)
        return CameoCode(
            code=code,
            name=self._rows[code]["name"],
            goldstein=float(self._inherited(code, "goldstein") or 0.0),
            plover=plover or None,
            quad_class=quad_class(root),
        )

    def intent_code(self, code: str) -> str | None:
        """The code for a stated intention to do ``code`` ("akan memberikan bantuan" ->
        033), or None when CAMEO has no intent form for it."""
        for key in (code, code[:3], code[:2]):
            if key in self._intent:
                return self._intent[key]
        return None


def _read_intent(path: Path) -> dict[str, str]:
    rows = csv.DictReader(
        (line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")),
        delimiter="\t",
    )
    return {row["event"]: row["intent"] for row in rows}


@cache
def load_codebook() -> Codebook:
    with open(DATA / "cameo.tsv", encoding="utf-8", newline="") as fh:
        rows = {row["code"]: row for row in csv.DictReader(fh, delimiter="\t")}
    return Codebook(rows)


def plover_type(name: str | None) -> str | None:
    """A PLOVER type name in PLOVER 2.0 spelling (accepts the 2016 names)."""
    if not name:
        return None
    return PLOVER_2016_TO_2.get(name.upper(), name.upper())
