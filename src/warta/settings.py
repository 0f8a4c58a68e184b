"""One settings object, built at the edge (CLI, API, batch runner) and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Settings:
    lang: str = "auto"  # auto | id | en : forces the language pack when not auto
    default_date: str | None = None  # publication date when the input gives none (YYYY-MM-DD)
    actor_overlays: list[Path] = field(default_factory=list)  # --actors OVERLAY.yaml
    min_confidence: float = 0.0
    fast: bool = False  # skip costly optional steps: geocoding of non-dateline places, the actor town look-up
    debug: bool = False  # keep reasons for unresolved values in the output
    stages: tuple[str, ...] = ("segment", "actors", "topic", "coder", "dates", "places")
