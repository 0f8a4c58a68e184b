"""WARC reader (warcio): every HTML response record is an article, streamed.

A .warc.gz reaches this reader already unwrapped by sources.Gunzip, which turns a cut
archive into an error (warcio alone would end quietly at the cut).

Records that are not HTML responses (requests, metadata, images, redirects) are passed
over silently: a crawl is full of them. Position N in "path:N" counts records from 1.
The publication date comes from the page; failing that, the crawl date (WARC-Date),
which for news crawls is close after publication.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO, Iterator

from warta.ingest.document import Document
from warta.ingest.html import extract
from warta.ingest.sources import MAX_ARTICLE_BYTES
from warta.model import InputError


def read(stream: BinaryIO, origin: str) -> Iterator[Document | InputError]:
    """The articles of a WARC or WARC.gz file; a corrupt tail is reported with its position."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    records = iter(ArchiveIterator(stream))
    while True:
        number += 1
        try:
            record = next(records, None)
            if record is None:
                return
            item = read_record(record, f"{origin}:{number}")
        except (ArchiveLoadFailed, OSError, zlib.error, ValueError, AttributeError) as exc:
            # warcio fails on a record cut inside its headers with an AttributeError
            yield InputError(f"{origin}:{number}", f"truncated or corrupt WARC record ({exc})")
            return
        if item is not None:
            yield item


def read_record(record, where: str) -> Document | InputError | None:
    """The article of one response record, or None for a record that holds no page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if not record.http_headers.get_statuscode().startswith("2"):
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return None
    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        return InputError(where, f"page larger than {MAX_ARTICLE_BYTES} bytes")
    if record.raw_stream.limit > 0:
        return InputError(where, "truncated WARC record (shorter than its Content-Length)")
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        doc = extract(data, where, url=url)
    except InputError as error:
        return error
    doc.id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
    doc.date = doc.date or record.rec_headers.get_header("WARC-Date")
    return doc
