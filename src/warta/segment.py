"""Paragraphs, sentences and tokens, all as character offsets into the article text.

Tokens are kept as two parallel int lists per sentence (no per-token objects): the coder
reads words by slicing the text. Sentence boundaries are found on the token stream, so a
full stop inside an abbreviation ("Jl.", "U.S."), a number ("1.000") or an initial
("Joseph F. Dunford") does not split.
"""

from __future__ import annotations

import re

from warta.lang import get_pack
from warta.model import Article, Sentence
from warta.settings import Settings

# dotted abbreviations ("U.S.", "U.N."), words (with inner hyphens/apostrophes:
# "negara-negara", "al-Qaeda", "don't"), numbers with separators ("1.000", "64,45";
# "21/10/2021" stays five tokens), or one symbol
TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}(?!\w)|\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
PARAGRAPH_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
SENTENCE_END = frozenset(".!?")
CLOSERS = frozenset("\"'”’»)]")
OPENERS = frozenset("\"'“‘«([")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token offsets (start, end) in ``text[start:end]``, as absolute offsets."""
    return [m.span() for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph offsets: blocks separated by blank lines, trimmed of outer white space."""
    paragraphs = []
    pos = 0
    for m in PARAGRAPH_RE.finditer(text):
        _append_trimmed(text, pos, m.start(), paragraphs)
        pos = m.end()
    _append_trimmed(text, pos, len(text), paragraphs)
    return paragraphs


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _ends_sentence(text: str, tokens: list[tuple[int, int]], i: int, abbreviations: frozenset[str]) -> bool:
    """Whether the '.', '!' or '?' token at ``i`` closes a sentence."""
    s, e = tokens[i]
    j = i + 1
    while j < len(tokens) and tokens[j][0] == tokens[j - 1][1] and text[tokens[j][0]] in CLOSERS:
        j += 1  # closing quotes/brackets glued to the stop: look past them
    if j >= len(tokens):
        return True
    nxt_start = tokens[j][0]
    if nxt_start == tokens[j - 1][1]:  # "U.S" / "3.5" / "Rp." glued to what follows
        return False
    first = text[nxt_start]
    if not (first.isupper() or first.isdigit() or first in OPENERS or first in "-–—"):
        return False
    if text[s] != "." or i == 0:
        return True
    ps, pe = tokens[i - 1]
    if pe != s:
        return True
    word = text[ps:pe]
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: "F."
        return False
    return (word.lower() + ".") not in abbreviations


def split_sentences(
    text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> list[list[tuple[int, int]]]:
    """Split one paragraph's tokens into sentences; a line break always ends a sentence."""
    tokens = tokenize(text, start, end)
    sentences: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if current and "\n" in text[current[-1][1] : tok[0]]:
            sentences.append(current)
            current = []
        current.append(tok)
        if tok[1] - tok[0] == 1 and text[tok[0]] in SENTENCE_END and _ends_sentence(text, tokens, i, abbreviations):
            # closing quotes/brackets glued to the stop stay in this sentence
            while i + 1 < len(tokens) and text[tokens[i + 1][0]] in CLOSERS and tokens[i + 1][0] == current[-1][1]:
                i += 1
                current.append(tokens[i])
            sentences.append(current)
            current = []
        i += 1
    if current:
        sentences.append(current)
    return sentences


def segment(article: Article, abbreviations: frozenset[str] = frozenset()) -> Article:
    """Fill ``article.paragraphs`` and ``article.sentences``."""
    text = article.text
    article.paragraphs = split_paragraphs(text)
    sentences = []
    for p_index, (p_start, p_end) in enumerate(article.paragraphs):
        for toks in split_sentences(text, p_start, p_end, abbreviations):
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=toks[0][0],
                    end=toks[-1][1],
                    paragraph=p_index,
                    token_starts=[t[0] for t in toks],
                    token_ends=[t[1] for t in toks],
                )
            )
    article.sentences = sentences
    return article


class SegmentStage:
    """Pipeline stage: segmentation with the article language's abbreviations."""

    name = "segment"

    def initialize(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, article: Article) -> Article:
        abbreviations: frozenset[str] = frozenset()
        if article.language:
            try:
                abbreviations = get_pack(article.language).abbreviations
            except (KeyError, ModuleNotFoundError):
                abbreviations = frozenset()
        return segment(article, abbreviations)
