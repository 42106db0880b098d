"""Fixtures of the batch tests: input shards cut from the example corpus (and a bad line), Ray in local mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus" / "corpus.jsonl"
BAD_LINE = '{"id": "coupee", "text": "La ligne s\'arrête au milieu'


def write_shards(folder: Path, per_shard: int = 6) -> list[dict]:
    """The example corpus cut into JSONL shards of ``per_shard`` records, and a last shard with a bad line.

    RETURNS (list[dict]): the corpus records, in input order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for start in range(0, len(records), per_shard):
        chunk = records[start:start + per_shard]
        lines = [json.dumps(record, ensure_ascii=False) for record in chunk]
        (folder / f"lot-{start // per_shard:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "lot-99-abime.jsonl").write_text(BAD_LINE + "\n", encoding="utf-8")
    return records


@pytest.fixture(scope="module")
def ray_local():
    """Ray started in local mode for the module's in-process jobs, stopped after them."""
    ray = pytest.importorskip("ray", reason="veille batch needs Ray: pip install 'veille[ray]'")
    yield ray
    ray.shutdown()
