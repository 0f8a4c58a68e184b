"""Determinism and offsets: the printed text is the text every offset refers to."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta.ingest import read_inputs
from warta.model import Article
from warta.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def run_articles(*paths: str) -> bytes:
    result = subprocess.run([sys.executable, "-m", "warta.cli", "articles", *paths],
                            capture_output=True, timeout=120, check=True)
    return result.stdout


@pytest.fixture(scope="module")
def printed() -> bytes:
    return run_articles(str(SAMPLES))


def test_two_runs_give_identical_bytes(printed: bytes):
    first = printed
    assert first == run_articles(str(SAMPLES))
    records = [json.loads(line) for line in first.decode("utf-8").splitlines()]
    assert len(records) == 12 and len({r["id"] for r in records}) == 12
    assert "\\u" not in first.decode("utf-8")  # ensure_ascii=False: text stays readable


def test_samples_are_eight_indonesian_and_four_english():
    articles = list(read_inputs([str(SAMPLES)], Settings()))
    assert all(isinstance(a, Article) for a in articles), articles
    languages = sorted(a.language for a in articles)
    assert languages.count("id") == 8 and languages.count("en") == 4
    assert all(a.dateline_text for a in articles)  # every sample opens with a dateline


def test_printed_text_reads_back_unchanged(tmp_path: Path, printed: bytes):
    """Reading `warta articles` output again gives the same texts, so offsets stay valid."""
    out = tmp_path / "articles.jsonl"
    out.write_bytes(printed)
    first = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    again = list(read_inputs([str(out)], Settings()))
    assert [a.text for a in again] == [r["text"] for r in first]
    assert [a.id for a in again] == [r["id"] for r in first]


def test_article_span_is_the_text_slice():
    [article] = [a for a in read_inputs([str(SAMPLES / "id-densus-poso.txt")], Settings())]
    start = article.text.index("Jamaah Ansharut Daulah")
    span = article.span(start, start + len("Jamaah Ansharut Daulah"))
    assert span.text == "Jamaah Ansharut Daulah"
    assert article.text.startswith("Detasemen Khusus 88")
    assert "Editor:" not in article.text and article.title.startswith("Densus 88")
