"""Coded partitions as Parquet files, written by the workers themselves (no single writer).

A run with ``--out-parquet DIR`` cuts the input into numbered partitions (in input order)
and each worker writes its partition as three files:

    DIR/articles/part-000007.parquet   the articles (the store's article fields, MinHash included)
    DIR/events/part-000007.parquet     their event records, flat (the store's events columns)
    DIR/rejected/part-000007.parquet   bad inputs: input, position, reason

Each file is written under a temporary name and renamed, the articles file last, so an
articles file present means the partition is complete: a rerun skips those partitions.
DuckDB reads the result in place (``read_parquet('DIR/events/*.parquet')``), and
``warta ingest --from-parquet DIR --db FILE`` loads it into a store (near-duplicates and
aggregated events are computed there).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warta.model import Article, InputError
from warta.run.batch import Outcome, code_items
from warta.settings import Settings

ARTICLE_SCHEMA = pa.schema([
    ("article_key", pa.string()), ("article_id", pa.string()), ("url", pa.string()),
    ("outlet", pa.string()), ("published", pa.string()), ("title", pa.string()),
    ("language", pa.string()), ("origin", pa.string()), ("text", pa.string()),
    ("dateline_text", pa.string()), ("coder_version", pa.string()), ("minhash", pa.binary()),
])
REJECTED_SCHEMA = pa.schema([("input", pa.string()), ("position", pa.string()), ("reason", pa.string())])
TABLES = ("rejected", "events", "articles")  # the order of writing: articles last marks completion
_PART = re.compile(r"^part-(\d+)\.parquet$")


def part_name(part: int) -> str:
    return f"part-{part:06d}.parquet"


def done_parts(out: str | Path) -> set[int]:
    """The partitions already written completely under ``out``."""
    folder = Path(out) / "articles"
    if not folder.is_dir():
        return set()
    return {int(m[1]) for name in os.listdir(folder) if (m := _PART.match(name))}


def code_partition(items: list[Article | Outcome], settings: Settings, out: str, part: int) -> dict:
    """Worker side: code one partition and write its files; returns its counts."""
    return write_partition(out, part, code_items(items, settings))


def write_partition(out: str, part: int, outcomes: list[Outcome]) -> dict:
    """The three files of one partition, each renamed into place once complete."""
    from warta.record import coder_version
    from warta.store import identity, rows

    articles, events, rejected = [], [], []
    for outcome in outcomes:
        if outcome.article is None:
            rejected.append(_rejected_row(outcome))
            continue
        article = outcome.article
        key = identity.article_key(article.text, article.url)
        articles.append(_article_row(article, key, coder_version(), outcome.signature))
        events.extend(rows.to_row(record, key) for record in outcome.records)
    tables = {"rejected": pa.Table.from_pylist(rejected, schema=REJECTED_SCHEMA),
              "events": rows.to_table(events),
              "articles": pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA)}
    for name in TABLES:
        _write_atomically(tables[name], Path(out) / name / part_name(part))
    return {"articles": len(articles), "events": len(events), "rejected": len(rejected)}


def _article_row(article: Article, key: str, coder_version: str, signature: bytes | None) -> dict:
    return {"article_key": key, "article_id": article.id, "url": article.url, "outlet": article.outlet,
            "published": article.published, "title": article.title, "language": article.language,
            "origin": article.origin, "text": article.text, "dateline_text": article.dateline_text,
            "coder_version": coder_version, "minhash": signature}


def _rejected_row(outcome: Outcome) -> dict:
    from warta.store.writer import split_where  # the split the store itself makes

    where, position = split_where(outcome.where)
    return {"input": where, "position": position, "reason": outcome.problem}


def _write_atomically(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def read_partitions(out: str | Path) -> Iterator[Outcome]:
    """Everything a Parquet run wrote, partition by partition, in input order; an
    InputError at once when ``out`` holds no partition."""
    folder = Path(out)
    parts = sorted(done_parts(folder))
    if not parts:
        raise InputError(str(folder), "no Parquet partitions here (expected articles/part-*.parquet)")
    return (outcome for part in parts for outcome in _read_part(folder, part_name(part)))


def _read_part(folder: Path, name: str) -> Iterator[Outcome]:
    from warta.store import rows

    try:
        rejected = pq.read_table(folder / "rejected" / name).to_pylist()
        events = pq.read_table(folder / "events" / name).to_pylist()
        articles = pq.read_table(folder / "articles" / name).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        yield Outcome(where=str(folder / "articles" / name), problem=f"unreadable Parquet partition ({exc})")
        return
    for row in rejected:
        where = f"{row['input']}:{row['position']}" if row["position"] else row["input"]
        yield Outcome(where=where, problem=row["reason"])
    by_article: dict[str, list[dict]] = {}
    for row in events:
        by_article.setdefault(row["article_key"], []).append(rows.to_record(row))
    for row in articles:
        fields = {k: row[k] for k in ("url", "outlet", "published", "title", "language", "origin", "dateline_text")}
        yield Outcome(Article(id=row["article_id"], text=row["text"], **fields), by_article.get(row["article_key"], []),
                      signature=_signature(row))


def _signature(row: dict) -> bytes | None:
    """The worker's MinHash; None (the writer computes it from the text) for partitions
    written before it was kept, or a damaged value."""
    from warta.store.identity import BLOB_SIZE

    blob = row.get("minhash")
    return blob if blob is not None and len(blob) == BLOB_SIZE else None
