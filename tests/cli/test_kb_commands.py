"""``veille kb build|lookup|place|import`` in-process, each on its own knowledge base file under tmp_path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app

WIKIDATA_MINI = Path(__file__).resolve().parents[1] / "kb" / "fixtures" / "wikidata-mini.json"


def _invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def _counts(stdout: str) -> dict[str, int]:
    """The ``name  count`` lines that ``kb build`` and ``kb import`` print."""
    return {m[1]: int(m[2]) for m in re.finditer(r"^\s*(\w+)\s+(\d+)\s*$", stdout, flags=re.MULTILINE)}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    return path, _invoke("kb", "build", "--kb", str(path))


def test_kb_build_creates_the_file_and_prints_counts(built):
    path, result = built
    assert result.exit_code == 0, result.stderr
    assert path.is_file()
    counts = _counts(result.stdout)
    assert counts["entities"] > 1000
    assert counts["aliases"] > counts["entities"]
    assert counts["PERSON"] > 0 and counts["IGO"] > 0 and counts["COUNTRY"] > 150
    assert counts["imported"] == 0


def test_kb_build_builds_the_gazetteer_beside_the_kb(built):
    path, result = built
    assert path.with_name("places.sqlite").is_file()
    assert re.search(r"places: city\s+\d{6}", result.stdout) and re.search(r"places: country\s+2\d\d", result.stdout)


def test_kb_place_lists_the_homonyms_a_name_may_designate(built):
    path, _ = built
    result = _invoke("kb", "place", "Tripoli", "--kb", str(path))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("gn:266826 Tripoli — city") and ", LB;" in line for line in lines)
    assert _invoke("kb", "place", "Zorglubville", "--kb", str(path)).stdout.startswith("no place is named")


def test_kb_lookup_finds_nato_by_its_french_name(built):
    path, _ = built
    result = _invoke("kb", "lookup", "Otan", "--kb", str(path))
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("Q7184 Otan")
    assert "IGO" in first


def test_kb_lookup_unknown_name_prints_nothing(built):
    path, _ = built
    result = _invoke("kb", "lookup", "Zorglub le Magnifique", "--kb", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == ""


def test_kb_import_adds_the_fixture_entities(tmp_path):
    path = tmp_path / "kb.sqlite"
    before = _invoke("kb", "lookup", "Albert Einstein", "--kb", str(path))  # builds the seed KB
    assert before.exit_code == 0 and "Q937" not in before.stdout  # Einstein is not a seed entity
    result = _invoke("kb", "import", str(WIKIDATA_MINI), "--kb", str(path))
    assert result.exit_code == 0, result.stderr
    counts = _counts(result.stdout)
    assert (counts["read"], counts["imported"], counts["updated"], counts["skipped"]) == (7, 2, 3, 2)
    after = _invoke("kb", "lookup", "Albert Einstein", "--kb", str(path))
    assert after.exit_code == 0, after.stderr
    assert after.stdout.startswith("Q937 Albert Einstein")
    alias = _invoke("kb", "lookup", "Lutèce", "--kb", str(path))  # an alias the dump gives to Paris (Q90)
    assert alias.stdout.startswith("Q90 Paris")
