"""Plain-text reader: one article per file."""

from __future__ import annotations

from typing import BinaryIO, Iterator

from warta.ingest.decode import decode
from warta.ingest.document import Document
from warta.ingest.sources import read_whole


def read(stream: BinaryIO, origin: str) -> Iterator[Document]:
    """The file's text; its first line may turn out to be the headline (see clean)."""
    yield Document(origin, decode(read_whole(stream, origin), origin), plain=True)
