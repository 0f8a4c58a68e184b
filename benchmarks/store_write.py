"""Store write throughput: articles/s and records/s the single writer sustains.

The coder's target is 150 articles/s per core; the store must not be the bottleneck.
Synthetic articles (~2,500 characters, 6 records each, 10% syndicated copies) go through
``StoreWriter.add`` exactly as in ``warta ingest``; the figure includes near-duplicate
lookups, batched inserts and the aggregate refresh. Two runs, each into a fresh store: the
writer computing each MinHash signature itself (``add(article, records)``), then given the
signatures (``add(article, records, signature)``), as the workers of ``warta ingest`` send
them; both stores must hold the same near-duplicate links.

    .venv/bin/python benchmarks/store_write.py [--articles 5000] [--db-dir /tmp/bench]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import duckdb

from warta.model import Article
from warta.store.identity import signature_blob
from warta.store.writer import StoreWriter

WORDS = ("pemerintah menteri presiden rakyat ekonomi harga kebijakan parlemen partai pemilu polisi "
         "tentara perbatasan pengungsi investasi pajak anggaran ekspor sanksi perjanjian kritik "
         "protes pengadilan korupsi laporan keamanan bantuan konflik diplomat kawasan").split()
ACTORS = ["IDNGOV", "RUSGOV", "CHNGOV", "USAGOV", "AFGGOV", "IGOUNO", "IDNMIL", "MYSGOV", "AUSGOV", "JPNGOV"]
CAMEOS = ["010", "040", "042", "043", "051", "111", "112", "036", "061", "190", "173", "0233"]


def make_article(i: int, rng: random.Random) -> Article:
    text = " ".join(rng.choice(WORDS) for _ in range(330))
    return Article(id=f"bench-{i}", text=text, url=f"https://news.example/{i}", outlet=f"outlet{i % 40}",
                   published=f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}", language="id")


def make_records(article: Article, rng: random.Random) -> list[dict]:
    records = []
    for s in range(6):
        source, target = rng.sample(ACTORS, 2)
        cameo = rng.choice(CAMEOS)
        actor = lambda code, at: {"text": code, "start": at, "end": at + 6, "code": code, "country": code[:3],  # noqa: E731
                                  "sectors": [code[3:]], "name": code, "wikidata": None}
        records.append({
            "event_id": f"{article.id}-{s}", "article_id": article.id, "language": "id", "sentence_index": s,
            "date": article.published, "date_source": "published", "source": actor(source, 10), "target": actor(target, 40),
            "cameo": cameo, "cameo_root": cameo[:2], "quad_class": 1, "goldstein": 1.0, "plover": "CONSULT",
            "trigger": {"text": "bertemu", "start": 20, "end": 27}, "negated": False, "modality": "asserted",
            "location": None, "evidence": {"start": 0, "end": 120, "text": article.text[:120]},
            "confidence": 0.7, "coder_version": "bench",
        })
    return records


def write(db: Path, items: list[tuple], label: str) -> list[tuple]:
    """One timed run of the writer; prints its figures, returns the near-duplicate links."""
    records = sum(len(item[1]) for item in items)
    for stale in (db, db.with_name(db.name + ".wal")):  # a fresh store each time
        stale.unlink(missing_ok=True)
    start, cpu = time.perf_counter(), time.process_time()
    with StoreWriter(db, "bench") as writer:
        writer.consume(items)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"store write ({label}): {len(items)} articles, {records} records in {seconds:.2f} s -> "
          f"{len(items) / seconds:.0f} articles/s, {records / seconds:.0f} records/s, "
          f"{1000 * cpu / len(items):.2f} ms CPU per article ({writer.summary.duplicates} near-duplicates linked; db {db})")
    con = duckdb.connect(str(db), read_only=True)
    links = con.execute("SELECT article_key, duplicate_of, minhash FROM articles ORDER BY article_key").fetchall()
    con.close()
    return links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--db-dir", type=Path)
    args = parser.parse_args()
    folder = args.db_dir or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    items = []
    for i in range(args.articles):
        article = make_article(i, rng)
        if i % 10 == 9:  # a syndicated copy of the previous article
            prev = items[-1][0]
            article = Article(id=f"bench-{i}", text=prev.text + " dikutip", url=f"https://copy.example/{i}",
                              outlet="copies", published=prev.published, language="id")
        items.append((article, make_records(article, rng)))
    computed = write(folder / "computed.duckdb", items, "writer computes the MinHash")
    signed = [(article, records, signature_blob(article.text)) for article, records in items]  # the workers' part
    given = write(folder / "given.duckdb", signed, "MinHash given")
    print("same near-duplicate links and signatures" if given == computed else "DIFFERENT near-duplicate links")


if __name__ == "__main__":
    main()
