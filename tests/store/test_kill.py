"""A real crash: ``veille ingest`` killed with SIGKILL after its first committed batch, then run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from veille.ingest import read_inputs
from veille.store import Store, ingest, store_url
from veille.store.ingest import PAUSE_AFTER_COMMIT
from veille.store.models import Article, StoryArticle

from tests.conftest import SEED_TEXT as SEED, STORE_CORPUS as CORPUS

VEILLE = Path(sys.executable).with_name("veille")


def _articles(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count(Article.id)))


def _wait_for_first_batch(process: subprocess.Popen, store, size: int, timeout: float = 300) -> None:
    """Poll the store until the first batch is committed (the ingest then sleeps, so the kill point is known)."""
    deadline = time.monotonic() + timeout
    while _articles(store) < size:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the first batch was never committed"
        time.sleep(0.5)


def test_ingest_killed_midway_then_rerun_loses_and_duplicates_nothing(tmp_path, replay_analyse, row_counts):
    command = [str(VEILLE), "ingest", str(SEED), str(CORPUS), "--data-dir", str(tmp_path), "--batch-size", "2", "-j", "1"]
    env = {**os.environ, PAUSE_AFTER_COMMIT: "600"}
    with Store.open(store_url(data_directory=tmp_path)) as store:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
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
