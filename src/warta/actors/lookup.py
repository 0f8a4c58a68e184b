"""Look one phrase up: what the actor stage would code it as, and why."""

from __future__ import annotations

from warta.actors.stage import ActorMatcher
from warta.model import Article, Mention
from warta.segment import segment

MAX_LOOKUP = 10_000  # characters; longer input is not a phrase


def lookup(matcher: ActorMatcher, text: str, date: str | None = None, lang: str | None = None) -> dict:
    """The actor of ``text`` (its longest mention) as a JSON-ready dict; "no actor" if none."""
    text = text if isinstance(text, str) else ""
    article = Article(id="lookup", text=text[:MAX_LOOKUP], language=lang, published=date)
    segment(article)
    mentions = matcher.mentions(article)
    if not mentions:
        return {"text": text, "found": False, "code": None, "why": "no actor"}
    best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    return {"text": text, "found": True} | mention_dict(best) | {
        "mentions": [mention_dict(m) for m in mentions] if len(mentions) > 1 else []}


def mention_dict(m: Mention) -> dict:
    return {"span": m.text, "start": m.start, "end": m.end, "kind": m.kind, "code": m.actor.code,
            "country": m.actor.country, "sectors": list(m.actor.sectors), "name": m.actor.name,
            "wikidata": m.actor.wikidata, "why": m.actor.entry}
