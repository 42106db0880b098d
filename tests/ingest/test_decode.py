"""Plain-text files: exact decoding of every encoding a French newsroom produces, typed rejection of the rest."""

from __future__ import annotations

import codecs
import random

import pytest

from veille.errors import BinaryDocument, UndecodableDocument
from veille.ingest import Article, read_inputs
from veille.ingest.decode import decode_text

FRENCH = (
    "Le président a déclaré mercredi à Paris : « L’économie française résiste, même si la croissance ralentit. »\n"
    "Où en sont les négociations ? Ça avance, a-t-il ajouté, évoquant un accord « à portée de main » d’ici l’été.\n"
)


def _read_one(path):
    [item] = read_inputs([path])
    return item


@pytest.mark.parametrize(
    "text,encoding",
    [
        (FRENCH, "cp1252"),
        (FRENCH.replace("’", "'"), "latin-1"),
        ("Café, crème brûlée et œufs : 5 € à Montréal.\n", "cp1252"),
    ],
)
def test_decode_reads_legacy_french_file_exactly(tmp_path, text, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    article = _read_one(path)
    assert isinstance(article, Article)
    assert article.text == text


@pytest.mark.parametrize("text", [FRENCH])
def test_decode_strips_utf8_bom(tmp_path, text):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert _read_one(path).text == text


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_decode_reads_wide_encoding_with_bom(codec):
    assert decode_text(FRENCH.encode(codec)) == FRENCH


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + random.Random(0).randbytes(4096),
        b"\x00\x01\x02\x03" * 1000,
        bytes(random.Random(1).choice(range(1, 32)) for _ in range(2000)),
    ],
    ids=["png", "nul-bytes", "control-bytes"],
)
def test_decode_rejects_binary_file(tmp_path, data):
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    rejected = _read_one(path)
    assert isinstance(rejected.error, BinaryDocument)
    assert rejected.reason == "binary"


@pytest.mark.parametrize(
    "data",
    ["Le président a déclaré ".encode() + bytes([0x81, 0x8D, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xFE, 0xFF]) * 5],
)
def test_decode_rejects_bytes_in_no_encoding(tmp_path, data):
    path = tmp_path / "mangled.txt"
    path.write_bytes(data)
    rejected = _read_one(path)
    assert isinstance(rejected.error, UndecodableDocument)
    assert rejected.reason == "undecodable"


@pytest.mark.issue(10)
@pytest.mark.parametrize("nul_places", [(10,), (3, 40, 41, 120)])
def test_decode_reads_text_with_stray_nul_bytes(tmp_path, nul_places):
    """A scraping artefact, not a binary file: the NULs become spaces, one for one, and the rest is kept."""
    data = bytearray(FRENCH.encode("utf-8"))
    for place in nul_places:
        data[place] = 0
    path = tmp_path / "scraped.txt"
    path.write_bytes(bytes(data))
    article = _read_one(path)
    assert isinstance(article, Article)
    assert "\x00" not in article.text and len(article.text) == len(FRENCH)
    assert "résiste, même si la croissance ralentit" in article.text


@pytest.mark.issue(10)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_reads_utf16_without_bom(tmp_path, codec):
    path = tmp_path / "windows.txt"
    path.write_bytes(FRENCH.encode(codec))
    assert _read_one(path).text == FRENCH


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", ["Pyongyang accueille Core\u0301e et Re\u0301publique."])
def test_decode_gives_the_article_in_composed_form(tmp_path, text):
    path = tmp_path / "nfd.txt"
    path.write_text(text, encoding="utf-8")
    assert _read_one(path).text == "Pyongyang accueille Corée et République."
