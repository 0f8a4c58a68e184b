"""The MinHash signature travels from the coder to the writer: the store of real articles
(with syndicated copies) is the one the writer makes when it hashes the texts itself."""

from __future__ import annotations

import dataclasses

from store_state import assert_same_store

from warta.model import Article
from warta.run.batch import Outcome, code_chunk
from warta.settings import Settings
from warta.store.identity import signature_blob
from warta.store.ingest import ingest


def without_signatures(articles: list[Article], settings: Settings) -> list[Outcome]:
    """What the coder produced before signatures moved to the workers."""
    return [dataclasses.replace(o, signature=None) for o in code_chunk(articles, settings)]


def test_each_coded_article_carries_the_signature_of_its_text():
    articles = [Article(id=f"a{n}", text=text) for n, text in enumerate(["Presiden Joko Widodo bertemu Menteri "
                "Luar Negeri Rusia Sergei Lavrov di Jakarta pada Kamis.", "Harga beras naik lagi."])]
    outcomes = code_chunk(articles, Settings())
    assert [o.signature for o in outcomes] == [signature_blob(a.text) for a in articles]


def test_signatures_from_the_coder_make_the_store_the_writer_would_make(corpus, reference, tmp_path):
    db = tmp_path / "hashed_by_the_writer.duckdb"
    summary = ingest([str(corpus)], db, Settings(), workers=1, coder=without_signatures)
    assert summary.duplicates == reference[1].duplicates > 0
    assert_same_store(db, reference[0])
