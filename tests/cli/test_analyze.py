"""``veille analyze`` end to end, in-process (typer's CliRunner): formats, mixed batches, stdin, options.

The pipeline is loaded once per process (``veille.pipeline.load_pipeline`` is cached), so each invocation after the
first costs a fraction of a second. Every call but one passes ``-j 1``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app

SEED_TEXT = Path(__file__).resolve().parents[2] / "examples" / "article-fr-poutine-pyongyang.txt"  # as in tests/conftest.py

LATIN1_TEXT = (
    "À Marseille, le maire a reçu jeudi les élus de la région pour évoquer la sécurité, l'éducation et "
    "l'économie. « Nous avons été entendus », a déclaré le président du conseil régional, très ému."
)
ENGLISH_TEXT = (
    "The President of the United States met European leaders in Brussels on Tuesday to discuss trade policy, "
    "climate change and the war in Ukraine. Officials said the talks had been productive and would continue."
)
SHORT_FR = "Emmanuel Macron a reçu à Paris le chancelier allemand Olaf Scholz."
FOUR_DOCS = [
    {"id": "d1", "text": "Emmanuel Macron a rencontré Olaf Scholz à Berlin lundi."},
    {"id": "d2", "text": "Le Premier ministre Gabriel Attal était à Lyon mardi pour évoquer la sécurité."},
    {"id": "d3", "text": "Le président russe Vladimir Poutine est attendu à Pyongyang mardi, selon le Kremlin."},
    {"id": "d4", "text": "Le secrétaire général de l'Otan, Jens Stoltenberg, a rencontré Volodymyr Zelensky à Kiev."},
]


def _invoke(*args: str, **kwargs):
    return CliRunner().invoke(app, list(args), **kwargs)


def _records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _reason(record: dict) -> str | None:
    return record["error"].split(":", 1)[0] if "error" in record else None


@pytest.fixture(scope="module")
def seed_jsonl():
    return _invoke("analyze", "-j", "1", str(SEED_TEXT))


@pytest.fixture(scope="module")
def mixed_batch(tmp_path_factory):
    """One call over eight inputs of every kind, good and bad; returns (result, records)."""
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copyfile(SEED_TEXT, folder / "article.txt")
    (folder / "vide.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    with (folder / "enorme.txt").open("w", encoding="utf-8") as big:  # 20 MB, far over the 1M-character limit
        for _ in range(20):
            big.write("a" * 1_000_000)
    (folder / "english.txt").write_text(ENGLISH_TEXT, encoding="utf-8")
    (folder / "depeches.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Emmanuel Macron a rencontré Olaf Scholz à Berlin lundi."}, ensure_ascii=False)
        + "\n{\"id\": \"r2\", \"text\": \"pas fini\n"
        + json.dumps({"id": "r3", "text": "Le Premier ministre était à Lyon mardi."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    names = ["article.txt", "vide.txt", "photo.png", "latin1.txt", "enorme.txt", "english.txt", "depeches.jsonl",
             "absent.txt"]
    result = _invoke("analyze", "-j", "1", *(str(folder / name) for name in names))
    return result, _records(result)


def _by_id(records: list[dict]) -> dict[str, dict]:
    return {record["id"]: record for record in records}


# -- jsonl on the seed -------------------------------------------------------------------------------------------

def test_analyze_jsonl_seed_is_one_veille1_line(seed_jsonl):
    assert seed_jsonl.exit_code == 0, seed_jsonl.stderr
    lines = seed_jsonl.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["schema"] == "veille/1"
    assert record["id"] == SEED_TEXT.stem
    assert record["text"] == SEED_TEXT.read_text(encoding="utf-8")


def test_analyze_jsonl_seed_links_putin_with_his_title(seed_jsonl):
    (record,) = _records(seed_jsonl)
    putin = [entity for entity in record["entities"] if entity["kb_id"] == "Q7747"]
    assert len(putin) == 1
    assert putin[0]["name"] == "Vladimir Poutine"
    assert "le président russe" in {mention["text"] for mention in putin[0]["mentions"]}


# -- a mixed batch -------------------------------------------------------------------------------------------------

def test_analyze_mixed_batch_one_record_per_document_in_input_order(mixed_batch):
    _, records = mixed_batch
    assert [record["id"] for record in records] == [
        "article", "vide", "photo", "latin1", "enorme", "english", "r1", "depeches:2", "r3", "absent",
    ]
    assert all(record["schema"] == "veille/1" for record in records)


def test_analyze_mixed_batch_reports_each_reason(mixed_batch):
    _, records = mixed_batch
    assert {record["id"]: _reason(record) for record in records} == {
        "article": None, "vide": "empty", "photo": "binary", "latin1": None, "enorme": "too_large",
        "english": "unsupported_language", "r1": None, "depeches:2": "malformed_record", "r3": None,
        "absent": "not_found",
    }
    for record in records:
        if "error" in record:
            assert set(record) == {"schema", "id", "error"}, record["id"]


def test_analyze_mixed_batch_analyses_the_good_documents(mixed_batch):
    _, records = mixed_batch
    by_id = _by_id(records)
    assert by_id["article"]["text"] == SEED_TEXT.read_text(encoding="utf-8")
    assert "Q7747" in {entity["kb_id"] for entity in by_id["article"]["entities"]}
    assert {entity["name"] for entity in by_id["r1"]["entities"]} >= {"Emmanuel Macron", "Olaf Scholz", "Berlin"}
    assert "Lyon" in {entity["name"] for entity in by_id["r3"]["entities"]}


def test_analyze_mixed_batch_decodes_latin1_exactly(mixed_batch):
    _, records = mixed_batch
    latin1 = _by_id(records)["latin1"]
    assert latin1["text"] == LATIN1_TEXT
    assert latin1["lang"] == "fr"
    assert "Marseille" in {entity["name"] for entity in latin1["entities"]}


def test_analyze_mixed_batch_exits_zero_when_some_documents_succeed(mixed_batch):
    result, _ = mixed_batch
    assert result.exit_code == 0, result.stderr


def test_analyze_mixed_batch_keeps_stdout_for_records_and_stderr_for_reports(mixed_batch):
    result, records = mixed_batch
    assert len(result.stdout.splitlines()) == len(records)  # nothing but one JSON object per line
    assert all(line.startswith('{"schema": "veille/1"') for line in result.stdout.splitlines())
    for failed in ("vide", "photo", "enorme", "english", "depeches:2", "absent"):
        assert f"✗ {failed}:" in result.stderr
    assert "✗ article" not in result.stderr and "✗ latin1" not in result.stderr


def test_analyze_too_large_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    """A 20 MB file is refused by its size: of its bytes, only the first few (to tell its kind) are read."""
    import pathlib

    big = tmp_path / "enorme.txt"
    big.write_bytes(b"Le texte continue. " * 1_050_000)
    read = []
    real_open = pathlib.Path.open

    class Counting:
        """The opened file, counting the bytes read from it."""

        def __init__(self, handle):
            self.handle = handle

        def read(self, size=-1):
            data = self.handle.read(size)
            read.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    def counting_open(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        return Counting(handle) if self == big else handle

    monkeypatch.setattr(pathlib.Path, "open", counting_open)
    (record,) = _records(_invoke("analyze", "-j", "1", str(big)))
    assert _reason(record) == "too_large"
    assert sum(read) <= 8192


# -- all inputs bad ------------------------------------------------------------------------------------------------

def test_analyze_all_documents_bad_exits_one_and_reports_each(tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = _invoke("analyze", "-j", "1", str(tmp_path / "vide.txt"), str(tmp_path / "photo.png"))
    assert result.exit_code == 1
    assert [(record["id"], _reason(record)) for record in _records(result)] == [("vide", "empty"),
                                                                               ("photo", "binary")]
    assert "✗ vide: empty" in result.stderr and "✗ photo: binary" in result.stderr


# -- other formats -------------------------------------------------------------------------------------------------

def test_analyze_json_format_one_document_prints_one_object():
    result = _invoke("analyze", "-j", "1", "--format", "json", str(SEED_TEXT))
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    assert (document["schema"], document["id"]) == ("veille/1", SEED_TEXT.stem)


def test_analyze_json_format_two_documents_prints_an_array(tmp_path):
    second = tmp_path / "breve.txt"
    second.write_text(SHORT_FR, encoding="utf-8")
    result = _invoke("analyze", "-j", "1", "--format", "json", str(SEED_TEXT), str(second))
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, list)
    assert [item["id"] for item in document] == [SEED_TEXT.stem, "breve"]
    assert document[1]["text"] == SHORT_FR


def test_analyze_pretty_format_shows_the_entity_and_date_tables():
    result = _invoke("analyze", "-j", "1", "--format", "pretty", str(SEED_TEXT), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("Vladimir Poutine" in line and "Q7747" in line and "PER" in line for line in lines)
    assert any("Otan" in line and "Q7184" in line for line in lines)
    assert any("Pyongyang" in line and "GeoNames 1871859, KP (39.03, 125.75)" in line for line in lines)
    assert "Le président russe Vladimir Poutine est attendu" in result.stdout  # the article itself is shown
    assert any("mercredi 19 juin" in line and "2024-06-19" in line for line in lines)  # the dates table
    assert "2024 (inferred from 'mardi 18'" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


# -- stdin and --dct -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def stdin_result():
    return _invoke("analyze", "-j", "1", "--dct", "2024-06-18", "-", input=SHORT_FR.encode("utf-8"))


def test_analyze_stdin_text_is_analysed(stdin_result):
    assert stdin_result.exit_code == 0, stdin_result.stderr
    (record,) = _records(stdin_result)
    assert record["id"] == "stdin"
    assert record["text"] == SHORT_FR
    people = {entity["name"]: entity["kb_id"] for entity in record["entities"] if entity["label"] == "PER"}
    assert people.get("Emmanuel Macron") == "Q3052772"
    assert "Olaf Scholz" in people


def test_analyze_dct_option_dates_a_document_without_one(stdin_result):
    (record,) = _records(stdin_result)
    assert (record["dct"], record["dct_source"]) == ("2024-06-18", "given")


def test_analyze_dct_not_a_calendar_date_is_refused():
    result = _invoke("analyze", "-j", "1", "--dct", "2024-13-45", str(SEED_TEXT))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Invalid value for '--dct'" in result.stderr
    assert "'2024-13-45' is not a calendar date" in result.stderr


@pytest.mark.issue(2)
def test_analyze_dct_in_basic_iso_form_is_refused_as_a_bad_parameter():
    result = _invoke("analyze", "-j", "1", "--dct", "20240618", str(SEED_TEXT))
    assert not isinstance(result.exception, ValueError), repr(result.exception)
    assert result.exit_code == 2
    assert "Invalid value for '--dct'" in result.stderr


# -- worker processes ----------------------------------------------------------------------------------------------

def test_analyze_two_processes_match_one(tmp_path):
    batch = tmp_path / "quatre.jsonl"
    batch.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in FOUR_DOCS), encoding="utf-8")
    one = _invoke("analyze", "-j", "1", str(batch))
    two = _invoke("analyze", "-j", "2", str(batch))
    assert (one.exit_code, two.exit_code) == (0, 0), two.stderr
    assert [record["id"] for record in _records(two)] == ["d1", "d2", "d3", "d4"]
    assert all(record["entities"] for record in _records(two))
    assert two.stdout == one.stdout
