"""Flat event records: the JSON contract of design.md, one dict per coded event."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from warta import __version__
from warta.coding.codebook import load_codebook
from warta.model import Article, Event, Mention, Place


@cache
def data_fingerprint() -> str:
    """A short hash over every data file shipped in the package (lexicons, KB, codebook):
    records say which dictionaries coded them."""
    digest = hashlib.sha256()
    root = resources.files("warta")
    stack = [root]
    files = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                if child.name != "__pycache__":
                    stack.append(child)
            elif child.name.endswith((".tsv", ".yaml", ".json", ".txt", ".gz")):
                files.append(child)
    for f in sorted(files, key=lambda f: str(f)):
        digest.update(str(f).split("warta", 1)[-1].encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:10]


def coder_version() -> str:
    return f"warta {__version__} / dictionaries {data_fingerprint()}"


def actor_record(mention: Mention | None) -> dict | None:
    if mention is None:
        return None
    actor = mention.actor
    return {
        "text": mention.text, "start": mention.start, "end": mention.end,
        "code": actor.code, "country": actor.country, "sectors": list(actor.sectors),
        "name": actor.name, "wikidata": actor.wikidata,
    }


def place_record(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {
        "name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
        "geonames_id": place.geonames_id, "adm1": place.admin1, "geo_type": place.geo_type,
        "text": place.text, "start": place.start, "end": place.end,
    }


def event_id(article_id: str, event: Event) -> str:
    parts = [article_id, str(event.sentence), str(event.trigger.start),
             f"{event.source.actor.code}@{event.source.start}" if event.source else "",
             f"{event.target.actor.code}@{event.target.start}" if event.target else "",
             event.cameo]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def event_record(article: Article, event: Event, version: str) -> dict:
    code = load_codebook().get(event.cameo)
    sentence = article.sentences[event.sentence]
    date = event.date
    return {
        "event_id": event_id(article.id, event),
        "article_id": article.id,
        "language": article.language,
        "sentence_index": event.sentence,
        "date": date.date if date else None,
        "date_source": date.source if date else None,
        "date_precision": date.precision if date else None,
        "date_text": date.text if date and date.source == "text" else None,
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "cameo": event.cameo,
        "cameo_root": code.root,
        "cameo_name": code.name,
        "quad_class": code.quad_class,
        "goldstein": code.goldstein,
        "plover": code.plover,
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "negated": event.negated,
        "modality": event.modality,
        "location": place_record(event.location),
        "evidence": {"start": sentence.start, "end": sentence.end, "text": article.text[sentence.start:sentence.end]},
        "confidence": round(event.confidence, 3),
        "rule": event.rule,
        "url": article.url,
        "source_outlet": article.outlet,
        "published": article.published,
        "coder_version": version,
    }


def article_records(article: Article, min_confidence: float = 0.0) -> list[dict]:
    """Every event of a coded article as a record, in text order."""
    version = coder_version()
    events = sorted(article.events, key=lambda e: (e.sentence, e.trigger.start, e.cameo,
                                                   e.source.start if e.source else -1,
                                                   e.target.start if e.target else -1))
    return [event_record(article, e, version) for e in events if e.confidence >= min_confidence]
