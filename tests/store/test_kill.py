"""A real crash: ``veille ingest`` killed with SIGKILL after its first committed batch, then run again.

The ingest reads its documents from a named pipe that the test fills: once the first batch is committed, the
process waits for the next line, and the kill lands at that known point, with no hook in veille itself.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from veille.ingest import read_inputs
from veille.store import Store, ingest, store_url
from veille.store.models import Article, StoryArticle

from tests.conftest import SEED_TEXT as SEED, STORE_CORPUS as CORPUS

VEILLE = Path(sys.executable).with_name("veille")
SNIFFED = 8192  # what ingest reads of an input before it knows its kind (``veille.ingest.decode.SNIFF_BYTES``)


def _articles(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count(Article.id)))


def _wait_for_first_batch(process: subprocess.Popen, store, size: int, timeout: float = 300) -> None:
    """Poll the store until the first batch is committed (the ingest then waits for input)."""
    deadline = time.monotonic() + timeout
    while _articles(store) < size:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the first batch was never committed"
        time.sleep(0.5)


def _first_two_records() -> bytes:
    """The seed article and the first corpus article as JSONL, padded with blank lines past the sniffed part."""
    seed = json.dumps({"id": SEED.stem, "text": SEED.read_text(encoding="utf-8")}, ensure_ascii=False)
    first = CORPUS.read_text(encoding="utf-8").splitlines()[0]
    return f"{seed}\n{first}\n".encode() + b"\n" * SNIFFED


def test_ingest_killed_midway_then_rerun_loses_and_duplicates_nothing(tmp_path, replay_analyse, row_counts):
    feed = tmp_path / "feed.jsonl"
    os.mkfifo(feed)
    command = [str(VEILLE), "ingest", str(feed), "--data-dir", str(tmp_path), "--batch-size", "2", "-j", "1"]
    writer = os.open(feed, os.O_RDWR)  # held open: the ingest waits for more lines instead of reaching the end
    try:
        os.write(writer, _first_two_records())
        with Store.open(store_url(data_directory=tmp_path)) as store:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            try:
                _wait_for_first_batch(process, store, size=2)
            finally:
                process.send_signal(signal.SIGKILL)
                process.wait()
            assert _articles(store) == 2
            summary = ingest(store, read_inputs([SEED, CORPUS]), analyse=replay_analyse, batch_size=2)
            assert (summary.stored, summary.skipped) == (3, 2)
            counts = row_counts(store)
            with store.session() as session:
                assert len(set(session.scalars(select(Article.doc_id)))) == counts["articles"] == 5
                assert session.scalar(select(func.count(StoryArticle.article_id))) == 5
    finally:
        os.close(writer)
