"""The Dask path on a LocalCluster of 2 workers: the events of the local path exactly, both
streamed to the store and written as Parquet by the workers (then loaded)."""

from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
import pytest
from store_state import assert_same_store

from warta.settings import Settings
from warta.store.identity import signature_blob

pytest.importorskip("distributed", reason="the Dask path needs the 'dask' extra: pip install -e '.[dask]'")


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster started the way ``--dask local:2`` starts one; tests reach it by address."""
    from warta.run.cluster import connect

    with connect("local:2") as client:
        yield client.scheduler.address


def test_dask_streamed_to_the_store_equals_the_local_run(corpus, reference, scheduler, tmp_path):
    from warta.store.ingest import ingest

    db = tmp_path / "dask.duckdb"
    summary = ingest([str(corpus)], db, Settings(), dask=scheduler)
    assert summary.rejected == reference[1].rejected and summary.events == reference[1].events
    assert_same_store(db, reference[0])


def test_parquet_written_by_the_workers_resumes_and_loads_into_the_same_store(corpus, reference, scheduler, tmp_path):
    from warta.run.parquet import done_parts, part_name
    from warta.store.ingest import ingest_parquet, write_parquet

    out = tmp_path / "parquet"
    totals = write_parquet([str(corpus)], out, Settings(), scheduler, partition=40)
    parts = done_parts(out)
    assert len(parts) >= 4 and totals["events"] == reference[1].events and totals["skipped"] == 0
    events = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/events/*.parquet')").fetchone()[0]
    assert events == reference[1].events
    # a partition lost (a run killed before it was written): only that one is done again
    (out / "articles" / part_name(2)).unlink()
    again = write_parquet([str(corpus)], out, Settings(), scheduler, partition=40)
    inputs = totals["articles"] + totals["rejected"]
    assert done_parts(out) == parts and again["articles"] + again["rejected"] == 40 and again["skipped"] == inputs - 40
    signed = duckdb.connect().execute(f"SELECT text, minhash FROM read_parquet('{out}/articles/*.parquet')").fetchall()
    assert [m for _, m in signed] == [signature_blob(t) for t, _ in signed], "the workers computed the MinHash"
    # a partition written before the MinHash was kept: the writer computes it, same store
    first = out / "articles" / part_name(0)
    pq.write_table(pq.read_table(first).drop_columns(["minhash"]), first)
    db = tmp_path / "loaded.duckdb"
    ingest_parquet(out, db)
    assert_same_store(db, reference[0])
