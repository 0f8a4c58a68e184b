"""Bad input: one InputError each, naming the file (and line), the other inputs still read."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta.ingest import exit_status, read_inputs, report
from warta.model import Article, InputError
from warta.settings import Settings

GOOD = ("Presiden Indonesia bertemu Perdana Menteri Malaysia di Jakarta pada Senin. Kedua pemimpin "
        "sepakat memperkuat kerja sama perbatasan karena perdagangan terus meningkat.")


def read(*paths) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], Settings()))


def only_error(items) -> InputError:
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1, items
    return errors[0]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, data, problem", [
    ("binary.txt", b"\x00\x01\x02\x03" * 50, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("noise.bin", bytes(range(256)) * 4, "unknown format"),
    ("cut.json", b'{"id": "a", "text": "Presiden bertemu', "truncated JSON"),
    ("cut.txt.gz", gzip.compress(GOOD.encode())[:-12], "truncated"),
    ("page.html", b"<html><head><title>Beranda</title></head><body><div></div></body></html>", "no article text"),
    ("boiler.txt", b"Internasional057 views\nBagikan: Facebook Twitter\n", "empty text"),
])
def test_bad_file_gives_one_error_and_the_rest_is_read(tmp_path: Path, good: Path, name, data, problem):
    bad = tmp_path / name
    bad.write_bytes(data)
    items = read(bad, good)
    error = only_error(items)
    assert error.where == str(bad)
    assert problem in error.problem
    assert isinstance(items[-1], Article) and items[-1].origin == str(good)


def test_missing_file(good: Path):
    error = only_error(read("/no/such/file.txt", good))
    assert error.where == "/no/such/file.txt" and "no such file" in error.problem


def test_bad_jsonl_lines_are_reported_with_their_numbers(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "1", "text": GOOD}), "{not json", json.dumps([1, 2]), json.dumps({"id": "4"}),
             json.dumps({"id": "5", "text": GOOD}), '{"id": "6", "text": "cut']
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "5"]
    errors = {e.where: e.problem for e in items if isinstance(e, InputError)}
    assert set(errors) == {f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:6"}
    assert "not valid JSON" in errors[f"{path}:2"]
    assert "not a JSON object" in errors[f"{path}:3"]
    assert "no 'text' field" in errors[f"{path}:4"]
    assert errors[f"{path}:6"].startswith("truncated JSON")


def test_truncated_jsonl_gz_keeps_the_lines_before_the_cut(tmp_path: Path):
    rows = "".join(json.dumps({"id": str(i), "text": GOOD + " " + "x" * i * 50}) + "\n" for i in range(200))
    path = tmp_path / "big.jsonl.gz"
    packed = gzip.compress(rows.encode())
    path.write_bytes(packed[: len(packed) // 2])
    items = read(path)
    error = items[-1]
    assert isinstance(error, InputError) and "truncated" in error.problem
    assert error.where.startswith(f"{path}:")
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) > 10


def test_truncated_warc_gz_reports_the_record(tmp_path: Path):
    from test_ingest_readers import write_warc  # the same WARC builder as the reader tests

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, compress=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])
    items = read(path)
    assert any(isinstance(i, Article) for i in items)
    assert isinstance(items[-1], InputError) and items[-1].where.startswith(f"{path}:")


def test_cp1252_and_latin1_text_is_decoded(tmp_path: Path):
    path = tmp_path / "win.txt"
    path.write_bytes(("Menteri “Retno” berkata kepada wartawan di Jakarta bahwa pertemuan ASEAN "
                      "berjalan lancar dan kedua negara sepakat bekerja sama – café.").encode("cp1252"))
    [article] = read(path)
    assert "“Retno”" in article.text and "café" in article.text


def test_language_without_pack_is_skipped_with_its_name(tmp_path: Path):
    path = tmp_path / "ms.txt"
    path.write_text("Kerajaan Malaysia berkata pada hari Isnin bahawa ia akan menghantar bantuan "
                    "kepada rakyat Palestin kerana keadaan semakin teruk, kata jurucakap polis.", encoding="utf-8")
    error = only_error(read(path))
    assert error.problem == "skipped: language 'ms' has no pack"


def test_empty_directory(tmp_path: Path):
    error = only_error(read(tmp_path))
    assert error.where == str(tmp_path) and "no article files" in error.problem


def test_report_is_one_line_naming_file_and_line(capsys):
    report(InputError("data/a.jsonl:7", "not valid JSON:\nExpecting value"))
    assert capsys.readouterr().err == "warta: data/a.jsonl:7: not valid JSON: Expecting value\n"


@pytest.mark.parametrize("read_count, skipped, status", [(3, 0, 0), (3, 1, 1), (0, 2, 2), (0, 0, 2)])
def test_exit_status(read_count, skipped, status):
    assert exit_status(read_count, skipped) == status


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli", "articles", *args],
                          input=stdin, capture_output=True, timeout=60)


def test_cli_exit_codes_and_messages(tmp_path: Path, good: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": \n', encoding="utf-8")
    ok = run_cli(str(good))
    assert ok.returncode == 0 and ok.stderr == b"" and len(ok.stdout.splitlines()) == 1
    some = run_cli(str(good), str(bad), str(tmp_path / "missing.txt"))
    assert some.returncode == 1 and len(some.stdout.splitlines()) == 1
    first, second = some.stderr.decode().splitlines()
    assert first.startswith(f"warta: {bad}:1: not valid JSON: Expecting value at column ")
    assert second == f"warta: {tmp_path / 'missing.txt'}: no such file or directory"
    none = run_cli(str(bad))
    assert none.returncode == 2 and none.stdout == b"" and b"Traceback" not in none.stderr


def test_cli_reads_stdin():
    result = run_cli("-", "--date", "2024-05-13", stdin=GOOD.encode())
    record = json.loads(result.stdout)
    assert result.returncode == 0
    assert (record["date"], record["language"], record["text"]) == ("2024-05-13", "id", GOOD)
    assert record["id"].startswith("stdin-")


def test_cli_rejects_a_bad_date_option():
    result = run_cli("-", "--date", "13/05/2024", stdin=GOOD.encode())
    assert result.returncode == 2 and b"not a date" in result.stderr and b"Traceback" not in result.stderr
