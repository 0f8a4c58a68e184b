"""Bytes to text: UTF-8 first, then the common fallbacks, and a clear refusal of binary.

A scrape saved by a Windows tool is often cp1252; latin-1 decodes anything, so it comes
last and only when the result still looks like text (few control characters).
"""

from __future__ import annotations

import codecs
import re

from warta.model import InputError

# Share of control characters (other than tab, newline, carriage return, form feed) above
# which decoded bytes are taken for binary data rather than text.
MAX_CONTROL_SHARE = 0.01
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, where: str) -> str:
    """The text of ``data``; InputError (naming ``where``) for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, where)
    if b"\x00" in data:
        raise InputError(where, "binary data (NUL bytes), not text")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text):
            return text
    raise InputError(where, "binary data or unknown encoding (not UTF-8, cp1252 or latin-1 text)")


def _decode_strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not valid {encoding} despite its byte-order mark (byte {exc.start})") from None


def looks_like_text(text: str) -> bool:
    """True when control characters are rare (binary decoded as latin-1 is full of them)."""
    return len(_CONTROLS.findall(text)) <= MAX_CONTROL_SHARE * len(text)
