"""Setting aside news with no political events: sport, entertainment, technology.

The coding guideline says such news has no events, yet its prose is full of verbs the event
lexicon knows (a striker "menyerang", a film "dirilis", a club "menolak" an offer). Each
language pack lists cue words by topic (``topics.yaml``); an article where one topic's cues
are dense and political actors are few gets that topic, and the coder codes nothing in it.
The rule errs towards keeping articles: a story about a minister at a football match stays.
"""

from __future__ import annotations

from warta.lang import get_pack
from warta.model import Article
from warta.settings import Settings

MIN_DISTINCT = 3  # different cue words of the topic
MIN_SHARE = 0.015  # cue tokens per token of the article
# sectors and organisations of political actors (CAMEO): each such mention weighs against a topic
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SPY", "PTY"})
POLITICAL_PREFIXES = ("IGO", "IMG")
CUES_PER_POLITICAL_ACTOR = 4  # each political mention needs this many more cues to be outweighed


def article_topic(article: Article) -> str | None:
    """The non-political topic of a segmented article with its actors found, or None."""
    if not article.language or not article.sentences:
        return None
    topics = get_pack(article.language).topics
    if not topics:
        return None
    words = [article.text[s:e].lower() for sent in article.sentences
             for s, e in zip(sent.token_starts, sent.token_ends)]
    # a city named alone is a place or a club ("Madrid", "Paris"), a dateline ("Jakarta"): not an actor here
    political = sum(1 for m in article.mentions
                    if m.kind != "metonym" and _political(m.actor.code or "", m.actor.sectors))
    best, best_count = None, 0
    for topic, cues in topics.items():
        hits = [w for w in words if w in cues]
        if len(set(hits)) >= MIN_DISTINCT and len(hits) >= MIN_SHARE * len(words) and len(hits) > best_count:
            best, best_count = topic, len(hits)
    if best is None or best_count < CUES_PER_POLITICAL_ACTOR * political:
        return None
    return best


def _political(code: str, sectors: tuple[str, ...]) -> bool:
    return code.startswith(POLITICAL_PREFIXES) or any(s in POLITICAL_SECTORS for s in sectors)


class TopicStage:
    """Pipeline stage: sets ``article.topic`` (after the actors stage, before the coder)."""

    name = "topic"

    def initialize(self, settings: Settings) -> None:
        if settings.lang in ("id", "en"):
            get_pack(settings.lang)

    def __call__(self, article: Article) -> Article:
        article.topic = article_topic(article)
        if article.topic:
            article.notes.append(f"topic {article.topic}: no political events coded")
        return article
