"""One happening told by several articles is one aggregated event with GDELT's counts."""

from __future__ import annotations

from store_factory import article, record
from test_store_writer import fetch, ingest


def events(db) -> list[tuple]:
    return fetch(db, """SELECT source_code, target_code, cameo_root, date::VARCHAR, location_country,
                               num_mentions, num_sources, num_articles
                        FROM aggregated_events ORDER BY ALL""")


def test_reports_from_several_outlets_form_one_event_with_counts(db):
    a, b, c = article(1, "Antara"), article(2, "Kompas"), article(3, "Kompas")
    ingest(db, [
        (a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040"), record(a.id, 3, "RUSGOV", "AFGGOV", "043")]),
        (b, [record(b.id, 1, "RUSGOV", "AFGGOV", "042")]),
        (c, [record(c.id, 5, "RUSGOV", "AFGGOV", "040")]),
    ])
    # four mentions (two in one article), three articles, two outlets
    assert events(db) == [("RUSGOV", "AFGGOV", "04", "2021-10-20", "RUS", 4, 2, 3)]
    ids = fetch(db, "SELECT DISTINCT global_event_id FROM events")
    assert len(ids) == 1
    assert fetch(db, "SELECT count(*) FROM mentions WHERE global_event_id = ?", [ids[0][0]]) == [(4,)]


def test_different_dates_places_roots_or_dyads_stay_apart(db):
    a, b = article(1), article(2, "Kompas")
    ingest(db, [
        (a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040"),
             record(a.id, 1, "RUSGOV", "AFGGOV", "040", date="2021-10-25"),
             record(a.id, 2, "RUSGOV", "AFGGOV", "111")]),
        (b, [record(b.id, 0, "RUSGOV", "AFGGOV", "040", place="CHN"),
             record(b.id, 1, "AFGGOV", "RUSGOV", "040")]),
    ])
    assert len(events(db)) == 5
    assert all(row[5] == 1 for row in events(db))


def test_a_report_dated_by_publication_joins_the_event_of_the_day_before(db):
    a, b = article(1), article(2, "Kompas")
    ingest(db, [
        (a, [record(a.id, 0, "IDNGOV", "CHNGOV", "040", date="2021-10-20", place="IDN")]),
        (b, [record(b.id, 0, "IDNGOV", "CHNGOV", "040", date="2021-10-21", date_source="published", place=None)]),
    ])
    assert events(db) == [("IDNGOV", "CHNGOV", "04", "2021-10-20", "IDN", 2, 2, 2)]


def test_a_publication_date_too_far_from_any_reported_date_is_its_own_event(db):
    a, b = article(1), article(2, "Kompas")
    ingest(db, [
        (a, [record(a.id, 0, "IDNGOV", "CHNGOV", "040", date="2021-10-20", place="IDN")]),
        (b, [record(b.id, 0, "IDNGOV", "CHNGOV", "040", date="2021-10-24", date_source="published", place="IDN")]),
    ])
    assert [row[3] for row in events(db)] == ["2021-10-20", "2021-10-24"]


def test_negated_records_are_stored_but_form_no_event(db):
    a = article(1)
    ingest(db, [(a, [record(a.id, 0, "RUSGOV", "AFGGOV", "111", negated=True)])])
    assert fetch(db, "SELECT count(*) FROM events") == [(1,)]
    assert events(db) == []


def test_aggregation_does_not_depend_on_ingestion_order(db, tmp_path):
    a, b, c = article(1), article(2, "Kompas"), article(3, "Tempo")
    items = [
        (a, [record(a.id, 0, "RUSGOV", "AFGGOV", "040"), record(a.id, 1, "IDNGOV", None, "010", place=None)]),
        (b, [record(b.id, 0, "RUSGOV", "AFGGOV", "042", place=None, date="2021-10-21", date_source="published")]),
        (c, [record(c.id, 2, "RUSGOV", "AFGGOV", "040", place="CHN"), record(c.id, 3, "IDNGOV", None, "010")]),
    ]
    other = tmp_path / "reversed.duckdb"
    ingest(db, items)
    ingest(other, list(reversed(items)))
    sql = "SELECT * EXCLUDE (date_added) FROM aggregated_events ORDER BY global_event_id"
    assert fetch(db, sql) == fetch(other, sql)
