"""Event places: place names found in the text and resolved in a gazetteer.

The gazetteer (``warta.resolve.gazetteer``: GeoNames, CLDR, ISO 3166-2 and curated
Indonesian names) is read once per process. Place names are matched case-sensitively on
word boundaries, longest first; a name several places share ("Georgia", "Padang",
"Victoria") goes to the place whose country the rest of the article (its other places and
its actors) points to, else to the most populous. How the text introduces each name
("di", "ke", a building before it) is ``warta.resolve.place_cues``.

An event's place is the place its clause attaches to it ("di Moskow", "in Kabul"), else
the story's current place, else a place named in its sentence, else the article's own,
else none. A country named without a preposition is an actor ("Rusia memperingatkan ..."),
not a place.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import NamedTuple

from warta.model import Article, Event, Place
from warta.resolve.gazetteer import Entry, Gazetteer, Hit, load_gazetteer
from warta.resolve.place_cues import (
    BARE, LOCATIVE, Intro, PlaceWords, anaphors, continues, inside_name, introduction, load_place_words, preceding,
    unknown_names,
)
from warta.settings import Settings

CONTEXT_BONUS = 10.0  # a place in a country the article is about beats a bigger one elsewhere
COUNTRY_BONUS = 2.0  # a bare name shared by a country and a division is the country
PRIMARY_BONUS = 1.0  # the place's own name beats another place's alternate name
CLAUSE_PENALTY = 1000
CLAUSE_BREAKS = frozenset(";:“”\"()")
CONTAINER_REACH = 40  # a known place this close after an unknown name holds it ("Al Shayrat milik Suriah")
DATELINE_HEAD = re.compile(r"\s*([^\W\d][\w .'’-]{1,40}?)\s*(?:,|\(|\s[-–—])")


def languages(article: Article) -> str:
    return article.language if article.language in ("id", "en") else "id"


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


def context_countries(gazetteer: Gazetteer, hits: list[Hit], intros: list[Intro], article: Article) -> set[str]:
    """Countries the article is about: of its actors, and of the names it uses that only
    one country can be meant by (a country's own name, or a place introduced by a
    preposition whose name no other country shares)."""
    countries = {m.actor.country for m in article.mentions if m.actor.country}
    for hit, intro in zip(hits, intros):
        entries = gazetteer.candidates(hit.form)
        if len({e.country for e in entries}) == 1 and (intro.tier < BARE or entries[0].kind == "country"):
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


def introduced(gazetteer: Gazetteer, text: str, words: PlaceWords) -> tuple[list[Hit], list[Intro]]:
    """The place names of ``text`` that are not part of a longer name, and how each is introduced."""
    hits, intros = [], []
    for hit in gazetteer.find(text):
        before = preceding(text, hit.start)
        if not inside_name(before, words):
            hits.append(hit)
            intros.append(introduction(before, words))
    return hits, intros


# ---------------------------------------------------------------- an event's place

SPECIFIC = {"city": 0, "region": 1, "adm1": 1, "country": 2}


class Found(NamedTuple):
    """A place of the article, how the text introduces it and where (the place's own span,
    or that of a phrase pointing back to it: "di kawasan itu")."""

    place: Place
    tier: int
    word: str
    start: int
    end: int
    word_at: int = -1  # where the introducing word stands


def found_at(place: Place, intro: Intro) -> Found:
    return Found(place, intro.tier, intro.word, place.start, place.end, intro.at)


def gap(f: Found, event: Event, text: str) -> int:
    if f.end <= event.trigger.start:
        lo, hi = f.end, event.trigger.start
    elif event.trigger.end <= f.start:
        lo, hi = event.trigger.end, f.start
    else:
        return 0
    return hi - lo + CLAUSE_PENALTY * sum(1 for ch in text[lo:hi] if ch in CLAUSE_BREAKS)


def overlaps(start: int, end: int, article: Article) -> bool:
    return any(m.start < end and start < m.end for m in article.mentions)


def usable(f: Found, article: Article) -> bool:
    """A bare country is an actor ("Rusia memperingatkan"), not a place, and so is a bare name
    inside an actor's mention ("Pemerintah Kashmir"); a name a preposition introduces is a
    place even when the actor stage read it too ("di Surabaya")."""
    return not (f.tier == BARE and (f.place.geo_type == 1 or overlaps(f.start, f.end, article)))


def pick(found: list[Found], event: Event, text: str) -> Place:
    """Introduced first, then nearest the trigger; of places of one country at that footing
    the most specific ("di Moskow, ibu kota Rusia")."""
    best = min(found, key=lambda f: (f.tier, gap(f, event, text), f.start))
    same = [f for f in found if f.tier == best.tier and f.place.country == best.place.country]
    return min(same, key=lambda f: (SPECIFIC.get(kind_of(f.place), 1), gap(f, event, text))).place


def kind_of(place: Place) -> str:
    return {1: "country", 2: "adm1", 5: "adm1"}.get(place.geo_type, "city")


def story_places(found: list[Found], article: Article, words: PlaceWords, upto: int) -> list[Place | None]:
    """The story's current place before each sentence: the last place a locative word
    introduced in an earlier sentence of the same paragraph ("tiba di Istanbul" carries to
    the next sentence's events): of several, the most specific of the last one's country,
    the last of equals ("di Luar Batang, Penjaringan, Jakarta Utara": the name that closes
    a chain holds the others). A new paragraph starts without one, unless its first
    sentence goes on with the story ("Kemudian sore harinya ..."). The list stops before
    sentence ``upto``."""
    out: list[Place | None] = []
    current, paragraph = None, None
    spans = iter(sorted(((f.start, i) for i, f in enumerate(found) if f.tier == LOCATIVE)))
    pending = next(spans, None)
    for sentence in article.sentences[:upto]:
        if sentence.paragraph != paragraph:
            if not continues(article.text, sentence.start, words):
                current = None
            paragraph = sentence.paragraph
        out.append(current)
        here = []
        while pending and pending[0] < sentence.end:
            if pending[0] >= sentence.start:
                here.append(found[pending[1]])
            pending = next(spans, None)
        if here:
            same = [f for f in here if f.place.country == here[-1].place.country]
            current = min(same, key=lambda f: (SPECIFIC.get(kind_of(f.place), 1), -f.start)).place
    return out


def main_place(found: list[Found]) -> Place | None:
    """The place the article is about: the one most often introduced by a locative word."""
    counts: dict[str, list[Found]] = {}
    for f in found:
        if f.tier == LOCATIVE:
            counts.setdefault(f.place.name, []).append(f)
    if not counts:
        return None
    return max(counts.values(), key=lambda fs: (len(fs), -fs[0].start))[0].place


def article_place(found: list[Found], dateline: Place | None) -> Place | None:
    """The article's own place: the dateline's, unless the place it most often introduces
    lies in another country and the text never names the dateline's country or a place in
    it (a Jakarta newsroom reporting from Kashmir)."""
    main = main_place(found)
    if main and (not dateline or (main.country != dateline.country
                                  and dateline.country not in {f.place.country for f in found})):
        return main
    return dateline


class Scene:
    """The places of one article and the place of each of its events, in text order."""

    def __init__(self, article: Article, found: list[Found], gazetteer: Gazetteer, words: PlaceWords,
                 settings: Settings):
        self.article, self.text = article, article.text
        self.found, self.gazetteer, self.words, self.settings = found, gazetteer, words, settings
        self.fallback = article_place(found, article.dateline)
        # the story's place is followed no further than the last event needs it
        self.story = story_places(found, article, words, max(e.sentence for e in article.events) + 1)
        self.origin: Place | None = None  # where the article's last move (a deportation) started
        self.extras: dict[int, list[Found]] = {}
        self.openers: dict[int, list[tuple[int, int]]] = {}  # clause openers by sentence
        starts = [s.start for s in article.sentences]
        self.mine: list[list[Found]] = [[] for _ in starts]  # the places of each sentence
        for f in found:
            i = bisect.bisect_right(starts, f.start) - 1
            if i >= 0 and f.end <= article.sentences[i].end:
                self.mine[i].append(f)

    def place_of(self, event: Event) -> Place | None:
        """The place its clause introduces, else the story's current place, else any place of
        its sentence, else the article's own. A move away (a deportation) takes where it
        started, never its destination."""
        if not 0 <= event.sentence < len(self.article.sentences):
            return self.fallback
        mine = self.mine[event.sentence]
        own = [f for f in mine if usable(f, self.article)] + self.extra(event.sentence)
        if self.moves_away(event):
            start = self.origin_of(event, mine + own)
            if start:
                self.origin = start
                return start
            own = [f for f in own if f.word not in self.words.destination]
        clause = [f for f in own if self.same_clause(f, event)]
        introduced = [f for f in clause if f.tier < BARE]
        if introduced:
            return pick(introduced, event, self.text)
        near = clause + [f for f in own if f.tier == LOCATIVE and f not in clause]
        return self.story[event.sentence] or (pick(near, event, self.text) if near else self.fallback)

    def same_clause(self, f: Found, event: Event) -> bool:
        """Whether no clause opener ("setelah", "since", "untuk masuk") stands between the
        place and the trigger (both in sentence ``event.sentence``)."""
        if event.sentence not in self.openers:
            sentence = self.article.sentences[event.sentence]
            self.openers[event.sentence] = [m.span() for m in self.words.openers.finditer(self.text, sentence.start, sentence.end)]
        lo, hi = sorted((f.start, event.trigger.start))
        return not any(lo <= start and end <= hi for start, end in self.openers[event.sentence])

    def moves_away(self, event: Event) -> bool:
        return not self.words.origin_events.isdisjoint(event.trigger.text.lower().split())

    def origin_of(self, event: Event, places: list[Found]) -> Place | None:
        """Where a move away started: a place its clause introduces with "dari"/"from", else
        where the one moved was ("diplomat ... yang berbasis di New Delhi"), else a name its
        clause gives without a preposition (the deporting "otoritas Turki"), else where the
        article's last move started."""
        clause = [f for f in places if self.same_clause(f, event)]
        for kind in ([f for f in clause if f.word in self.words.origin],
                     [f for f in clause if f.tier == LOCATIVE], [f for f in clause if f.word == ""]):
            if kind:
                return min(kind, key=lambda f: (gap(f, event, self.text), f.start)).place
        return self.origin

    def extra(self, index: int) -> list[Found]:
        """Places of sentence ``index`` beyond the gazetteer's names: unknown names a
        preposition introduces, at the level of the country around them ("di kota
        Bandipora"), and phrases pointing back to a place ("di kawasan itu")."""
        if self.settings.fast:  # the text's names were not looked up: none is known to be unknown
            return []
        if index not in self.extras:
            sentence = self.article.sentences[index]
            self.extras[index] = (self.unknown(index, sentence.start, sentence.end)
                                  + self.pointed(sentence.start, sentence.end))
        return self.extras[index]

    def unknown(self, index: int, start: int, end: int) -> list[Found]:
        """Unknown names a preposition introduces, unless a known place after them other than
        a country is what it introduces ("di Rumah Perlindungan ..., Jakarta Timur") or an
        actor reads them. An
        office, street or quarter ("di Kantor Kemenko Polhukam") lies in the story's place
        or the dateline's when that is in its country; a town or base a place noun names
        ("di kota Bandipora"), and any other, at the level of its country."""
        out = []
        for name in unknown_names(self.text, start, end, self.words):
            if any((f.start < name.end and name.start < f.end) or (f.word_at == name.intro.at and f.place.geo_type != 1)
                   for f in self.found) \
                    or overlaps(name.start, name.end, self.article):
                continue
            country = self.container(index, name.start, name.end, start, end)
            around = self.story[index] or self.article.dateline
            entry = self.gazetteer.country(country) if country else None
            if entry is None:
                if self.settings.debug:
                    self.article.notes.append(f"places: unknown place {name.text!r} at {name.start}: no country around it")
                continue
            place = (Place(around.name, around.country, around.lat, around.lon, around.geonames_id, around.admin1,
                           around.geo_type, name.text, name.start, name.end)
                     if around and around.country == country and not name.kind
                     else to_place(entry, name.text, name.start, name.end))
            if self.settings.debug:
                self.article.notes.append(f"places: unknown place {name.text!r} at {name.start} placed in {place.name}")
            out.append(found_at(place, name.intro))
        return out

    def container(self, index: int, name_start: int, name_end: int, start: int, end: int) -> str | None:
        """The country around an unknown name: of a place named right after it ("Al Shayrat
        milik Suriah"), else of the nearest place its sentence introduces, else of the
        story's or the article's place."""
        here = [f for f in self.found if start <= f.start and f.end <= end]
        after = [f for f in here if name_end <= f.start < name_end + CONTAINER_REACH]
        if after:
            return after[0].place.country
        near = [f for f in here if f.tier < BARE]
        if near:
            return min(near, key=lambda f: abs(f.start - name_start)).place.country
        around = self.story[index] or self.fallback
        return around.country if around else None

    def pointed(self, start: int, end: int) -> list[Found]:
        """The place each "di kawasan itu" points back to: the last place named before it that
        is not a country."""
        out = []
        for lo, hi in anaphors(self.text, start, end, self.words):
            before = [f for f in self.found if f.end <= lo and f.place.geo_type != 1]
            if before:
                out.append(Found(before[-1].place, LOCATIVE, self.text[lo:hi].lower(), lo, hi))
        return out


class PlaceStage:
    """Fills ``article.dateline``, ``article.places`` and ``event.location`` of every event.

    An article without events gets its dateline only (its places would serve nothing),
    unless ``Settings.debug`` asks for everything."""

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
        words = load_place_words(languages(article))
        if not (article.events or self.settings.debug):  # nothing to place: the dateline only
            actors = {m.actor.country for m in article.mentions if m.actor.country}
            article.dateline = dateline_place(gazetteer, article, actors)
            return article
        hits, intros = ([], []) if self.settings.fast else introduced(gazetteer, article.text, words)
        context = context_countries(gazetteer, hits, intros, article)
        article.dateline = dateline_place(gazetteer, article, context)
        if article.dateline:
            context.add(article.dateline.country)
        found = self.resolve(gazetteer, article, hits, intros, context, words)
        article.places = [f.place for f in found]
        if article.events:
            scene = Scene(article, found, gazetteer, words, self.settings)
            for event in article.events:
                event.location = scene.place_of(event)
        return article

    def resolve(self, gazetteer: Gazetteer, article: Article, hits: list[Hit], intros: list[Intro],
                context: set[str], words: PlaceWords) -> list[Found]:
        """The article's places; a bare name of a place in a country the article is not about
        is dropped, and a country after a gathering is not where it was held ("perundingan
        Indonesia-Malaysia")."""
        found = []
        for hit, intro in zip(hits, intros):
            entry = choose(gazetteer, hit.form, context)
            if intro.word in words.gatherings and entry.kind == "country":
                intro = Intro(BARE, "")
            if intro.tier == BARE and entry.country not in context:
                if self.settings.debug:
                    article.notes.append(f"places: {hit.form!r} at {hit.start} ({entry.name}, {entry.country}) "
                                         "dropped: not introduced as a place and its country is not in the article")
                continue
            found.append(found_at(to_place(entry, hit.form, hit.start, hit.end), intro))
        return found
