"""The code book: names, Goldstein, QuadClass, PLOVER and the intent forms of CAMEO codes."""

from __future__ import annotations

import pytest

from warta.coding.codebook import load_codebook


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


@pytest.mark.parametrize("code, intent", [
    ("1723", "1323"),  # a curfew threatened is 1323, not violent repression
    ("172", "132"),
    ("1661", "136"),  # expelling peacekeepers threatened: halting international involvement
    ("173", "137"),  # arrests threatened: repression
    ("190", "138"),
    ("0861", "0355"),  # a 4-digit code with no entry of its own falls back to its 3-digit one
])
def test_intent_form_of_a_code_is_the_most_specific_listed(codebook, code, intent):
    assert codebook.intent_code(code) == intent


def test_every_intent_form_is_a_known_code(codebook):
    for code in ("04", "061", "0861", "1723", "164", "20"):
        intended = codebook.intent_code(code)
        assert intended and codebook.get(intended).name, code
