"""warta query filters and aggregates, warta sql read-only, and clear errors for bad files."""

from __future__ import annotations

import json
import sqlite3

import duckdb
import pytest
from store_factory import article, record
from test_store_writer import ingest

from warta.cli import main


@pytest.fixture
def store(db):
    a, b, c = article(1, "Antara"), article(2, "Kompas"), article(3, "Tempo")
    ingest(db, [
        (a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040"), record(a.id, 1, "IDNGOV", "CHNGOV", "111", place="IDN")]),
        (b, [record(b.id, 0, "USAGOV", "CHNGOV", "111", date="2021-11-05", place="CHN"),
             record(b.id, 2, "IGOUNO", "AFGGOV", "030", date="2021-12-01", place=None)]),
        (c, [record(c.id, 0, "RUSGOV", "AFGGOV", "042", date="2021-12-02", place="RUS")]),
    ])
    return db


def query(capsys, store, *args) -> list[dict]:
    assert main(["query", "--db", str(store), "--format", "json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("args, expected", [
    (["--actor", "RUS"], {"040", "042"}),
    (["--actor", "Taliban"], {"040", "042", "030"}),
    (["--source", "IGOUNO"], {"030"}),
    (["--target", "CHN"], {"111"}),
    (["--country", "IDN"], {"111"}),
    (["--cameo", "04"], {"040", "042"}),
    (["--cameo", "042"], {"042"}),
    (["--plover", "accuse"], {"111"}),
    (["--since", "2021-11-01", "--until", "2021-12-01"], {"111", "030"}),
    (["--place", "moscow"], {"040", "042"}),
    (["--text", "IGOUNO AFGGOV"], {"030"}),
    (["--source", "RUS", "--target", "AFG", "--since", "2021-12-01"], {"042"}),
])
def test_filters_select_the_matching_events(store, capsys, args, expected):
    assert {row["cameo"] for row in query(capsys, store, *args)} == expected


def test_limit_and_order(store, capsys):
    rows = query(capsys, store, "--limit", "2")
    assert [row["date"] for row in rows] == ["2021-12-02", "2021-12-01"]


def test_dyads_and_timeline(store, capsys):
    dyads = query(capsys, store, "--dyads")
    assert dyads[0] == {"source": "RUS", "target": "AFG", "events": 2, "mentions": 2, "goldstein": 1.0}
    months = query(capsys, store, "--timeline", "month", "--target", "CHN")
    assert [(m["period"], m["events"]) for m in months] == [("2021-10-01", 1), ("2021-11-01", 1)]


def test_table_output_is_aligned_text(store, capsys):
    assert main(["query", "--db", str(store), "--cameo", "11"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("global_event_id") and set(lines[1]) <= {"-", " "} and len(lines) == 4


def test_a_bad_date_is_a_clear_error(store, capsys):
    assert main(["query", "--db", str(store), "--since", "October"]) == 2
    assert "bad filter value" in capsys.readouterr().err


def test_sql_reads_but_never_writes(store, capsys):
    assert main(["sql", "--db", str(store), "--format", "csv", "SELECT count(*) AS n FROM events"]) == 0
    assert capsys.readouterr().out == "n\n5\n"
    for statement in ["DELETE FROM events", "DROP TABLE articles",
                      f"COPY events TO '{store.parent / 'leak.csv'}'",
                      f"ATTACH '{store.parent / 'other.duckdb'}' AS other"]:
        assert main(["sql", "--db", str(store), statement]) == 1
        assert "warta sql:" in capsys.readouterr().err
    assert duckdb.connect(str(store), read_only=True).execute("SELECT count(*) FROM events").fetchone() == (5,)
    assert not (store.parent / "leak.csv").exists()


def test_ingest_summary_lists_dyads_roots_and_days(store):
    from warta.store import query as q
    from warta.store.render import render_summary
    from warta.store.schema import open_store

    text = render_summary(q.summarize(open_store(store, read_only=True)))
    assert "3 articles" in text and "5 event records -> 5 events" in text
    assert "RUS     AFG     2" in text and "2021-12-02" in text


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b"\x00garbage" * 512), "not a DuckDB database, or a corrupt one"),
    (lambda p: p.write_text("id,text\n1,hello\n"), "not a DuckDB database, or a corrupt one"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "not a DuckDB database"),
    (lambda p: duckdb.connect(str(p)).execute("CREATE TABLE sales (x INT)").close(), "not a warta store (tables: sales)"),
])
def test_corrupt_or_foreign_files_give_a_clear_error(db, capsys, make, message):
    make(db)
    before = db.read_bytes()
    for argv in (["query", "--db", str(db)], ["sql", "--db", str(db), "SELECT 1"],
                 ["export", "--db", str(db), "--format", "jsonl"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert message in err and str(db) in err and "Traceback" not in err
    assert db.read_bytes() == before


def test_a_missing_store_is_named(db, capsys):
    assert main(["query", "--db", str(db)]) == 2
    assert "no such store" in capsys.readouterr().err
