"""The single writer of a store: coded articles in, committed batches out.

DuckDB allows one writing connection, so everything that changes a store goes through one
``StoreWriter`` (one process, one thread); a process pool or a Dask cluster feeds it an
iterator of ``(article, records[, signature])`` and rejected inputs (``consume``). The
MinHash signature is a pure function of the text, so the workers compute it and the writer
only compares it: hashing every article here would cap a store at a few hundred articles/s.

Each batch is one transaction: articles, their events, the refreshed aggregates, the
rejected inputs and the run's counts commit together or not at all. A run killed at any
moment (SIGKILL included) therefore leaves the store as it was after the last committed
batch, and rerunning the same command skips what is stored and finishes the rest.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

import pyarrow as pa

from warta.model import Article, InputError
from warta.store import aggregate, identity, rows
from warta.store.schema import open_store

DUPLICATE_THRESHOLD = 0.8  # estimated Jaccard of 5-word shingles: syndicated copies, small edits
_WHERE = re.compile(r"^(?P<input>.+?):(?P<position>(?:line |record |byte )?\d+(?:[:.]\d+)?)$")

ARTICLE_SCHEMA = pa.schema([
    ("article_key", pa.string()), ("article_id", pa.string()), ("url", pa.string()),
    ("outlet", pa.string()), ("published", pa.date32()), ("title", pa.string()),
    ("language", pa.string()), ("origin", pa.string()), ("text", pa.string()),
    ("doc_len", pa.int32()), ("duplicate_of", pa.string()), ("similarity", pa.float64()),
    ("minhash", pa.binary()), ("coder_version", pa.string()), ("run_id", pa.int32()),
    ("ingested", pa.timestamp("us")),
])

COPY_MATCH = """
UPDATE events SET copy_of = NULL WHERE article_key IN (SELECT article_key FROM copy_articles);
UPDATE events SET copy_of = m.original
FROM (
    SELECT c.article_key, c.event_id, o.event_id AS original,
           row_number() OVER (PARTITION BY c.article_key, c.event_id
               ORDER BY abs(o.sentence_index - c.sentence_index), o.event_id) AS rank
    FROM events c
    JOIN articles d ON d.article_key = c.article_key
    JOIN events o ON o.article_key = d.duplicate_of AND o.copy_of IS NULL
        AND coalesce(o.source_code, '') = coalesce(c.source_code, '')
        AND coalesce(o.target_code, '') = coalesce(c.target_code, '')
        AND o.cameo = c.cameo AND coalesce(o.negated, false) = coalesce(c.negated, false)
    WHERE c.article_key IN (SELECT article_key FROM copy_articles)
) m
WHERE m.rank = 1 AND events.article_key = m.article_key AND events.event_id = m.event_id
"""

GROUPS_OF = """
SELECT DISTINCT coalesce(source_code, ''), coalesce(target_code, ''), coalesce(cameo_root, '')
FROM events WHERE article_key IN (SELECT article_key FROM {table})
"""


Coded = tuple[Article, list[dict]] | tuple[Article, list[dict], bytes | None]  # what ``consume`` takes


def split_where(where: str) -> tuple[str, str]:
    """'FILE:LINE' (or 'FILE:record N', ...) -> (input, position) as the rejected table holds them."""
    match = _WHERE.match(where)
    return (match["input"], match["position"]) if match else (where, "")


@dataclass(slots=True)
class RunSummary:
    """What one ingest run did (also the row of the ``runs`` table)."""

    run_id: int
    articles_read: int = 0
    articles_new: int = 0
    articles_recoded: int = 0
    articles_unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    rejected: int = 0


@dataclass(slots=True)
class _Batch:
    articles: list[dict]
    events: list[dict]
    recoded: list[str]
    copies: list[str]
    rejected: list[tuple[str, str, str]]
    groups: set[tuple[str, str, str]]


def _new_batch() -> _Batch:
    return _Batch([], [], [], [], [], set())


class StoreWriter:
    """Writes coded articles into a store, idempotently, in atomic batches."""

    def __init__(self, path: str | Path, coder_version: str, command: str = "",
                 batch_size: int = 500, batch_seconds: float = 2.0,
                 duplicate_threshold: float = DUPLICATE_THRESHOLD):
        self.con = open_store(path, create=True)
        self.coder_version = coder_version
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self._versions = dict(self.con.execute("SELECT article_key, coder_version FROM articles").fetchall())
        self._copies = dict(self.con.execute(
            "SELECT article_key, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall())
        self._index = identity.NearDuplicates(duplicate_threshold)
        for key, blob in self.con.execute(
                "SELECT article_key, minhash FROM articles WHERE duplicate_of IS NULL AND minhash IS NOT NULL "
                "ORDER BY article_key").fetchall():
            self._index.add(key, identity.from_blob(blob))
        self.summary = RunSummary(run_id=self._start_run(command))
        self._batch = _new_batch()
        self._last_flush = time.monotonic()

    def _start_run(self, command: str) -> int:
        """Mark runs left 'running' by a killed process, then open this run's row."""
        self.con.execute("BEGIN")
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs (run_id, started, status, command, coder_version) VALUES (?, ?, 'running', ?, ?)",
            [run_id, _now(), command, self.coder_version],
        )
        self.con.execute("COMMIT")
        return run_id

    def needs_coding(self, article: Article) -> bool:
        """False when this article is stored already, coded by this coder version."""
        return self._versions.get(identity.article_key(article.text, article.url)) != self.coder_version

    def skip(self, article: Article) -> None:
        """Count an article that ``needs_coding`` said is stored already."""
        self.summary.articles_read += 1
        self.summary.articles_unchanged += 1

    def add(self, article: Article, records: list[dict], signature: bytes | None = None) -> str:
        """Store one coded article; returns 'new', 'duplicate', 'recoded' or 'unchanged'.

        ``signature``: ``identity.signature_blob(article.text)`` computed by a worker; the
        writer computes it when it is not given (the store is the same either way)."""
        key = identity.article_key(article.text, article.url)
        stored = self._versions.get(key)
        if stored == self.coder_version:
            self.skip(article)
            return "unchanged"
        self.summary.articles_read += 1
        blob = signature if signature is not None else identity.signature_blob(article.text)
        minhash = identity.from_blob(blob)
        if stored is not None:
            outcome, duplicate = "recoded", (self._copies.get(key), None)
            self._batch.recoded.append(key)
            self.summary.articles_recoded += 1
        else:
            duplicate = self._index.find(minhash) or (None, None)
            outcome = "duplicate" if duplicate[0] else "new"
            self.summary.articles_new += 1
            self.summary.duplicates += outcome == "duplicate"
        if duplicate[0]:
            self._copies[key] = duplicate[0]
            self._batch.copies.append(key)
        else:
            self._index.add(key, minhash)
        self._versions[key] = self.coder_version
        self._batch.articles.append(self._article_row(article, key, duplicate, blob))
        self._batch.events.extend(rows.to_row(record, key) for record in records)
        self._batch.groups.update(aggregate.record_key(record) for record in records)
        self.summary.events += len(records)
        self._maybe_flush()
        return outcome

    def reject(self, error: InputError) -> None:
        """Record a bad input (file, position, reason); the run goes on."""
        self._batch.rejected.append((*split_where(error.where), error.problem))
        self.summary.rejected += 1
        self._maybe_flush()

    def consume(self, items: Iterable[Coded | InputError]) -> RunSummary:
        """Write everything an iterator of coded articles and rejected inputs yields."""
        for item in items:
            if isinstance(item, InputError):
                self.reject(item)
            else:
                self.add(*item)
        return self.summary

    def _article_row(self, article: Article, key: str, duplicate: tuple, signature: bytes) -> dict:
        return {
            "article_key": key, "article_id": article.id, "url": article.url,
            "outlet": article.outlet, "published": rows.parse_date(article.published),
            "title": article.title, "language": article.language, "origin": article.origin,
            "text": article.text, "doc_len": len(article.text), "duplicate_of": duplicate[0],
            "similarity": duplicate[1], "minhash": signature,
            "coder_version": self.coder_version, "run_id": self.summary.run_id, "ingested": _now(),
        }

    def _maybe_flush(self) -> None:
        pending = len(self._batch.articles) + len(self._batch.rejected)
        if pending >= self.batch_size or (pending and time.monotonic() - self._last_flush > self.batch_seconds):
            self.flush()

    def flush(self) -> None:
        """Commit the pending batch as one transaction."""
        batch, self._batch = self._batch, _new_batch()
        self._last_flush = time.monotonic()
        con = self.con
        con.execute("BEGIN")
        try:
            self._write(batch)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _write(self, batch: _Batch) -> None:
        con = self.con
        groups = set(batch.groups)
        if batch.recoded:
            con.register("recoded", pa.table({"article_key": batch.recoded}))
            groups.update(con.execute(GROUPS_OF.format(table="recoded")).fetchall())
            con.execute("DELETE FROM events WHERE article_key IN (SELECT article_key FROM recoded)")
            con.execute("DELETE FROM articles WHERE article_key IN (SELECT article_key FROM recoded)")
            # copies of a recoded article are matched again against its new records
            batch.copies.extend(k for k, original in self._copies.items() if original in set(batch.recoded))
        if batch.articles:
            con.register("batch_articles", pa.Table.from_pylist(batch.articles, schema=ARTICLE_SCHEMA))
            con.execute("INSERT INTO articles BY NAME SELECT * FROM batch_articles")
        if batch.events:
            con.register("batch_events", rows.to_table(batch.events))
            con.execute("INSERT INTO events BY NAME SELECT * FROM batch_events")
        if batch.copies:
            con.register("copy_articles", pa.table({"article_key": sorted(set(batch.copies))}))
            groups.update(con.execute(GROUPS_OF.format(table="copy_articles")).fetchall())
            con.execute(COPY_MATCH)
        aggregate.refresh(con, groups)
        if batch.rejected:
            con.executemany(
                "INSERT OR IGNORE INTO rejected VALUES (?, ?, ?, ?, ?)",
                [(*r, self.summary.run_id, _now()) for r in batch.rejected],
            )
        self._save_counts("running")

    def _save_counts(self, status: str) -> None:
        counts = asdict(self.summary)
        run_id = counts.pop("run_id")
        sets = ", ".join(f"{name} = ?" for name in counts)
        finished = _now() if status != "running" else None
        self.con.execute(
            f"UPDATE runs SET {sets}, status = ?, finished = ? WHERE run_id = ?",
            [*counts.values(), status, finished, run_id],
        )

    def close(self) -> RunSummary:
        """Commit what is pending, mark the run done and checkpoint the file."""
        self.flush()
        self._save_counts("done")
        self.con.execute("CHECKPOINT")
        self.con.close()
        return self.summary

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        else:  # an error: what was committed stays; the run shows as interrupted next time
            self.con.close()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
