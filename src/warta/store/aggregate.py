"""One happening told by many articles -> one aggregated event (GDELT's counting).

Records are grouped by (source code, target code, CAMEO root). Within a group:

- a record dated from the text keeps its date; a record dated only by its article's
  publication date joins the latest text-dated record of the group at most
  ``WINDOW_DAYS`` earlier (a report published the day after the event);
- records on the same date with the same place country are one event; a record without a
  place joins the place of the group's first placed record that day (unknown place is
  compatible with any place);
- a record of a near-duplicate article (``copy_of`` set) takes the event of the record it
  repeats, so copies add mentions, never events; negated records form no event.

The event id is a hash of what defines the cluster (codes, date, place), so it is stable
while articles are added. Everything runs in SQL over the groups a batch touched, which is
what keeps a refresh cheap on a large store.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

WINDOW_DAYS = 1
# keep ids below 2**53 so JSON readers (JavaScript) do not round them
ID_MODULUS = 9007199254740991

KEY = "coalesce(source_code, '') AS ks, coalesce(target_code, '') AS kt, coalesce(cameo_root, '') AS kr"

ASSIGN = f"""
CREATE OR REPLACE TEMP TABLE agg_assign AS
WITH base AS (
    SELECT e.article_key, e.event_id, e.date, e.date_source, e.location_country, k.ks, k.kt, k.kr
    FROM (SELECT *, {KEY} FROM events) e JOIN agg_keys k USING (ks, kt, kr)
    WHERE e.copy_of IS NULL AND NOT coalesce(e.negated, false) AND e.date IS NOT NULL
),
anchors AS (
    SELECT DISTINCT ks, kt, kr, date FROM base WHERE date_source = 'text'
),
anchored AS (  -- ASOF: the latest text-dated day of the group on or before this record's day
    SELECT b.*, CASE WHEN b.date_source <> 'text' AND b.date - a.date <= {WINDOW_DAYS}
                     THEN a.date ELSE b.date END AS agg_date
    FROM base b ASOF LEFT JOIN anchors a
        ON a.ks = b.ks AND a.kt = b.kt AND a.kr = b.kr AND b.date >= a.date
),
placed AS (
    SELECT *, coalesce(location_country,
        arg_min(location_country, event_id) FILTER (WHERE location_country IS NOT NULL)
            OVER (PARTITION BY ks, kt, kr, agg_date), '') AS place
    FROM anchored
)
SELECT article_key, event_id,
       (md5_number(concat_ws('|', ks, kt, kr, agg_date::VARCHAR, place)) % {ID_MODULUS})::BIGINT
           AS global_event_id
FROM placed
"""

UPDATE_EVENTS = """
UPDATE events SET global_event_id = NULL
WHERE EXISTS (SELECT 1 FROM agg_keys k WHERE k.ks = coalesce(events.source_code, '')
      AND k.kt = coalesce(events.target_code, '') AND k.kr = coalesce(events.cameo_root, ''));
UPDATE events SET global_event_id = a.global_event_id FROM agg_assign a
WHERE events.article_key = a.article_key AND events.event_id = a.event_id;
UPDATE events SET global_event_id = o.global_event_id
FROM articles d, events o
WHERE events.copy_of IS NOT NULL AND events.article_key = d.article_key
  AND o.article_key = d.duplicate_of AND o.event_id = events.copy_of
  AND NOT coalesce(events.negated, false)
  AND EXISTS (SELECT 1 FROM agg_keys k WHERE k.ks = coalesce(events.source_code, '')
      AND k.kt = coalesce(events.target_code, '') AND k.kr = coalesce(events.cameo_root, ''));
"""

REBUILD = """
DELETE FROM aggregated_events WHERE EXISTS (SELECT 1 FROM agg_keys k
    WHERE k.ks = coalesce(aggregated_events.source_code, '')
      AND k.kt = coalesce(aggregated_events.target_code, '')
      AND k.kr = coalesce(aggregated_events.cameo_root, ''));
INSERT INTO aggregated_events BY NAME
WITH members AS (
    SELECT e.*, a.outlet, a.url, a.ingested FROM events e JOIN articles a USING (article_key)
    WHERE e.global_event_id IN (SELECT global_event_id FROM agg_assign)
),
counts AS (
    SELECT global_event_id, count(*) AS num_mentions,
           count(DISTINCT coalesce(outlet, article_key)) AS num_sources,
           count(DISTINCT article_key) AS num_articles, max(ingested) AS date_added
    FROM members GROUP BY global_event_id
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY global_event_id
        ORDER BY (copy_of IS NOT NULL), date, confidence DESC, article_key, event_id,
                 source_start, target_start, location_start) AS rank  -- two records may share an event_id
    FROM members
)
SELECT r.global_event_id, r.date, r.source_code, r.source_country, r.source_name,
       r.target_code, r.target_country, r.target_name, r.cameo, r.cameo_root, r.quad_class,
       r.goldstein, r.plover, r.location_name, r.location_country, r.location_lat,
       r.location_lon, r.location_geonames_id, r.location_adm1, r.location_geo_type,
       r.evidence_text, r.confidence, c.num_mentions, c.num_sources, c.num_articles,
       r.url AS source_url, r.event_id AS first_event_id,
       r.sentence_index AS first_sentence, c.date_added
FROM ranked r JOIN counts c USING (global_event_id)
WHERE r.rank = 1
"""


def refresh(con: duckdb.DuckDBPyConnection, keys: set[tuple[str, str, str]]) -> None:
    """Recompute the aggregated events of the given (source, target, root) groups.

    Runs inside the caller's transaction, so a batch and its aggregates commit together.
    """
    if not keys:
        return
    ks, kt, kr = zip(*sorted(keys))
    con.register("agg_keys_in", pa.table({"ks": ks, "kt": kt, "kr": kr}))
    con.execute("CREATE OR REPLACE TEMP TABLE agg_keys AS SELECT * FROM agg_keys_in")
    con.unregister("agg_keys_in")
    con.execute(ASSIGN)
    con.execute(UPDATE_EVENTS)
    con.execute(REBUILD)


def record_key(record: dict) -> tuple[str, str, str]:
    """The aggregation group of a record (codes as stored; missing parts are '')."""
    source = record.get("source") or {}
    target = record.get("target") or {}
    return (source.get("code") or "", target.get("code") or "", record.get("cameo_root") or "")
