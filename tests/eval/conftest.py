"""Shared fixtures for the eval tests: where the gold data lives, and skipping when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
SHARED = REPO / ".." / "shared"
FR_NEWS_DEV = SHARED / "gold" / "fr-news-dev" / "fr_news_dev.jsonl"
HIPE_DEV = SHARED / "gold" / "hipe-fr-dev"
HIPE2020_DEV = HIPE_DEV / "HIPE-2022-v2.1-hipe2020-dev-fr.tsv"

def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"gold data not found at {path.resolve()} (shared/ is not beside the repo)")
    return path


@pytest.fixture
def fr_news_path() -> Path:
    return _need(FR_NEWS_DEV)


@pytest.fixture
def hipe2020_path() -> Path:
    return _need(HIPE2020_DEV)


@pytest.fixture
def hipe_dir() -> Path:
    return _need(HIPE_DEV)
