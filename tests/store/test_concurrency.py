"""Several veille processes on one store (issue #10): ingests of overlapping input at once, and processes racing
to create a new store, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from veille.store import Store, ingest
from veille.store.models import Article, StoryArticle

from tests.conftest import SEED_TEXT, STORE_CORPUS

VEILLE = Path(sys.executable).with_name("veille")
OPEN_WHEN_TOLD = """
import sys
from veille.store import Store
print("ready", flush=True)
sys.stdin.readline()
Store.open(sys.argv[1]).close()
"""


@pytest.mark.issue(10)
def test_concurrency_two_ingests_of_the_same_input_store_each_article_once(database, corpus, replay_analyse):
    """Both ingests ask "is it stored?" before either writes; the question asked again under the write lock
    keeps the second from storing anything twice (before: IntegrityError on articles.url)."""
    list(replay_analyse(corpus()))  # analysed once here, so that the threads only replay
    meeting = threading.Barrier(2, timeout=60)

    def analyse_after_both_checked(items):
        items = list(items)
        meeting.wait()
        yield from replay_analyse(items)

    summaries, failures = [], []

    def run():
        try:
            with Store.open(database) as store:
                summaries.append(ingest(store, corpus(), analyse=analyse_after_both_checked, batch_size=2))
        except Exception as exc:  # reported below: an exception in a thread would otherwise vanish
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "the two ingests waited for each other forever"
    assert failures == []
    assert sum(s.stored for s in summaries) == 5 and sum(s.skipped for s in summaries) == 5
    with Store.open(database) as store, store.session() as session:
        assert session.scalar(select(func.count(Article.id))) == 5
        assert session.scalar(select(func.count(func.distinct(Article.doc_id)))) == 5
        assert session.scalar(select(func.count(StoryArticle.article_id))) == 5


@pytest.mark.issue(10)
def test_concurrency_processes_creating_a_new_store_at_once_all_succeed(database):
    """Four processes open a store that does not exist yet at the same moment (before: the losers exited with
    "table articles already exists")."""
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_WHEN_TOLD, database], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for process in processes:
        assert process.stdout.readline() == "ready\n", process.stderr.read()
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in processes:
        _, error = process.communicate(timeout=120)
        assert process.returncode == 0, error


@pytest.mark.issue(10)
def test_concurrency_two_veille_ingest_commands_into_a_new_data_dir(tmp_path):
    """The acceptance check, with the real command: both exit 0 and every article is stored once."""
    command = [str(VEILLE), "ingest", str(SEED_TEXT), str(STORE_CORPUS), "--data-dir", str(tmp_path), "-j", "1"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    for process in processes:
        _, error = process.communicate(timeout=600)
        assert process.returncode == 0, error
        assert "Traceback" not in error
    with Store.open(f"sqlite:///{tmp_path / 'veille.sqlite'}") as store, store.session() as session:
        assert session.scalar(select(func.count(Article.id))) == 5
        assert session.scalar(select(func.count(func.distinct(Article.doc_id)))) == 5
