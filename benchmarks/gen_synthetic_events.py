"""Generate a warta store of N synthetic event records (default 10 million) for query benchmarks.

Articles (5 records each), records and their aggregation are produced with the store's own
schema and the same ``aggregate.refresh`` that ``warta ingest`` runs, so the benchmark reads
a store shaped exactly like a real one. Country pairs are skewed (a few dyads dominate, as in
news), dates span 2015-2024, a third of the records repeat an event another article reported.

    .venv/bin/python benchmarks/gen_synthetic_events.py /tmp/synthetic.duckdb [--events 10000000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from warta.store import aggregate
from warta.store.schema import open_store

COUNTRIES = ("IDN USA CHN RUS MYS AUS JPN SGP PHL THA VNM IND PAK AFG IRN IRQ SYR ISR PSE EGY SAU TUR "
             "GBR FRA DEU UKR KOR PRK MMR TLS PNG NZL BRA MEX CAN NGA ZAF KEN ETH SDN").split()
SECTORS = ["GOV", "MIL", "COP", "OPP", "BUS", "CVL", "MED", "LEG", "JUD", "REB"]
CAMEOS = ["010", "013", "020", "036", "040", "042", "043", "051", "057", "061", "071", "080", "090",
          "111", "112", "120", "130", "141", "163", "173", "180", "190", "193", "0233", "1031"]
RECORDS_PER_ARTICLE = 5


def list_sql(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def generate(con, events: int) -> None:
    articles = events // RECORDS_PER_ARTICLE
    con.execute(f"""
        INSERT INTO articles (article_key, article_id, url, outlet, published, title, language, text,
                              doc_len, coder_version, run_id, ingested)
        SELECT md5(i::VARCHAR), 'syn-' || i, 'https://news' || (i % 500) || '.example/' || i,
               'outlet' || (i % 500), DATE '2015-01-01' + (hash(i, 'day') % 3650)::INTEGER,
               'Synthetic article ' || i, 'id', 'Synthetic article ' || i, 2500, 'synthetic', 0,
               TIMESTAMP '2026-01-01'
        FROM range({articles}) t(i)""")
    # skewed dyads: the square of a uniform draw favours the first countries of the list
    n = len(COUNTRIES)
    con.execute(f"""
        INSERT INTO events BY NAME
        WITH draws AS (
            -- a third of the records retell an event (same seed) reported in another article
            SELECT i, i // {RECORDS_PER_ARTICLE} AS a, i % {RECORDS_PER_ARTICLE} AS s,
                   (hash(e, 'x') % 1000000) / 1e6 AS u1, (hash(e, 'y') % 1000000) / 1e6 AS u2,
                   hash(e, 'z') AS h, DATE '2015-01-01' + (hash(e, 'day') % 3650)::INTEGER AS day
            FROM (SELECT i, CASE WHEN hash(i, 'r') % 3 = 0 THEN i % {max(1, events // 3)} ELSE i END AS e
                  FROM range({articles * RECORDS_PER_ARTICLE}) t(i))
        ), coded AS (
            SELECT d.*, {list_sql(COUNTRIES)}[1 + floor(u1 * u1 * {n})::INTEGER] AS sc,
                   {list_sql(COUNTRIES)}[1 + floor(u2 * u2 * {n})::INTEGER] AS tc,
                   {list_sql(SECTORS)}[1 + (h % {len(SECTORS)})::INTEGER] AS ss,
                   {list_sql(SECTORS)}[1 + ((h // 16) % {len(SECTORS)})::INTEGER] AS ts,
                   {list_sql(CAMEOS)}[1 + ((h // 256) % {len(CAMEOS)})::INTEGER] AS cameo,
                   a2.article_key
            FROM draws d JOIN articles a2 ON a2.article_id = 'syn-' || d.a
        )
        SELECT article_key, md5(i::VARCHAR || 'e') AS event_id, 'syn-' || a AS article_id, 'id' AS language,
               s AS sentence_index, day AS date, 'text' AS date_source,
               sc || ss AS source_code, sc AS source_country, [ss] AS source_sectors, sc || ' ' || ss AS source_name,
               tc || ts AS target_code, tc AS target_country, [ts] AS target_sectors, tc || ' ' || ts AS target_name,
               cameo, cameo[1:2] AS cameo_root,
               CASE WHEN cameo[1:2] <= '05' THEN 1 WHEN cameo[1:2] <= '08' THEN 2
                    WHEN cameo[1:2] <= '13' THEN 3 ELSE 4 END AS quad_class,
               ((h % 200)::DOUBLE - 100) / 10 AS goldstein, 'CONSULT' AS plover,
               'kata' AS trigger_text, 40 AS trigger_start, 44 AS trigger_end, false AS negated,
               'asserted' AS modality, CASE WHEN h % 3 = 0 THEN NULL ELSE 'Kota ' || sc END AS location_name,
               CASE WHEN h % 3 = 0 THEN NULL ELSE sc END AS location_country,
               0 AS evidence_start, 120 AS evidence_end,
               'Kalimat sintetis ' || i || ' tentang ' || sc || ' dan ' || tc AS evidence_text,
               0.7 AS confidence, 'synthetic' AS coder_version
        FROM coded ORDER BY day""")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--events", type=int, default=10_000_000)
    args = parser.parse_args()
    if args.db.exists():
        raise SystemExit(f"{args.db} exists: give a new file")
    con = open_store(args.db, create=True)
    start = time.perf_counter()
    con.execute("BEGIN")
    generate(con, args.events)
    con.execute("COMMIT")
    generated = time.perf_counter()
    keys = set(con.execute(f"SELECT DISTINCT {aggregate.KEY} FROM events").fetchall())
    con.execute("BEGIN")
    aggregate.refresh(con, keys)
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    done = time.perf_counter()
    records, events = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "aggregated_events"))
    print(f"generated {records} records in {generated - start:.1f} s, aggregated into {events} events "
          f"in {done - generated:.1f} s ({args.db}, {args.db.stat().st_size / 1e9:.2f} GB)")


if __name__ == "__main__":
    main()
