"""Each reader: what it extracts, and the metadata it carries to the Article."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warta.ingest import read_inputs
from warta.model import Article, InputError
from warta.settings import Settings

ID_TEXT = (
    "Jakarta (ANTARA) - Presiden Indonesia bertemu Perdana Menteri Malaysia di Istana Merdeka, "
    "Senin (12/5). Kedua pemimpin sepakat memperkuat kerja sama perbatasan karena "
    "perdagangan di kawasan itu terus meningkat.\n\nMenteri Luar Negeri mengatakan "
    "pertemuan berikutnya akan digelar di Kuala Lumpur pada Agustus."
)
EN_TEXT = (
    "The United Nations Security Council met on Tuesday to discuss the crisis in Sudan. "
    "Several members called for an immediate ceasefire and urged both sides to allow "
    "humanitarian aid into the country."
)
HTML = """<!DOCTYPE html><html><head><title>Presiden Bertemu PM Malaysia | Kabar Uji</title>
<meta property="og:site_name" content="Kabar Uji">
<meta property="article:published_time" content="2024-05-13T08:00:00+07:00"></head>
<body><nav>Beranda Politik Ekonomi</nav><article><h1>Presiden Bertemu PM Malaysia</h1>
<p>Jakarta, Kabar Uji - Presiden Indonesia bertemu Perdana Menteri Malaysia di Istana Merdeka,
Senin (13/5). Kedua pemimpin sepakat memperkuat kerja sama perbatasan dan perdagangan.</p>
<p>Pertemuan itu berlangsung selama dua jam, kata juru bicara istana kepada wartawan di Jakarta.</p>
</article><footer>Hak cipta 2024 Kabar Uji</footer></body></html>"""


def read(paths, **settings) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], Settings(**settings)))


def articles(paths, **settings) -> list[Article]:
    items = read(paths, **settings)
    assert all(isinstance(i, Article) for i in items), items
    return items


def test_text_file_is_one_article_with_dateline_cut(tmp_path: Path):
    path = tmp_path / "berita.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    [article] = articles([path])
    assert article.text.startswith("Presiden Indonesia bertemu")
    assert article.dateline_text == "Jakarta (ANTARA) -"
    assert article.language == "id"
    assert article.origin == str(path)
    assert "\n\n" in article.text  # the paragraph break is kept


def test_text_file_headline_line_becomes_title(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Presiden Bertemu PM Malaysia\n\n" + ID_TEXT, encoding="utf-8")
    [article] = articles([path])
    assert article.title == "Presiden Bertemu PM Malaysia"
    assert "Bertemu PM" not in article.text


def test_html_gives_main_text_title_date_and_outlet(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = articles([path])
    assert article.title == "Presiden Bertemu PM Malaysia"
    assert article.published == "2024-05-13"
    assert article.outlet == "Kabar Uji"
    assert article.text.startswith("Presiden Indonesia bertemu")  # headline and dateline out
    assert "Beranda" not in article.text and "Hak cipta" not in article.text
    assert article.dateline_text == "Jakarta, Kabar Uji -"


def test_jsonl_one_article_per_line_with_fields(tmp_path: Path):
    path = tmp_path / "news.jsonl"
    rows = [
        {"id": "a1", "text": ID_TEXT, "title": "Judul", "url": "http://x/1", "date": "2021-10-21",
         "language": "id", "source": "Antara"},
        {"text": EN_TEXT, "date": "2021-10-22T10:00:00Z"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = articles([path])
    assert (first.id, first.title, first.url, first.published, first.outlet) == (
        "a1", "Judul", "http://x/1", "2021-10-21", "Antara")
    assert first.origin == f"{path}:1" and second.origin == f"{path}:2"
    assert second.published == "2021-10-22" and second.language == "en"
    assert second.id.startswith("news-2-")


def test_jsonl_gz_reads_like_jsonl(tmp_path: Path):
    plain, packed = tmp_path / "n.jsonl", tmp_path / "n.jsonl.gz"
    data = (json.dumps({"id": "x", "text": ID_TEXT}) + "\n").encode()
    plain.write_bytes(data)
    packed.write_bytes(gzip.compress(data))
    assert articles([packed])[0].text == articles([plain])[0].text


def test_json_file_with_a_list(tmp_path: Path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"id": "a", "text": ID_TEXT}, {"id": "b", "text": EN_TEXT}]), encoding="utf-8")
    assert [a.id for a in articles([path])] == ["a", "b"]


def write_warc(path: Path, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        for url, ctype, body in [
            ("http://kabar.uji/a", "text/html; charset=utf-8", HTML.encode()),
            ("http://kabar.uji/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("http://kabar.uji/a", "request", payload=io.BytesIO(b"GET /a")))


def test_warc_and_warc_gz_read_html_responses_only(tmp_path: Path):
    for name, compress in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = tmp_path / name
        write_warc(path, compress)
        [article] = articles([path])
        assert article.url == "http://kabar.uji/a"
        assert article.id.startswith("urn:uuid:")
        assert article.text.startswith("Presiden Indonesia bertemu")
        assert article.origin == f"{path}:1"


def test_directory_walk_is_recursive_sorted_and_skips_other_files(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text(ID_TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\x00\x00")
    origins = [a.origin for a in articles([tmp_path])]
    assert origins == [str(tmp_path / "c.txt"), str(tmp_path / "b" / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_format_is_sniffed_without_extension(tmp_path: Path):
    (tmp_path / "lines").write_text(json.dumps({"id": "j", "text": EN_TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "page").write_text(HTML, encoding="utf-8")
    (tmp_path / "plain").write_text(EN_TEXT, encoding="utf-8")
    got = articles([tmp_path / "lines", tmp_path / "page", tmp_path / "plain"])
    assert got[0].id == "j"
    assert got[1].title == "Presiden Bertemu PM Malaysia"
    assert got[2].text == EN_TEXT


def test_published_falls_back_to_default_date(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": EN_TEXT}) + "\n" + json.dumps({"text": EN_TEXT, "date": "soon"}) + "\n")
    first, second = articles([path], default_date="2020-01-02")
    assert first.published == "2020-01-02"
    assert second.published == "2020-01-02" and "unreadable date" in second.notes[0]


def test_ids_are_stable_and_distinct_per_line(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text((json.dumps({"text": EN_TEXT}) + "\n") * 2)
    ids = [a.id for a in articles([path])]
    assert len(set(ids)) == 2
    assert ids == [a.id for a in articles([path])]
