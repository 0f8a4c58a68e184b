"""From what a reader found (a Document) to an Article: clean, identify, name, date.

Readers only extract; everything that every format shares happens here once.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import PurePath

from warta.ingest.clean import clean
from warta.ingest.language import identify, normalize_code
from warta.lang import LANGUAGES
from warta.model import Article, InputError
from warta.settings import Settings

STDIN = "<stdin>"
_ISO_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_SLUG = re.compile(r"[^\w-]+")


@dataclass(slots=True)
class Document:
    """One article as a reader found it, before cleaning."""

    origin: str  # "path" or "path:line" (or "path:record" in a WARC)
    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    date: object = None  # whatever the input gave: "2021-10-21", an ISO timestamp, epoch seconds
    language: str | None = None
    outlet: str | None = None
    plain: bool = False  # plain text: its first line may be the headline


def to_article(doc: Document, settings: Settings) -> Article | InputError:
    """The cleaned Article, or the InputError saying why it is skipped."""
    cleaned = clean(doc.text, outlet=doc.outlet, find_title=doc.plain and not doc.title)
    if not cleaned.text:
        return InputError(doc.origin, "empty text (nothing left after removing boilerplate)")
    language = choose_language(doc, cleaned.text, settings)
    if language not in LANGUAGES:
        return InputError(doc.origin, f"skipped: language '{language}' has no pack")
    notes = []
    published = normalize_date(doc.date)
    if doc.date not in (None, "") and published is None:
        notes.append(f"unreadable date {doc.date!r}: used the default date")
    return Article(
        id=doc.id or stable_id(doc.origin, doc.text),
        text=cleaned.text,
        title=doc.title or cleaned.title,
        url=doc.url,
        outlet=doc.outlet,
        published=published or settings.default_date,
        language=language,
        origin=doc.origin,
        dateline_text=cleaned.dateline,
        notes=notes,
    )


def choose_language(doc: Document, text: str, settings: Settings) -> str:
    """--lang when forced, else the input's own language field, else identification."""
    if settings.lang and settings.lang != "auto":
        return settings.lang
    return normalize_code(doc.language) or identify(text)


def stable_id(origin: str, text: str) -> str:
    """A readable id that stays the same for the same path (and line): "<stem>-<line>-<hash>".

    Text read from stdin has no path, so its id comes from its content.
    """
    if origin.startswith(STDIN):
        return f"stdin-{_digest(text)}"
    path, _, position = origin.rpartition(":")
    if not position.isdigit():
        path, position = origin, ""
    stem = _SLUG.sub("-", PurePath(path).name.split(".")[0]).strip("-") or "article"
    return "-".join(part for part in (stem, position, _digest(origin)) if part)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def normalize_date(value: object) -> str | None:
    """An ISO day (YYYY-MM-DD) from a date string, an ISO timestamp or epoch seconds."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    match = _ISO_DAY.match(str(value).strip())
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None
