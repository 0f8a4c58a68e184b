"""The actor of one phrase: which part gives the country, which the sectors, at a date."""

from __future__ import annotations

from warta.actors.entries import Entry
from warta.actors.phrase import PLACE_KINDS, WORD_KINDS, Phrase
from warta.model import Actor

SECTOR_KINDS = frozenset(("title", "agent", "org"))
ETHNIC_SECTORS = ("CVL",)  # an ethnic group named alone: the people, not a party to it
NAME_PLACE_KINDS = ("country", "region", "metonym", "place")  # what gives a named organisation its country
# a named organisation keeps its own code whatever title comes with it ("juru bicara
# Hamas" is Hamas, "pejabat Uni Eropa" is the EU, "Ketua MPR" is the MPR)
OWN_CODE_KINDS = frozenset(("igo", "group", "institution", "region", "metonym"))


def sectors_of(phrase: Phrase, entries: list[Entry]) -> tuple[str, ...]:
    """The sectors of the last title/agent that has any ("pejabat militer" -> MIL), unless
    the phrase holds one country's own office, which outranks a rank after it ("Kapolri
    Jenderal Tito Karnavian" is the police chief, COP, not a general)."""
    sectors: tuple[str, ...] = ()
    for unit in ([phrase.borrowed] if phrase.borrowed else []) + phrase.units:
        entry = entries[unit.entry]
        if unit.kind in SECTOR_KINDS and entry.sectors:
            if unit.kind == "title" and entry.country:
                return entry.sectors
            sectors = entry.sectors
    return sectors


def bound_country(phrase: Phrase, entries: list[Entry]) -> str | None:
    """A country fixed by a title ("Kapolri" -> IDN)."""
    return next((entries[u.entry].country for u in phrase.units
                 if u.kind in WORD_KINDS and entries[u.entry].country), None)


def code_of(phrase: Phrase, entries: list[Entry], date: str | None, story: str | None,
            stateless: frozenset[str] = frozenset()) -> tuple[str | None, Entry]:
    """(code, head entry) of a phrase; code None when the phrase names no country.
    ``stateless``: code prefixes of groups with no country of their own (Phoenix's INT)."""
    if phrase.named_org:
        return org_code(phrase, entries, date, story)
    person = phrase.first({"person"})
    group = phrase.first({"group"})
    # a person named as an armed group's member is the group ("pemimpin Hamas, Ismail
    # Haniya" PSEREB), as CAMEO lists group leaders under the group
    place = group if person and group else phrase.first(PLACE_KINDS)
    sectors = ("ELI",) if phrase.former else sectors_of(phrase, entries)
    if person and not group:
        entry = entries[person.entry]
        code = entry.code_at(date)
        if code and sectors and code[:3] not in ("IGO", "IMG"):
            code = code[:3] + "".join(sectors)  # the text says what he is now ("General Michel Aoun")
        return code, entry
    if not sectors and any(u.kind == "ethnic" for u in phrase.units + [phrase.borrowed] if u):
        sectors = ETHNIC_SECTORS  # "Kurdi Irak" IRQCVL, "Tamils" alone: the people
    if place:
        entry = entries[place.entry]
        code = entry.code_at(date, story)
        if code and code[:3] in stateless:
            return (story + code[3:] if story else None), entry
        if not code or (place.kind in OWN_CODE_KINDS and not is_country_code(code, place.kind)):
            return code, entry
        return code[:3] + "".join(sectors or (() if phrase.place else entry.sectors)), entry
    head = entries[phrase.units[-1].entry]
    if head.kind == "collective":
        return None, head
    country = bound_country(phrase, entries) or story
    if not country or not sectors:
        return (country + "".join(sectors) if country and phrase.name else None), head
    return country + "".join(sectors), head


def org_code(phrase: Phrase, entries: list[Entry], date: str | None, story: str | None) -> tuple[str | None, Entry]:
    """A named organisation: the country its name gives ("Komisi Antikorupsi Kenya") or the
    story's, with the sectors of its head word."""
    head = entries[phrase.first({"org"}).entry]
    codes = (entries[u.entry].code_at(date) for u in phrase.units if u.kind in NAME_PLACE_KINDS)
    country = next((c[:3] for c in codes if c), None) or story
    return (country + "".join(head.sectors) if country else None), head


def is_country_code(code: str, kind: str) -> bool:
    """A bare country ("SDN" for Darfur, not a region's "CAS"): a title adds its sectors."""
    return len(code) == 3 and kind != "region" and code not in ("IGO", "IMG")


def with_ethnic(code: str | None, phrase: Phrase, entries: list[Entry]) -> str | None:
    """CAMEO writes a people's ethnic code after the country and sectors ("Iraqi Kurds"
    IRQCVLkur, "Shona rebels" MOZREBsna); a named person keeps the KB's code."""
    if not code or code[:3] in ("IGO", "IMG") or phrase.first({"person"}):
        return code
    ethnic = next((entries[u.entry].ethnic for u in [phrase.borrowed] + phrase.units
                   if u and u.kind == "ethnic" and entries[u.entry].ethnic), None)
    return code + ethnic if ethnic and not code[-1].islower() else code


def actor_of(phrase: Phrase, entries: list[Entry], date: str | None, story: str | None, text: str,
             stateless: frozenset[str] = frozenset()) -> Actor:
    code, head = code_of(phrase, entries, date, story, stateless)
    code = with_ethnic(code, phrase, entries)
    person = phrase.first({"person"})
    name = entries[person.entry].name if person else (text[slice(*phrase.name)] if phrase.name else None)
    if phrase.named_org:
        name = text[phrase.start:phrase.end]
    why = " + ".join(f"{entries[u.entry].kind}:{entries[u.entry].name}" for u in phrase.units)
    if phrase.borrowed:
        why = f"shared {entries[phrase.borrowed.entry].kind}:{entries[phrase.borrowed.entry].name} + " + why
    if phrase.former:
        why = "former + " + why
    return Actor(
        code=code,
        country=code[:3] if code else None,
        sectors=split_sectors(code),
        name=name or head.name,
        wikidata=entries[person.entry].wikidata if person else head.wikidata,
        entry=why,
    )


def split_sectors(code: str | None) -> tuple[str, ...]:
    """``RUSGOVMIL`` -> ("GOV", "MIL"); IGO/IMG codes keep their organisation part; an
    ethnic code is no sector (``IRQCVLkur`` -> ("CVL",))."""
    if not code or len(code) <= 3:
        return ()
    rest = code[3:].rstrip("abcdefghijklmnopqrstuvwxyz")
    return tuple(rest[i:i + 3] for i in range(0, len(rest), 3))


def kind_of(phrase: Phrase) -> str:
    """The mention kind: the phrase's head (a person if it names one)."""
    kinds = phrase.kinds()
    if "person" in kinds or phrase.name:
        return "person"
    if "org" in kinds:
        return "agent"
    for kind in ("group", "igo"):
        if kind in kinds:
            return kind
    if "title" in kinds or (phrase.borrowed and phrase.borrowed.kind == "title"):
        return "title"
    if phrase.borrowed:
        return "agent"
    if kinds & {"agent", "ethnic", "collective", "institution"}:
        return "agent"
    return "metonym" if kinds & {"metonym", "place"} else "country"
