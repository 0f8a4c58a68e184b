"""How the accuracy figure picks warta's code for a gold span: one code per span (the
mention covering most of it, an event's pronoun before nothing), never "any of many"."""

from __future__ import annotations

from warta.actors.accuracy import score_record
from warta.model import Actor, Article, Event, Mention, Span

TEXT = "Keduanya bertemu. Red Cross operating in Iraq membantu."


def mention(word: str, code: str | None, kind: str = "country", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Mention(start, start + len(word), word, Actor(code, code[:3] if code else None), kind)


def event(source: Mention | None, target: Mention | None = None) -> Event:
    return Event(0, "040", source, target, Span(9, 16, "bertemu"))


def coder(mentions: list[Mention], events: list[Event]):
    def code(article: Article) -> Article:
        article.mentions, article.events = mentions, events
        return article
    return code


def record(*spans: tuple[str, str | None, str]) -> dict:
    events = [{"source_text": s, "source": c} if role == "source" else {"target_text": s, "target": c}
              for s, c, role in spans]
    return {"id": "t", "text": TEXT, "language": "id", "date": "2020-01-01", "events": events}


def figures(code, rec) -> tuple[int, int, int]:
    score = score_record(code, rec, "t")
    return score.spans, score.country_right, score.code_right


def test_the_mention_covering_most_of_the_span_is_warta_code():
    mentions = [mention("Red Cross", "IGOHLH", "igo"), mention("Iraq", "IRQ")]
    assert figures(coder(mentions, []), record(("Red Cross operating in Iraq", "IGOHLH", "source"))) == (1, 1, 1)
    # the smaller mention inside the span is not warta's code for it
    assert figures(coder(mentions, []), record(("Red Cross operating in Iraq", "IRQCVL", "source"))) == (1, 0, 0)


def test_a_pronoun_counts_through_the_events_only():
    rec = record(("Keduanya", "USAGOV", "source"))
    assert figures(coder([], []), rec) == (1, 0, 0)
    pronoun = mention("Keduanya", "USAGOV", "pronoun")
    assert figures(coder([], [event(pronoun)]), rec) == (1, 1, 1)


def test_an_event_mention_wins_over_the_stage_at_the_same_span():
    stage = mention("Keduanya", None, "agent")
    pronoun = mention("Keduanya", "USAGOV", "pronoun")
    assert figures(coder([stage], [event(pronoun)]), record(("Keduanya", "USAGOV", "source"))) == (1, 1, 1)


def test_a_dual_span_gets_as_many_codes_as_the_gold_has_actors():
    rec = record(("Keduanya", "USAGOV", "source"), ("Keduanya", "FRAGOV", "source"))
    usa, fra = mention("Keduanya", "USAGOV", "pronoun"), mention("Keduanya", "FRAGOV", "pronoun")
    assert figures(coder([], [event(usa), event(fra)]), rec) == (2, 2, 2)
    assert figures(coder([], [event(usa), event(usa)]), rec) == (2, 1, 1)
    # one gold actor: only warta's first code counts, not the second it also emitted
    assert figures(coder([], [event(usa), event(fra)]), record(("Keduanya", "FRAGOV", "source"))) == (1, 0, 0)


def test_the_role_breaks_a_tie_and_an_implied_mention_names_no_span():
    usa, fra = mention("Keduanya", "USAGOV", "pronoun"), mention("Keduanya", "FRAGOV", "pronoun")
    implied = Mention(0, 0, "", Actor("FRAGOV", "FRA"), "implied")
    assert figures(coder([], [event(usa, fra)]), record(("Keduanya", "FRAGOV", "target"))) == (1, 1, 1)
    assert figures(coder([], [event(implied)]), record(("Keduanya", "FRAGOV", "source"))) == (1, 0, 0)
