"""`warta ingest` end to end on the seed article: the store, the summary, the GDELT export."""

from __future__ import annotations

import io

import pandas as pd

from warta.cli import main
from warta.store import gdelt


def test_seed_article_ingests_idempotently_and_exports_as_gdelt(db, shared, capsys):
    seed = str(shared("gold", "seed.gold.jsonl"))
    assert main(["ingest", seed, "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert "1 new" in first and "top dyads:" in first and "events by CAMEO root:" in first
    assert main(["ingest", seed, "--db", str(db)]) == 0
    again = capsys.readouterr().out
    assert "0 new" in again and "1 already stored" in again
    assert main(["export", "--db", str(db), "--format", "gdelt"]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out), sep="\t", header=None, names=gdelt.EVENT_COLUMNS,
                        dtype={"EventCode": str, "EventRootCode": str})
    assert frame.shape[1] == 61 and len(frame) > 0
    assert set(frame.Year) == {2021} and frame.GlobalEventID.is_unique
    assert (frame.NumMentions >= frame.NumArticles).all() and (frame.NumArticles == 1).all()
