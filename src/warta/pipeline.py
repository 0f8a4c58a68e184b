"""The per-article pipeline: a short loop over named stages (``Article -> Article``).

Each stage is built from the registry below, loads its resources once in
``initialize()`` (so a missing lexicon fails at start-up, not mid-run) and is then a
pure function of the article. That purity is what lets the batch runner fan articles
out to processes or Dask workers with the same code.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from warta.model import Article
from warta.settings import Settings


class Stage(Protocol):
    name: str

    def initialize(self, settings: Settings) -> None: ...

    def __call__(self, article: Article) -> Article: ...


# name -> "module:factory"; factories take no arguments and return a Stage.
STAGES: dict[str, str] = {
    "segment": "warta.segment:SegmentStage",
    "actors": "warta.actors.stage:ActorStage",
    "topic": "warta.topic:TopicStage",
    "coder": "warta.coding.coder:CoderStage",
    "dates": "warta.resolve.dates:DateStage",
    "places": "warta.resolve.places:PlaceStage",
}


class StageError(Exception):
    def __init__(self, stage: str, article_id: str, cause: BaseException):
        super().__init__(f"stage {stage!r} failed on article {article_id!r}: {cause!r}")
        self.stage = stage
        self.article_id = article_id
        self.cause = cause


def build_stage(name: str) -> Stage:
    if name not in STAGES:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(STAGES)}")
    module_name, factory = STAGES[name].split(":")
    return getattr(importlib.import_module(module_name), factory)()


class Pipeline:
    """Runs the configured stages over articles; resources are loaded once."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.stages: list[Stage] = [build_stage(n) for n in self.settings.stages]
        for stage in self.stages:
            stage.initialize(self.settings)

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            try:
                result = stage(article)
            except Exception as exc:  # handed to the caller with the stage named
                raise StageError(stage.name, article.id, exc) from exc
            if not isinstance(result, Article):
                raise StageError(stage.name, article.id, TypeError("stage did not return an Article"))
            article = result
        return article
