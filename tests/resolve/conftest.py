"""Hand-built articles for the resolver tests: sentences and events without the coder."""

from __future__ import annotations

import re

import pytest

from warta.model import Article, Event, Sentence, Span

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def build_article(text: str, triggers: list[str], **fields) -> Article:
    """An Article cut into sentences at . ! ? and newlines (a blank line starts a paragraph),
    one event per trigger word."""
    article = Article(id="t", text=text, **fields)
    for i, m in enumerate(SENTENCE.finditer(text)):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        article.sentences.append(Sentence(i, start, m.end(), text.count("\n\n", 0, start)))
    for trigger in triggers:
        start = text.index(trigger)
        index = next(s.index for s in article.sentences if s.start <= start < s.end)
        article.events.append(Event(index, "010", None, None, Span(start, start + len(trigger), trigger)))
    return article


@pytest.fixture
def make_article():
    return build_article
