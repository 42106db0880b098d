"""Fixtures for the ingest tests: the bundled seed article and a French news page written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "examples" / "article-fr-poutine-pyongyang.txt"
GOLD_HTML = ROOT.parent / "shared" / "gold" / "article-extraction" / "html"


@pytest.fixture
def seed_path() -> Path:
    """The project's reference article (bundled byte for byte from shared/seed/)."""
    if not SEED.is_file():
        pytest.skip(f"the seed article is not bundled at {SEED}")
    return SEED


@pytest.fixture
def depeche_path() -> Path:
    """A small French news page: <title>, article:published_time, author, canonical link, nav, footer, a
    "Lire aussi" box inside the article."""
    return DATA / "depeche-fr.html"
