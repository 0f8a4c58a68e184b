"""HTML reader (trafilatura): main text, title, publication date and site name -> outlet."""

from __future__ import annotations

from typing import BinaryIO, Iterator

from warta.ingest.document import Document
from warta.ingest.sources import read_whole
from warta.model import InputError

# htmldate (inside trafilatura) looks for the original publication date in the page's
# metadata and markup only; the full-text search guesses too freely for event dating.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read(stream: BinaryIO, origin: str) -> Iterator[Document]:
    """One article per HTML file."""
    yield extract(read_whole(stream, origin), origin)


def extract(html: bytes, origin: str, url: str | None = None) -> Document:
    """The article in an HTML page; InputError when the page has no main text."""
    if b"\x00" in html:
        raise InputError(origin, "binary data (NUL bytes), not HTML")
    import trafilatura  # imported on first use: it is slow to import and only HTML needs it

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False, date_extraction_params=DATE_PARAMS,
    )
    if result is None or not (result.text or "").strip():
        raise InputError(origin, "no article text found in the HTML")
    return Document(
        origin, body_text(result.text, result.title), title=result.title or None,
        url=result.url or url, date=result.date, outlet=result.sitename or None,
    )


def body_text(text: str, title: str | None) -> str:
    """One paragraph per extracted line, blank lines between; the repeated headline dropped."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)
