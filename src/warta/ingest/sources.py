"""Where articles come from: paths, directories and stdin, each routed to its reader.

The format comes from the file name, else from sniffing the first bytes; gzip is
unwrapped first. Readers are registered below by name (one module each) and imported
on first use. A reader takes a binary stream and the input's name, and yields
Documents, or InputErrors for bad records; it raises InputError for a bad file.
"""

from __future__ import annotations

import gzip
import importlib
import io
import os
import sys
import zlib
from typing import BinaryIO, Callable, Iterator

from warta.ingest.decode import decode
from warta.ingest.document import STDIN, Document
from warta.model import InputError

# format -> "module:function"
READERS: dict[str, str] = {
    "text": "warta.ingest.text:read",
    "html": "warta.ingest.html:read",
    "jsonl": "warta.ingest.jsonl:read",
    "json": "warta.ingest.jsonl:read_json",
    "warc": "warta.ingest.warc:read",
}
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc",
}
# A text, HTML or .json file is read whole: larger than this, it is refused.
MAX_ARTICLE_BYTES = 32 * 1024 * 1024
SNIFF_BYTES = 8192
_GZIP_MAGIC = b"\x1f\x8b"
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p", b"<div", b"<meta", b"<title")


def read_documents(paths: list[str]) -> Iterator[Document | InputError]:
    """Every document of every input, in order; directories walked in sorted order."""
    for path in paths:
        if path == "-":
            yield from read_stdin()
        elif os.path.isdir(path):
            yield from read_directory(path)
        else:
            yield from read_file(path)


def read_stdin() -> Iterator[Document | InputError]:
    if sys.stdin is None:
        yield InputError(STDIN, "no standard input to read")
    else:
        yield from read_stream(sys.stdin.buffer, STDIN, "")


def read_directory(path: str) -> Iterator[Document | InputError]:
    found = False
    for file in walk(path):
        found = True
        yield from read_file(file)
    if not found:
        known = ", ".join(sorted(EXTENSIONS))
        yield InputError(path, f"no article files in this directory (looked for {known}, also .gz)")


def walk(path: str) -> Iterator[str]:
    """Files with a known article extension under ``path``, recursively, sorted; hidden ones skipped."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and format_of_name(name) is not None:
                yield os.path.join(root, name)


def read_file(path: str) -> Iterator[Document | InputError]:
    origin = os.path.normpath(path)
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        yield InputError(origin, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(origin, f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        yield from read_stream(stream, origin, origin)


def read_stream(raw: BinaryIO, origin: str, name: str) -> Iterator[Document | InputError]:
    """Sniff, unwrap gzip, and hand the stream to its reader; errors become InputErrors."""
    try:
        yield from dispatch(raw, origin, name)
    except InputError as error:
        yield error
    except (EOFError, OSError, zlib.error) as exc:
        yield InputError(origin, f"cannot read: truncated or corrupt data ({exc})")


def dispatch(raw: BinaryIO, origin: str, name: str) -> Iterator[Document | InputError]:
    if not hasattr(raw, "peek"):
        raw = io.BufferedReader(raw)
    head = raw.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if not head:
        raise InputError(origin, "empty file")
    if head.startswith(_GZIP_MAGIC):
        inner = gunzip_head(head)
        if not inner and gzip_is_empty(head):
            raise InputError(origin, "empty file (an empty gzip archive)")
        fmt = detect(name[:-3] if name.lower().endswith(".gz") else "", inner)
        raw = Gunzip(fileobj=raw, mode="rb")
    else:
        fmt = detect(name, head)
    yield from reader(fmt, origin)(raw, origin)


class Gunzip(gzip.GzipFile):
    """gzip that hands out every byte before a cut, then reports the cut as an OSError.

    GzipFile alone raises EOFError and drops the block it was decoding; warcio, for one,
    takes EOFError for the clean end of a WARC and would stop silently at the cut.
    """

    _cut: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        if self._cut:
            raise self._cut
        chunks, total = [], 0
        try:
            while size < 0 or total < size:
                chunk = super().read1(SNIFF_BYTES if size < 0 else min(size - total, SNIFF_BYTES))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except EOFError as exc:
            self._cut = OSError(f"truncated gzip data: {exc}")
            if not chunks:
                raise self._cut from None
        return b"".join(chunks)

    def readline(self, size: int = -1) -> bytes:
        try:
            return super().readline(size)
        except EOFError as exc:
            raise OSError(f"truncated gzip data: {exc}") from None


def reader(fmt: str | None, origin: str) -> Callable[[BinaryIO, str], Iterator[Document | InputError]]:
    if fmt is None:
        raise InputError(origin, "unknown format: binary data, not text, HTML, JSON lines or WARC")
    module, function = READERS[fmt].split(":")
    return getattr(importlib.import_module(module), function)


def format_of_name(name: str) -> str | None:
    """The format a file name announces ("a.jsonl.gz" -> jsonl), or None."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return EXTENSIONS.get(os.path.splitext(lowered)[1])


def detect(name: str, head: bytes) -> str | None:
    """The format from the name, else from the first bytes; None for binary data."""
    return format_of_name(name) or sniff(head)


def sniff(head: bytes) -> str | None:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512]
    lowered = start.lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if lowered.startswith(b"<") and any(mark in lowered for mark in _HTML_MARKS):
        return "html"
    try:
        decode(head, "")
    except InputError:
        return None
    return "text"


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (empty when they cannot be had)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


def gzip_is_empty(head: bytes) -> bool:
    try:
        return gzip.decompress(head) == b""
    except (EOFError, OSError, zlib.error):
        return False


def read_whole(stream: BinaryIO, origin: str) -> bytes:
    """All bytes of a one-article input, refused beyond MAX_ARTICLE_BYTES."""
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES or stream.read(1):  # the extra read surfaces a gzip cut
        raise InputError(origin, f"too large to read as one article (over {MAX_ARTICLE_BYTES // 2**20} MiB); use JSON lines")
    if not data.strip():
        raise InputError(origin, "empty file")
    return data
