"""The hostile-input batch of issue #10, through ``veille analyze`` and ``veille ingest``: every good document is
analysed, every bad one is a typed error, in input order, the command exits 0, and nothing prints a traceback.
(The good documents have texts of their own: the store keeps one article per text without a URL.)"""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.store import Store, search, store_url

FRENCH = ("Le Premier ministre a annoncé mardi à Matignon un plan pour l'hôpital. « Nous tiendrons nos "
          "engagements », a-t-il assuré devant les syndicats, qui jugent les moyens insuffisants.")
ENGLISH = ("The Prime Minister announced on Tuesday a plan for hospitals. Unions said the money would not be enough "
           "and called for a strike next week across the country.")
DEEP_PAGE = ("<html><head><title>Profond</title></head><body>" + "<div>" * 20_000
             + f"<article><p>{FRENCH}</p><p>Les débats reprendront jeudi à l'Assemblée nationale.</p></article>"
             + "</div>" * 20_000 + "</body></html>")
JSONL = "\n".join([
    json.dumps({"id": "ligne-bonne", "text": FRENCH.replace("mardi", "jeudi")}),
    '{"id": "ligne-cassée", "text": "Le maire a',
    '{"id": "ligne-surrogat", "text": "Le maire de Lille \\ud800 a inauguré lundi la nouvelle gare routière."}',
]) + "\n"
BATCH = {  # name → (bytes, the reason it is refused, or None when it must be analysed)
    "01-vide.txt": (b"", "empty"),
    "02-blanc.txt": (b" \n\t \r\n", "empty"),
    "03-image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16, "binary"),
    "04-latin1.txt": (FRENCH.replace("’", "'").encode("latin-1"), None),
    "05-utf16.txt": (FRENCH.replace("mardi", "mercredi").encode("utf-16"), None),
    "06-utf8-casse.txt": ("Le président a déclaré ".encode() + bytes([0x81, 0x8D, 0xC3, 0x28, 0xA0, 0xA1]) * 8,
                          "undecodable"),
    "07-anglais.txt": (ENGLISH.encode(), "unsupported_language"),
    "08-controles.txt": (("\u200b\u202e" + FRENCH.replace("mardi", "mar\x00di") + "\u200f").encode(), None),
    "09-guillemets.txt": (("« " + FRENCH.replace(" »", "") + " Fin du texte sans guillemet fermant.").encode(), None),
    "10-profond.html": (DEEP_PAGE.encode(), None),
    "11-lot.jsonl": (JSONL.encode(), None),
    "12-enorme.txt": (("Le texte continue encore. " * 800_000).encode(), "too_large"),  # 20 MB
}
EXPECTED = [  # (id, reason) in input order; the JSONL file gives one record per line
    ("01-vide", "empty"), ("02-blanc", "empty"), ("03-image", "binary"), ("04-latin1", None), ("05-utf16", None),
    ("06-utf8-casse", "undecodable"), ("07-anglais", "unsupported_language"), ("08-controles", None),
    ("09-guillemets", None), ("10-profond", None), ("ligne-bonne", None), ("11-lot:2", "malformed_record"),
    ("ligne-surrogat", None), ("12-enorme", "too_large"),
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in BATCH.items():
        (folder / name).write_bytes(data)
    return folder


def _reason(record: dict) -> str | None:
    return record["error"].split(":", 1)[0] if "error" in record else None


@pytest.mark.issue(10)
def test_hostile_batch_analyze_gives_every_record_in_order_and_exits_zero(hostile):
    result = CliRunner().invoke(app, ["analyze", "-j", "1", str(hostile)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(record["id"].replace("\ufffd", ""), _reason(record)) for record in records] == EXPECTED
    for record in records:
        if "error" not in record:
            assert record["entities"] or record["quotes"], record["id"]
            for entity in record["entities"]:
                assert all(record["text"][m["start"]:m["end"]] == m["text"] for m in entity["mentions"])
    by_id = {record["id"]: record for record in records}
    assert "\x00" not in by_id["08-controles"]["text"] and "Matignon" in by_id["10-profond"]["text"]


@pytest.mark.issue(10)
def test_hostile_batch_ingest_stores_the_good_documents_and_keeps_the_errors(hostile, tmp_path):
    result = CliRunner().invoke(app, ["ingest", "-j", "1", str(hostile), "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    with Store.open(store_url(data_directory=tmp_path)) as store, store.session() as session:
        stored = {hit.doc_id for hit in search(session, limit=100).hits}
    assert stored == {name for name, reason in EXPECTED if reason is None}
