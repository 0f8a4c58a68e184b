"""Cleaning: boilerplate lines, trailing tags, datelines, whitespace, headline."""

from __future__ import annotations

import json

import pytest

from warta.ingest.clean import clean

BODY = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Istana Merdeka, Senin (12/5)."


def test_seed_head_view_counter_and_dateline(shared):
    gold = json.loads(shared("gold", "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert gold["text"].startswith("Inionline.id – Dalam keamanan regional")
    cleaned = clean("Internasional057 views\n" + gold["text"])
    assert cleaned.dateline == "Inionline.id –"
    assert cleaned.text == gold["text"][len("Inionline.id – "):]
    assert "views" not in cleaned.text


@pytest.mark.parametrize("head", [
    "Inionline.id –", "Jakarta, CNN Indonesia - -", "Jakarta, CNN Indonesia --", "Jakarta (ANTARA) -",
    "WASHINGTON (Reuters) -", "KOMPAS.com -", "Samarinda, Kalimantan Timur (ANTARA News) -",
    "WASHINGTON, Oct. 20 (Reuters) -", "JUARA.NET, TOKYO -", "JAKARTA (Pos Kota) –", "Suara.com -",
    "LONDON, May 12 (AP) —",
])
def test_dateline_is_cut_and_kept(head):
    cleaned = clean(f"{head} {BODY}\n\nParagraf kedua.")
    assert cleaned.dateline == head
    assert cleaned.text == f"{BODY}\n\nParagraf kedua."


def test_dateline_glued_to_the_text_and_on_its_own_line():
    assert clean(f"JAKARTA (Pos Kota) –{BODY}").text == BODY
    assert clean(f"Suara.com -\n{BODY}").text == BODY


@pytest.mark.parametrize("text", [
    "Persib - Persija bermain imbang di Stadion Gelora Bandung Lautan Api, Minggu (3/6).",
    "Pebulu tangkis Sung Ji - hyun menang dua gim langsung di babak pertama.",
    "Jakarta - Presiden meminta menteri mempercepat belanja negara.",
    "Ia mengatakan - dalam keterangan tertulis - bahwa pertemuan berjalan lancar.",
])
def test_text_that_is_not_a_dateline_is_left_alone(text):
    cleaned = clean(text)
    assert cleaned.dateline is None and cleaned.text == text


def test_outlet_of_the_page_counts_as_a_dateline_credit():
    text = f"Jakarta, Kabar Uji - {BODY}"
    assert clean(text).dateline is None
    assert clean(text, outlet="Kabar Uji").dateline == "Jakarta, Kabar Uji -"


def test_boilerplate_lines_are_dropped_anywhere():
    text = (f"{BODY}\n\nBaca juga: Menlu Bertemu Dubes Jepang\n\nSIMAK JUGA: Arema Datangkan Pemain\n\n"
            "Baca_Juga\n\nBagikan: Facebook Twitter WhatsApp\n\nADVERTISEMENT\n\nParagraf terakhir.")
    assert clean(text).text == f"{BODY}\n\nParagraf terakhir."


@pytest.mark.parametrize("tail", [
    " (ant)", " (rsa / rsa)", " [feb]", " (Antara)", "\n\n(end)", "\n\nEditor: Aditia Maruli",
    "\n\nPewarta: Fulan\nEditor: Fulanah", "\n\nCOPYRIGHT © ANTARA 2021", "\n\n(Reporting by A; Editing by B)",
    "\n\nSumber: Reuters.",
])
def test_trailing_credit_is_removed(tail):
    assert clean(BODY + tail).text == BODY


def test_parenthesis_that_ends_a_sentence_is_kept():
    text = "Kedua negara sepakat membentuk tim bersama dengan Amerika Serikat (AS)"
    assert clean(text).text == text


def test_whitespace_is_normalised_conservatively():
    raw = "  Presiden\u00a0 Joko\tWidodo  bertemu\u200b PM.  \r\n\r\n\r\n\r\nKedua   pemimpin sepakat.\r\nBaris dua. "
    assert clean(raw).text == "Presiden Joko Widodo bertemu PM.\n\nKedua pemimpin sepakat.\nBaris dua."


def test_headline_line_is_taken_only_when_it_stands_alone():
    assert clean(f"Presiden Bertemu PM Malaysia\n\n{BODY}", find_title=True).title == "Presiden Bertemu PM Malaysia"
    assert clean(f"Presiden Bertemu PM Malaysia\n\n{BODY}").title is None  # only for plain text
    assert clean(f"{BODY}\n\nKedua pemimpin sepakat.", find_title=True).title is None  # a sentence
    assert clean(f"Presiden Bertemu PM Malaysia\n{BODY}", find_title=True).title is None  # no blank line


def test_cleaning_is_idempotent_on_the_corpus(shared):
    """Re-reading warta's own output leaves it unchanged: offsets into it stay valid."""
    lines = shared("data", "corpus", "indosum-articles.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:400]:
        once = clean(json.loads(line)["text"]).text
        assert clean(once).text == once
