"""One compiled KB for the actor tests (loaded from the on-disk cache)."""

from __future__ import annotations

import pytest

from warta.actors.kb import load_kb
from warta.actors.stage import ActorMatcher
from warta.model import Article
from warta.segment import segment


@pytest.fixture(scope="session")
def matcher() -> ActorMatcher:
    return ActorMatcher(load_kb())


@pytest.fixture
def run(matcher):
    """Segment and match a text; returns the article with its mentions."""
    def _run(text: str, lang: str = "id", date: str | None = "2021-10-21") -> Article:
        article = Article(id="t", text=text, language=lang, published=date)
        segment(article)
        article.mentions = matcher.mentions(article)
        return article
    return _run
