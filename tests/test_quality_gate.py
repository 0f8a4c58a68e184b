"""The quality gate: `warta eval` on the dev gold sets must stay at or above the floors
pinned in quality_floors.json (raise them as the coder improves; never lower them quietly)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval.evaluate import evaluate

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
GOLD_FILES = [name for name in FLOORS if not name.startswith("_")]


@pytest.mark.parametrize("name", GOLD_FILES)
def test_eval_stays_above_its_floor(name, shared):
    report, _ = evaluate(str(shared("gold", name)))
    figures = report.to_dict()
    for variant, floor in FLOORS[name].items():
        f1 = figures[variant]["f1"]
        assert f1 >= floor, f"{name}: {variant} F1 {f1:.3f} fell below its floor {floor}"


def test_floors_are_only_lowered_with_a_reason():
    for entry in FLOORS["_lowered"]:
        assert {"file", "variant", "from", "to", "why"} <= set(entry), entry
