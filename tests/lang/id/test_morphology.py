"""Indonesian affix morphology: each rule shown on a word from a sentence of our own."""

from __future__ import annotations

import pytest

from warta.lang.id.morphology import (Morphology, analyze, default_morphology, load_rules, read_noun_forms,
                                     shared_roots)

# (sentence the word comes from, word, lemma, form)
CASES = [
    ("Pasukan Rusia menyerang kota itu.", "menyerang", "serang", "active"),  # meny- + s
    ("Polisi memukul mundur massa.", "memukul", "pukul", "active"),  # mem- + p
    ("Hakim membacakan vonis.", "membacakan", "baca", "active"),  # mem- + b, -kan
    ("Ia menulis surat terbuka.", "menulis", "tulis", "active"),  # men- + t
    ("Rakyat mendukung keputusan itu.", "mendukung", "dukung", "active"),  # men- + d
    ("Menlu mengirim nota protes.", "mengirim", "kirim", "active"),  # meng- + k
    ("Mereka mengambil alih gedung.", "mengambil", "ambil", "active"),  # meng- + vowel
    ("Massa menggelar aksi.", "menggelar", "gelar", "active"),  # meng- + g
    ("DPR mengkritik menteri.", "mengkritik", "kritik", "active"),  # meng- + kr cluster
    ("Jet itu mengebom jembatan.", "mengebom", "bom", "active"),  # menge- + monosyllable
    ("Negara itu melarang impor.", "melarang", "larang", "active"),  # me- + l
    ("Juru bicara menyatakan sikapnya.", "menyatakan", "nyata", "active"),  # me- + ny root
    ("Tersangka ditangkap polisi.", "ditangkap", "tangkap", "passive"),  # di-
    ("Pelaku tertangkap kamera.", "tertangkap", "tangkap", "passive"),  # ter-
    ("Kedua menteri bertemu di Jakarta.", "bertemu", "temu", "base"),  # ber-
    ("Kedua pihak berunding.", "berunding", "runding", "base"),  # be- before r
    ("Pemerintah memperkuat patroli.", "memperkuat", "kuat", "active"),  # memper-
    ("Patroli diperketat.", "diperketat", "ketat", "passive"),  # diper-
    ("Aturan itu diberlakukan kemarin.", "diberlakukan", "laku", "passive"),  # diber- -kan
    ("Tentara menduduki desa.", "menduduki", "duduk", "active"),  # -i
    ("Pertemuan itu tertutup.", "pertemuan", "temu", "noun"),  # per-an
    ("Penangkapan itu sah.", "penangkapan", "tangkap", "action_noun"),  # pe(N)-an, t dropped
    ("Pengusiran diplomat dikecam.", "pengusiran", "usir", "action_noun"),  # peng-an
    ("Kekerasan meningkat.", "kekerasan", "keras", "noun"),  # ke-an
    ("Keberhasilan operasi itu diumumkan.", "keberhasilan", "hasil", "noun"),  # ke-ber-an
    ("Serangan itu menewaskan 20 orang.", "serangan", "serang", "noun"),  # -an
    ("Penyerang melarikan diri.", "penyerang", "serang", "noun"),  # pe(N)- agent noun
    ("Katanya, situasi aman.", "katanya", "kata", "base"),  # -nya
    ("Pertemuannya berlangsung lama.", "pertemuannya", "temu", "noun"),  # per-an + -nya
    ("Datanglah ke kantor kami.", "datanglah", "datang", "base"),  # -lah
    ("Serangan-serangan itu berlanjut.", "serangan-serangan", "serang", "noun"),  # reduplication
    ("Terjadi tembak-menembak di Nduga.", "tembak-menembak", "tembak", "base"),  # reciprocal
    ("Pemerintah menolak usul itu.", "pemerintah", "pemerintah", "noun"),  # lexicalized, not perintah
    ("Ia berbicara terhadap wartawan.", "terhadap", "terhadap", "base"),  # preposition, not ter- passive
    ("Mereka memberikan bantuan.", "memberikan", "beri", "active"),  # beri+kan, not ber+ikan
]


@pytest.mark.parametrize("sentence,word,lemma,form", CASES, ids=[c[1] for c in CASES])
def test_affix_rule(sentence: str, word: str, lemma: str, form: str) -> None:
    assert word in sentence.lower()
    assert tuple(analyze(word)) == (lemma, form)


def test_unknown_word_keeps_its_ending_but_loses_voice_prefix() -> None:
    # "dikriminalisasi" is not in the root list: the prefix still tells the voice
    result = analyze("dikriminalisasi")
    assert result.form == "passive"
    assert result.lemma == "kriminalisasi"


def test_short_unknown_word_is_not_stripped() -> None:
    # a name such as "Dimas" must not become a passive verb
    assert tuple(analyze("dimas")) == ("dimas", "base")


def test_analyze_is_cached() -> None:
    analyze("mengunjungi")
    before = analyze.cache_info().hits
    analyze("mengunjungi")
    assert analyze.cache_info().hits == before + 1


# Lexicon words that no treebank root explains: the root their family shares, or the
# shortest of them, joins the roots, so every form keeps its voice.
LEXICON_FAMILIES = [
    ("Pos itu digempur artileri semalam.", "digempur", "gempur", "passive"),  # shared root of a family
    ("Pasukan menggempur pos itu.", "menggempur", "gempur", "active"),
    ("Gempuran itu berlangsung semalam.", "gempuran", "gempur", "noun"),
    ("Dua WNI dideportasi otoritas Turki.", "dideportasi", "deportasi", "passive"),  # bare root listed
    ("Bentrokan pecah di perbatasan.", "bentrokan", "bentrok", "noun"),
    ("Kericuhan terjadi usai salat.", "kericuhan", "ricuh", "noun"),
    ("Pelaku diringkus di Medan.", "diringkus", "ringkus", "passive"),  # one of several roots in a family
]


@pytest.mark.parametrize("sentence,word,lemma,form", LEXICON_FAMILIES, ids=[c[1] for c in LEXICON_FAMILIES])
def test_lexicon_family_keeps_its_voice(sentence: str, word: str, lemma: str, form: str) -> None:
    assert word in sentence.lower()
    assert tuple(analyze(word)) == (lemma, form)


def test_shared_root_needs_two_forms_and_prefers_fewer_affixes() -> None:
    morph = Morphology(load_rules(), {"dan": "base"})
    # perkosa (one affix each way) beats kosa (per- and another affix each way)
    assert shared_roots(morph, [["memerkosa", "diperkosa", "perkosaan"]]) == {"perkosa"}
    # a single unexplained form proves nothing; a family listing its bare root keeps it
    assert shared_roots(morph, [["menggempur"]]) == set()
    assert shared_roots(morph, [["mendeportasi", "dideportasi", "deportasi"]]) == set()


# pe(N)- makes nouns with -an only: "penarikan" is tarik+an (withdrawal), never tari+kan
# ("dance"), "pembajakan" bajak+an (hijacking), never baja+kan ("steel").
PE_N_CONFIX = [
    ("Penarikan pasukan dimulai pekan depan.", "penarikan", "tarik"),
    ("Pembajakan kapal tanker itu dikecam.", "pembajakan", "bajak"),
]


@pytest.mark.parametrize("sentence,word,lemma", PE_N_CONFIX, ids=[c[1] for c in PE_N_CONFIX])
def test_pe_n_takes_no_suffix_but_an(sentence: str, word: str, lemma: str) -> None:
    assert word in sentence.lower()
    assert analyze(word).lemma == lemma


def test_doer_nouns_are_plain_nouns_and_keep_their_lemma() -> None:
    # "pembicaraan Rusia dan AS": the possessor talks (noun); "penangkapan anggota DPRD":
    # the possessor is arrested (action_noun, the rule); -nya does not hide the exception
    assert tuple(analyze("pembicaraan")) == ("bicara", "noun")
    assert tuple(analyze("pembicaraannya")) == ("bicara", "noun")
    assert tuple(analyze("penarikan")) == ("tarik", "noun")
    assert tuple(analyze("penangkapan")) == ("tangkap", "action_noun")


def test_every_noun_form_exception_overrides_the_rule() -> None:
    """Each row of noun_forms.tsv is a word the affix rule alone gets wrong (no dead rows)."""
    overrides = read_noun_forms()
    assert overrides
    plain = default_morphology()
    rule_only = Morphology(plain.rules, plain.roots)
    for word, form in overrides.items():
        assert rule_only.analyze(word).form != form, word
        assert analyze(word).form == form, word
        assert analyze(word).lemma == rule_only.analyze(word).lemma, word
