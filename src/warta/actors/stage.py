"""The actor stage: find every actor mention of an article and code it at its date."""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter
from operator import attrgetter

from warta.actors.compose import actor_of, kind_of
from warta.actors.dating import implied_date, name_index
from warta.actors.entries import Entry
from warta.actors.kb import KB, LOOK_UP, load_kb, view_of
from warta.actors.match import has_capital, key_of
from warta.actors.orgs import abbreviation_at, expand_orgs
from warta.actors.phrase import (EXTENDABLE, TOWN_KINDS, WORD_KINDS, Phrase, Rules, Unit, absorb_name,
                                 apply_place_nouns, build_phrases, determiner_pattern, extend_left, join_led_by,
                                 join_locatives, join_members, join_origins, join_owned, join_peoples, mark_ethnic,
                                 mark_places, named_pattern, origin_pattern, owner_pattern, place_noun_pattern,
                                 share_titles, word_before_pattern)
from warta.actors.towns import choose, find_towns, opener_pattern
from warta.model import Actor, Article, Mention
from warta.settings import Settings

WORD_JOINERS = "_'’-"  # characters inside one name word ("O'Neill", "Fazl-ur-Rehman")
MEMO_SIZE = 200_000  # entries kept in each memo before it is cleared
SPACE = re.compile(r"\s")
MIN_SHORT_NAME = 3  # shortest name part that may stand for a person named earlier
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
# a phrase naming one of these has its country already; a bare title + name does not
STORY_KINDS = frozenset(("country", "metonym", "place", "institution", "person"))  # count for the story country
NAME_COUNTRY_KINDS = frozenset(("country", "region", "metonym", "place", "igo", "group", "institution", "person"))


class ActorStage:
    """Pipeline stage: fills ``article.mentions`` (sorted, non-overlapping)."""

    name = "actors"

    def initialize(self, settings: Settings) -> None:
        self.kb = load_kb(settings.actor_overlays)
        self.matcher = ActorMatcher(self.kb, towns=not settings.fast)

    def __call__(self, article: Article) -> Article:
        article.mentions = self.matcher.mentions(article)
        return article


class ActorMatcher:
    """Phrase building and in-article resolution over a loaded KB."""

    def __init__(self, kb: KB, towns: bool = True):
        self.kb = kb
        self.towns = towns  # look towns up after place words (about a tenth of the time; off with --fast)
        self.particles = tuple(kb.grammar.get("name_particles", ()))
        self.stateless = frozenset(kb.grammar.get("stateless_prefixes", ()))
        self.surnames = surname_countries(kb.entries)
        self.memo: dict[tuple, int] = {}  # (alias group, text, lang, date) -> entry (-1: none)
        self.kinds = [e.kind for e in kb.entries]
        self.countries: dict[tuple, str | None] = {}  # (entry, date) -> country it counts for in the story
        # titles/agents that say something alone: a sector or a bound country ("Kapolri")
        self.telling = frozenset(i for i, e in enumerate(kb.entries) if e.sectors or e.country)
        self.rules = {lang: self.language_rules(lang) for lang in ("id", "en", "*")}
        self.actors: dict[tuple, tuple[Actor, str]] = {}  # phrase signature -> (actor, mention kind)
        # agents that are no nation's by default ("militan", "refugees"): no story country
        # and those held or foreign ("sandera", "WNA", "hostages"), whom the place they are in does not code either
        self.unbound = self.agents_of(("unbound", "held"))
        self.held = self.agents_of(("held",))
        # people words that say nothing of a state ("pihak", "warga"): "warga Serbia Bosnia" are Bosnia's Serbs
        self.civilians = frozenset(i for i, e in enumerate(kb.entries)
                                   if e.kind in WORD_KINDS and set(e.sectors) <= {"CVL", "REF"})
        self.names = name_index(kb)  # what dates an undated text

    def agents_of(self, kinds: tuple[str, ...]) -> frozenset[int]:
        """The title/agent entries listed in ``unbound_agents.tsv`` under these kinds."""
        words = {w.lower() for kind in kinds for by_lang in self.kb.words.get(kind, {}).values() for w in by_lang}
        return frozenset(i for i, e in enumerate(self.kb.entries) if e.kind in WORD_KINDS and e.name.lower() in words)

    def language_rules(self, lang: str) -> Rules:
        grammar = self.kb.grammar
        langs = ("id", "en") if lang == "*" else (lang,)

        def gather(kind: str) -> list[str]:
            return [w for lg in langs for w in self.kb.words.get(kind, {}).get(lg, [])]

        def grammar_list(key: str) -> frozenset[str]:
            return frozenset(w for lg in langs for w in (grammar.get(lg) or {}).get(key, []))

        rules = grammar.get(lang) or {}
        modifier_first = bool(rules.get("modifier_first", lang == "*"))
        return Rules(grammar_list("connectors"), grammar_list("coordinators"), grammar_list("locatives"),
                     grammar_list("place_words"), grammar_list("modifiers"), grammar_list("led_by"),
                     modifier_first, place_noun_pattern(gather("place_noun"), modifier_first) if lang != "*" else None,
                     determiner_pattern(gather("determiner"), gather("former"), gather("deputy")),
                     frozenset(w.lower() for w in gather("determiner")), rules.get("default_country"),
                     word_before_pattern(grammar_list("ethnic_markers")), opener_pattern(grammar_list("place_words")),
                     origin_pattern(grammar_list("origins")), origin_pattern(grammar_list("origins_unbound")),
                     named_pattern(grammar_list("named")), grammar_list("members"),
                     owner_pattern(grammar_list("owners")))

    def mentions(self, article: Article) -> list[Mention]:
        text, rules = article.text, self.rules[view_of(article.language)]
        bounds = [(s.start, s.end) for s in article.sentences] or [(0, len(text))]
        phrases = build_phrases(text, self.place_units(article, self.units(article), rules), bounds, rules)
        phrases = expand_orgs(text, phrases, bounds, not rules.modifier_first, rules.skip_words)
        phrases = join_members(text, phrases, rules.members)
        phrases = join_owned(text, phrases, rules.owners)
        if not rules.modifier_first:
            phrases = join_peoples(text, phrases, self.civilians)
        self.extend_phrases(text, phrases, bounds, rules)
        mark_ethnic(text, phrases, rules.ethnic_markers)
        phrases = join_led_by(text, [p for p in phrases if self.is_actor(p)], rules.led_by, rules.modifier_first)
        phrases, places = apply_place_nouns(text, phrases, rules.place_nouns, rules.modifier_first)
        unbound = {id(p) for p in phrases if self.is_unbound(p)}
        # "rebels in Darfur" are Sudan's, "hostages in Iraq" are not Iraq's
        placed = {id(p) for p in phrases if id(p) in unbound and not any(u.entry in self.held for u in p.units)}
        phrases = join_locatives(text, phrases, rules.locatives, placed)
        phrases = join_origins(text, phrases, rules, unbound)
        share_titles(text, phrases, rules.coordinators, rules.modifier_first)
        mark_places(text, phrases, rules.place_words)
        kept, towns = [], []
        for phrase in phrases:
            (towns if self.is_lone_town(phrase) else kept).append(phrase)
        phrases = kept
        date = article.published or implied_date(text, phrases, self.kb.entries, self.names)
        story = self.story_country(article, phrases + places + towns, date) or rules.default_country
        mentions = [self.mention(article, p, None if id(p) in unbound else story, date) for p in phrases]
        mentions += self.short_mentions(article, mentions, bounds)
        mentions.sort(key=lambda m: m.start)
        if not article.sentences:
            for m in mentions:
                m.sentence = -1
        return mentions

    def units(self, article: Article) -> list[Unit]:
        """The best entry for each name hit, given case and the article date. Most hits take
        the entry decided when the KB was compiled; acronyms and persons sharing a name are
        looked up (and memoised)."""
        units = []
        text, kinds = article.text, self.kinds
        for start, end, (_, group, lower, capital) in self.kb.hits(text, article.language):
            entry = lower
            if capital != lower:
                raw = text[start:end]
                if has_capital(raw):
                    entry = capital if capital != LOOK_UP else self.look_up(group, raw, article)
            elif lower == LOOK_UP:
                entry = self.look_up(group, text[start:end], article)
            if entry >= 0:
                units.append(Unit(start, end, entry, kinds[entry]))
        return units

    def extend_phrases(self, text: str, phrases: list[Phrase], bounds: list[tuple[int, int]], rules: Rules) -> None:
        """Take into title and agent phrases the name after them ("Presiden Zambia Hakainde
        Hichilema", "WNI bernama Budi Mastur") and the determiners before them ("para")."""
        for i, phrase in enumerate(phrases):
            units = phrase.units
            if len(units) == 1 and units[0].kind not in EXTENDABLE:
                continue  # a lone name: no personal name to take in, no determiner
            floor = max(bounds[phrase.sentence][0], phrases[i - 1].end if i else 0)
            limit = min(bounds[phrase.sentence][1], phrases[i + 1].start if i + 1 < len(phrases) else len(text))
            named = (rules.named.match(text, phrase.end, limit)
                     if rules.named and units[-1].kind in WORD_KINDS else None)
            if named and all(u.kind in WORD_KINDS for u in units):
                absorb_name(text, phrase, limit, self.particles, named.end())
            elif (units[0].kind == "title" if len(units) == 1 else
                    any(u.kind == "title" for u in units) and all(u.kind != "person" for u in units)):
                absorb_name(text, phrase, limit, self.particles)
            extend_left(text, phrase, floor, rules.determiners)
            if phrase.name:  # no KB person in the phrase: perhaps a misspelt one
                self.take_misspelt(text, phrase)

    def place_units(self, article: Article, units: list[Unit], rules: Rules) -> list[Unit]:
        """``units`` with the towns named after a place word ("in Jericho") and with the
        country of names several countries' places bear ("Tripoli") chosen by the article
        (``warta.actors.towns``)."""
        text, places, kinds = article.text, self.kb.places, self.kinds
        towns = find_towns(text, units, rules.town_openers, places) if self.towns else []
        # a country's name is unsure only after a comma ("Atlanta, Georgia"); it counts for its country
        shared = [u for u in units if u.entry in self.kb.shared_places
                  and (u.kind != "country" or text[u.start - 2:u.start] == ", ")]
        if not towns and not shared:
            return units
        unsure = {id(u) for u in shared if u.kind != "country"}
        counts: Counter[str] = Counter()  # what the article names, needed for a name of several places only
        if unsure or any(len(found) > 1 for _, _, found in towns):
            counts = self.count_countries([u for u in units if id(u) not in unsure], article.published)[0]
        by_start, by_end = {u.start: u for u in units}, {u.end: u for u in units}

        def neighbours(start: int, end: int, cities: bool) -> set[str]:
            """Countries of the names beside one across a comma ("Atlanta, Georgia"); only
            cities for a country's name ("the United States, Georgia and ..." is a list)."""
            near = [by_end.get(start - 2) if text[start - 2:start] == ", " else None,
                    by_start.get(end + 2) if text[end:end + 2] == ", " else None]
            return {c for u in near if u and (not cities or u.kind in TOWN_KINDS)
                    and (c := self.country_at(u.entry, article.published))}

        for unit in shared:
            candidates = places.get(key_of(text[unit.start:unit.end]))
            if candidates and any(c[0] == unit.entry for c in candidates):
                near = neighbours(unit.start, unit.end, unit.kind == "country")
                unit.entry = choose(candidates, unit.entry, counts, near, kinds)
                unit.kind = kinds[unit.entry]
        if not towns:
            return units
        for start, end, found in towns:
            town = Unit(start, end, choose(found, found[0][0], counts, neighbours(start, end, False), kinds), "place")
            insort(units, town, key=attrgetter("start"))
        return units

    def look_up(self, group: int, raw: str, article: Article) -> int:
        """The entry of one hit from its alias group, the text's letters and the date (-1: none)."""
        key = (group, raw, article.language, article.published)
        entry = self.memo.get(key)
        if entry is None:
            if len(self.memo) > MEMO_SIZE:
                self.memo.clear()
            found = self.kb.candidates(group, raw, article.language)
            entry = self.memo[key] = self.pick(found, article.published) if found else -1
        return entry

    def pick(self, found: list[int], date: str | None) -> int:
        """Among persons sharing a name, the one in office at the date (no date: the one
        whose office is the newest)."""
        entries = self.kb.entries
        if entries[found[0]].kind != "person" or len(found) == 1:
            return found[0]
        persons = [i for i in found if entries[i].kind == "person"]
        if date is None:
            return max(persons, key=lambda i: (newest_end(entries[i]), -i))
        for i in persons:
            if any(p.dated and p.contains(date) for p in entries[i].periods):
                return i
        return found[0]

    def take_misspelt(self, text: str, phrase: Phrase) -> None:
        """A name after a title that misspells a KB person's ("Joseph F Durford") is that
        person (``warta.actors.fuzzy``: same given name, family name one letter off)."""
        entry = self.kb.misspelt.find(text[slice(*phrase.name)])
        if entry is not None:
            phrase.units.append(Unit(phrase.name[0], phrase.name[1], entry, "person"))
            phrase.name = None

    def is_actor(self, phrase: Phrase) -> bool:
        """A lone title/agent with no sector ("kelompok", "juru bicara") names nobody."""
        return bool(phrase.name) or any(u.kind not in ("title", "agent") or u.entry in self.telling
                                        for u in phrase.units)

    def story_country(self, article: Article, phrases: list[Phrase], date: str | None) -> str | None:
        """The dateline's country, else the country named most often (first on ties)."""
        if article.dateline and article.dateline.country:
            return article.dateline.country
        if article.dateline_text:
            for unit in self.units(Article(id="", text=article.dateline_text, language=article.language)):
                code = self.kb.entries[unit.entry].code_at(date)
                if unit.kind in ("country", "metonym", "place", "institution") and code:
                    return code[:3]
        counts, first = self.count_countries([u for phrase in phrases for u in phrase.units], date)
        if not counts:
            return None
        return min(counts, key=lambda c: (-counts[c], first[c]))

    def count_countries(self, units: list[Unit], date: str | None) -> tuple[Counter[str], dict[str, int]]:
        """How often the article names each country by countries, places, institutions and
        persons, and where first."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        memo = self.countries
        for unit in units:
            if unit.kind in STORY_KINDS:
                country = memo.get((unit.entry, date), "")
                if country == "":
                    country = self.country_at(unit.entry, date)
                if country:
                    counts[country] += 1
                    first.setdefault(country, unit.start)
        return counts, first

    def country_at(self, entry: int, date: str | None) -> str | None:
        """``country_of``, memoised."""
        country = self.countries.get((entry, date), "")
        if country == "":
            country = self.countries[entry, date] = self.country_of(entry, date)
        return country

    def country_of(self, entry: int, date: str | None) -> str | None:
        """The country an entry counts for in the story country (none for IGOs, IMG groups)."""
        if len(self.countries) > MEMO_SIZE:
            self.countries.clear()
        code = self.kb.entries[entry].code_at(date)
        return code[:3] if code and code[:3].isalpha() and code[:3] not in ("IGO", "IMG") else None

    def is_lone_town(self, phrase: Phrase) -> bool:
        """A city or province named alone, not as a place ("di Cizre") nor in a title's phrase
        ("polisi Surabaya"), is rarely a doer and often a football club ("Bayern", "Dortmund"):
        no actor. A capital's other names act as its government ("Aljir menolak")."""
        return (len(phrase.units) == 1 and phrase.units[0].kind == "place" and not phrase.place
                and not self.kb.entries[phrase.units[0].entry].sectors)

    def is_unbound(self, phrase: Phrase) -> bool:
        """Militants, rebels, refugees ... with no country or group named in the phrase."""
        units = phrase.units
        return (any(u.entry in self.unbound for u in units) and all(u.kind in WORD_KINDS for u in units)
                and not any(u.kind == "ethnic" for u in units))  # "Shona rebels": the story's

    def mention(self, article: Article, phrase: Phrase, story: str | None, date: str | None) -> Mention:
        name = article.text[slice(*phrase.name)] if phrase.name else None
        if name and not phrase.kinds() & NAME_COUNTRY_KINDS:
            surname = name.split()[-1].removesuffix("'s").removesuffix("’s")
            story = self.surnames.get(surname, story)  # "Presiden Bush": the surname's country
        if phrase.named_org:
            name = article.text[phrase.start:phrase.end]
        units = phrase.units
        # the kinds too: "Albania" and "etnis Albania" (a people) are one entry
        key = (((units[0].entry, units[0].kind) if len(units) == 1 else tuple([(u.entry, u.kind) for u in units])),
               phrase.former, phrase.place,
               phrase.named_org, phrase.borrowed.entry if phrase.borrowed else -1, name, date, story)
        found = self.actors.get(key)
        if found is None:
            if len(self.actors) > MEMO_SIZE:
                self.actors.clear()
            found = self.actors[key] = (actor_of(phrase, self.kb.entries, date, story, article.text,
                                                 self.stateless), kind_of(phrase))
        return Mention(phrase.start, phrase.end, article.text[phrase.start:phrase.end], found[0], found[1],
                       phrase.sentence)

    def short_mentions(self, article: Article, mentions: list[Mention],
                       bounds: list[tuple[int, int]]) -> list[Mention]:
        """Later mentions of part of a person's name ("Lavrov", "Retno") or of an abbreviation
        given in parentheses ("Front Penyelamatan Islam (FIS)" ... "FIS") named earlier; a run
        of such words naming one actor is one mention ("Hakainde Hichilema")."""
        text = article.text
        hits = sorted(_name_hits(text, _name_parts(mentions) | _abbreviations(text, mentions)))
        if not hits:
            return []
        taken = sorted((m.start, m.end) for m in mentions)
        starts = [s for s, _ in taken]
        sentence_starts = [b[0] for b in bounds]
        found: list[Mention] = []
        for start, end, first in hits:
            j = bisect_right(starts, start) - 1
            if (j >= 0 and taken[j][1] > start) or bisect_right(starts, end - 1) != j + 1:
                continue
            sentence = bisect_right(sentence_starts, start) - 1 if article.sentences else -1
            last = found[-1] if found else None
            if (last and last.actor is first.actor and last.sentence == sentence
                    and not text[last.end:start].strip()):
                last.end, last.text = end, text[last.start:end]
            else:
                found.append(Mention(start, end, text[start:end], first.actor, first.kind, sentence))
        return found


def surname_countries(entries: list[Entry]) -> dict[str, str]:
    """Family names of KB persons -> the country of at least two thirds of their bearers
    ("Bush": three American presidents, one Caymanian premier). Used only after a title
    ("Presiden Bush", "President Bouteflika"), where a capitalised word is a name."""
    bearers: dict[str, Counter[str]] = {}
    for entry in entries:
        if entry.kind == "person" and entry.periods:
            words = [w for w in entry.name.replace(",", " ").split() if w.rstrip(".").lower() not in NAME_SUFFIXES]
            if len(words) > 1:
                bearers.setdefault(words[-1], Counter())[entry.periods[-1].code[:3]] += 1
    found = {}
    for name, counts in bearers.items():
        country, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if 3 * n >= 2 * sum(counts.values()):
            found[name] = country
    return found


def newest_end(entry: Entry) -> str:
    """When the entry's newest period ends ("9999" while it lasts; "" if undated)."""
    return max(((p.end or "9999") for p in entry.periods if p.dated), default="")


def _name_parts(mentions: list[Mention]) -> dict[str, tuple[int, Mention]]:
    """One-word names and name parts of persons -> (where first named, the mention)."""
    names: dict[str, tuple[int, Mention]] = {}
    for m in mentions:
        if m.kind != "person" or not m.actor.name or not m.actor.code:
            continue
        parts = [m.actor.name] + [w for w in re.split(r"[\s,]+", m.actor.name) if len(w) >= MIN_SHORT_NAME]
        for part in parts:
            if part[:1].isascii() and part[:1].isupper() and not SPACE.search(part):
                names.setdefault(part, (m.end, m))
    return names


def _abbreviations(text: str, mentions: list[Mention]) -> dict[str, tuple[int, Mention]]:
    """Abbreviations in parentheses right after a coded mention -> (where given, the mention)."""
    found: dict[str, tuple[int, Mention]] = {}
    for m in mentions:
        given = abbreviation_at(text, m.end, m.end + 16) if m.actor.code else None
        if given:
            found.setdefault(given[0], (given[1], m))
    return found


def _name_hits(text: str, names: dict[str, tuple[int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Where each name occurs as a whole word after the place it was first named
    (str.find per name: much faster than scanning every capitalised word)."""
    hits = []
    for name, (at, first) in names.items():
        start = text.find(name, at)
        while start >= 0:
            end = start + len(name)
            if not _in_word(text, start - 1) and (not _in_word(text, end) or _is_possessive(text, end)):
                hits.append((start, end, first))
            start = text.find(name, end)
    return hits


def _in_word(text: str, i: int) -> bool:
    """Whether position ``i`` holds a word character (names run over ' and -)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in WORD_JOINERS)


def _is_possessive(text: str, i: int) -> bool:
    """An English possessive after a name ("Putin's") ends the name."""
    return text[i:i + 2] in ("'s", "’s") and not _in_word(text, i + 2)
