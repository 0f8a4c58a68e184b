"""Read PETRARCH/Phoenix (TABARI-format) actor and agent dictionaries.

Actor files: ``NAME_ [CODE]`` or ``NAME_`` then ``+ALIAS_`` lines and tab-indented
``[CODE YYMMDD-YYMMDD]`` / ``[CODE >YYMMDD]`` / ``[CODE <YYMMDD]`` lines. Agent files:
``WORD_ [~SECTORS]``. Used by the build script (package data) and by
``warta actors import-phoenix`` (user overlays). A malformed line is reported with file,
line and reason, and skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

CODE_RE = re.compile(r"\[([^\]]*)\]")
PERIOD_RE = re.compile(r"(?P<code>~?[A-Z]{3}[A-Za-z]*)\s*(?P<dates>(?:[<>]\s*\d{6,8}|\d{6,8}\s*-\s*\d{6,8})?)\s*")
AGENT_RE = re.compile(r"([A-Z0-9][A-Z0-9_.'&-]*?)_?\s*(?:\{[^}]*\}\s*)?\[~([A-Z]+)\]")


@dataclass(slots=True)
class Block:
    """One dictionary entry: its names (first = main) and dated codes."""

    names: list[str]
    line: int
    periods: list[tuple[str, str | None, str | None]] = field(default_factory=list)


def phoenix_date(value: str) -> str:
    """YYMMDD (2-digit years: <=30 -> 20YY) or YYYYMMDD -> ISO date; ValueError if bad."""
    value = value.strip()
    if len(value) == 6:
        year = int(value[:2])
        value = f"{2000 + year if year <= 30 else 1900 + year}{value[2:]}"
    if len(value) != 8 or not value.isdigit() or not ("01" <= value[4:6] <= "12"):
        raise ValueError(f"bad date {value!r} (expected YYMMDD or YYYYMMDD)")
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def parse_period(inner: str) -> tuple[str, str | None, str | None]:
    """``RUSGOV 991231-080507`` / ``RUSGOV >080508`` / ``RUSGOV <040331`` / ``RUSELI``."""
    m = PERIOD_RE.fullmatch(inner.strip())
    if not m:
        raise ValueError(f"[{inner}] is not [CODE] or [CODE dates]")
    code, dates = m.group("code"), m.group("dates").replace(" ", "")
    if not dates:
        return code, None, None
    if dates[0] == ">":
        return code, phoenix_date(dates[1:]), None
    if dates[0] == "<":
        return code, None, phoenix_date(dates[1:])
    start, end = dates.split("-")
    return code, phoenix_date(start), phoenix_date(end)


def read_actor_file(path: Path) -> tuple[list[Block], list[str]]:
    """Blocks of an actor dictionary, and the problems (file:line: reason)."""
    blocks: list[Block] = []
    problems: list[str] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        name_part = CODE_RE.sub("", line).strip()
        if line.startswith("+"):
            if not blocks:
                problems.append(f"{path}:{lineno}: alias line before any actor")
                continue
            blocks[-1].names.append(name_part[1:].strip())
        elif name_part and not line[0].isspace():
            if "[" in name_part or "]" in name_part:
                problems.append(f"{path}:{lineno}: unbalanced brackets")
                continue
            blocks.append(Block([name_part], lineno))
        elif name_part:
            problems.append(f"{path}:{lineno}: indented text that is not a [CODE] line")
            continue
        for inner in CODE_RE.findall(line):
            if not blocks:
                problems.append(f"{path}:{lineno}: code line before any actor")
                break
            try:
                blocks[-1].periods.append(parse_period(inner))
            except ValueError as exc:
                problems.append(f"{path}:{lineno}: {exc}")
    return blocks, problems


def read_agent_file(path: Path) -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
    """(agent words, sectors) of an agent dictionary, and the problems."""
    agents, problems = [], []
    text = path.read_text(encoding="utf-8", errors="replace")
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        m = AGENT_RE.fullmatch(line)
        if not m:
            problems.append(f"{path}:{lineno}: not an agent line (WORD_ [~SECTOR])")
            continue
        sectors = tuple(re.findall(r"[A-Z]{3}", m.group(2)))
        agents.append((m.group(1).replace("_", " ").strip().lower(), sectors))
    return agents, problems


def is_agent_file(path: Path) -> bool:
    """Agent dictionaries code with ``[~SECTOR]``; actor dictionaries with ``[CODE]``."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.count("[~") > text.count("[") / 2


def display_name(phoenix_name: str) -> str:
    """``SERGEY_VIKTOROVICH_LAVROV_`` -> ``Sergey Viktorovich Lavrov``."""
    words = phoenix_name.strip("_ ").replace("_", " ").split()
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words)


def overlay_items(paths: list[Path]) -> tuple[list[dict], list[str]]:
    """Overlay entries (see ``warta.actors.overlay``) from Phoenix files, and problems."""
    items, problems = [], []
    for path in paths:
        if is_agent_file(path):
            agents, found = read_agent_file(path)
            items += [{"name": word, "kind": "agent", "sectors": list(sectors), "lang": "en",
                       "source": f"phoenix:{path.name}"} for word, sectors in agents if sectors]
        else:
            blocks, found = read_actor_file(path)
            items += [item for b in blocks if (item := actor_item(b, path))]
        problems += found
    return items, problems


def actor_item(block: Block, path: Path) -> dict | None:
    periods = [p for p in block.periods if not p[0].startswith("~")]
    if not periods:
        return None
    name = display_name(block.names[0])
    dated = any(start or end for _, start, end in periods)
    kind = "person" if dated else ("igo" if periods[0][0].startswith(("IGO", "NGO")) else "group")
    item = {"name": name, "kind": kind, "aliases": sorted({display_name(n) for n in block.names}),
            "source": f"phoenix:{path.name}:{block.line}"}
    if len(periods) == 1 and not dated:
        item["code"] = periods[0][0]
    else:
        item["periods"] = [{k: v for k, v in (("code", c), ("start", s), ("end", e)) if v} for c, s, e in periods]
    return item
