"""The MinHash signature computed by a worker and handed to the writer: the store must be the
one the writer makes when it hashes the text itself (same near-duplicate decisions)."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest
from datasketch import MinHash
from store_factory import article, copy_of, record

from warta.store import identity
from warta.store.writer import StoreWriter

V1 = "warta 0.1 / test"


def corpus() -> list[tuple]:
    """Originals, syndicated copies (one before a second original), an edited copy, and
    articles on other topics, each with records the copies repeat."""
    originals = [article(n) for n in range(1, 7)]
    edited = dataclasses.replace(copy_of(originals[3], "Tempo", 9), text=originals[3].text[: len(originals[3].text) // 2])
    items = [originals[0], originals[1], copy_of(originals[0], "Detik", 1), originals[2],
             copy_of(originals[2], "Kompas", 3), copy_of(originals[0], "Tribun", 4), originals[3], edited,
             originals[4], article(7, topic="banjir"), originals[5], copy_of(originals[5], "Detik", 6)]
    return [(a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040"), record(a.id, 1, "IDNGOV", "CHNGOV", "111")])
            for a in items]


def write(db, items, signatures: bool) -> tuple[list[str], int]:
    with StoreWriter(db, V1, batch_size=4) as writer:
        outcomes = [writer.add(a, recs, identity.signature_blob(a.text) if signatures else None)
                    for a, recs in items]
    return outcomes, writer.summary.duplicates


def state(db) -> dict[str, list[tuple]]:
    queries = {
        "articles": "SELECT article_key, duplicate_of, similarity, minhash FROM articles ORDER BY article_key",
        "events": "SELECT article_key, event_id, copy_of, global_event_id FROM events ORDER BY article_key, event_id",
        "aggregated": "SELECT global_event_id, num_mentions, num_sources, num_articles FROM aggregated_events "
                      "ORDER BY global_event_id",
    }
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        con.close()


def test_a_precomputed_signature_makes_the_store_the_writer_would_make(tmp_path):
    items = corpus()
    computed = write(tmp_path / "computed.duckdb", items, signatures=False)
    given = write(tmp_path / "given.duckdb", items, signatures=True)
    assert given == computed
    assert computed[1] == 4  # the four copies (not the half-article): near-duplicate decisions are compared
    assert state(tmp_path / "given.duckdb") == state(tmp_path / "computed.duckdb")


def test_the_writer_uses_the_signature_it_is_given(db):
    """No second hashing in the writer: an unrelated text sent with another article's
    signature is taken for a copy of it."""
    original, unrelated = article(1), article(2, topic="banjir")
    with StoreWriter(db, V1) as writer:
        assert writer.add(original, []) == "new"
        assert writer.add(unrelated, [], identity.signature_blob(original.text)) == "duplicate"


def test_a_signature_of_the_wrong_size_is_refused_with_the_size(db):
    with StoreWriter(db, V1) as writer, pytest.raises(ValueError, match="256 bytes, got 13"):
        writer.add(article(1), [], b"not a minhash")


def test_the_signature_is_datasketchs_own_minhash_of_the_shingles():
    """The permutations drawn once are those datasketch draws per MinHash: stored signatures
    (and near-duplicate links) stay comparable across versions."""
    text = article(3).text
    fresh = MinHash(num_perm=identity.NUM_PERM, scheme=identity.SCHEME)
    fresh.update_batch(identity.shingles(text))
    assert identity.signature_blob(text) == identity.to_blob(fresh)
    assert identity.from_blob(identity.to_blob(fresh)).jaccard(identity.signature(text)) == 1.0
