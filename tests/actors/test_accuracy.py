"""Actor accuracy on the gold files' source/target spans, looked up inside their article.

Measured 2026-11-29 (scripts/actors_accuracy.py): see docs/actors.md. The floors below
are the measured figures minus a small margin; raise them when the figures rise. The
pipeline figure depends on the coder too (its pronoun mentions), hence its wider margin.
"""

from __future__ import annotations

import pytest

from warta.actors.accuracy import Score, score_file, stage_coder
from warta.pipeline import Pipeline
from warta.settings import Settings

FLOORS = {  # coder -> (country, full code); measured round 9: stage 0.935 / 0.792, pipeline 0.955 / 0.804
    "stage": (0.925, 0.785),
    "pipeline": (0.94, 0.795),
}
SEED_CODE_FLOOR = 0.97


@pytest.fixture(scope="module")
def coders(matcher):
    return {"stage": stage_coder(matcher), "pipeline": Pipeline(Settings())}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_actor_accuracy(shared, coders, name):
    folder = shared("gold")
    total = Score()
    for path in sorted(folder.glob("*.jsonl")):
        score = score_file(coders[name], path)
        if path.name == "seed.gold.jsonl":
            assert score.figures()["code_accuracy"] >= SEED_CODE_FLOOR
        total.add(score)
    figures = total.figures()
    print(name, figures)
    assert figures["spans"] > 900
    assert figures["country_accuracy"] >= FLOORS[name][0]
    assert figures["code_accuracy"] >= FLOORS[name][1]
