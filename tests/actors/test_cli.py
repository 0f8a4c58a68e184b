"""``warta actors lookup|stats|import-phoenix`` through the real command line parser."""

from __future__ import annotations

import json

from warta.cli import main


def test_lookup_json(capsys):
    assert main(["actors", "lookup", "Presiden Rusia Vladimir Putin", "--date", "2021-10-21", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {k: result[k] for k in ("code", "country", "sectors", "name")} == {
        "code": "RUSGOV", "country": "RUS", "sectors": ["GOV"], "name": "Vladimir Putin"}
    assert "title:presiden" in result["why"]


def test_lookup_nothing_is_no_actor(capsys):
    assert main(["actors", "lookup", "   "]) == 0
    assert capsys.readouterr().out.strip() == "no actor"


def test_lookup_batch_keeps_order_and_reports_bad_lines(tmp_path, capsys):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"text": "Taliban", "date": "2020-01-01"}\nnot json\n'
                     '{"text": "Taliban", "date": "2022-01-01"}\n{"text": "Russian troops", "lang": "en"}\n',
                     encoding="utf-8")
    assert main(["actors", "lookup", "--batch", str(batch)]) == 1
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines()]
    assert [line.get("code") for line in lines] == ["AFGREB", None, "AFGGOV", "RUSMIL"]
    assert f"{batch}:2:" in out.err


def test_stats_reach_the_coverage_figures(capsys):
    assert main(["actors", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["countries"] >= 240
    assert stats["igos"] >= 80
    assert stats["armed_groups"] >= 120
    assert stats["office_holders"] >= 2000
    assert stats["aliases"] > stats["countries"] + stats["igos"]


def test_import_phoenix_writes_an_overlay(tmp_path, capsys):
    src = tmp_path / "x.actors.txt"
    src.write_text("NEW_FRONT_ [XYZREB]\n", encoding="utf-8")
    out = tmp_path / "overlay.yaml"
    assert main(["actors", "import-phoenix", str(src), "-o", str(out)]) == 0
    assert main(["actors", "lookup", "New Front", "--actors", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == "XYZREB"


def test_missing_overlay_is_a_clear_error(tmp_path, capsys):
    assert main(["actors", "stats", "--actors", str(tmp_path / "nope.yaml")]) == 2
    assert "overlay not found" in capsys.readouterr().err
