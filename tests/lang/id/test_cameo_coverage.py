"""Coverage of the CAMEO code book by the Indonesian pack, end to end.

One sentence of our own per CAMEO code (every 3-digit code and the common 4-digit ones),
written as a wire reporter writes it, with two coded actors. The whole pipeline (segment,
actors, coder) must code an event of that root and PLOVER type between those countries. The
sentences live in data/cameo_coverage.tsv; a row with an xfail reason is a miss of the coder or
the actor knowledge base, not of the lexicon, and is marked xfail(strict=True) so that a fix
shows up at once.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from tests.conftest import shared_path
from warta.coding.codebook import load_codebook
from warta.model import Article
from warta.pipeline import Pipeline
from warta.settings import Settings

DATA = Path(__file__).parent / "data" / "cameo_coverage.tsv"
CODEBOOK = load_codebook()

# The common 4-digit codes that need a sentence of their own (issue 4), as ranges.
FOUR_DIGIT = ["0231-0234", "0311-0314", "0331-0334", "0341-0344", "0351-0356", "0831-0834", "0841-0842",
              "0861-0863", "0871-0874", "1011-1014", "1041-1044", "1051-1056", "1121-1125", "1211-1212",
              "1221-1224", "1231-1234", "1241-1246", "1311-1313", "1411-1414", "1621-1623", "1711-1712",
              "1721-1724", "1821-1823", "1831-1834", "2041-2042"]

# PLOVER types the pack gives on purpose where CAMEO2PLOVER-2021 departs from the root
# (docs/lexicon.md, round 5): sanctions are SANCTION (160), destruction is COERCE (171).
PLOVER_CONVENTION = {"163": "SANCTION", "1712": "COERCE"}


def read_rows() -> list[dict[str, str]]:
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


ROWS = read_rows()


def case(row: dict[str, str], index: int):
    marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row["xfail"] else []
    return pytest.param(row, marks=marks, id=f"{row['code']}-{index}")


def expected_plover(code: str) -> str | None:
    return PLOVER_CONVENTION.get(code, CODEBOOK.get(code).plover)


def country(mention) -> str | None:
    code = mention.actor.code if mention else None
    return code[:3] if code else None


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings(stages=("segment", "actors", "coder")))


@pytest.mark.parametrize("row", [case(r, i) for i, r in enumerate(ROWS, 1)])
def test_sentence_codes_its_cameo_root_and_plover_type(pipeline: Pipeline, row: dict[str, str]) -> None:
    article = pipeline(Article(id="t", text=row["sentence"], language="id", published="2024-05-02"))
    found = [(country(e.source), country(e.target), e.cameo, CODEBOOK.get(e.cameo).plover, e.negated)
             for e in article.events]
    want = (row["source"], row["target"], row["code"][:2], expected_plover(row["code"]))
    assert any((s, t, code[:2], plover) == want and not negated for s, t, code, plover, negated in found), \
        f"want {want}, got {found}"


def required_codes(codefile: Path) -> set[str]:
    """Every 3-digit code of the code book and the listed 4-digit ones it has."""
    codes = set(re.findall(r"^LABELi?: (\d+)=", codefile.read_text(encoding="utf-8"), flags=re.M))
    wanted = {c for c in codes if len(c) == 3}
    for span in FOUR_DIGIT:
        first, last = span.split("-")
        wanted |= {c for c in codes if len(c) == 4 and first <= c <= last}
    return wanted


def test_every_code_has_a_sentence() -> None:
    codes = required_codes(shared_path("data", "cameo", "CAMEO_codefile.txt"))
    missing = codes - {r["code"] for r in ROWS}
    assert not missing, f"no coverage sentence for {sorted(missing)}"
    assert all(r["code"] in CODEBOOK for r in ROWS)


def test_sentences_are_our_own_not_the_gold() -> None:
    """No sentence shares six words in a row with a dev gold sentence (held-out sets are of the
    same kind, so a paraphrase of the dev set would flatter the pack)."""
    def grams(text: str) -> set[tuple[str, ...]]:
        ws = re.findall(r"\w+", text.lower())
        return {tuple(ws[i:i + 6]) for i in range(len(ws) - 5)}

    gold: set[tuple[str, ...]] = set()
    for name in ("plover-gsr-dev.id.jsonl", "news-id-dev.gold.jsonl", "seed.gold.jsonl"):
        for line in shared_path("gold", name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold |= grams(json.loads(line)["text"])
    shared = [r["code"] for r in ROWS if grams(r["sentence"]) & gold]
    assert not shared, f"sentences sharing six words with the gold: {shared}"
