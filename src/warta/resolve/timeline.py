"""The date of each event from the dates its article gives, sentence by sentence.

A news story names a day once and tells what happened then in the sentences that follow
("pada Rabu (20/10)" in paragraph 2 dates the later statements of the same meeting). So
the story's current date is carried from sentence to sentence; an event takes, in order:

1. a date in its own clause (no clause break between the date and the trigger);
2. the story's current date (the last day-precise date of an earlier sentence);
3. a date elsewhere in its sentence (the fewest clause breaks, then the nearest);
4. the lead's date (the first day-precise date of the first paragraphs, in the week
   before publication), else the publication date, marked ``published``.

A comma right after a fronted date ("Pada 6 April, Nadir ...") or right before an
appended one ("kata Boy, Senin (23/10)") does not break the clause, nor does the comma
closing a quotation before its attribution. Clause openers (sejak, setelah, since) do.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from warta.model import Article, DateRef, Event

# the day a story is about is named in its lead and lies at most this long before publication
LEAD_WINDOW = timedelta(days=7)
LEAD_PARAGRAPHS = 2
BREAKS = re.compile(r"[,;:]")
FRONTED = re.compile(r"^(?:\s+[^\W\d]+){0,2}\s*,")  # "Pada Sabtu (5/11) dini hari, ..."
APPENDED = re.compile(r",\s*$")  # "..., kata Boy, Senin (23/10)"
QUOTE_CLOSE = re.compile(r"[,.]\s*[”\"’]")  # '... selesai," kata Wiranto'


@dataclass(frozen=True, slots=True)
class Shift:
    """A date relative to another one: "sehari setelah" (kind ``event``, dating the clause
    after it from the main clause) or "dua hari kemudian" (kind ``context``, from the story)."""

    start: int
    end: int
    text: str
    unit: str  # day | week | month | year
    count: int  # signed
    kind: str  # event | context


@dataclass(frozen=True, slots=True)
class Cues:
    """The words of a language the timeline needs, compiled once (see lang/<code>/dates.yaml)."""

    openers: re.Pattern  # clause openers: sejak, setelah, since
    earlier: re.Pattern  # sebelumnya, previously


def shifted(ref: DateRef, shift: Shift) -> DateRef:
    """``ref`` moved by ``shift``; the shift's own span is the evidence."""
    day = date.fromisoformat(ref.date)
    if shift.unit in ("day", "week"):
        moved, precision = day + timedelta(days=shift.count * (7 if shift.unit == "week" else 1)), ref.precision
    elif shift.unit == "month":
        index = day.year * 12 + day.month - 1 + shift.count
        moved, precision = date(index // 12, index % 12 + 1, 1), "month"
    else:
        moved, precision = date(day.year + shift.count, 1, 1), "year"
    return DateRef(moved.isoformat(), precision, "text", shift.text, shift.start, shift.end)


def breaks(text: str, start: int, end: int, at: int, until: int, openers: re.Pattern) -> int:
    """Clause breaks between a date ``[start, end)`` and a trigger ``[at, until)``."""
    if end <= at:
        between = FRONTED.sub("", text[end:at], count=1)
    elif until <= start:
        between = APPENDED.sub("", text[until:start])
    else:
        return 0
    between = QUOTE_CLOSE.sub(" ", between)
    return len(BREAKS.findall(between)) + len(openers.findall(between))


def gap(start: int, end: int, at: int, until: int) -> int:
    return max(at - end, start - until, 0)


def reach(article: Article) -> int:
    """How far into the text the dates of the article's events may come from: the end of
    the last event's sentence, or of the lead's paragraphs; 0 without events."""
    sentences = article.sentences
    last = max((e.sentence for e in article.events if 0 <= e.sentence < len(sentences)), default=None)
    if last is None:
        return 0
    lead = [s.end for s in sentences if s.paragraph < LEAD_PARAGRAPHS]
    return max(sentences[last].end, lead[-1] if lead else 0)


class Timeline:
    """The dates of one article placed on its sentences, and the story's date at each."""

    def __init__(self, article: Article, refs: list[DateRef], shifts: list[Shift], anchor: date,
                 stated: date, cues: Cues):
        self.text = article.text
        self.sentences = article.sentences
        self.cues = cues
        self.stated = stated
        # the story's date is carried no further than the last event needs it
        self.last_event = max((e.sentence for e in article.events), default=-1)
        starts = [s.start for s in self.sentences]
        self.refs = self.by_sentence(starts, refs)
        self.shifts = self.by_sentence(starts, shifts)
        self.contexts = self.narrate()
        self.fallback = self.lead(anchor) or DateRef(anchor.isoformat(), "day", "published")

    def by_sentence(self, starts: list[int], items: list) -> list[list]:
        out: list[list] = [[] for _ in self.sentences]
        for item in items:
            i = bisect.bisect_right(starts, item.start) - 1
            if i >= 0 and item.end <= self.sentences[i].end:
                out[i].append(item)
        return out

    def is_story_day(self, ref: DateRef) -> bool:
        return ref.precision == "day" and date.fromisoformat(ref.date) <= self.stated

    def narrate(self) -> list[DateRef | None]:
        """The story's date before each sentence; a sentence's own day moves it on."""
        contexts: list[DateRef | None] = []
        current: DateRef | None = None
        history: list[DateRef] = []
        for i, sentence in enumerate(self.sentences[:self.last_event + 1]):
            own = [r for r in self.refs[i] if self.is_story_day(r)]
            if current and not own and self.cues.earlier.search(self.text, sentence.start, sentence.end):
                current = next((h for h in reversed(history) if h.date < current.date), current)
            if current:
                self.refs[i].extend(shifted(current, s) for s in self.shifts[i] if s.kind == "context")
                self.refs[i].sort(key=lambda r: r.start)
                own = [r for r in self.refs[i] if self.is_story_day(r)]
            contexts.append(current)
            if own:
                current = own[-1]
                history.append(current)
        return contexts

    def lead(self, anchor: date) -> DateRef | None:
        """The day the story is about: the first day-precise date of its lead in the week
        before publication. A date equal to the stated publication date is the dateline."""
        for sentence, refs in zip(self.sentences, self.refs):
            if sentence.paragraph >= LEAD_PARAGRAPHS:
                break
            for ref in refs:
                day = date.fromisoformat(ref.date)
                if ref.precision == "day" and anchor - LEAD_WINDOW <= day <= self.stated and day != self.stated:
                    return ref
        return None

    def date_of(self, event: Event) -> DateRef | None:
        if not 0 <= event.sentence < len(self.sentences):
            return None
        return self.date_at(event.sentence, event.trigger.start, event.trigger.end)

    def date_at(self, i: int, at: int, until: int) -> DateRef:
        """The date of whatever stands at ``[at, until)`` in sentence ``i``."""
        inner = self.inner_shift(i, at)
        if inner:
            return shifted(self.date_at(i, inner.start, inner.start), inner)
        ranked = sorted((breaks(self.text, r.start, r.end, at, until, self.cues.openers),
                         gap(r.start, r.end, at, until), r.start, r) for r in self.refs[i])
        if ranked and ranked[0][0] == 0:
            return ranked[0][3]
        return self.contexts[i] or (ranked[0][3] if ranked else self.fallback)

    def inner_shift(self, i: int, at: int) -> Shift | None:
        """A "sehari setelah" before ``at`` in the same clause: it dates what stands there."""
        for shift in reversed(self.shifts[i]):
            if shift.kind == "event" and shift.end <= at and not breaks(self.text, shift.end, shift.end, at, at, self.cues.openers):
                return shift
        return None

