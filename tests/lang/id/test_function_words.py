"""What the Indonesian function words make the coder do: one role per test, each with a
sentence written for warta. The real pipeline runs (segmenter, actor KB, pack, coder), so
a test fails when the word is dropped from ``function_words.yaml`` or its role changes."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline
from warta.settings import Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings(stages=("segment", "actors", "coder")))


def events(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str, bool, str]]:
    """(source country, target country, CAMEO code, negated, modality) per event."""
    article = pipeline(Article(id="t", text=text, language="id", published="2024-05-02"))
    return [(e.source.actor.code[:3] if e.source and e.source.actor.code else None,
             e.target.actor.code[:3] if e.target and e.target.actor.code else None,
             e.cameo, e.negated, e.modality) for e in article.events]


def test_refusing_an_act_negates_it(pipeline: Pipeline) -> None:
    # "menolak mengerahkan": the deployment does not happen; the refusal does
    found = events(pipeline, "Malaysia menolak mengerahkan pasukan ke Myanmar.")
    assert any(e[0] == "MYS" and e[2].startswith("12") and not e[3] for e in found)
    assert all(e[3] for e in found if e[2].startswith("15"))


def test_refusal_consumes_the_demand_it_refuses(pipeline: Pipeline) -> None:
    # "menolak ultimatum X": one rejection of X, not a threat by the refuser
    found = events(pipeline, "Iran menolak ultimatum Amerika Serikat soal program nuklirnya.")
    assert ("IRN", "USA", "120", False, "asserted") in found
    assert not any(e[2].startswith("13") for e in found)


@pytest.mark.parametrize("vow", ["bersumpah", "berikrar"])
def test_a_vow_is_an_intent(pipeline: Pipeline, vow: str) -> None:
    # a vowed attack is a threat (CAMEO 138), not an attack
    found = events(pipeline, f"Kelompok Abu Sayyaf {vow} menyerang pangkalan militer Filipina.")
    assert any(e[2] == "138" and e[4] == "intent" for e in found)
    assert not any(e[2].startswith("19") for e in found)


def test_reflexive_pronoun_takes_the_speaker(pipeline: Pipeline) -> None:
    # "bahwa" closes the subject search; "dirinya" carries it back to the speaker
    found = events(pipeline, "Presiden Filipina menegaskan bahwa dirinya siap bertemu dengan Presiden China.")
    assert any(e[0] == "PHL" and e[1] == "CHN" and e[2].startswith("03") for e in found)


def test_following_opens_a_new_clause(pipeline: Pipeline) -> None:
    # "menyusul ..." says why; the actor after it is not the object of the verb before it
    found = events(pipeline, "Militer Myanmar bersiaga penuh menyusul kedatangan kapal perang Amerika Serikat.")
    assert any(e[0] == "MMR" and e[2].startswith("15") for e in found)
    assert not any(e[1] == "USA" for e in found)


def test_dengan_tujuan_opens_a_purpose_clause(pipeline: Pipeline) -> None:
    # the talks are what the visit is for, not a second event
    found = events(pipeline, "Menteri Luar Negeri Jepang mengunjungi Indonesia dengan tujuan membahas kerja sama maritim.")
    assert ("JPN", "IDN", "042", False, "asserted") in found
    assert not any(e[2] == "040" for e in found)


def test_negaranya_stands_for_the_speakers_state(pipeline: Pipeline) -> None:
    # "bahwa" closes the subject search; "negaranya" carries it back to the speaker
    found = events(pipeline, "Perdana Menteri Malaysia menyatakan bahwa negaranya mengecam serangan Israel ke Gaza.")
    assert any(e[0] == "MYS" and e[1] == "ISR" and e[2].startswith("11") for e in found)


@pytest.mark.parametrize("crowd", ["Puluhan ribu mahasiswa", "Ratusan mahasiswa", "Sedikitnya seribu mahasiswa"])
def test_a_quantity_does_not_hide_the_doer(pipeline: Pipeline, crowd: str) -> None:
    # "ribu", "ratusan", "sedikitnya" count the actor; they are not a noun it modifies
    found = events(pipeline, f"{crowd} menggelar unjuk rasa di depan Istana Merdeka.")
    assert any(e[0] == "IDN" and e[2].startswith("14") for e in found)


def test_agreeing_to_act_is_an_intent(pipeline: Pipeline) -> None:
    # "sepakat membuka": the opening is agreed, not done (CAMEO 035x, AGREE)
    found = events(pipeline, "Thailand dan Kamboja sepakat membuka kembali perbatasan.")
    assert any(e[0] == "THA" and e[2].startswith("035") and e[4] == "intent" for e in found)
    assert not any(e[2].startswith("08") for e in found)


@pytest.mark.parametrize("wave", ["Gelombang pertama pasukan Inggris", "Gelombang kedua pasukan Inggris"])
def test_a_wave_of_troops_does_not_hide_the_doer(pipeline: Pipeline, wave: str) -> None:
    # "gelombang pertama" counts the troops like "ratusan"; the troops are not its modifier
    found = events(pipeline, f"{wave} telah tiba di Bosnia pada Senin.")
    assert ("GBR", "BIH", "042", False, "asserted") in found
