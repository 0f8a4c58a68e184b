"""Readers for the two gold shapes (../shared/gold/README.md) and for prediction files.

Article files carry one actor code per side and a CAMEO code; the PLOVER sets carry lists
of codes and a ``plover_gsr`` type. Both become ``GoldText`` with ``Coded`` items.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from warta.eval.score import Coded
from warta.model import Article, InputError


@dataclass(slots=True)
class GoldText:
    id: str
    text: str
    language: str | None
    date: str | None
    title: str | None
    outlet: str | None
    url: str | None
    items: list[Coded] = field(default_factory=list)
    plover_only: bool = False

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, title=self.title, url=self.url, outlet=self.outlet,
                       published=self.date, language=self.language, origin=self.id)


def _codes(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [v or "" for v in value]
    return [value]


def gold_item(event: dict, text: str) -> Coded:
    plover = event.get("plover_gsr")
    return Coded(
        sources=_codes(event.get("source")),
        targets=_codes(event.get("target")),
        cameo=event.get("cameo"),
        plover=plover,
        negated=bool(event.get("negated", False)),
        sentence=event.get("evidence") or text,
    )


def read_gold(path: str | Path) -> list[GoldText]:
    """All texts of a gold file; InputError naming file and line for a malformed one."""
    path = Path(path)
    texts = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            events = row.get("events", [])
            plover_only = any("plover_gsr" in e or isinstance(e.get("source"), list) for e in events)
            texts.append(GoldText(
                id=str(row["id"]),
                text=row["text"], language=row.get("language"), date=row.get("date"),
                title=row.get("title"), outlet=row.get("source"), url=row.get("url"),
                items=[gold_item(e, row["text"]) for e in events], plover_only=plover_only,
            ))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{number}", f"not a gold record ({exc.__class__.__name__}: {exc})") from exc
    return texts


def record_item(record: dict) -> Coded:
    """A system event record (design.md contract) as the metric reads it."""
    source, target = record.get("source"), record.get("target")
    return Coded(
        sources=[(source or {}).get("code") or ""] if source else [],
        targets=[(target or {}).get("code") or ""] if target else [],
        cameo=record["cameo"],
        plover=None,
        negated=bool(record.get("negated", False)),
        sentence=str(record.get("sentence_index", (record.get("evidence") or {}).get("text", ""))),
    )


def read_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Event records grouped by article id."""
    grouped: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                grouped.setdefault(str(record["article_id"]), []).append(record)
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{number}", f"not an event record ({exc})") from exc
    return grouped
