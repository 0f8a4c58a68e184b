"""The Indonesian pack: loads, and carries every function-word role the coder reads."""

from __future__ import annotations

from warta.lang import get_pack

ROLES = {
    "negators": {"tidak", "tak", "belum", "bukan", "enggan", "tanpa", "menolak untuk"},
    "intent": {"akan", "berencana", "siap", "bersedia", "ingin", "hendak", "berniat"},
    "hypothetical": {"jika", "kalau", "apabila", "bila", "seandainya"},
    "complementizers": {"bahwa"},
    "speech_markers": {"kata", "ujar", "ucap", "tutur", "menurut"},
    "passive_agent": {"oleh"},
    "target_preps": {"dengan", "kepada", "terhadap", "ke", "untuk", "atas", "pada", "bagi", "melawan"},
    "conjunctions": {"dan", "serta", "maupun", "beserta"},
    "relative": {"yang"},
    "clause_breaks": {"setelah", "sebelum", "ketika", "saat", "sementara", "namun", "tetapi", "karena",
                      "sehingga", "sedangkan", "meskipun", "agar", "sejak"},
    "pronouns_person": {"ia", "dia", "beliau"},
    "pronouns_group": {"mereka"},
    "determiners": {"para", "sang", "pihak", "kedua", "itu", "tersebut", "ini", "sejumlah", "beberapa", "seluruh"},
    "skip": {"telah", "sudah", "sedang", "masih", "juga", "pun", "kembali", "baru", "segera", "sebelumnya",
             "pernah", "hanya", "bahkan", "secara resmi", "dikabarkan"},
}


def test_pack_loads_with_code_folder_and_morphology() -> None:
    pack = get_pack("id")
    assert pack.code == "id"
    assert (pack.folder / "function_words.yaml").exists()
    assert pack.analyze("dikecam").form == "passive"


def test_every_role_has_its_core_words() -> None:
    pack = get_pack("id")
    for role, core in ROLES.items():
        missing = core - pack.words(role)
        assert not missing, f"{role} lacks {sorted(missing)}"


def test_function_words_are_lower_case_and_trimmed() -> None:
    pack = get_pack("id")
    for role, words in pack.function_words.items():
        for w in words:
            assert w == w.strip().lower() and "  " not in w, (role, w)


def test_abbreviations_keep_the_sentence_together() -> None:
    from warta.segment import split_sentences

    pack = get_pack("id")
    assert {"dr.", "jl.", "no.", "sdr.", "h.", "prof."} <= pack.abbreviations
    text = "Prof. Dr. Budi tinggal di Jl. Merdeka No. 5 di Jakarta. Ia pensiun."
    assert len(split_sentences(text, 0, len(text), pack.abbreviations)) == 2
