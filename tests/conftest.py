"""Fixtures shared across the test suite: the pipeline (loaded once), the seed article and the shared/ data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = REPO / "examples" / "article-fr-poutine-pyongyang.txt"


def pytest_configure(config):
    config.addinivalue_line("markers", "issue(number): a test pinned to a filed issue")


def need_shared(relative: str) -> Path:
    """A path under ../shared, or skip the test with the reason when shared/ is not beside the checkout."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: shared/ must sit beside the checkout for this test")
    return path


@pytest.fixture(scope="session")
def nlp():
    from veille.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Analyse one French text (optionally with a publication date) and return its Analysis."""
    from veille.ingest import article_from_text
    from veille.nlp import analyse

    def run(text: str, dct: str | None = None):
        article = article_from_text(text, id="test", dct=dct, lang="fr")
        return next(analyse([article], nlp=nlp))

    return run


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    from veille.ingest import read_inputs
    from veille.nlp import analyse

    return next(analyse(read_inputs([SEED_TEXT]), nlp=nlp))


@pytest.fixture(scope="session")
def seed_expected():
    return json.loads(need_shared("seed/expected.json").read_text(encoding="utf-8"))
