"""The morphology against the UD Indonesian treebanks (read in place from ../shared)."""

from __future__ import annotations

from warta.lang.id.morphology import analyze


def test_lemma_accuracy_on_ud_derived_verbs(shared) -> None:
    path = shared("data", "morphology", "ud-indonesian", "derived_verb_form_lemma_feats.tsv")
    right = total = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        form, lemma, _feats, count = line.split("\t")
        total += int(count)
        right += int(count) * (analyze(form.lower()).lemma == lemma.lower())
    assert right / total >= 0.90, f"lemma accuracy {right / total:.3f}"


def test_voice_agrees_with_ud(shared) -> None:
    path = shared("data", "morphology", "ud-indonesian", "derived_verb_form_lemma_feats.tsv")
    right = total = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        form, _lemma, feats, count = line.split("\t")
        if "Voice=Pass" in feats and form.lower().startswith("di"):
            total += int(count)
            right += int(count) * (analyze(form.lower()).form == "passive")
    assert right / total >= 0.95, f"di- passive agreement {right / total:.3f}"
