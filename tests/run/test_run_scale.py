"""warta ingest at scale on real articles: bad inputs recorded, a pool run killed twice
(SIGKILL) and resumed ends with the store of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import duckdb
import pytest
from scale_corpus import ARTICLES, COPIES
from store_state import assert_same_store, store_state

from warta.run.batch import FAILED


def test_bad_inputs_are_recorded_with_file_position_and_reason(corpus, reference):
    db, summary = reference
    rejected = {(Path(i).name, p, r) for i, p, r, *_ in store_state(db)["rejected"]}
    names = {name for name, _, _ in rejected}
    assert names == {"a_news.jsonl", "c_more.jsonl.gz", "d_crawl.warc.gz", "e_scan.txt"}
    assert any(n == "a_news.jsonl" and p == str(ARTICLES // 2 + 1) and "JSON" in r for n, p, r in rejected)
    assert any(n == "c_more.jsonl.gz" and p and "truncated" in r for n, p, r in rejected)
    assert any(n == "d_crawl.warc.gz" and p == "2" and "WARC" in r for n, p, r in rejected)
    assert any(n == "e_scan.txt" and p == "" for n, p, r in rejected)
    assert not any(r == FAILED for *_, r in rejected)
    assert summary.rejected == len(rejected)
    # the run went on past every bad input: what follows each is stored
    con = duckdb.connect(str(db), read_only=True)
    stored = dict(con.execute("SELECT origin, duplicate_of IS NOT NULL FROM articles").fetchall())
    con.close()
    assert f"{corpus / 'a_news.jsonl'}:{ARTICLES + 1}" in stored
    assert f"{corpus / 'c_more.jsonl.gz'}:1" in stored and f"{corpus / 'd_crawl.warc.gz'}:1" in stored
    copies = [copy for origin, copy in stored.items() if origin.startswith(str(corpus / "b_copies.jsonl"))]
    assert copies == [True] * COPIES, "syndicated copies are linked to their originals"


def start(corpus: Path, db: Path, mark: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "warta.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2",
               "--checkpoint-every", "20", "--progress-interval", "0.05"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, WARTA_TEST_RUN=mark))


def wait_for_done(proc: subprocess.Popen, at_least: int) -> None:
    """Read progress lines until ``at_least`` inputs are done."""
    for line in proc.stderr:
        if "articles |" in line and int(line.split()[1].split("/")[0]) >= at_least:
            return
    pytest.fail("the run ended before it could be killed")


def survivors(mark: str) -> list[int]:
    """Processes still carrying this run's mark in their environment (its workers)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if f"WARTA_TEST_RUN={mark}".encode() in Path(f"/proc/{pid}/environ").read_bytes():
                found.append(int(pid))
        except OSError:
            continue
    return found


def stored_articles(db: Path) -> int:
    return len(store_state(db)["articles"]) if db.exists() else 0


def test_a_pool_run_killed_twice_then_resumed_equals_an_uninterrupted_run(corpus, reference, tmp_path):
    db, mark = tmp_path / "killed.duckdb", uuid.uuid4().hex
    first = start(corpus, db, mark)
    time.sleep(0.5)  # while the workers start: nothing committed yet
    first.kill()
    first.wait()
    second = start(corpus, db, mark)
    wait_for_done(second, at_least=60)
    second.send_signal(signal.SIGKILL)
    second.wait()
    total = len(store_state(reference[0])["articles"])
    assert 0 < stored_articles(db) < total, "the second run should die with part of the corpus committed"
    if Path("/proc").is_dir():  # the workers notice their parent is gone and exit
        deadline = time.monotonic() + 10
        while survivors(mark) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert survivors(mark) == []
    third = start(corpus, db, mark)
    out, err = third.communicate(timeout=120)
    assert third.returncode == 1, err  # 1: some inputs were rejected
    assert "already stored" in out and "rejected" in out
    assert_same_store(db, reference[0])
