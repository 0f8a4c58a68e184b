from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "events.duckdb"
