"""Knowledge-base entries: what one actor name stands for, and its code at a date."""

from __future__ import annotations

from dataclasses import dataclass, field

# Entry kinds. Named actors carry codes (a "place" is a city or province: its country); titles, agents and collectives carry sectors and
# take their country from the phrase or the story; a "blocked" name is a longer non-actor
# name that hides an actor name inside it ("Universitas Indonesia").
NAMED_KINDS = ("country", "region", "metonym", "place", "igo", "group", "institution", "person")
# "org": the head word of an organisation's name ("Partai", "Front", "Commission"); the
# capitalised name beside it makes an organisation the KB does not list. "ethnic": an ethnic
# group ("Tamil", "Kurdi"): no country of its own, it lives in the phrase's or the story's.
WORD_KINDS = ("title", "agent", "ethnic", "collective", "org", "blocked")
KINDS = NAMED_KINDS + WORD_KINDS
# Which entry wins when two entries share one alias (lower wins).
PRIORITY = {k: i for i, k in enumerate(
    ("blocked", "institution", "group", "igo", "person", "country", "region", "metonym", "place",
     "org", "title", "agent", "ethnic", "collective"))}


@dataclass(slots=True, frozen=True)
class Period:
    """``code`` is valid from ``start`` to ``end`` (ISO dates, inclusive; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def __reduce__(self):  # pickled as a plain call: the compiled KB holds ~70,000 periods
        return Period, (self.code, self.start, self.end)

    def contains(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(slots=True)
class Entry:
    """One actor (or actor word) of the knowledge base, with where it came from."""

    id: str
    kind: str
    name: str
    periods: list[Period] = field(default_factory=list)
    sectors: tuple[str, ...] = ()
    country: str | None = None  # titles bound to one country ("Kapolri" -> IDN)
    wikidata: str | None = None
    source: str = ""
    ethnic: str | None = None  # CAMEO's lower-case ethnic code of a people ("kur"): ISO 639-2

    def __reduce__(self):  # pickled as a plain call: much faster to load than dataclass state
        return Entry, (self.id, self.kind, self.name, self.periods, self.sectors, self.country, self.wikidata,
                       self.source, self.ethnic)

    def code_at(self, date: str | None, story: str | None = None) -> str | None:
        """The code valid at ``date``; None date -> the newest code, but a group whose
        country changed takes its newest code in the ``story`` country when it has one
        (an undated story about Sudan names the SPLM as Sudan's rebels, not South Sudan's
        government).

        A person outside all dated periods is an elite (``RUSELI``) of the country of
        the nearest period: a former president is still a political actor of his country.
        A former head of an IGO has no country here: he keeps the organisation's code.
        """
        if not self.periods:
            return None
        dated = [p for p in self.periods if p.dated]
        undated = [p for p in self.periods if not p.dated]
        if date is None:
            if dated and self.kind == "group" and story:
                dated = [p for p in dated if p.code[:3] == story] or dated
            if dated:
                return max(dated, key=_period_order).code
            return undated[0].code
        for period in dated:
            if period.contains(date):
                return period.code
        if undated:
            return undated[0].code
        if self.kind == "person" and dated[0].code[:3] not in ("IGO", "IMG"):
            return dated[0].code[:3] + "ELI"
        before = [p for p in dated if p.start is None or p.start <= date]
        return (max(before, key=_period_order) if before else min(dated, key=_period_order)).code


def _period_order(period: Period) -> tuple[str, str]:
    """Open-ended periods count as the newest; then later starts."""
    return (period.end or "9999", period.start or "")
