"""Each export format, read back by the tools its users have (pandas, pyarrow, json)."""

from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow.dataset as ds
import pytest
from store_factory import article, copy_of, record
from test_store_writer import ingest

from warta.cli import main
from warta.store import gdelt


@pytest.fixture
def store(db):
    """The seed story: Russia hosts the Taliban in Moscow, reported twice plus a copy."""
    a, b = article(1, "Antara"), article(2, "Kompas")
    copy = copy_of(a, "Detik", 1)
    recs_a = [record(a.id, 0, "RUSGOV", "AFGGOV", "040"), record(a.id, 2, "IGOUNO", "AFGGOV", "0233", place=None)]
    ingest(db, [
        (a, recs_a),
        (b, [record(b.id, 4, "RUSGOV", "AFGGOV", "040", date="2021-10-21", date_source="published", place=None),
             record(b.id, 6, "IDNGOV", "CHNGOV", "111", date="2021-11-02", place="IDN")]),
        (copy, [record(copy.id, 0, "RUSGOV", "AFGGOV", "040")]),
    ])
    return db


def export(capsys, *args) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def test_gdelt_export_loads_with_pandas_under_gdelt_column_names(store, capsys):
    text = export(capsys, "--db", str(store), "--format", "gdelt")
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=gdelt.EVENT_COLUMNS,
                        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert len(gdelt.EVENT_COLUMNS) == 61 and frame.shape == (3, 61)
    moscow = frame[frame.EventRootCode == "04"].iloc[0]
    assert (moscow.Actor1Code, moscow.Actor1CountryCode, moscow.Actor1Type1Code) == ("RUSGOV", "RUS", "GOV")
    assert (moscow.NumMentions, moscow.NumSources, moscow.NumArticles) == (3, 3, 3)
    assert (moscow.QuadClass, moscow.Day, moscow.MonthYear, moscow.Year) == (1, 20211020, 202110, 2021)
    assert (moscow.ActionGeo_CountryCode, moscow.ActionGeo_ADM1Code, moscow.ActionGeo_FeatureID) == ("RS", "RS48", 524901)
    assert moscow.SOURCEURL == "https://antara.example/1"
    un = frame[frame.EventCode == "0233"].iloc[0]
    assert (un.Actor1KnownGroupCode, un.Actor1Type1Code, un.EventBaseCode) == ("UNO", "IGO", "023")
    assert pd.isna(un.Actor1CountryCode) and un.ActionGeo_Type == 0


def test_actor_codes_split_like_gdelt():
    assert gdelt.split_actor_code("IDNGOVMIL")["Type2Code"] == "MIL"
    assert gdelt.split_actor_code("IRNMOSSHI")["Religion2Code"] == "SHI"
    assert gdelt.split_actor_code("AFGREB")["CountryCode"] == "AFG"
    assert gdelt.split_actor_code("IMGTAL")["KnownGroupCode"] == "TAL"
    assert gdelt.split_actor_code(None)["CountryCode"] == ""


def test_mentions_export_links_every_reporting_sentence(store, capsys):
    text = export(capsys, "--db", str(store), "--format", "mentions")
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=gdelt.MENTION_COLUMNS)
    assert frame.shape == (5, 16)
    moscow = frame.groupby("GlobalEventID").size().max()
    assert moscow == 3
    assert set(frame.MentionSourceName) == {"Antara", "Kompas", "Detik"}
    first = frame[frame.MentionIdentifier == "https://kompas.example/2"].sort_values("SentenceID").iloc[0]
    assert (first.SentenceID, first.Actor1CharOffset, first.Confidence) == (5, 100, 75)


def test_jsonl_export_gives_back_the_records_without_copies(store, capsys):
    lines = export(capsys, "--db", str(store), "--format", "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 4
    a = article(1, "Antara")
    original = record(a.id, 0, "RUSGOV", "AFGGOV", "040")
    back = next(r for r in records if r["event_id"] == original["event_id"])
    assert {k: v for k, v in back.items() if k != "global_event_id"} == original
    assert isinstance(back["global_event_id"], int)


def test_csv_export_has_a_header_and_one_row_per_record(store, capsys):
    frame = pd.read_csv(io.StringIO(export(capsys, "--db", str(store), "--format", "csv")))
    assert len(frame) == 4 and {"event_id", "source_code", "cameo", "evidence_text"} <= set(frame.columns)


def test_since_and_until_select_by_event_date(store, capsys):
    text = export(capsys, "--db", str(store), "--format", "gdelt", "--since", "2021-10-21", "--until", "2021-12-31")
    assert [line.split("\t")[1] for line in text.splitlines()] == ["20211102"]


def test_parquet_export_is_partitioned_by_date(store, tmp_path, capsys):
    out = tmp_path / "parquet"
    export(capsys, "--db", str(store), "--format", "parquet", "--out", str(out))
    folders = sorted(p.name for p in out.iterdir())
    assert folders == ["date=2021-10-20", "date=2021-10-21", "date=2021-11-02"]
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 5  # every record, copies included (copy_of says which)


def test_parquet_needs_an_output_directory(store, capsys):
    assert main(["export", "--db", str(store), "--format", "parquet"]) == 2
    assert "--out" in capsys.readouterr().err


def test_the_seed_article_ingested_and_exported_loads_in_pandas(tmp_path, capsys, shared):
    """Issue 6's acceptance: the real pipeline on the seed article, exported as GDELT 2.0."""
    db = tmp_path / "seed.duckdb"
    assert main(["ingest", str(shared("gold", "seed.gold.jsonl")), "--db", str(db), "--workers", "1",
                 "--no-progress"]) == 0
    capsys.readouterr()
    text = export(capsys, "--db", str(db), "--format", "gdelt")
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=gdelt.EVENT_COLUMNS,
                        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str, "Day": str})
    assert frame.shape[1] == 61 and len(frame) >= 10
    agree = frame[(frame.Actor1Code == "AFGGOV") & (frame.EventRootCode == "03")]
    assert set(agree.Actor2Code) >= {"RUS", "CHN", "IRN"}
    assert set(agree.Day) == {"20211020"}
    assert set(agree.ActionGeo_CountryCode) == {"RS"}  # GDELT geo fields use FIPS country codes
