"""Event places: place names found in the text and resolved in a gazetteer.

The gazetteer (``warta.resolve.gazetteer``: GeoNames, CLDR, ISO 3166-2 and curated
Indonesian names) is read once per process. Place names are matched case-sensitively on
word boundaries, longest first; a name several places share ("Georgia", "Padang",
"Victoria") goes to the place whose country the rest of the article (its other places and
its actors) points to, else to the most populous.

An event's place is the place its clause attaches to it ("di Moskow", "in Kabul"), else a
place named in its sentence, else the dateline's, else none. A country named without a
preposition is an actor ("Rusia memperingatkan ..."), not a place.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from warta.model import Article, Event, Place, Sentence
from warta.resolve.dates import compile_rules
from warta.resolve.gazetteer import Entry, Gazetteer, Hit, load_gazetteer
from warta.settings import Settings

CONTEXT_BONUS = 10.0  # a place in a country the article is about beats a bigger one elsewhere
COUNTRY_BONUS = 2.0  # a bare name shared by a country and a division is the country
PRIMARY_BONUS = 1.0  # the place's own name beats another place's alternate name
INTRO_WINDOW = 4  # words between a preposition and the place it introduces ("di ibu kota Srinagar")
CLAUSE_PENALTY = 1000
CLAUSE_BREAKS = frozenset(";:“”\"()")
WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
DATELINE_HEAD = re.compile(r"\s*([^\W\d][\w .'’-]{1,40}?)\s*(?:,|\(|\s[-–—])")
UNKNOWN_NAME = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")


@dataclass(frozen=True, slots=True)
class PlaceWords:
    locative: frozenset[str]
    directional: frozenset[str]
    name_heads: frozenset[str]


@cache
def load_place_words(lang: str) -> PlaceWords:
    """Prepositions that introduce a place in ``lang``, and heads of longer names (data/place_words.yaml)."""
    raw = yaml.safe_load(resources.files("warta.resolve").joinpath("data", "place_words.yaml").read_text("utf-8"))
    if lang not in raw:
        raise KeyError(f"no place words for language {lang!r} in resolve/data/place_words.yaml")
    words = raw[lang]
    return PlaceWords(frozenset(w.lower() for w in words["locative"]["entries"]),
                      frozenset(w.lower() for w in words["directional"]["entries"]),
                      frozenset(words["name_heads"]["entries"]))


# ---------------------------------------------------------------- resolving names


def score(entry: Entry, form: str, context: set[str]) -> tuple[float, int]:
    value = math.log10(entry.population + 1)
    value += CONTEXT_BONUS if entry.country in context else 0.0
    value += COUNTRY_BONUS if entry.kind == "country" else 0.0
    value += PRIMARY_BONUS if form == entry.name else 0.0
    return value, -(entry.geonames_id or 0)


def choose(gazetteer: Gazetteer, form: str, context: set[str]) -> Entry:
    entries = gazetteer.candidates(form)
    return entries[0] if len(entries) == 1 else max(entries, key=lambda e: score(e, form, context))


def context_countries(gazetteer: Gazetteer, hits: list[Hit], tiers: list[int], article: Article) -> set[str]:
    """Countries the article is about: of its actors, and of the names it uses that only
    one country can be meant by (a country's own name, or a place introduced by a
    preposition whose name no other country shares)."""
    countries = {m.actor.country for m in article.mentions if m.actor.country}
    for hit, tier in zip(hits, tiers):
        entries = gazetteer.candidates(hit.form)
        if len({e.country for e in entries}) == 1 and (tier < 2 or entries[0].kind == "country"):
            countries.add(entries[0].country)
    return countries


def to_place(entry: Entry, text: str | None, start: int | None, end: int | None) -> Place:
    return Place(entry.name, entry.country, entry.lat, entry.lon, entry.geonames_id, entry.admin1,
                 entry.geo_type, text, start, end)


def dateline_place(gazetteer: Gazetteer, article: Article, context: set[str]) -> Place | None:
    """The place that opens the dateline ("Jakarta, CNN Indonesia -", "WASHINGTON, Oct. 20 (Reuters) -")."""
    source = article.dateline_text or article.text[:80]
    m = DATELINE_HEAD.match(source)
    form = gazetteer.lookup(m.group(1)) if m else None
    if form is None:
        return None
    if article.dateline_text:
        return to_place(choose(gazetteer, form, context), m.group(1), None, None)
    return to_place(choose(gazetteer, form, context), m.group(1), m.start(1), m.end(1))


# ---------------------------------------------------------------- an event's place

SPECIFIC = {"city": 0, "region": 1, "adm1": 1, "country": 2}


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved place of the article and how the text introduces it (0 locative, 1 directional, 2 none)."""

    place: Place
    tier: int


def preceding(text: str, start: int) -> list[str]:
    """The tokens of the 60 characters before ``start`` (what may introduce a place there)."""
    return WORD.findall(text, max(0, start - 60), start)


def introduction(before: list[str], words: PlaceWords) -> int:
    """0 if a locative word introduces the place the tokens ``before`` precede, 1 a
    directional one, 2 none.

    Up to INTRO_WINDOW words may stand between: common words ("di ibu kota Srinagar") and
    the name of a building or office, which lies in that place ("di Imigrasi Istanbul",
    "di Bandara Juanda, Surabaya").
    """
    seen = 0
    for i in range(len(before) - 1, -1, -1):
        token = before[i]
        if token == ",":
            continue
        if not token[0].isalnum():
            return 2
        pair = f"{before[i - 1]} {token}".lower() if i else ""
        if token.lower() in words.locative or pair in words.locative:
            return 0
        if token.lower() in words.directional:
            return 1
        seen += 1
        if seen > INTRO_WINDOW:
            return 2
    return 2


def inside_name(before: list[str], words: PlaceWords) -> bool:
    """Whether the place the tokens ``before`` precede continues a longer name ("Jalan Medan Merdeka")."""
    last = [t for t in before if t != "."][-2:]
    return bool(last) and (last[-1] in words.name_heads or " ".join(last) in words.name_heads)


def introduced(gazetteer: Gazetteer, text: str, words: PlaceWords) -> tuple[list[Hit], list[int]]:
    """The place names of ``text`` that are not part of a longer name, and how each is introduced."""
    hits, tiers = [], []
    for hit in gazetteer.find(text):
        before = preceding(text, hit.start)
        if not inside_name(before, words):
            hits.append(hit)
            tiers.append(introduction(before, words))
    return hits, tiers


def gap(place: Place, event: Event, text: str) -> int:
    if place.end <= event.trigger.start:
        lo, hi = place.end, event.trigger.start
    elif event.trigger.end <= place.start:
        lo, hi = event.trigger.end, place.start
    else:
        return 0
    return hi - lo + CLAUSE_PENALTY * sum(1 for ch in text[lo:hi] if ch in CLAUSE_BREAKS)


def usable(f: Found, article: Article) -> bool:
    """A bare country is an actor ("Rusia memperingatkan"), not a place, and so is a bare name
    inside an actor's mention ("Pemerintah Kashmir"); a name a preposition introduces is a
    place even when the actor stage read it too ("di Surabaya")."""
    return not (f.tier == 2 and (f.place.geo_type == 1 or overlaps(f.place, article)))


def pick(found: list[Found], event: Event, text: str) -> Place:
    """Introduced first, then nearest the trigger; of places of one country at that footing
    the most specific ("di Moskow, ibu kota Rusia")."""
    best = min(found, key=lambda f: (f.tier, gap(f.place, event, text), f.place.start))
    same = [f for f in found if f.tier == best.tier and f.place.country == best.place.country]
    return min(same, key=lambda f: (SPECIFIC.get(kind_of(f.place), 1), gap(f.place, event, text))).place


def within_clause(f: Found, event: Event, text: str, openers: re.Pattern) -> bool:
    """Whether the place is introduced in the trigger's clause (no "setelah", "since" between)."""
    lo, hi = sorted((f.place.start, event.trigger.start))
    return f.tier < 2 and not openers.search(text, lo, hi)


def story_places(found: list[Found], sentences: list[Sentence]) -> list[Place | None]:
    """The paragraph's current place before each sentence: the last place a locative word
    introduced in an earlier sentence of the same paragraph ("tiba di Istanbul" carries to
    the next sentence's events); a new paragraph starts without one."""
    out: list[Place | None] = []
    current, paragraph = None, None
    spans = iter(sorted(((f.place.start, i) for i, f in enumerate(found) if f.tier == 0)))
    pending = next(spans, None)
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            current, paragraph = None, sentence.paragraph
        out.append(current)
        here = []
        while pending and pending[0] < sentence.end:
            if pending[0] >= sentence.start:
                here.append(found[pending[1]])
            pending = next(spans, None)
        if here:
            same = [f for f in here if f.place.country == here[0].place.country]
            current = min(same, key=lambda f: (SPECIFIC.get(kind_of(f.place), 1), f.place.start)).place
    return out


def kind_of(place: Place) -> str:
    return {1: "country", 2: "adm1", 5: "adm1"}.get(place.geo_type, "city")


def overlaps(place: Place, article: Article) -> bool:
    return any(m.start < place.end and place.start < m.end for m in article.mentions)


def main_place(found: list[Found]) -> Place | None:
    """The place the article is about: the one most often introduced by a locative word."""
    counts: dict[str, list[Found]] = {}
    for f in found:
        if f.tier == 0:
            counts.setdefault(f.place.name, []).append(f)
    if not counts:
        return None
    return max(counts.values(), key=lambda fs: (len(fs), -fs[0].place.start))[0].place


def article_place(found: list[Found], dateline: Place | None) -> Place | None:
    """The article's own place: the dateline's, unless the place it most often introduces
    lies in another country and the text never names the dateline's country or a place in
    it (a Jakarta newsroom reporting from Kashmir)."""
    main = main_place(found)
    if main and (not dateline or (main.country != dateline.country
                                  and dateline.country not in {f.place.country for f in found})):
        return main
    return dateline


def unknown_names(article: Article, sentence: Sentence, words: PlaceWords) -> list[str]:
    """Capitalised names after a locative word that the gazetteer does not know."""
    known = {p.start for p in article.places}
    out = []
    for m in WORD.finditer(article.text, sentence.start, sentence.end):
        if m.group().lower() in words.locative:
            name = UNKNOWN_NAME.match(article.text, m.end() + 1, sentence.end)
            if name and name.start() not in known:
                out.append(name.group())
    return out


class PlaceStage:
    """Fills ``article.dateline``, ``article.places`` and ``event.location`` of every event."""

    name = "places"

    def __init__(self) -> None:
        self.settings = Settings()
        self.gazetteer: Gazetteer | None = None

    def initialize(self, settings: Settings) -> None:
        self.settings = settings
        self.gazetteer = load_gazetteer()
        for lang in ("id", "en"):
            load_place_words(lang)

    def __call__(self, article: Article) -> Article:
        gazetteer = self.gazetteer or load_gazetteer()
        words = load_place_words(article.language if article.language in ("id", "en") else "id")
        hits, tiers = ([], []) if self.settings.fast else introduced(gazetteer, article.text, words)
        context = context_countries(gazetteer, hits, tiers, article)
        article.dateline = dateline_place(gazetteer, article, context)
        if article.dateline:
            context.add(article.dateline.country)
        found = self.resolve(gazetteer, article, hits, tiers, context)
        article.places = [f.place for f in found]
        fallback = article_place(found, article.dateline)
        story = story_places(found, article.sentences)
        openers = compile_rules(article.language if article.language in ("id", "en") else "id").cues.openers
        for event in article.events:
            event.location = self.event_place(article, event, found, story, openers, words) or fallback
        return article

    def resolve(self, gazetteer: Gazetteer, article: Article, hits: list[Hit], tiers: list[int],
                context: set[str]) -> list[Found]:
        """The article's places; a bare name of a place in a country the article is not about is dropped."""
        found = []
        for hit, tier in zip(hits, tiers):
            entry = choose(gazetteer, hit.form, context)
            if tier == 2 and entry.country not in context:
                if self.settings.debug:
                    article.notes.append(f"places: {hit.form!r} at {hit.start} ({entry.name}, {entry.country}) "
                                         "dropped: not introduced as a place and its country is not in the article")
                continue
            found.append(Found(to_place(entry, hit.form, hit.start, hit.end), tier))
        return found

    def event_place(self, article: Article, event: Event, found: list[Found], story: list[Place | None],
                    openers: re.Pattern, words: PlaceWords) -> Place | None:
        """The place its clause introduces, else the story's current place, else any place of
        its sentence."""
        if not 0 <= event.sentence < len(article.sentences):
            return None
        sentence = article.sentences[event.sentence]
        own = [f for f in found if sentence.start <= f.place.start and f.place.end <= sentence.end and usable(f, article)]
        clause = [f for f in own if within_clause(f, event, article.text, openers)]
        place = pick(clause, event, article.text) if clause else story[event.sentence] or (
            pick(own, event, article.text) if own else None)
        if place is None and self.settings.debug:
            article.notes.extend(f"places: unknown place {n!r} in sentence {event.sentence}"
                                 for n in unknown_names(article, sentence, words))
        return place
