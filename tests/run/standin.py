"""A stand-in chunk coder for the pool tests: cheap, deterministic, and able to kill the
worker process that runs it (``os._exit``, as a segfault or the OOM killer would).

Text markers: ``POISON`` kills the worker every time; ``FLAKY:<file>`` kills it the first
time only (the file records that it happened); ``BROKEN`` raises, as resources that fail
to load would.
"""

from __future__ import annotations

import os
from pathlib import Path

from warta.model import Article
from warta.run.batch import Outcome
from warta.settings import Settings


def code_chunk(articles: list[Article], settings: Settings) -> list[Outcome]:
    return [code(article) for article in articles]


def code(article: Article) -> Outcome:
    if "BROKEN" in article.text:
        raise RuntimeError("lexicon could not be loaded")
    if "POISON" in article.text:
        os._exit(7)
    if "FLAKY:" in article.text:
        marker = Path(article.text.split("FLAKY:", 1)[1].strip())
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            os._exit(7)
    return Outcome(article=article, records=[{"length": len(article.text), "pid": os.getpid()}])
