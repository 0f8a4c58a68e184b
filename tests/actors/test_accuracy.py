"""Actor accuracy on the gold files' source/target spans, looked up inside their article.

Measured 2026-11-29 (scripts/actors_accuracy.py): see docs/actors.md. The floors below
are the measured figures minus a small margin; raise them when the figures rise.
"""

from __future__ import annotations

from warta.actors.accuracy import Score, score_file

COUNTRY_FLOOR = 0.91
CODE_FLOOR = 0.75
SEED_CODE_FLOOR = 0.97


def test_gold_actor_accuracy(shared, matcher):
    folder = shared("gold")
    total = Score()
    for path in sorted(folder.glob("*.jsonl")):
        score = score_file(matcher, path)
        if path.name == "seed.gold.jsonl":
            assert score.figures()["code_accuracy"] >= SEED_CODE_FLOOR
        total.add(score)
    figures = total.figures()
    print(figures)
    assert figures["spans"] > 900
    assert figures["country_accuracy"] >= COUNTRY_FLOOR
    assert figures["code_accuracy"] >= CODE_FLOOR
