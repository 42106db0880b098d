"""Fixtures of the KB tests: one KB built from the seed data per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.kb import KnowledgeBase, build_kb

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    build_kb(path)
    return path


@pytest.fixture(scope="session")
def kb(kb_path):
    kb = KnowledgeBase.open(kb_path)
    yield kb
    kb.close()
