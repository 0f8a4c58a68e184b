"""The date and place figures on the development gold files, pinned (never lower them).

Measured as ``benchmarks/resolve_accuracy.py`` prints them (``warta.resolve.gold``); the
floors sit a little under the figures reached: date 95/101, country 107/116, place 102/116.
"""

from __future__ import annotations

from warta.resolve.gold import score

FLOORS = {"date": 0.93, "country": 0.90, "place": 0.86}


def test_gold_figures_hold(shared):
    files = [shared("gold", "seed.gold.jsonl"), shared("gold", "news-id-dev.gold.jsonl")]
    tally = score(files)
    assert tally.counts["unattached"][0] == 0
    for key, floor in FLOORS.items():
        assert tally.share(key) >= floor, (key, tally.counts[key])
