"""A batch job killed half-way, then run again, finishes with every document written once: the driver killed
(SIGKILL, Ray with it), or one worker killed while the job runs on (Ray restarts its actor)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from veille.export import read_table

from .conftest import write_shards

pytestmark = pytest.mark.slow
pytest.importorskip("ray", reason="veille batch needs Ray: pip install 'veille[ray]'")

VEILLE = [str(Path(sys.executable).parent / "veille")]
DEADLINE = 300


def _start(inputs: Path, out: Path) -> subprocess.Popen:
    """``veille batch run`` in a session of its own (so that a kill reaches the Ray processes it starts)."""
    command = [*VEILLE, "batch", "run", str(inputs), "--out", str(out), "--workers", "2", "--batch-size", "1"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)


def _wait_for_parts(out: Path, job: subprocess.Popen, count: int) -> None:
    """Until ``count`` parts are committed; fails if the job ends first."""
    deadline = time.monotonic() + DEADLINE
    while len(list((out / "_parts").glob("*.json"))) < count:
        assert job.poll() is None, f"the job ended before it could be killed: {job.stdout.read().decode()}"
        assert time.monotonic() < deadline, "no part committed in time"
        time.sleep(0.1)


def _check_complete(out: Path, records: list[dict]) -> None:
    """Every document once in ``documents`` and ``articles``, each layer row once, the bad line once in errors."""
    documents = read_table(str(out), "documents").to_pylist()
    assert sorted(row["doc_id"] for row in documents) == sorted(record["id"] for record in records)
    assert sorted(read_table(str(out), "articles").column("doc_id").to_pylist()) == sorted(r["id"] for r in records)
    mentions = Counter(read_table(str(out), "mentions").column("doc_id").to_pylist())
    expected = Counter({row["doc_id"]: sum(len(entity["mentions"]) for entity in json.loads(row["document"])["entities"])
                        for row in documents})
    assert mentions == +expected
    assert len(read_table(str(out), "errors")) == 1
    manifest = (out / "_manifest.jsonl").read_text().splitlines()
    assert len({json.loads(line)["shard"] for line in manifest}) == len(manifest) == 9


def test_a_job_whose_driver_is_killed_finishes_on_a_second_run(tmp_path):
    records = write_shards(tmp_path / "in", per_shard=3)
    job = _start(tmp_path / "in", tmp_path / "out")
    _wait_for_parts(tmp_path / "out", job, 2)
    os.killpg(job.pid, signal.SIGKILL)
    job.wait()
    done_before = len(list((tmp_path / "out" / "_parts").glob("*.json")))
    again = subprocess.run([*VEILLE, "batch", "run", str(tmp_path / "in"), "--out", str(tmp_path / "out")],
                           capture_output=True, text=True, timeout=DEADLINE)
    assert again.returncode == 0, again.stderr
    analysed = int(re.search(r"([0-9]+) documents analysed", again.stderr)[1])
    assert analysed <= len(records) + 1 - done_before  # what the first run committed is not analysed again
    _check_complete(tmp_path / "out", records)


def test_a_job_goes_on_when_a_worker_is_killed(tmp_path):
    records = write_shards(tmp_path / "in", per_shard=3)
    job = _start(tmp_path / "in", tmp_path / "out")
    _wait_for_parts(tmp_path / "out", job, 1)
    [worker, *_] = _workers_of(job.pid)
    os.kill(worker, signal.SIGKILL)
    output, _ = job.communicate(timeout=DEADLINE)
    assert job.returncode == 0, output.decode()
    _check_complete(tmp_path / "out", records)


def _workers_of(session: int) -> list[int]:
    """The analysing actors' processes of the job started in session ``session``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes()
            if entry.name.isdigit() and command.startswith(b"ray::MapWorker") and os.getsid(int(entry.name)) == session:
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue
    assert found, "no analysing worker found"
    return found
