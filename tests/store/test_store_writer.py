"""Idempotence, re-coding, near-duplicates, rejected inputs and runs of the store writer."""

from __future__ import annotations

import duckdb
from store_factory import article, copy_of, record

from warta.model import Article, InputError
from warta.store.writer import StoreWriter

V1, V2 = "warta 0.1 / test", "warta 0.2 / test"


def counts(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    tables = ["articles", "events", "aggregated_events", "mentions", "rejected", "runs"]
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.close()
    return out


def fetch(db, sql: str, params=()) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def ingest(db, items, version=V1):
    with StoreWriter(db, version, batch_size=3) as writer:
        outcomes = [writer.add(a, recs) for a, recs in items]
    return outcomes, writer.summary


def two_articles():
    a, b = article(1), article(2, outlet="Kompas")
    return [(a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040"), record(a.id, 2, "AFGGOV", "IGOUNO", "030")]),
            (b, [record(b.id, 1, "IDNGOV", "CHNGOV", "111", place="IDN")])]


def test_ingesting_the_same_articles_twice_adds_nothing(db):
    outcomes, _ = ingest(db, two_articles())
    assert outcomes == ["new", "new"]
    before = counts(db)
    outcomes, summary = ingest(db, two_articles())
    assert outcomes == ["unchanged", "unchanged"]
    assert summary.articles_unchanged == 2 and summary.events == 0
    after = counts(db)
    assert after["runs"] == before["runs"] + 1
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}


def test_layout_changes_keep_the_identity_but_another_url_does_not(db):
    a = article(1)
    relaid = Article(id="other-id", text="  " + a.text.replace("\n\n", "\n \n") + "\n", url=a.url,
                     outlet=a.outlet, published=a.published)
    moved = Article(id=a.id, text=a.text, url="https://elsewhere.example/1", outlet="Elsewhere")
    with StoreWriter(db, V1) as writer:
        assert writer.add(a, []) == "new"
        assert not writer.needs_coding(relaid)
        assert writer.needs_coding(moved)


def test_recoding_with_a_new_coder_version_replaces_the_article_events(db):
    ingest(db, two_articles())
    a = article(1)
    new_records = [record(a.id, 0, "RUSGOV", "AFGGOV", "042", coder_version=V2)]
    with StoreWriter(db, V2) as writer:
        assert writer.needs_coding(a)
        assert writer.add(a, new_records) == "recoded"
    rows = fetch(db, "SELECT cameo, coder_version FROM events WHERE article_id = 'art-1'")
    assert rows == [("042", V2)]
    assert fetch(db, "SELECT count(*) FROM articles") == [(2,)]
    assert fetch(db, "SELECT coder_version FROM articles WHERE article_id = 'art-1'") == [(V2,)]
    # the aggregate of the replaced record is gone, the new one is there
    assert fetch(db, "SELECT count(*) FROM aggregated_events WHERE source_code = 'AFGGOV'") == [(0,)]
    assert fetch(db, "SELECT cameo FROM aggregated_events WHERE source_code = 'RUSGOV'") == [("042",)]


def test_a_syndicated_copy_adds_mentions_not_events(db):
    a = article(1)
    copy = copy_of(a, "Detik", 1)
    recs = lambda art: [record(art.id, 0, "RUSGOV", "AFGGOV", "040"), record(art.id, 2, "AFGGOV", "IGOUNO", "030")]  # noqa: E731
    outcomes, summary = ingest(db, [(a, recs(a)), (copy, recs(copy)), (article(2), [])])
    assert outcomes == ["new", "duplicate", "new"]
    assert summary.duplicates == 1
    key_a = fetch(db, "SELECT article_key FROM articles WHERE article_id = 'art-1'")[0][0]
    dup = fetch(db, "SELECT duplicate_of, similarity FROM articles WHERE article_id = 'copy-1'")[0]
    assert dup[0] == key_a and dup[1] >= 0.8
    assert fetch(db, "SELECT count(*) FROM events WHERE copy_of IS NOT NULL") == [(2,)]
    rows = fetch(db, "SELECT num_mentions, num_sources, num_articles FROM aggregated_events")
    assert sorted(rows) == [(2, 2, 2), (2, 2, 2)]


def test_copies_follow_their_original_when_it_is_recoded(db):
    a = article(1)
    copy = copy_of(a, "Detik", 1)
    ingest(db, [(a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040")]),
                (copy, [record(copy.id, 0, "RUSGOV", "AFGGOV", "040")])])
    with StoreWriter(db, V2) as writer:
        writer.add(a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040", coder_version=V2)])
    assert fetch(db, "SELECT count(*) FROM events WHERE copy_of IS NOT NULL") == [(1,)]
    assert fetch(db, "SELECT num_mentions, num_articles FROM aggregated_events") == [(2, 2)]


def test_an_unrelated_article_is_not_a_near_duplicate(db):
    outcomes, _ = ingest(db, [(article(1), []), (article(2, topic="banjir"), []),
                              (article(3, topic="pemilu"), [])])
    assert outcomes == ["new", "new", "new"]


def test_rejected_inputs_are_recorded_once_with_file_position_and_reason(db):
    for _ in range(2):
        with StoreWriter(db, V1) as writer:
            writer.reject(InputError("data/news.jsonl:17", "invalid JSON: Expecting ',' delimiter"))
            writer.reject(InputError("data/broken.html", "not UTF-8 text"))
    rows = fetch(db, "SELECT input, position, reason FROM rejected ORDER BY input")
    assert rows == [("data/broken.html", "", "not UTF-8 text"),
                    ("data/news.jsonl", "17", "invalid JSON: Expecting ',' delimiter")]


def test_runs_record_what_each_run_did(db):
    ingest(db, two_articles())
    runs = fetch(db, "SELECT run_id, status, coder_version, articles_new, events FROM runs")
    assert runs == [(1, "done", V1, 2, 3)]


def test_a_run_that_died_is_marked_interrupted_by_the_next(db):
    writer = StoreWriter(db, V1)
    writer.add(*two_articles()[0])
    writer.flush()
    writer.con.close()  # dies without close(): the run row stays 'running'
    ingest(db, two_articles())
    assert fetch(db, "SELECT status FROM runs ORDER BY run_id") == [("interrupted",), ("done",)]
    assert fetch(db, "SELECT count(*) FROM articles") == [(2,)]
