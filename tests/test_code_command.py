"""`warta code` end to end: the acceptance article, the record contract, determinism,
exit codes, and `warta eval` on predictions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli", *args], input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory, request):
    shared = request.getfixturevalue("shared")
    out = tmp_path_factory.mktemp("code") / "seed.jsonl"
    result = warta("code", str(shared("gold", "seed.gold.jsonl")), "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    # offsets refer to the article text as `warta articles` prints it (dateline cut)
    text = json.loads(warta("articles", str(shared("gold", "seed.gold.jsonl"))).stdout)["text"]
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], text


def test_seed_article_gives_the_acceptance_events(seed_records):
    records, _ = seed_records
    triples = {((r["source"] or {}).get("code"), (r["target"] or {}).get("code"), r["cameo"][:2]) for r in records}
    # the Taliban agree to cooperate with Russia, China and Iran
    assert {("AFGGOV", t, "03") for t in ("RUS", "CHN", "IRN")} <= triples
    # Lavrov criticises the absence of US officials
    assert ("RUSGOV", "USAGOV", "11") in triples
    # the call for a UN donor conference
    assert any(t == "IGOUNO" and root == "02" for _, t, root in triples)
    agree = next(r for r in records if r["cameo"].startswith("03") and r["target"]["code"] == "RUS")
    assert agree["date"] == "2021-10-20" and agree["date_source"] == "text"
    assert agree["location"]["name"] == "Moscow" and agree["location"]["country"] == "RUS"
    assert agree["plover"] == "AGREE" and agree["quad_class"] == 1


def test_every_span_of_every_record_points_at_its_words(seed_records):
    records, text = seed_records
    assert records
    for r in records:
        spans = [r["trigger"], r["evidence"], *(x for x in (r["source"], r["target"], r["location"]) if x)]
        for span in spans:
            if span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"], (r["event_id"], span)


def test_records_carry_the_contract_fields(seed_records):
    records, _ = seed_records
    required = {"event_id", "article_id", "language", "sentence_index", "date", "date_source", "source", "target",
                "cameo", "cameo_root", "quad_class", "goldstein", "plover", "trigger", "negated", "modality",
                "location", "evidence", "confidence", "coder_version"}
    for r in records:
        assert required <= set(r)
        assert 0.0 <= r["confidence"] <= 1.0
    assert len({r["event_id"] for r in records}) == len(records)


def test_two_runs_give_identical_bytes(tmp_path):
    first = warta("code", str(SAMPLES))
    second = warta("code", str(SAMPLES))
    assert first.returncode == 0, first.stderr.decode()
    assert first.stdout and first.stdout == second.stdout


def test_stdin_is_read(tmp_path):
    text = "Jakarta - Presiden Joko Widodo mengecam serangan Israel ke Gaza, Senin (12/5).".encode()
    result = warta("code", "-", "--lang", "id", "--date", "2025-05-13", stdin=text)
    assert result.returncode == 0
    assert any(json.loads(l)["source"]["code"].startswith("IDN") for l in result.stdout.decode().splitlines())


def test_exit_code_counts_skipped_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Rusia mengkritik Amerika Serikat.", encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02\xff" * 50)
    some = warta("code", str(good), str(bad), "--lang", "id")
    assert some.returncode == 1
    assert "bad.bin" in some.stderr.decode() and "Traceback" not in some.stderr.decode()
    none = warta("code", str(bad))
    assert none.returncode == 2


def test_eval_reads_predictions(tmp_path, shared):
    gold = shared("gold", "seed.gold.jsonl")
    pred = tmp_path / "pred.jsonl"
    assert warta("code", str(gold), "--out", str(pred)).returncode == 0
    from_pred = json.loads(warta("eval", str(gold), "--pred", str(pred), "--json").stdout)
    direct = json.loads(warta("eval", str(gold), "--json").stdout)
    assert from_pred["root"] == direct["root"]
    assert direct["root"]["f1"] >= 0.80


def test_min_confidence_filters(tmp_path):
    all_events = warta("code", str(SAMPLES)).stdout.decode().splitlines()
    confident = warta("code", str(SAMPLES), "--min-confidence", "0.8").stdout.decode().splitlines()
    assert len(confident) < len(all_events)
    assert all(json.loads(l)["confidence"] >= 0.8 for l in confident)
