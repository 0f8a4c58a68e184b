"""Progress (a bar on a terminal, log lines elsewhere, totals) and the options of a run at scale."""

from __future__ import annotations

import io

from warta.cli import main
from warta.run.progress import Progress, count_inputs


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_one_redrawn_bar_with_total_rate_errors_and_eta():
    stream = Terminal()
    progress = Progress(total=100, stream=stream, interval=0.0)
    progress.first = progress.started - 10  # ten seconds of coding so far
    progress.update(articles=40, events=90, errors=2)
    progress.note_memory(11, 230.4)
    progress.update(skipped=8)
    frames = stream.getvalue().split("\r\x1b[2K")[1:]
    assert len(frames) == 2 and "\n" not in stream.getvalue()
    last = frames[-1]
    assert last.startswith("[" + "#" * 12 + "." * 12 + "] 50/100 articles")  # 40 + 2 + 8 of 100
    assert "4.0 art/s" in last and "9.0 ev/s" in last and "2 errors" in last and "8 already stored" in last
    assert "230 MB/worker" in last and "ETA 12s" in last  # 50 left at 4 articles/s
    summary = progress.finish()
    assert stream.getvalue().endswith("\n") and summary["errors"] == 2 and summary["worker_peak_mb"] == 230.4


def test_a_log_gets_plain_lines_no_more_often_than_the_interval():
    stream = io.StringIO()
    progress = Progress(stream=stream, interval=3600)
    for _ in range(50):
        progress.update(articles=1, events=2)
    assert stream.getvalue() == ""
    progress.finish()
    [line] = stream.getvalue().splitlines()
    assert line.startswith("warta: 50 articles | ") and "\r" not in line and "ETA" not in line


def test_the_total_counts_json_lines_and_one_article_files_and_gives_up_on_the_rest(tmp_path):
    (tmp_path / "news.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an input", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 4
    (tmp_path / "more.jsonl.gz").write_bytes(b"\x1f\x8b")
    assert count_inputs([str(tmp_path)]) is None
    assert count_inputs(["-"]) is None


def test_conflicting_scale_options_are_refused_with_a_reason(tmp_path, capsys):
    db = str(tmp_path / "x.duckdb")
    cases = [
        (["ingest", "a.jsonl", "--db", db, "--out-parquet", "out"], "--out-parquet needs --dask"),
        (["ingest", "a.jsonl", "--dask", "local:1", "--out-parquet", "o", "--db", db], "leave out --db"),
        (["ingest", "a.jsonl"], "--db FILE.duckdb is required"),
        (["ingest", "--db", db], "give at least one PATH"),
        (["ingest", "a.jsonl", "--from-parquet", "out", "--db", db], "give no PATH"),
        (["ingest", "--from-parquet", str(tmp_path), "--db", db], "no Parquet partitions here"),
    ]
    for argv, message in cases:
        assert main(argv) == 2
        assert message in capsys.readouterr().err
    assert not (tmp_path / "x.duckdb").exists()


def test_the_dask_path_without_the_extra_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # as if not installed
    (tmp_path / "a.txt").write_text("Presiden bertemu menteri di Jakarta.", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb"), "--dask", "local:1",
                 "--no-progress"]) == 2
    assert "pip install 'warta[dask]'" in capsys.readouterr().err
