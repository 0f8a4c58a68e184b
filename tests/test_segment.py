"""Segmentation: paragraphs, sentences and tokens with offsets into the text."""

from warta.model import Article
from warta.segment import segment, split_paragraphs, tokenize

TEXT = (
    "Jakarta - Menteri Luar Negeri Retno Marsudi bertemu Dr. Ahmad di Jl. Merdeka No. 5, Senin (12/5). "
    "Ia membahas bantuan senilai 1.000 ton beras.\n\n"
    "Presiden AS Joseph F. Biden mengatakan “kami siap.” Kesepakatan itu diteken pukul 14.30 WIB!\n"
    "Baris baru tanpa titik\n\nParagraf ketiga?"
)
ABBREVIATIONS = frozenset({"dr.", "jl.", "no."})


def test_every_token_span_is_its_text():
    for start, end in tokenize(TEXT):
        assert TEXT[start:end] == TEXT[start:end].strip() and end > start


def test_tokens_keep_hyphenated_words_and_numbers_whole():
    sample = "negara-negara al-Qaeda membayar 1.000 euro, 64,45 juta"
    words = [sample[s:e] for s, e in tokenize(sample)]
    assert words == ["negara-negara", "al-Qaeda", "membayar", "1.000", "euro", ",", "64,45", "juta"]


def test_paragraphs_are_blank_line_blocks():
    paragraphs = split_paragraphs(TEXT)
    assert len(paragraphs) == 3
    assert TEXT[paragraphs[2][0]:paragraphs[2][1]] == "Paragraf ketiga?"


def test_sentences_respect_abbreviations_initials_numbers_and_line_breaks():
    article = segment(Article(id="t", text=TEXT), ABBREVIATIONS)
    sentences = [TEXT[s.start:s.end] for s in article.sentences]
    assert sentences == [
        "Jakarta - Menteri Luar Negeri Retno Marsudi bertemu Dr. Ahmad di Jl. Merdeka No. 5, Senin (12/5).",
        "Ia membahas bantuan senilai 1.000 ton beras.",
        "Presiden AS Joseph F. Biden mengatakan “kami siap.”",
        "Kesepakatan itu diteken pukul 14.30 WIB!",
        "Baris baru tanpa titik",
        "Paragraf ketiga?",
    ]
    assert [s.paragraph for s in article.sentences] == [0, 0, 1, 1, 1, 2]
    for s in article.sentences:
        assert s.token_starts[0] == s.start and s.token_ends[-1] == s.end
        assert all(TEXT[a:b].strip() == TEXT[a:b] for a, b in zip(s.token_starts, s.token_ends))


def test_without_abbreviations_an_abbreviation_splits():
    article = segment(Article(id="t", text="Ia bertemu Dr. Ahmad."))
    assert len(article.sentences) == 2


def test_dotted_abbreviations_are_one_token_and_do_not_split():
    text = "Pakistan, a key U.S. ally, refused. The U.N. Security Council met."
    article = segment(Article(id="t", text=text))
    assert [text[s.start:s.end] for s in article.sentences] == [
        "Pakistan, a key U.S. ally, refused.", "The U.N. Security Council met."]
    assert "U.S." in [text[a:b] for a, b in tokenize(text)]

