"""Hand-built articles and event records shaped like warta's (design.md's contract)."""

from __future__ import annotations

import hashlib
import random

from warta.model import Article

ACTORS = {
    "RUSGOV": ("Menteri Luar Negeri Rusia Sergei Lavrov", "Sergei Lavrov", "RUS", ["GOV"]),
    "AFGGOV": ("pemerintahan Taliban", "Taliban", "AFG", ["GOV"]),
    "IDNGOV": ("Presiden Joko Widodo", "Joko Widodo", "IDN", ["GOV"]),
    "CHNGOV": ("pemerintah China", "China", "CHN", ["GOV"]),
    "IGOUNO": ("Perserikatan Bangsa-Bangsa", "United Nations", "IGO", ["IGO"]),
    "USAGOV": ("Washington", "United States", "USA", ["GOV"]),
}
PLACES = {
    "RUS": ("Moscow", 55.7522, 37.6156, 524901, "48", "Moskow"),
    "IDN": ("Jakarta", -6.2146, 106.8451, 1642911, "04", "Jakarta"),
    "CHN": ("Beijing", 39.9075, 116.3972, 1816670, "22", "Beijing"),
}
VOCABULARY = (
    "pertemuan membahas keamanan regional perdagangan bantuan kemanusiaan warga terdampak konflik "
    "kawasan diplomat negara hadir menyampaikan pandangan langkah bersama pemerintah menteri "
    "presiden rakyat ekonomi harga pangan kebijakan parlemen oposisi partai pemilu kampanye "
    "polisi tentara perbatasan pengungsi rumah sakit sekolah jalan banjir gempa listrik investasi "
    "pabrik buruh upah pajak anggaran utang ekspor impor kedutaan sanksi perjanjian kerja sama "
    "pernyataan kritik protes demonstrasi pengadilan hakim jaksa korupsi tersangka saksi laporan"
).split()


def actor(code: str | None, start: int) -> dict | None:
    if code is None:
        return None
    text, name, country, sectors = ACTORS[code]
    return {"text": text, "start": start, "end": start + len(text), "code": code, "country": country,
            "sectors": sectors, "name": name, "wikidata": None}


def record(article_id: str, sentence: int, source: str | None, target: str | None, cameo: str,
           date: str = "2021-10-20", date_source: str = "text", place: str | None = "RUS",
           negated: bool = False, coder_version: str = "warta 0.1 / test", **extra) -> dict:
    root = cameo[:2]
    r = int(root)
    quad = 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4
    location = None
    if place:
        name, lat, lon, gid, adm1, text = PLACES[place]
        location = {"name": name, "country": place, "lat": lat, "lon": lon, "geonames_id": gid,
                    "text": text, "start": 200, "end": 200 + len(text), "adm1": adm1, "geo_type": 4}
    key = f"{article_id}|{sentence}|{source}|{target}|{cameo}"
    return {
        "event_id": hashlib.sha1(key.encode()).hexdigest()[:16], "article_id": article_id,
        "language": "id", "sentence_index": sentence, "date": date, "date_source": date_source,
        "source": actor(source, 100), "target": actor(target, 160), "cameo": cameo, "cameo_root": root,
        "quad_class": quad, "goldstein": {"04": 1.0, "11": -2.0, "03": 4.0}.get(root, 0.0),
        "plover": {"04": "CONSULT", "11": "ACCUSE", "03": "COOPERATE"}.get(root, "OTHER"),
        "trigger": {"text": "bertemu", "start": 150, "end": 157}, "negated": negated,
        "modality": "asserted", "location": location,
        "evidence": {"start": 100, "end": 260, "text": f"Kalimat {sentence} tentang {source} dan {target}."},
        "confidence": 0.75, "coder_version": coder_version, **extra,
    }


def article(n: int, outlet: str = "Antara", url: str | None = "auto", topic: str = "pertemuan") -> Article:
    """A distinct article (its words depend on n) of a few paragraphs."""
    rng = random.Random(f"{topic}-{n}")
    paragraphs = [" ".join(rng.choice(VOCABULARY) for _ in range(60)).capitalize() + "." for _ in range(4)]
    text = (f"Jakarta - Laporan nomor {n} tentang {topic}.\n\n" + "\n\n".join(paragraphs)
            + f"\n\nSumber {n} menyebut hasil {topic} akan diumumkan pekan depan oleh kementerian.")
    return Article(id=f"art-{n}", text=text, title=f"Berita {n}", outlet=outlet,
                   url=f"https://{outlet.lower()}.example/{n}" if url == "auto" else url,
                   published="2021-10-21", language="id", origin=f"corpus.jsonl:{n}")


def copy_of(original: Article, outlet: str, n: int) -> Article:
    """A syndicated copy: another outlet's URL, a credit line, a word changed."""
    text = original.text.replace("pekan depan", "minggu depan") + f"\n\n(Dikutip dari {original.outlet})"
    return Article(id=f"copy-{n}", text=text, title=original.title, outlet=outlet,
                   url=f"https://{outlet.lower()}.example/copy/{n}", published=original.published,
                   language="id", origin=f"copies.jsonl:{n}")
