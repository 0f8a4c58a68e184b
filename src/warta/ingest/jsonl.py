"""JSON readers: JSON lines (one article per line, streamed) and .json (one object or a list).

Fields: ``id``, ``text`` and optionally ``title``, ``url``, ``date``, ``language``,
``source``. The field names of news-please / Common Crawl News dumps (``maintext``,
``date_publish``, ``source_domain``) are read too.
"""

from __future__ import annotations

import json
import zlib
from typing import BinaryIO, Iterator

from warta.ingest.document import Document
from warta.ingest.sources import read_whole
from warta.model import InputError

MAX_LINE_BYTES = 32 * 1024 * 1024
# Article field -> the input fields that can hold it, first found wins.
FIELDS = {
    "text": ("text", "maintext", "content", "body"),
    "title": ("title",),
    "url": ("url",),
    "date": ("date", "date_publish", "published"),
    "language": ("language", "lang"),
    "outlet": ("source", "source_domain", "outlet", "sitename"),
}


def read(stream: BinaryIO, origin: str) -> Iterator[Document | InputError]:
    """One article per line; a bad line is reported with its number and the rest is read."""
    number = 0
    while True:
        number += 1
        where = f"{origin}:{number}"
        try:
            line = stream.readline(MAX_LINE_BYTES + 1)
        except (EOFError, OSError, zlib.error) as exc:
            yield InputError(where, f"truncated or corrupt compressed data ({exc})")
            return
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            skip_rest_of_line(stream)
            yield InputError(where, f"line longer than {MAX_LINE_BYTES} bytes")
            continue
        if line.strip():
            yield parse_line(line, where)


def skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(MAX_LINE_BYTES)
        if not chunk or chunk.endswith(b"\n"):
            return


def parse_line(line: bytes, where: str) -> Document | InputError:
    """One JSON line to a Document, or the InputError saying what is wrong with it."""
    try:
        record = json.loads(line.decode("utf-8-sig").strip())
    except UnicodeDecodeError as exc:
        return InputError(where, f"not UTF-8 (byte {exc.start} of the line)")
    except json.JSONDecodeError as exc:
        if not line.endswith(b"\n") and is_truncated(exc, exc.doc):
            return InputError(where, "truncated JSON (the file ends inside this line)")
        return InputError(where, f"not valid JSON: {exc.msg} at column {exc.pos + 1}")
    return to_document(record, where)


def read_json(stream: BinaryIO, origin: str) -> Iterator[Document | InputError]:
    """A .json file: one article object, or a list of them (item N is "path:N")."""
    try:
        text = read_whole(stream, origin).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"not UTF-8 (byte {exc.start})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = "truncated JSON" if is_truncated(exc, text) else "not valid JSON"
        raise InputError(origin, f"{problem}: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if isinstance(value, list):
        for number, record in enumerate(value, start=1):
            yield to_document(record, f"{origin}:{number}")
    else:
        yield to_document(value, origin)


def is_truncated(exc: json.JSONDecodeError, text: str) -> bool:
    """True when the JSON is cut short rather than malformed."""
    return exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")


def to_document(record: object, where: str) -> Document | InputError:
    """Check the fields of one JSON article and build its Document."""
    if not isinstance(record, dict):
        return InputError(where, f"not a JSON object (a {type(record).__name__})")
    values = {name: first_field(record, keys) for name, keys in FIELDS.items()}
    text = values.pop("text")
    if text is None:
        return InputError(where, "no 'text' field")
    if not isinstance(text, str):
        return InputError(where, f"'text' is not a string (a {type(text).__name__})")
    strings = {k: v if isinstance(v, str) and v.strip() else None for k, v in values.items() if k != "date"}
    identifier = record.get("id")
    return Document(
        where, text, id=str(identifier) if identifier not in (None, "") else None,
        date=values["date"], **strings,
    )


def first_field(record: dict, keys: tuple[str, ...]) -> object:
    return next((record[k] for k in keys if record.get(k) not in (None, "")), None)
