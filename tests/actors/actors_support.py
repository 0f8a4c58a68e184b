"""Helpers shared by the actor tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations


def spans(article) -> list[tuple[str, str | None]]:
    """(text, code) of each mention the actor stage found, in text order."""
    return [(m.text, m.actor.code) for m in article.mentions]
