"""Shared fixtures. Data under ../shared is read in place and never copied; tests that
need it skip with a clear message when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is absent: this test reads shared data in place")
    return path


@pytest.fixture(scope="session")
def shared():
    return shared_path
