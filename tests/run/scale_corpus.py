"""A small corpus at scale's image: real articles from the shared corpus, syndicated copies,
and every kind of bad input (a bad JSON line, a truncated .gz, a truncated WARC record, a
binary file)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

ARTICLES = 160  # enough for a run to be killed in the middle of it
COPIES = 8


def write_corpus(folder: Path, source: Path) -> Path:
    lines = source.read_text(encoding="utf-8").splitlines()[: ARTICLES + 5]
    news = lines[:ARTICLES]
    news.insert(ARTICLES // 2, '{"id": "broken", "text": "the line ends here')
    (folder / "a_news.jsonl").write_text("\n".join(news) + "\n", encoding="utf-8")
    copies = []
    for n, line in enumerate(lines[:COPIES]):
        item = json.loads(line)
        item.update(id=f"copy-{n}", url=f"https://syndicated.example/{n}", source="syndicated")
        copies.append(json.dumps(item, ensure_ascii=False))
    (folder / "b_copies.jsonl").write_text("\n".join(copies) + "\n", encoding="utf-8")
    packed = gzip.compress("\n".join(lines[ARTICLES:]).encode("utf-8") + b"\n")
    (folder / "c_more.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    write_warc(folder / "d_crawl.warc.gz", [json.loads(line) for line in lines[:2]])
    (folder / "e_scan.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def write_warc(path: Path, items: list[dict]) -> None:
    """A crawl of two pages, cut inside the second record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n, item in enumerate(items):
        paragraphs = "".join(f"<p>{p}</p>" for p in item["text"].split("\n") if p.strip())
        body = f"<html><head><title>{n}</title></head><body><article>{paragraphs}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://crawl.example/{n}", "response",
                                                      payload=io.BytesIO(body.encode()), http_headers=headers))
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - 200])
