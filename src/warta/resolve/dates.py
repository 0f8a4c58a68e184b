"""Event dates: date expressions found by rules and resolved against the publication date.

The words of each language (month and weekday names, relative words, number words) are
data in ``warta/lang/<code>/dates.yaml``; this module only holds the shapes of date
expressions. One regular expression per language is compiled on first use and kept. It is
costly to try at every character, so one Aho-Corasick pass first finds where a date
expression may start (a digit, or a word that opens one: a month, a weekday, "pada",
"dua", "last" ...) and the expression is tried there only; the stage reads no further
than its events need.

News reports the past: a weekday or a month without a year means the latest such day or
month on or before the publication date, unless the text says "depan"/"next". Which date
an event takes is the business of ``warta.resolve.timeline``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

import ahocorasick
import yaml

from warta.model import Article, DateRef
from warta.resolve.timeline import Cues, Shift, Timeline, reach
from warta.settings import Settings

# a resolved date later than this after publication is rejected as a misreading
FUTURE_LIMIT = timedelta(days=366)
# when a year must be guessed, a future date costs this many times a past one (news reports the past)
FUTURE_COST = 3
# a date in the URL at most this long before the stated publication date is the day of
# first publication (the stated one is often when the page was fetched)
URL_LAG = timedelta(days=7)
NEVER = "(?!)"


@dataclass(frozen=True, slots=True)
class DateWords:
    """The date words of one language, as read from its dates.yaml."""

    months: dict[str, int]
    abbreviations: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    units: dict[str, str]
    units_with_one: dict[str, str]
    numbers: dict[str, int]
    before: dict[str, int]
    after: dict[str, int]
    count_before: dict[str, int]
    parts: dict[str, int]
    intro: tuple[str, ...]
    numeric_order: str
    month_day_order: bool
    ambiguous_months: frozenset[str]
    clause_openers: tuple[str, ...]
    relative_to_event: dict[str, int]
    relative_to_context: dict[str, int]
    later: tuple[str, ...]
    earlier: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rules:
    words: DateWords
    pattern: re.Pattern
    cues: Cues
    openers: ahocorasick.Automaton  # the first words of date expressions, and the digits
    longest_opener: int


@cache
def load_date_words(lang: str) -> DateWords:
    """Read ``warta/lang/<lang>/dates.yaml`` (KeyError for a language without one)."""
    path = resources.files("warta.lang").joinpath(lang, "dates.yaml")
    if not path.is_file():
        raise KeyError(f"no date words for language {lang!r} (missing lang/{lang}/dates.yaml)")
    raw = {k: v["entries"] for k, v in yaml.safe_load(path.read_text(encoding="utf-8")).items()}
    return DateWords(
        months=raw["months"], abbreviations=raw["month_abbreviations"], weekdays=raw["weekdays"],
        relative_days=raw["relative_days"], units=raw["units"], units_with_one=raw["units_with_one"],
        numbers=raw["numbers"], before=raw["direction_before"], after=raw["direction_after"],
        count_before=raw["count_before"], parts=raw["month_parts"], intro=tuple(raw["intro"]), numeric_order=raw["numeric_order"],
        month_day_order=bool(raw["month_day_order"]),
        ambiguous_months=frozenset(raw["month_alone_needs_context"]),
        clause_openers=tuple(raw["clause_openers"]), relative_to_event=raw["relative_to_event"],
        relative_to_context=raw["relative_to_context"], later=tuple(raw["later_words"]),
        earlier=tuple(raw["earlier_words"]),
    )


def alternation(words, cased: bool = False) -> str:
    """A regex alternative of ``words``, longest first; cased words match Title or UPPER case only."""
    forms = {f for w in words for f in ((w[:1].upper() + w[1:], w.upper()) if cased else (w,))}
    if not forms:
        return NEVER
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda f: (-len(f), f)))
    return f"(?:{body})" if cased else f"(?i:{body})"


def build_pattern(w: DateWords) -> str:
    """The one pattern of a language: alternatives in priority order, each a named group."""
    wd = alternation(w.weekdays, cased=True)
    mon = alternation(w.months, cased=True)
    mona = f"(?:{mon}|{alternation(w.abbreviations, cased=True)}\\.?)"
    num = rf"(?:\d{{1,3}}|{alternation(w.numbers)})"
    units = alternation(w.units)
    coarse = alternation([u for u, kind in w.units.items() if kind != "day"])
    db, da, intro = alternation(w.before), alternation(w.after), alternation(w.intro)
    month_day = (rf"|(?P<x_m2>{mona})\s+(?P<x_d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<x_y2>\d{{4}}))?"
                 if w.month_day_order else "")
    counted = rf"(?:(?P<{{p}}n>{num})\s+(?P<{{p}}u>{units})|(?P<{{p}}u1>{alternation(w.units_with_one)}))"
    shift_words = alternation([*w.relative_to_event, *w.later])
    rules = [
        rf"(?P<explicit>(?:(?P<x_wd>{wd})\s*,?\s*(?P<x_open>\()?\s*)?"
        rf"(?:(?P<x_iy>\d{{4}})-(?P<x_im>\d{{1,2}})-(?P<x_id>\d{{1,2}})"
        rf"|(?P<x_n1>\d{{1,2}})\s?/\s?(?P<x_n2>\d{{1,2}})(?:\s?/\s?(?P<x_ny>\d{{4}}|\d{{2}}))?(?![\d/]|\s/\s?\d)"
        rf"|(?P<x_d>\d{{1,2}})(?P<x_to>\s?[-–]\s?\d{{1,2}})?\s+(?P<x_m>{mona})(?:,?\s+(?P<x_y>\d{{4}}))?"
        rf"{month_day})(?(x_open)\s*\)))",
        rf"(?P<part>(?P<p_part>{alternation(w.parts)})[\s-]+(?P<p_m>{mon})(?:\s+(?P<p_y>\d{{4}}))?)",
        rf"(?P<ago>{counted.replace('{p}', 'a_')}\s+(?P<a_dir>{da})"
        rf"|(?P<a_pre>{alternation(w.count_before)})\s+(?P<a_n2>{num})\s+(?P<a_u2>{units}))",
        rf"(?P<shift>{counted.replace('{p}', 's_')}\s+(?P<s_dir>{shift_words})"
        rf"|(?P<s_fixed>{alternation(w.relative_to_context)}))",
        rf"(?P<unitdir>(?P<u_db>{db})\s+(?P<u_u>{coarse})|(?P<u_u2>{coarse})\s+(?P<u_da>{da}))",
        rf"(?P<weekday>(?:(?P<w_db>{db})\s+)?(?P<w_wd>{wd})(?:\s+(?P<w_da>{da}))?)",
        rf"(?P<month>(?:(?P<m_db>{db})\s+|(?P<m_in>{intro})\s+)?(?P<m_m>{mon})(?:\s+(?P<m_y>\d{{4}})|\s+(?P<m_da>{da}))?)",
        rf"(?P<relative>{alternation(w.relative_days)})",
        rf"(?P<year>(?P<y_in>{intro})\s+(?P<y_y>(?:1[89]|20)\d\d))",
    ]
    return r"(?<![\w/])(?:" + "|".join(rules) + r")(?![\w/]|[.,]\d)"


@cache
def compile_rules(lang: str) -> Rules:
    """The compiled date rules of ``lang``, built once per process."""
    words = load_date_words(lang)
    cues = Cues(re.compile(rf"(?<!\w){alternation(words.clause_openers)}(?!\w)"),
                re.compile(rf"(?<!\w){alternation(words.earlier)}(?!\w)"))
    openers = opening_words(words)
    return Rules(words, re.compile(build_pattern(words)), cues, build_automaton(openers), max(map(len, openers)))


def opening_words(w: DateWords) -> set[str]:
    """Lower-cased, the words a date expression of ``build_pattern`` may start with (the
    first word of each rule's leading parts), and the ten digits."""
    coarse = [u for u, kind in w.units.items() if kind != "day"]
    phrases = [*w.weekdays, *w.months, *w.abbreviations, *w.parts, *w.numbers, *w.units_with_one,
               *w.count_before, *w.relative_to_context, *w.before, *coarse, *w.intro, *w.relative_days]
    return {p.lower().split()[0] for p in phrases} | set("0123456789")


def build_automaton(words: set[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in sorted(words):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def opening_positions(rules: Rules, text: str, end: int) -> list[int]:
    """Where a date expression may start before ``end``: an opening word or a digit after a
    non-word character (the pattern's own condition), the word not running on into letters."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing moved the offsets: try everywhere
        return list(range(end))
    out = set()
    for last, word in rules.openers.iter(lowered, 0, min(len(text), end + rules.longest_opener)):
        first = last - len(word) + 1
        if first >= end or (first and (lowered[first - 1].isalnum() or lowered[first - 1] in "_/")):
            continue
        if word.isdigit() or last + 1 == len(text) or not lowered[last + 1].isalpha():
            out.add(first)
    return sorted(out)


def date_matches(rules: Rules, text: str, end: int | None = None) -> Iterator[re.Match]:
    """The date expressions of ``text`` that start before ``end``, as the pattern's finditer
    would find them, but tried only where one may start."""
    pos = 0
    for start in opening_positions(rules, text, len(text) if end is None else end):
        if start >= pos:
            m = rules.pattern.match(text, start)
            if m:
                pos = m.end()
                yield m


# ---------------------------------------------------------------- resolving one match


class Rejected(ValueError):
    """A date expression that names no possible date (31/02, far in the future)."""


def make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Rejected(f"impossible date {text!r}") from None


def guess_year(month: int, day: int, published: date, text: str) -> date:
    """The year that puts month/day nearest the publication date, the past preferred."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise Rejected(f"impossible date {text!r}")
    return min(candidates, key=lambda d: ((published - d).days if d <= published else FUTURE_COST * (d - published).days, d))


def full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def month_number(w: DateWords, name: str) -> int:
    key = name.lower().rstrip(".")
    return w.months.get(key) or w.abbreviations[key]


def explicit_parts(m: re.Match, w: DateWords) -> tuple[int, int, int | None]:
    """Day, month and (written) year of an explicit date match."""
    if m["x_iy"]:
        return int(m["x_id"]), int(m["x_im"]), int(m["x_iy"])
    if m["x_n1"]:
        first, second = int(m["x_n1"]), int(m["x_n2"])
        day, month = (first, second) if w.numeric_order == "dmy" or first > 12 else (second, first)
        year = m["x_ny"]
    elif m["x_d"]:
        day, month, year = int(m["x_d"]), month_number(w, m["x_m"]), m["x_y"]
    else:
        day, month, year = int(m["x_d2"]), month_number(w, m["x_m2"]), m["x_y2"]
    return day, month, full_year(year) if year else None


def resolve_explicit(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"Rabu (20/10)", "21/10/2021", "20 Oktober 2021", "Oct. 20", "2021-10-20"; a span of
    days ("22 - 25 Oktober") gives its first day with precision ``range``."""
    day, month, year = explicit_parts(m, w)
    precision = "range" if m["x_to"] else "day"
    if year:
        return make_date(year, month, day, m.group()), precision
    return guess_year(month, day, published, m.group()), precision


def shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def resolve_weekday(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"pada Rabu" (latest on or before publication), "Rabu lalu", "next Wednesday"."""
    weekday = w.weekdays[m["w_wd"].lower()]
    direction = direction_of(w, m["w_db"], m["w_da"])
    if direction > 0:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1), "day"
    if direction < 0 and (m["w_db"] or m["w_da"]):
        return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1), "day"
    return published - timedelta(days=(published.weekday() - weekday) % 7), "day"


def direction_of(w: DateWords, before: str | None, after: str | None) -> int:
    """-1 past, 0 current, 1 future; no direction word counts as past."""
    if before:
        return w.before[normal(before)]
    if after:
        return w.after[normal(after)]
    return -1


def normal(words: str) -> str:
    return " ".join(words.lower().split())


def count_of(w: DateWords, text: str) -> int:
    return int(text) if text.isdigit() else w.numbers[normal(text)]


def shift_by_unit(published: date, unit: str, count: int) -> tuple[date, str]:
    if unit == "day":
        return published + timedelta(days=count), "day"
    if unit == "week":
        return published + timedelta(days=7 * count), "day"
    if unit == "month":
        return shift_months(published, count), "month"
    return date(published.year + count, 1, 1), "year"


def resolve_ago(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"dua hari lalu", "sebulan lalu", "three weeks ago", "dua hari lagi", "in two days"."""
    if m["a_pre"]:
        unit, count = w.units[normal(m["a_u2"])], count_of(w, m["a_n2"])
        return shift_by_unit(published, unit, count * w.count_before[normal(m["a_pre"])])
    unit, count = counted_unit(m, w, "a_")
    return shift_by_unit(published, unit, count * w.after[normal(m["a_dir"])])


def counted_unit(m: re.Match, w: DateWords, prefix: str) -> tuple[str, int]:
    """The unit and count of "dua hari", "sehari", "three weeks"."""
    if m[prefix + "u1"]:
        return w.units_with_one[normal(m[prefix + "u1"])], 1
    return w.units[normal(m[prefix + "u"])], count_of(w, m[prefix + "n"])


def shift_of(m: re.Match, w: DateWords) -> Shift:
    """"sehari setelah" (the clause after it, from the main clause), "dua hari kemudian"
    and "keesokan harinya" (from the story's current date)."""
    if m["s_fixed"]:
        return Shift(m.start(), m.end(), m.group(), "day", w.relative_to_context[normal(m["s_fixed"])], "context")
    unit, count = counted_unit(m, w, "s_")
    word = normal(m["s_dir"])
    if word in w.relative_to_event:
        return Shift(m.start(), m.end(), m.group(), unit, count * w.relative_to_event[word], "event")
    return Shift(m.start(), m.end(), m.group(), unit, count, "context")


def resolve_unitdir(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"pekan lalu", "bulan depan", "tahun ini", "last week", "next month"."""
    unit = w.units[normal(m["u_u"] or m["u_u2"])]
    return shift_by_unit(published, unit, direction_of(w, m["u_db"], m["u_da"]))


def month_in_direction(month: int, day: int, direction: int, published: date, text: str) -> date:
    """The month/day given a direction: latest before (-1), next after (1), this year (0)."""
    this_year = make_date(published.year, month, day, text)
    if direction < 0 and this_year > published:
        return make_date(published.year - 1, month, day, text)
    if direction > 0 and this_year <= published:
        return make_date(published.year + 1, month, day, text)
    return this_year


def resolve_month(m: re.Match, w: DateWords, published: date) -> tuple[date, str] | None:
    """"Agustus", "pada Agustus 2021", "Agustus lalu", "in May", "last March"."""
    name = m["m_m"].lower()
    month = w.months[name]
    if m["m_y"]:
        return make_date(int(m["m_y"]), month, 1, m.group()), "month"
    if name in w.ambiguous_months and not (m["m_db"] or m["m_in"]):
        return None
    if m["m_db"] or m["m_da"]:
        return month_in_direction(month, 1, direction_of(w, m["m_db"], m["m_da"]), published, m.group()), "month"
    return guess_year(month, 15, published, m.group()).replace(day=1), "month"


def resolve_part(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"awal Agustus", "pertengahan Agustus 2021", "mid-August": the first day of that third."""
    month, day = w.months[m["p_m"].lower()], w.parts[normal(m["p_part"])]
    if m["p_y"]:
        return make_date(int(m["p_y"]), month, day, m.group()), "part-of-month"
    return guess_year(month, day, published, m.group()), "part-of-month"


def resolve_relative(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"hari ini", "kemarin", "besok", "lusa", "yesterday"."""
    return published + timedelta(days=w.relative_days[normal(m["relative"])]), "day"


def resolve_year(m: re.Match, w: DateWords, published: date) -> tuple[date, str]:
    """"pada 2019", "tahun 2019", "in 2019"."""
    return date(int(m["y_y"]), 1, 1), "year"


RESOLVERS = {
    "explicit": resolve_explicit, "part": resolve_part, "ago": resolve_ago, "unitdir": resolve_unitdir,
    "weekday": resolve_weekday, "month": resolve_month, "relative": resolve_relative, "year": resolve_year,
}


# ---------------------------------------------------------------- public functions


@dataclass(slots=True)
class Scan:
    """The date expressions of a text: resolved dates, relative shifts, and rejections."""

    refs: list[DateRef]
    shifts: list[Shift]
    reasons: list[str]


def scan(text: str, published: date, lang: str, end: int | None = None) -> Scan:
    """Every date expression in ``text`` that starts before ``end``: resolved, relative
    ("sehari setelah") or rejected."""
    rules = compile_rules(lang)
    found = Scan([], [], [])
    for m in date_matches(rules, text, end):
        if m.lastgroup == "shift":
            found.shifts.append(shift_of(m, rules.words))
            continue
        try:
            resolved = RESOLVERS[m.lastgroup](m, rules.words, published)
            if resolved and resolved[0] - published > FUTURE_LIMIT:
                raise Rejected(f"date {m.group()!r} is far after publication ({resolved[0].isoformat()})")
        except Rejected as why:
            found.reasons.append(f"date at {m.start()}: {why}")
            continue
        if resolved:
            found.refs.append(DateRef(resolved[0].isoformat(), resolved[1], "text", m.group(), m.start(), m.end()))
    return found


def scan_dates(text: str, published: date, lang: str) -> tuple[list[DateRef], list[str]]:
    """Every date expression in ``text`` resolved, and the reasons for those rejected."""
    found = scan(text, published, lang)
    return found.refs, found.reasons


def find_dates(text: str, published: date, lang: str) -> list[DateRef]:
    """Every resolvable date expression in ``text``, in text order, offsets into ``text``."""
    return scan_dates(text, published, lang)[0]


# a dateline's head: "Jakarta (ANTARA) - ...", "Kamis (21/10/2021)", "WASHINGTON, Oct. 20 (Reuters) -"
HEAD_CHARS = 300
# a date in a URL: /2016/11/04/, /20160913/, or a 14-digit stamp 20161104201401
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:\d{6})?(?!\d)")


def published_from_text(article: Article) -> DateRef | None:
    """The publication date written in the dateline or the head of the text, if any.

    Only a date with its year counts, except that a year-less dateline ("Oct. 20") takes
    its year from a date in the article's URL. Offsets are set only for a date found in
    ``article.text`` (a cut dateline is not part of it).
    """
    day = url_date(article.url)
    year = day.year if day else None
    for in_text, head in heads(article):
        for lang in languages_of(article):
            ref = dated_head(head, lang, year)
            if ref:
                if not in_text:
                    ref.start = ref.end = None
                return ref
    return None


def heads(article: Article) -> list[tuple[bool, str]]:
    """Where a publication date may be written: the cut dateline, then the head of the text."""
    out = [(False, article.dateline_text)] if article.dateline_text else []
    return out + [(True, article.text[:HEAD_CHARS])]


def languages_of(article: Article) -> list[str]:
    langs = [article.language] if article.language in ("id", "en") else []
    return langs + [code for code in ("id", "en") if code not in langs]


def url_date(url: str | None) -> date | None:
    """The date written in an article's URL, if any."""
    m = URL_DATE.search(url or "")
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None
    except ValueError:
        return None


def dated_head(text: str, lang: str, url_year: int | None) -> DateRef | None:
    """The first possible explicit date in ``text`` with its own year (or the URL's)."""
    rules = compile_rules(lang)
    for m in date_matches(rules, text):
        if m.lastgroup != "explicit":
            continue
        day, month, year = explicit_parts(m, rules.words)
        if (year or url_year) is None:
            continue
        try:
            found = make_date(year or url_year, month, day, m.group())
        except Rejected:
            continue
        return DateRef(found.isoformat(), "day", "text", m.group(), m.start(), m.end())
    return None


# ---------------------------------------------------------------- the stage


def first_publication(stated: date, url: str | None) -> date:
    """The day relative dates count from: the URL's date when it lies shortly before the
    stated one ("kemarin" was written on the day the outlet first published), else the stated."""
    day = url_date(url)
    return day if day and stated - URL_LAG <= day <= stated else stated


class DateStage:
    """Fills ``article.published`` when absent and ``event.date`` for every event.

    Only the text the events' dates may come from is read (``timeline.reach``), unless
    ``Settings.debug`` asks for the reasons of every rejected date in the article.
    """

    name = "dates"

    def __init__(self) -> None:
        self.settings = Settings()

    def initialize(self, settings: Settings) -> None:
        self.settings = settings
        for lang in ("id", "en"):
            compile_rules(lang)

    def __call__(self, article: Article) -> Article:
        stated = self.publication(article)
        if stated is None:
            article.notes.append("dates: no publication date (none in the input, the text or the settings)")
            for event in article.events:
                event.date = None
            return article
        anchor = first_publication(stated, article.url)
        lang = self.language(article)
        found = scan(article.text, anchor, lang, None if self.settings.debug else reach(article))
        article.notes.extend(f"dates: {r}" for r in found.reasons)
        if article.events:
            timeline = Timeline(article, found.refs, found.shifts, anchor, stated, compile_rules(lang).cues)
            for event in article.events:
                event.date = timeline.date_of(event)
        return article

    def language(self, article: Article) -> str:
        if article.language in ("id", "en"):
            return article.language
        return self.settings.lang if self.settings.lang in ("id", "en") else "id"

    def publication(self, article: Article) -> date | None:
        """The article's date: its own field, else its dateline, else the settings' default."""
        if not article.published:
            ref = published_from_text(article)
            article.published = ref.date if ref else self.settings.default_date
        if not article.published:
            return None
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            article.notes.append(f"dates: publication date {article.published!r} is not YYYY-MM-DD")
            return None
