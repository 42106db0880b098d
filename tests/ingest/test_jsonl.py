"""JSONL inputs: one document per line; a bad line is rejected with its line number and the others go on."""

from __future__ import annotations

import json

import pytest

from veille.errors import EmptyDocument, MalformedRecord
from veille.ingest import Article, Rejected, read_inputs

TEXT = "Le président de la République recevra jeudi les partenaires sociaux à l'Élysée."


def _write_jsonl(path, lines):
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("bad_line", ['{"id": "b", "text": "Le maire a', "pas du JSON du tout"])
def test_jsonl_rejects_malformed_line_and_goes_on(tmp_path, bad_line):
    path = _write_jsonl(tmp_path / "lot.jsonl", [{"id": "a", "text": TEXT}, bad_line, {"id": "c", "text": TEXT}])
    items = list(read_inputs([path]))
    assert [item.id for item in items] == ["a", "lot:2", "c"]
    assert isinstance(items[1], Rejected) and isinstance(items[1].error, MalformedRecord)
    assert items[1].origin == f"{path}:2"
    assert [items[0].origin, items[2].origin] == [f"{path}:1", f"{path}:3"]


@pytest.mark.parametrize(
    "record",
    [
        [TEXT],
        "42",
        {"id": "x"},
        {"id": "x", "text": 42},
        {"id": "x", "text": TEXT, "dct": "18/06/2024"},
        {"id": "x", "text": TEXT, "dct": "2024-02-30"},
        {"id": ["x"], "text": TEXT},
        {"id": "x", "text": TEXT, "title": {"fr": "Titre"}},
    ],
    ids=["array", "number", "no-text", "text-not-string", "dct-format", "dct-not-a-date", "id-list", "title-object"],
)
def test_jsonl_rejects_invalid_record(tmp_path, record):
    path = _write_jsonl(tmp_path / "lot.jsonl", [record])
    [rejected] = read_inputs([path])
    assert isinstance(rejected.error, MalformedRecord)
    assert rejected.reason == "malformed_record"


@pytest.mark.parametrize("record", [{"id": "vide", "text": "  \n "}])
def test_jsonl_rejects_empty_text_with_record_id(tmp_path, record):
    [rejected] = read_inputs([_write_jsonl(tmp_path / "lot.jsonl", [record])])
    assert isinstance(rejected.error, EmptyDocument)
    assert rejected.id == "vide"


@pytest.mark.parametrize("record", [{"text": TEXT}, {"id": "", "text": TEXT}])
def test_jsonl_names_record_without_id_by_line(tmp_path, record):
    path = _write_jsonl(tmp_path / "lot.jsonl", ["", record])
    [article] = read_inputs([path])
    assert article.id == "lot:2"


@pytest.mark.parametrize("record", [{"id": 7, "text": TEXT}])
def test_jsonl_accepts_integer_id(tmp_path, record):
    [article] = read_inputs([_write_jsonl(tmp_path / "lot.jsonl", [record])])
    assert article.id == "7"


@pytest.mark.parametrize(
    "record",
    [{"id": "r", "text": TEXT, "dct": "2024-06-18", "url": "https://exemple.fr/a", "title": "Réunion", "lang": "fr"}],
)
def test_jsonl_keeps_record_fields(tmp_path, record):
    [article] = read_inputs([_write_jsonl(tmp_path / "lot.jsonl", [record])])
    assert article.text == TEXT
    assert (article.dct, article.dct_source) == ("2024-06-18", "given")
    assert (article.url, article.title, article.lang) == ("https://exemple.fr/a", "Réunion", "fr")


def test_jsonl_extracts_html_record_with_record_fields_first(tmp_path, depeche_path):
    record = {"id": "page", "html": depeche_path.read_text(encoding="utf-8"), "title": "Titre du flux"}
    [article] = read_inputs([_write_jsonl(tmp_path / "lot.jsonl", [record])])
    assert isinstance(article, Article)
    assert article.title == "Titre du flux"
    assert (article.dct, article.dct_source) == ("2024-03-21", "metadata")
    assert "cinq milliards d'euros" in article.text and "<p>" not in article.text


def test_jsonl_record_dct_overrides_page_date(tmp_path, depeche_path):
    record = {"id": "page", "html": depeche_path.read_text(encoding="utf-8"), "dct": "2024-03-22"}
    [article] = read_inputs([_write_jsonl(tmp_path / "lot.jsonl", [record])])
    assert (article.dct, article.dct_source) == ("2024-03-22", "given")


@pytest.mark.issue(10)
@pytest.mark.parametrize("line", ['{"id": "s\\ud800", "title": "Titre \\udc00", "text": "Le maire \\ud800 a parl\\u00e9 hier soir."}'])
def test_jsonl_reads_record_with_lone_surrogates(tmp_path, line):
    """JSON may escape a lone surrogate, which no encoder takes: it is replaced, and the batch goes on."""
    path = _write_jsonl(tmp_path / "lot.jsonl", [{"id": "a", "text": TEXT}, line, {"id": "c", "text": TEXT}])
    items = list(read_inputs([path]))
    assert [type(item) for item in items] == [Article, Article, Article]
    odd = items[1]
    assert odd.id == "s\ufffd" and odd.title == "Titre \ufffd" and odd.text == "Le maire \ufffd a parlé hier soir."
    odd.text.encode("utf-8"), odd.id.encode("utf-8")
