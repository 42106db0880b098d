"""read_inputs: paths of every kind in one call, in order, each document an Article or a typed Rejected."""

from __future__ import annotations

import io
import json
import os
import time

import pytest

from veille.errors import DocumentTooLarge, EmptyDocument, MissingInput
from veille.ingest import Article, Rejected, read_inputs


def _read_one(path, **options):
    [item] = read_inputs([path], **options)
    return item


def test_sources_reads_seed_verbatim(seed_path):
    article = _read_one(seed_path)
    assert article.text == seed_path.read_bytes().decode("utf-8")
    assert (article.id, article.origin, article.lang) == (seed_path.stem, str(seed_path), "fr")
    assert (article.dct, article.dct_source) == (None, None)


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n   \n"], ids=["empty", "whitespace"])
def test_sources_rejects_empty_file(tmp_path, data):
    path = tmp_path / "vide.txt"
    path.write_bytes(data)
    rejected = _read_one(path)
    assert isinstance(rejected, Rejected) and isinstance(rejected.error, EmptyDocument)
    assert (rejected.id, rejected.origin) == ("vide", str(path))


@pytest.mark.parametrize("line", ["Le gouvernement a présenté mardi son projet de budget pour 2025.\n"])
def test_sources_rejects_huge_file_quickly(tmp_path, line):
    path = tmp_path / "enorme.txt"
    path.write_text(line * (20_000_000 // len(line.encode())), encoding="utf-8")
    started = time.perf_counter()
    rejected = _read_one(path)
    assert time.perf_counter() - started < 1.0
    assert isinstance(rejected.error, DocumentTooLarge)
    assert f"{path.stat().st_size:,} bytes" in rejected.error.message
    assert "1,000,000-character limit" in rejected.error.message


class _EndlessText(io.RawIOBase):
    """A stream of French text that never ends, counting what is read from it."""

    def __init__(self):
        self.served = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk = (b"Le ministre a pris la parole devant les d\xc3\xa9put\xc3\xa9s. " * 2000)[: len(buffer)]
        buffer[: len(chunk)] = chunk
        self.served += len(chunk)
        return len(chunk)


def test_sources_stops_reading_an_endless_stdin():
    stream = _EndlessText()
    [rejected] = read_inputs(["-"], stdin=stream, max_chars=10_000)
    assert isinstance(rejected.error, DocumentTooLarge)
    assert stream.served <= 4 * 10_000 + 8192 + 8


@pytest.mark.parametrize("text", ["Le Premier ministre a démissionné lundi soir, à la surprise générale." * 3])
def test_sources_applies_max_chars(tmp_path, text):
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    rejected = _read_one(path, max_chars=100)
    assert isinstance(rejected.error, DocumentTooLarge)
    assert f"{len(text):,} characters" in rejected.error.message and "100 characters" in rejected.error.message


def test_sources_reports_missing_path(tmp_path):
    rejected = _read_one(tmp_path / "absent.txt")
    assert isinstance(rejected.error, MissingInput)
    assert rejected.reason == "not_found"
    assert rejected.origin == str(tmp_path / "absent.txt")


@pytest.mark.parametrize("text", ["Le conseil municipal de Nantes a voté le budget jeudi soir."])
def test_sources_expands_directory_sorted_by_name(tmp_path, text):
    for name in ["b.txt", "a.html", "c.jsonl", "notes.md", "d.TXT"]:
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    origins = [item.origin for item in read_inputs([tmp_path])]
    assert origins == [str(tmp_path / name) for name in ["a.html", "b.txt", "d.TXT"]]


@pytest.mark.parametrize("text", ["Le maire de Lille a inauguré samedi la nouvelle médiathèque du quartier."])
def test_sources_keeps_input_order_across_kinds(tmp_path, depeche_path, text):
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    records = [{"id": "r1", "text": text}, {"id": "r2", "text": text}]
    (tmp_path / "lot.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    paths = [tmp_path / "lot.jsonl", tmp_path / "absent.txt", depeche_path, tmp_path / "note.txt"]
    ids = [item.id for item in read_inputs(paths)]
    assert ids == ["r1", "r2", "absent", "depeche-fr", "note"]


@pytest.mark.parametrize("text", ["La Banque centrale européenne a relevé ses taux directeurs jeudi."])
def test_sources_default_dct_fills_only_undated_documents(tmp_path, depeche_path, text):
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    (tmp_path / "lot.jsonl").write_text(json.dumps({"id": "r", "text": text, "dct": "2023-01-05"}), encoding="utf-8")
    items = read_inputs([tmp_path / "note.txt", depeche_path, tmp_path / "lot.jsonl"], dct="2024-06-18")
    assert [(a.dct, a.dct_source) for a in items] == [
        ("2024-06-18", "given"), ("2024-03-21", "metadata"), ("2023-01-05", "given"),
    ]


@pytest.mark.parametrize("dct", ["18/06/2024", "2024-02-30", "20240618"])
def test_sources_refuses_bad_default_dct_at_call(dct):
    with pytest.raises(ValueError, match="dct"):
        read_inputs(["-"], dct=dct)


@pytest.mark.parametrize(
    "data,kind",
    [
        ("Le Sénat a adopté le texte en première lecture.\n".encode(), "text"),
        (b'  {"id": "d1", "text": "Le S\xc3\xa9nat a adopt\xc3\xa9 le texte en premi\xc3\xa8re lecture."}\n', "jsonl"),
        ("<!DOCTYPE html><html><body><article><p>Le Sénat a adopté le texte en première lecture, après "
         "des débats houleux qui ont duré toute la nuit de mardi à mercredi.</p></article></body></html>".encode(),
         "html"),
    ],
    ids=["text", "jsonl", "html"],
)
def test_sources_reads_stdin_by_its_first_characters(data, kind):
    [article] = read_inputs(["-"], stdin=io.BytesIO(data))
    assert isinstance(article, Article)
    assert article.text.strip().startswith("Le Sénat a adopté le texte en première lecture")
    assert article.id == {"text": "stdin", "jsonl": "d1", "html": "stdin"}[kind]


@pytest.mark.parametrize("text,lang", [("The Prime Minister resigned on Monday evening, to general surprise.", "fr")])
def test_sources_declared_lang_wins_over_detection(tmp_path, text, lang):
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    assert _read_one(path, lang=lang).lang == lang


@pytest.mark.parametrize(
    "name,data,expected_id",
    [
        ("depeche.md", "Le Sénat a adopté le texte en première lecture.\n".encode(), "depeche"),
        ("lot.ndjson", b'{"id": "d1", "text": "Le S\xc3\xa9nat a adopt\xc3\xa9 le texte."}\n', "d1"),
    ],
)
def test_sources_sniffs_kind_of_unknown_suffix(tmp_path, name, data, expected_id):
    path = tmp_path / name
    path.write_bytes(data)
    assert _read_one(path).id == expected_id


@pytest.mark.issue(10)
def test_sources_folder_reports_links_that_cannot_be_followed(tmp_path):
    folder = tmp_path / "lot"
    folder.mkdir()
    (folder / "a.txt").write_text("Le conseil municipal a voté le budget de la ville mardi soir.", encoding="utf-8")
    (folder / "boucle.txt").symlink_to(folder / "boucle.txt")
    (folder / "perdu.txt").symlink_to(tmp_path / "absent.txt")
    os.mkfifo(folder / "tube.txt")
    items = list(read_inputs([folder]))
    assert [item.id for item in items] == ["a", "boucle", "perdu", "tube"]
    assert isinstance(items[0], Article)
    assert [item.reason for item in items[1:]] == ["unreadable"] * 3
    assert "symbolic link" in str(items[1].error) and "pipe" in str(items[3].error)
