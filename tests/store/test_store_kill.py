"""SIGKILL at any moment leaves a consistent store; rerunning finishes with nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from warta.store.schema import StoreError
from warta.store.writer import StoreWriter

WORKER = Path(__file__).with_name("kill_worker.py")
N = 120  # 96 articles, 12 copies among them, 12 bad inputs


def start(db: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(WORKER.parent))
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db), str(N)], stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def check_consistent(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    # every stored article has all of its records, no article or record twice
    assert one("SELECT count(*) FROM (SELECT article_key, count(*) n FROM events GROUP BY 1 HAVING n <> 3)") == 0
    assert one("SELECT count(*) FROM articles a ANTI JOIN events e USING (article_key)") == 0
    assert one("SELECT count(*) - count(DISTINCT article_id) FROM articles") == 0
    # aggregates agree with the records they count
    assert one("SELECT coalesce(sum(num_mentions), 0) FROM aggregated_events") == one("SELECT count(*) FROM mentions")
    assert one("SELECT count(*) FROM events WHERE global_event_id IS NULL") == 0
    assert one("""SELECT count(*) FROM events e JOIN articles a USING (article_key)
                  WHERE (a.duplicate_of IS NULL) <> (e.copy_of IS NULL)""") == 0
    state = {"articles": one("SELECT count(*) FROM articles"), "rejected": one("SELECT count(*) FROM rejected"),
             "runs": con.execute("SELECT status FROM runs ORDER BY run_id").fetchall()}
    con.close()
    return state


def test_sigkill_mid_ingest_then_rerun_finishes_exactly(db):
    seen = []
    for delay in (0.15, 0.35):
        proc = start(db)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        state = check_consistent(db)
        seen.append(state["articles"])
    assert seen[-1] < N - 12, "the run finished before it was killed: raise N"
    proc = start(db)
    assert proc.stdout.readline().strip() == "done" and proc.wait() == 0
    state = check_consistent(db)
    assert state["articles"] == N - 12 and state["rejected"] == 12
    assert state["runs"][-1] == ("done",) and ("interrupted",) in state["runs"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 12
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 3 * (N - 12)


def test_the_writer_refuses_a_corrupt_file(db):
    db.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a DuckDB database"):
        StoreWriter(db, "warta test")
