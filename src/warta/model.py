"""The shared document model: one Article flows through every stage and is filled in.

Offsets everywhere are character offsets into ``Article.text`` (after extraction and
cleaning), so any field can be highlighted in the text the user sees with
``warta articles``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Span:
    """A piece of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True, frozen=True)
class Actor:
    """A coded political actor (CAMEO style), valid at the article's date.

    ``code`` is the full CAMEO actor code (``RUSGOV``, ``IGOUNO``, ``IMGISI``, ``IDNCOP``)
    or ``None`` for an actor the text names but the knowledge base cannot code
    ("sepuluh negara peserta"). ``country`` is the first three letters of the code.
    """

    code: str | None
    country: str | None = None
    sectors: tuple[str, ...] = ()
    name: str | None = None
    wikidata: str | None = None
    entry: str | None = None  # the knowledge-base entry (and title) that produced it: the "why"


@dataclass(slots=True)
class Mention:
    """An actor named in the text."""

    start: int
    end: int
    text: str
    actor: Actor
    kind: str  # country | igo | group | person | title | agent | metonym | pronoun | composite
    sentence: int = -1


@dataclass(slots=True)
class Sentence:
    """A sentence with its tokens kept as parallel offset arrays (no per-token objects)."""

    index: int
    start: int
    end: int
    paragraph: int
    token_starts: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    """A resolved place (gazetteer entry) and where the text names it."""

    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    admin1: str | None = None
    geo_type: int = 0  # GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class DateRef:
    """A resolved date with its precision and the span it came from (if any)."""

    date: str  # ISO YYYY-MM-DD (first day of the month/year for coarser precision)
    precision: str = "day"  # day | month | year
    source: str = "text"  # text | published
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Event:
    """One coded event: source does cameo to target, in sentence ``sentence``."""

    sentence: int
    cameo: str
    source: Mention | None
    target: Mention | None
    trigger: Span
    negated: bool = False
    modality: str = "asserted"  # asserted | intent | appeal | hypothetical | reported
    confidence: float = 0.5
    date: DateRef | None = None
    location: Place | None = None
    rule: str | None = None  # which lexicon entry / grammar rule produced it


@dataclass(slots=True)
class Article:
    """An article as warta reads it, then as each stage fills it in."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date of publication, when known
    language: str | None = None
    origin: str | None = None  # where it was read: "path" or "path:line"
    # the dateline cut from the head of the text ("Jakarta, CNN Indonesia -", "Inionline.id –",
    # "WASHINGTON, Oct. 20 (Reuters) -"): kept for the date and place resolvers
    dateline_text: str | None = None
    # filled by the stages
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dateline: Place | None = None
    # a topic with no political events (sport, entertainment, technology), set by the topic
    # stage; the coder codes nothing in such an article (the coding guideline)
    topic: str | None = None
    notes: list[str] = field(default_factory=list)  # debug reasons (unresolved dates, places ...)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def to_dict(self) -> dict:
        """The article record printed by ``warta articles``."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.published,
            "language": self.language,
            "url": self.url,
            "source": self.outlet,
            "text": self.text,
        }


class InputError(Exception):
    """Bad input: carries where (file, line) and what was wrong, never a traceback."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    def __reduce__(self):  # picklable, so worker processes can hand errors back
        return (InputError, (self.where, self.problem))
