"""Shard formats a batch job reads: gzipped JSONL and Parquet, each record read as a JSONL line is."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys

import pytest

from veille.errors import MalformedRecord, UnreadableInput
from veille.ingest import Article, Rejected, read_inputs

TEXTS = ("La préfète du Cantal a fermé mardi trois écoles après les inondations de la vallée.",
         "Le syndicat des boulangers de Rodez appelle à une journée de grève le 12 mars.")


def test_gzipped_jsonl_is_read_record_by_record(tmp_path):
    path = tmp_path / "lot-2025-03.jsonl.gz"
    lines = [json.dumps({"id": f"d{i}", "text": text, "dct": "2025-03-04"}) for i, text in enumerate(TEXTS)]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    items = list(read_inputs([path]))
    assert [(item.id, item.text, item.dct) for item in items] == [("d0", TEXTS[0], "2025-03-04"),
                                                                  ("d1", TEXTS[1], "2025-03-04")]
    assert items[1].origin == f"{path}:2"


def test_a_cut_gzip_file_keeps_what_was_read_and_reports_the_rest(tmp_path):
    path = tmp_path / "coupe.jsonl.gz"
    lines = [json.dumps({"id": f"d{i}", "text": TEXTS[i % 2]}) for i in range(2000)]
    whole = gzip.compress("\n".join(lines).encode())
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_inputs([path]))
    assert all(isinstance(item, Article) for item in items[:-1]) and len(items) > 10
    assert isinstance(items[-1], Rejected) and isinstance(items[-1].error, UnreadableInput)


def test_parquet_rows_are_records_with_dates_and_bad_rows_rejected(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"id": ["p1", "p2", None], "text": [TEXTS[0], None, TEXTS[1]],
                      "dct": [dt.date(2025, 3, 4), dt.date(2025, 3, 5), None],
                      "url": ["https://exemple.fr/ecoles", None, None]})
    path = tmp_path / "lot.parquet"
    pq.write_table(table, path)
    items = list(read_inputs([path]))
    assert [item.id for item in items] == ["p1", "p2", "lot:3"]
    assert (items[0].dct, items[0].url, items[0].origin) == ("2025-03-04", "https://exemple.fr/ecoles", f"{path}:1")
    assert isinstance(items[1], Rejected) and isinstance(items[1].error, MalformedRecord)
    assert isinstance(items[2], Article) and items[2].dct is None


def test_a_file_named_parquet_that_is_not_one_is_rejected(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "faux.parquet"
    path.write_text("ceci n'est pas un fichier Parquet", encoding="utf-8")
    [item] = read_inputs([path])
    assert isinstance(item, Rejected) and isinstance(item.error, UnreadableInput) and item.id == "faux"


def test_a_parquet_file_without_pyarrow_is_one_rejected_and_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    (tmp_path / "b.txt").write_text(TEXTS[0], encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # import fails as if pyarrow were not installed
    parquet, text = read_inputs([tmp_path])
    assert isinstance(parquet, Rejected) and "pip install 'veille[parquet]'" in parquet.error.message
    assert isinstance(text, Article) and text.text == TEXTS[0]
