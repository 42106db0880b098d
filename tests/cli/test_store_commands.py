"""The store's commands end to end, in-process: ingest, search, entity, stories, timeline, export.

Each test ingests the seed article with the real pipeline (loaded once per process) into its own data dir.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.export import read_table

SEED_TEXT = Path(__file__).resolve().parents[2] / "examples" / "article-fr-poutine-pyongyang.txt"  # as in tests/conftest.py


def _invoke(*args: str):
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.fixture
def data_dir(tmp_path, nlp):
    result = _invoke("ingest", SEED_TEXT, "--data-dir", tmp_path, "-j", "1")
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output
    return tmp_path


def test_cli_ingest_twice_skips_the_stored_article(data_dir):
    result = _invoke("ingest", SEED_TEXT, "--data-dir", data_dir, "-j", "1")
    assert result.exit_code == 0 and "skipped 1 already present" in result.output


def test_cli_ingest_reports_each_error_and_fails_when_all_fail(tmp_path):
    result = _invoke("ingest", tmp_path / "absent.txt", "--data-dir", tmp_path, "-j", "1")
    assert result.exit_code == 1
    assert "absent.txt: not_found" in result.output


def test_cli_search_prints_json_hits(data_dir):
    result = _invoke("search", "Pyongyang", "--speaker", "Poutine", "--json", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    assert [hit["doc_id"] for hit in json.loads(result.stdout)["hits"]] == ["article-fr-poutine-pyongyang"]


def test_cli_search_by_place(data_dir):
    near = _invoke("search", "--near", "39.03,125.75", "--km", "40", "--json", "--data-dir", data_dir)
    country = _invoke("search", "--country", "UA", "--json", "--data-dir", data_dir)
    far = _invoke("search", "--country", "BR", "--json", "--data-dir", data_dir)
    assert [hit["doc_id"] for hit in json.loads(near.stdout)["hits"]] == ["article-fr-poutine-pyongyang"]
    assert json.loads(country.stdout)["total"] == 1 and json.loads(far.stdout)["total"] == 0
    bad = _invoke("search", "--near", "Pyongyang", "--data-dir", data_dir)
    assert bad.exit_code == 2 and "LAT,LON" in bad.output


@pytest.mark.parametrize("command", ["entity", "timeline"])
def test_cli_entity_views_name_the_entity(data_dir, command):
    result = _invoke(command, "Poutine", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    assert "Vladimir Poutine" in result.stdout


def test_cli_stories_lists_the_story_of_the_seed_article(data_dir):
    result = _invoke("stories", "--json", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    assert [story["articles"] for story in json.loads(result.stdout)["stories"]] == [1]


def test_cli_timeline_of_a_story_shows_its_quotes(data_dir):
    result = _invoke("timeline", "--story", "1", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    assert "Story #1" in result.stdout and "quote" in result.stdout


@pytest.mark.parametrize("args,message", [
    (["--story", "9"], "no stored story has the id 9"),
    (["Poutine", "--story", "1"], "not both"),
])
def test_cli_timeline_of_a_story_refuses_bad_requests(data_dir, args, message):
    result = _invoke("timeline", *args, "--data-dir", data_dir)
    assert result.exit_code != 0 and message in result.output


def test_cli_entity_unknown_is_a_clean_error(data_dir):
    result = _invoke("entity", "Personne", "--data-dir", data_dir)
    assert result.exit_code == 1 and "no stored entity is named 'Personne'" in result.output


def test_cli_export_jsonl_equals_analyze(data_dir):
    exported = _invoke("export", "--format", "jsonl", "--data-dir", data_dir)
    analysed = _invoke("analyze", SEED_TEXT, "--format", "jsonl", "-j", "1")
    assert exported.exit_code == analysed.exit_code == 0
    assert exported.stdout == analysed.stdout


def test_cli_export_parquet_writes_every_table_by_month(data_dir, tmp_path):
    import pyarrow.parquet as pq

    result = _invoke("export", "--format", "parquet", "--out", tmp_path / "tables", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    mentions = pq.read_table(tmp_path / "tables" / "mentions" / "month=2024-06" / "store.parquet").to_pylist()
    assert any(row["text"] == "le numéro un russe" and row["kb_id"] == "Q7747" for row in mentions)
    timexes = read_table(str(tmp_path / "tables"), "timexes").to_pylist()
    assert {row["value"] for row in timexes} >= {"2024-06-18", "2024-06-19"}
    assert {row["month"] for row in timexes} == {"2024-06"}
    documents = read_table(str(tmp_path / "tables"), "documents").to_pylist()
    assert [json.loads(row["document"])["id"] for row in documents] == ["article-fr-poutine-pyongyang"]


def test_cli_export_parquet_needs_a_folder(data_dir):
    result = _invoke("export", "--format", "parquet", "--data-dir", data_dir)
    assert result.exit_code != 0 and "--out" in result.output


def test_cli_export_gdelt_writes_the_table_header(data_dir):
    result = _invoke("export", "--format", "gdelt", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split("\t")[:3] == ["GLOBALEVENTID", "SQLDATE", "MonthYear"]
