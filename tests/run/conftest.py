"""Fixtures of the scale tests: the corpus of ``scale_corpus`` and the store an
uninterrupted in-process run makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import write_corpus

from tests.conftest import shared_path


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    source = shared_path("data", "corpus", "indosum-articles.jsonl")
    return write_corpus(tmp_path_factory.mktemp("corpus"), source)


@pytest.fixture(scope="session")
def reference(corpus, tmp_path_factory) -> tuple[Path, object]:
    """The store of an uninterrupted run in this process, and its run summary."""
    from warta.settings import Settings
    from warta.store.ingest import ingest

    db = tmp_path_factory.mktemp("reference") / "events.duckdb"
    summary = ingest([str(corpus)], db, Settings(), workers=1)
    return db, summary
