"""Fixtures of the batch tests: input shards cut from the example corpus (and a bad line), Ray in local mode."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus" / "corpus.jsonl"
PAGE_URL = "https://www.quotidien-du-nord.example/international/sommet-bruxelles-ukraine"
BAD_LINE = '{"id": "coupee", "text": "La ligne s\'arrête au milieu'


def write_shards(folder: Path, per_shard: int = 6, mixed: bool = False) -> list[dict]:
    """The example corpus cut into JSONL shards of ``per_shard`` records, and a last shard with a bad line.

    mixed (bool): write the second shard gzipped and the third as Parquet, and add a WARC holding one news page.
    RETURNS (list[dict]): the corpus records, in input order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for start in range(0, len(records), per_shard):
        chunk, name = records[start:start + per_shard], f"lot-{start // per_shard:02d}"
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in chunk)
        if mixed and start // per_shard == 1:
            (folder / f"{name}.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
        elif mixed and start // per_shard == 2:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist(chunk), folder / f"{name}.parquet")
        else:
            (folder / f"{name}.jsonl").write_text(lines, encoding="utf-8")
    if mixed:
        _write_warc(folder / "crawl.warc.gz")
    (folder / "lot-99-abime.jsonl").write_text(BAD_LINE + "\n", encoding="utf-8")
    return records


def _write_warc(path: Path) -> None:
    """A gzipped WARC with the French news page of the ingest tests as its one HTML response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (REPO / "tests" / "ingest" / "data" / "depeche-fr.html").read_bytes()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warc_record(PAGE_URL, "response", payload=io.BytesIO(page),
                                                      http_headers=headers))


@pytest.fixture(scope="module")
def ray_local():
    """Ray started in local mode for the module's in-process jobs, stopped after them."""
    ray = pytest.importorskip("ray", reason="veille batch needs Ray: pip install 'veille[ray]'")
    yield ray
    ray.shutdown()
