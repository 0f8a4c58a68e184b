"""Event dates: date expressions found by rules and resolved against the publication date.

The words of each language (month and weekday names, relative words, number words) are
data in ``warta/lang/<code>/dates.yaml``; this module only holds the shapes of date
expressions. One regular expression per language is compiled on first use and kept, so a
whole article is scanned in one pass.

News reports the past: a weekday or a month without a year means the latest such day or
month on or before the publication date, unless the text says "depan"/"next".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

import yaml

from warta.model import Article, DateRef, Event, Sentence
from warta.settings import Settings

# a resolved date later than this after publication is rejected as a misreading
FUTURE_LIMIT = timedelta(days=366)
# when a year must be guessed, a future date costs this many times a past one (news reports the past)
FUTURE_COST = 3
# the day a story is about is named early and lies at most this long before publication
LEAD_WINDOW = timedelta(days=7)
# characters that close a clause: a date beyond one of them is a weaker claim on the trigger
CLAUSE_BREAKS = frozenset(",;:“”\"()")
CLAUSE_PENALTY = 1000
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
    parts: dict[str, int]
    intro: tuple[str, ...]
    numeric_order: str
    month_day_order: bool
    ambiguous_months: frozenset[str]


@dataclass(frozen=True, slots=True)
class Rules:
    words: DateWords
    pattern: re.Pattern


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
        parts=raw["month_parts"], intro=tuple(raw["intro"]), numeric_order=raw["numeric_order"],
        month_day_order=bool(raw["month_day_order"]),
        ambiguous_months=frozenset(raw["month_alone_needs_context"]),
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
    rules = [
        rf"(?P<explicit>(?:(?P<x_wd>{wd})\s*,?\s*(?P<x_open>\()?\s*)?"
        rf"(?:(?P<x_iy>\d{{4}})-(?P<x_im>\d{{1,2}})-(?P<x_id>\d{{1,2}})"
        rf"|(?P<x_n1>\d{{1,2}})\s?/\s?(?P<x_n2>\d{{1,2}})(?:\s?/\s?(?P<x_ny>\d{{4}}|\d{{2}}))?(?![\d/]|\s/\s?\d)"
        rf"|(?P<x_d>\d{{1,2}})(?:\s?[-–]\s?\d{{1,2}})?\s+(?P<x_m>{mona})(?:,?\s+(?P<x_y>\d{{4}}))?"
        rf"{month_day})(?(x_open)\s*\)))",
        rf"(?P<part>(?P<p_part>{alternation(w.parts)})[\s-]+(?P<p_m>{mon})(?:\s+(?P<p_y>\d{{4}}))?)",
        rf"(?P<ago>(?:(?P<a_n>{num})\s+(?P<a_u>{units})|(?P<a_u1>{alternation(w.units_with_one)}))\s+(?P<a_dir>{da}))",
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
    return Rules(words, re.compile(build_pattern(words)))


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
    """"Rabu (20/10)", "21/10/2021", "20 Oktober 2021", "Oct. 20", "2021-10-20"."""
    day, month, year = explicit_parts(m, w)
    if year:
        return make_date(year, month, day, m.group()), "day"
    return guess_year(month, day, published, m.group()), "day"


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
    """"dua hari lalu", "sebulan lalu", "three weeks ago"."""
    if m["a_u1"]:
        unit, count = w.units_with_one[normal(m["a_u1"])], 1
    else:
        unit, count = w.units[normal(m["a_u"])], count_of(w, m["a_n"])
    return shift_by_unit(published, unit, count * w.after[normal(m["a_dir"])])


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
    """"awal Agustus", "pertengahan Agustus 2021", "mid-August": a representative day."""
    month, day = w.months[m["p_m"].lower()], w.parts[normal(m["p_part"])]
    if m["p_y"]:
        return make_date(int(m["p_y"]), month, day, m.group()), "month"
    return guess_year(month, day, published, m.group()), "month"


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


def scan_dates(text: str, published: date, lang: str) -> tuple[list[DateRef], list[str]]:
    """Every date expression in ``text`` resolved, and the reasons for those rejected."""
    rules = compile_rules(lang)
    found: list[DateRef] = []
    reasons: list[str] = []
    for m in rules.pattern.finditer(text):
        try:
            resolved = RESOLVERS[m.lastgroup](m, rules.words, published)
            if resolved and resolved[0] - published > FUTURE_LIMIT:
                raise Rejected(f"date {m.group()!r} is far after publication ({resolved[0].isoformat()})")
        except Rejected as why:
            reasons.append(f"date at {m.start()}: {why}")
            continue
        if resolved:
            found.append(DateRef(resolved[0].isoformat(), resolved[1], "text", m.group(), m.start(), m.end()))
    return found, reasons


def find_dates(text: str, published: date, lang: str) -> list[DateRef]:
    """Every resolvable date expression in ``text``, in text order, offsets into ``text``."""
    return scan_dates(text, published, lang)[0]


# a dateline's head: "Jakarta (ANTARA) - ...", "Kamis (21/10/2021)", "WASHINGTON, Oct. 20 (Reuters) -"
HEAD_CHARS = 300
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")


def published_from_text(article: Article) -> DateRef | None:
    """The publication date written in the dateline or the head of the text, if any.

    Only a date with its year counts, except that a year-less dateline ("Oct. 20") takes
    its year from a date in the article's URL. Offsets are set only for a date found in
    ``article.text`` (a cut dateline is not part of it).
    """
    year = url_year(article.url)
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


def url_year(url: str | None) -> int | None:
    m = URL_DATE.search(url or "")
    return int(m.group(1)) if m else None


def dated_head(text: str, lang: str, url_year: int | None) -> DateRef | None:
    """The first possible explicit date in ``text`` with its own year (or the URL's)."""
    rules = compile_rules(lang)
    for m in rules.pattern.finditer(text):
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


def distance(ref: DateRef, event: Event, text: str) -> int:
    """Characters between a date and the trigger, plus a penalty per clause break between them."""
    if ref.end <= event.trigger.start:
        lo, hi = ref.end, event.trigger.start
    elif event.trigger.end <= ref.start:
        lo, hi = event.trigger.end, ref.start
    else:
        return 0
    return hi - lo + CLAUSE_PENALTY * sum(1 for ch in text[lo:hi] if ch in CLAUSE_BREAKS)


def date_in_sentence(refs: list[DateRef], sentence: Sentence, event: Event, text: str) -> DateRef | None:
    inside = [r for r in refs if sentence.start <= r.start and r.end <= sentence.end]
    if not inside:
        return None
    return min(inside, key=lambda r: (distance(r, event, text), r.start))


def lead_date(refs: list[DateRef], published: date) -> DateRef | None:
    """The day the story is about: its first day-precise date in the week before publication.

    Wire copy names that day once, early ("pada Rabu (20/10)"), and the sentences around it
    report what happened then; a date equal to the publication date adds nothing.
    """
    for ref in refs:
        day = date.fromisoformat(ref.date)
        if ref.precision == "day" and published - LEAD_WINDOW <= day < published:
            return ref
    return None


class DateStage:
    """Fills ``article.published`` when absent and ``event.date`` for every event."""

    name = "dates"

    def __init__(self) -> None:
        self.settings = Settings()

    def initialize(self, settings: Settings) -> None:
        self.settings = settings
        for lang in ("id", "en"):
            compile_rules(lang)

    def __call__(self, article: Article) -> Article:
        published = self.publication(article)
        if published is None:
            article.notes.append("dates: no publication date (none in the input, the text or the settings)")
            for event in article.events:
                event.date = None
            return article
        refs, reasons = scan_dates(article.text, published, self.language(article))
        article.notes.extend(f"dates: {r}" for r in reasons)
        fallback = lead_date(refs, published) or DateRef(published.isoformat(), "day", "published")
        for event in article.events:
            event.date = self.event_date(article, event, refs) or fallback
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

    def event_date(self, article: Article, event: Event, refs: list[DateRef]) -> DateRef | None:
        if not 0 <= event.sentence < len(article.sentences):
            return None
        return date_in_sentence(refs, article.sentences[event.sentence], event, article.text)
