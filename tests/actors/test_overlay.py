"""User overlays and Phoenix imports: good entries load, bad lines are named and skipped."""

from __future__ import annotations

from warta.actors.data_files import KBData
from warta.actors.kb import compile_kb, load_kb
from warta.actors.lookup import lookup
from warta.actors.overlay import apply_overlays
from warta.actors.phoenix import overlay_items
from warta.actors.stage import ActorMatcher

OVERLAY = """\
- name: Komando Jihad Nusantara
  kind: group
  code: IDNREB
  aliases: [Komando Jihad Nusantara, KJN]
- name: Broken Entry
  kind: group
- name: Bad Kind
  kind: wizard
  code: IDNREB
- name: Dated Front
  kind: group
  periods:
    - {code: XYZREB, end: 2020-01-31}
    - {code: XYZGOV, start: not-a-date}
- name: Taliban
  kind: group
  code: AFGOPP
"""


def test_overlay_loads_good_entries_and_names_bad_lines(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    data = KBData()
    problems = apply_overlays(data, [path])
    assert problems == [
        f"{path}:5: a group needs a 'code' or 'periods'",
        f"{path}:7: kind 'wizard' is not one of country, region, metonym, place, igo, group, institution, person, "
        "title, agent, ethnic, collective, org, blocked",
        f"{path}:10: date 'not-a-date' is not YYYY-MM-DD",
    ]
    assert [e.name for e in data.entries] == ["Komando Jihad Nusantara", "Taliban"]


def test_overlay_adds_and_overrides_in_the_matcher(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    kb = load_kb([path], cache_dir=None)
    matcher = ActorMatcher(kb)
    assert lookup(matcher, "anggota KJN ditangkap", "2021-10-21")["code"] == "IDNREB"
    assert lookup(matcher, "Taliban", "2021-10-21")["code"] == "AFGOPP"  # overrides the package
    assert len(kb.problems) == 3


def test_overlay_that_is_not_yaml_is_one_clear_problem(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("- name: [unclosed\n", encoding="utf-8")
    problems = apply_overlays(KBData(), [path])
    assert len(problems) == 1 and problems[0].startswith(f"{path}:") and "not valid YAML" in problems[0]


PHOENIX_ACTORS = """\
# comment
JOHN_DOE_  # a test actor
+JOHNNY_DOE_
\t[XYZGOV 990101-081231]
\t[XYZELI]
+ORPHAN_ALIAS_
BAD_DATES_
\t[XYZGOV 991399-000101]
NEW_FRONT_ [XYZREB]
"""

PHOENIX_AGENTS = "PROTESTER [~OPP]\nNOT AN AGENT LINE\nSOLDIER_ [~MIL]\n"


def test_import_phoenix_reports_bad_lines_and_keeps_the_rest(tmp_path):
    actors = tmp_path / "Test.actors.txt"
    actors.write_text(PHOENIX_ACTORS, encoding="utf-8")
    agents = tmp_path / "Test.agents.txt"
    agents.write_text(PHOENIX_AGENTS, encoding="utf-8")
    items, problems = overlay_items([actors, agents])
    assert problems == [f"{actors}:8: bad date '19991399' (expected YYMMDD or YYYYMMDD)",
                        f"{agents}:2: not an agent line (WORD_ [~SECTOR])"]
    by_name = {i["name"]: i for i in items}
    assert by_name["John Doe"]["periods"] == [
        {"code": "XYZGOV", "start": "1999-01-01", "end": "2008-12-31"}, {"code": "XYZELI"}]
    assert "Orphan Alias" in by_name["John Doe"]["aliases"]
    assert by_name["New Front"]["code"] == "XYZREB"
    assert by_name["protester"]["sectors"] == ["OPP"]
    # what import-phoenix writes is a valid overlay
    data = KBData()
    path = tmp_path / "overlay.yaml"
    import yaml
    path.write_text(yaml.safe_dump(items), encoding="utf-8")
    assert apply_overlays(data, [path]) == []
    kb = compile_kb(data, [])
    assert kb.stats()["office_holders"] == 1
