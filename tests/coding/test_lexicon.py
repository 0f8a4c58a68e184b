"""The event lexicon engine (pattern syntax, load errors) and every Indonesian entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.coding.lexicon import STOP, EventLexicon, LexEntry, read_lexicon_file
from warta.lang import Analysis, get_pack
from warta.model import InputError
from warta.segment import tokenize

HEADER = "pattern\tcameo\tflags\texample\tsource\n"
LEMMAS = {"mengkritik": "kritik", "dikritik": "kritik", "kritikan": "kritik", "diserang": "serang"}


def toy_analyze(word: str) -> Analysis:
    """A stand-in morphology so the engine tests do not depend on a language's rules."""
    form = "passive" if word.startswith("di") else "noun" if word.endswith("an") else "active"
    return Analysis(LEMMAS.get(word, word), form if word in LEMMAS else "base")


def lexicon(*rows: str) -> EventLexicon:
    entries = [
        LexEntry(f"t:{i}", tuple(p.lstrip("^") for p in row.split()), _head(row), cameo, frozenset(), "-")
        for i, (row, cameo) in enumerate(r.rsplit(" => ", 1) for r in rows)
    ]
    return EventLexicon(entries, toy_analyze)


def _head(row: str) -> int:
    items = row.rsplit(" => ", 1)[0].split()
    return next((i for i, item in enumerate(items) if item.startswith("^")), 0)


def words(text: str) -> list[str]:
    return [text[s:e].lower() for s, e in tokenize(text)]


def codes(lex: EventLexicon, text: str) -> list[tuple[str, str]]:
    ws = words(text)
    return [(" ".join(ws[t.first : t.last + 1]), t.cameo) for t in lex.match(ws)]


# --- pattern syntax -------------------------------------------------------------------

def test_item_matches_word_or_its_lemma() -> None:
    lex = lexicon("kritik => 111")
    assert codes(lex, "DPR mengkritik menteri; menteri dikritik; kritikan keras") == [
        ("mengkritik", "111"), ("dikritik", "111"), ("kritikan", "111")]


def test_surface_item_matches_only_that_form() -> None:
    lex = lexicon("mengkritik => 111")
    assert codes(lex, "menteri dikritik lalu mengkritik") == [("mengkritik", "111")]


def test_stop_entry_blocks_its_words_and_codes_nothing() -> None:
    lex = lexicon("menawarkan => 036", "menawarkan diri => -")
    assert codes(lex, "ia menawarkan diri; Rusia menawarkan perundingan") == [("menawarkan", "036")]


def test_exact_item_does_not_match_other_forms_of_its_lemma() -> None:
    lex = lexicon("=kritik => 111")
    assert codes(lex, "DPR mengkritik menteri; kritik itu keras") == [("kritik", "111")]


def test_alternatives_within_an_item() -> None:
    lex = lexicon("bertemu|berjumpa dengan => 040")
    assert codes(lex, "Ia berjumpa dengan Lavrov dan bertemu dengan Wang") == [
        ("berjumpa dengan", "040"), ("bertemu dengan", "040")]


def test_gap_spans_zero_to_three_words() -> None:
    lex = lexicon("menyalurkan * bantuan => 070")
    assert codes(lex, "menyalurkan bantuan") == [("menyalurkan bantuan", "070")]
    assert codes(lex, "menyalurkan tiga ton beras bantuan") == [("menyalurkan tiga ton beras bantuan", "070")]
    assert codes(lex, "menyalurkan tiga ton beras dan bantuan") == []


def test_gap_never_crosses_punctuation() -> None:
    lex = lexicon("menyalurkan * bantuan => 070")
    assert codes(lex, "menyalurkan beras, bantuan") == []
    assert codes(lex, 'menyalurkan " bantuan') == []


def test_longest_match_wins_then_first_listed() -> None:
    lex = lexicon("serangan => 190", "serangan udara|laut => 195", "serangan udara => 190")
    ws = words("serangan udara Israel")
    (trigger,) = lex.match(ws)
    assert (trigger.first, trigger.last, trigger.cameo, trigger.entry.id) == (0, 1, "195", "t:1")


def test_triggers_do_not_overlap_and_run_left_to_right() -> None:
    lex = lexicon("melancarkan * serangan => 190", "serangan => 180", "mengecam => 111")
    assert codes(lex, "Iran mengecam Israel yang melancarkan serangan ke Gaza") == [
        ("mengecam", "111"), ("melancarkan serangan", "190")]


def test_head_marker_chooses_the_voice_word() -> None:
    lex = lexicon("bantuan ^diserang => 190")
    (trigger,) = lex.match(words("bantuan diserang"))
    assert (trigger.head, trigger.form) == (1, "passive")


def test_default_head_is_the_first_item() -> None:
    lex = lexicon("kritik keras => 111")
    (trigger,) = lex.match(words("dikritik keras"))
    assert (trigger.head, trigger.form) == (0, "passive")


# --- loading and malformed lines ------------------------------------------------------

def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "events_test.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_reads_entries_with_flags_and_comments(tmp_path: Path) -> None:
    path = write(tmp_path, "# a comment\n" + HEADER + "mengatakan\t010\tspeech\tIa mengatakan itu.\tcurated\n")
    (entry,) = read_lexicon_file(path)
    assert (entry.pattern, entry.cameo, entry.flags, entry.id) == (("mengatakan",), "010", {"speech"}, "events_test:3")


@pytest.mark.parametrize(
    "line,problem",
    [
        ("serang\t190\t\tcontoh\n", "expected 5 tab-separated columns"),
        ("serang\t1900x\t\tcontoh\tcurated\n", "is not a CAMEO code"),
        ("serang\t21\t\tcontoh\tcurated\n", "is not a CAMEO code"),
        ("serang\t190\tloud\tcontoh\tcurated\n", "unknown flag(s) loud"),
        ("* serang\t190\t\tcontoh\tcurated\n", "starts or ends with a gap"),
        ("serang * * udara\t190\t\tcontoh\tcurated\n", "two gaps in a row"),
        ("^serang ^udara\t190\t\tcontoh\tcurated\n", "marks 2 heads"),
        ("Serang\t190\t\tcontoh\tcurated\n", "not lower-case"),
        ("serang||x\t190\t\tcontoh\tcurated\n", "is empty"),
        ("serang\t190\t\t\tcurated\n", "needs an example"),
        ("\t190\t\tcontoh\tcurated\n", "empty pattern"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = write(tmp_path, HEADER + "bertemu\t040\t\tIa bertemu Wang.\tcurated\n" + line)
    with pytest.raises(InputError) as err:
        read_lexicon_file(path)
    assert err.value.where == f"{path}:3"
    assert problem in err.value.problem


def test_missing_header_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "serang\t190\t\tcontoh\tcurated\n")
    with pytest.raises(InputError, match="header"):
        read_lexicon_file(path)


def test_repeated_pattern_is_an_error() -> None:
    with pytest.raises(InputError, match="repeats entry"):
        lexicon("serang => 190", "serang => 180")


# --- the Indonesian lexicon -------------------------------------------------------------

PACK = get_pack("id")
LEXICON = EventLexicon.from_pack(PACK)


@pytest.mark.parametrize("entry", LEXICON.entries, ids=[e.id for e in LEXICON.entries])
def test_entry_matches_its_own_example(entry: LexEntry) -> None:
    """The example sentence, tokenised, yields a trigger from this very entry."""
    triggers = LEXICON.match(words(entry.example), keep_stops=True)
    found = [t for t in triggers if t.entry.id == entry.id]
    assert found, f"{' '.join(entry.pattern)!r} gave {[(t.entry.id, t.cameo) for t in triggers]}"
    assert found[0].cameo == entry.cameo


def test_every_cameo_root_is_covered() -> None:
    roots = {e.cameo[:2] for e in LEXICON.entries if e.cameo != STOP}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_lexicon_is_large_and_has_verbs_and_event_nouns() -> None:
    assert len(LEXICON.entries) >= 350
    forms = {PACK.analyze(e.pattern[e.head].split("|")[0]).form for e in LEXICON.entries}
    assert {"active", "passive", "noun", "base"} <= forms


def test_codes_exist_in_the_cameo_codebook(shared) -> None:
    path = shared("data", "cameo", "CAMEO_codefile.txt")
    known = {line.split(":")[1].split("=")[0].strip() for line in path.read_text().splitlines() if line.startswith("LABEL")}
    unknown = {e.cameo for e in LEXICON.entries} - known - {e.cameo for e in LEXICON.entries if len(e.cameo) == 2} - {STOP}
    assert not unknown, sorted(unknown)


def test_flags_mark_the_right_families() -> None:
    for e in LEXICON.entries:
        if "intent" in e.flags:
            assert e.cameo.startswith("03"), e.id
        if "appeal" in e.flags:
            assert e.cameo[:2] in {"02", "10"}, e.id
