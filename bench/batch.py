"""`veille batch run` in Ray local mode with 1 and 2 workers, against `veille analyze -j 2`, then `veille load`.

Builds N articles (default 5,000) as variants of the example corpus and the development gold texts read in place
(../shared/gold/fr-news-dev, fr-news-dev2): each text gets a dispatch number of its own, so every article is a
distinct document, and the dates run over twelve months in input order (as a crawl's do); they are written as
gzipped JSONL shards of 100.
Then times, each as a whole process (start-up and model loads included, as a user pays them):

1. ``veille batch run SHARDS --out OUT1 --workers 1``;
2. ``veille batch run SHARDS --out OUT2 --workers 2``;
3. ``veille analyze SHARDS -j 2`` (the same documents, written as JSONL to /dev/null);
4. ``veille load OUT2`` into a fresh store: PostgreSQL when ``--db`` (or $VEILLE_BENCH_DB) names one, else SQLite.

Prints articles/s of each, for the whole process and once running (start-up left out: from the first committed part
to the last, from the first output line to the last), the efficiency of 2 workers against 1 (rate2 / (2 × rate1); target >= 0.85 on a 2-core
machine), the ratio of batch with 2 workers to ``analyze -j 2`` (target >= 0.90), the peak resident memory of each
analysing worker, and the load's documents/s and rows/s. Usage: ``python bench/batch.py [--articles 5000]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
BIN = Path(sys.executable).parent
PER_SHARD = 100


def base_texts() -> list[dict]:
    """The example corpus and the dev gold texts (not dev2's untouched third, ids ending in 5 or 6: never analysed
    before the end of issue #12), as records with a title."""
    records = [json.loads(line) for line in (ROOT / "examples" / "corpus" / "corpus.jsonl").open(encoding="utf-8")]
    for path in (GOLD / "fr-news-dev" / "fr_news_dev.jsonl", GOLD / "fr-news-dev2" / "fr_news_dev2.jsonl"):
        records += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    kept = [record for record in records if not re.search(r"frdev2-\d*[56]$", record["id"])]
    return [{"text": record["text"], "title": record.get("title")} for record in kept]


def write_shards(folder: Path, n_articles: int) -> int:
    """N distinct articles in gzipped JSONL shards; returns the characters written."""
    bases, characters = base_texts(), 0
    folder.mkdir(parents=True)
    for start in range(0, n_articles, PER_SHARD):
        lines = []
        for n in range(start, min(start + PER_SHARD, n_articles)):
            base = bases[n % len(bases)]
            text = f"{base['text']}\n\n(Dépêche n° {n}.)"
            characters += len(text)
            lines.append(json.dumps({"id": f"bench-{n:05d}", "url": f"https://exemple.test/depeche/{n}",
                                     "title": base["title"], "dct": f"2024-{n * 12 // n_articles + 1:02d}-15", "text": text,
                                     "lang": "fr"}, ensure_ascii=False))
        (folder / f"shard-{start // PER_SHARD:04d}.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    return characters


class WorkerMemory(threading.Thread):
    """Samples the resident memory of every analysing Ray worker (``ray::MapWorker``) while a job runs."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks: dict[int, int] = {}
        self.running = True

    def run(self) -> None:
        while self.running:
            for entry in Path("/proc").iterdir():
                try:
                    if entry.name.isdigit() and (entry / "cmdline").read_bytes().startswith(b"ray::MapWorker"):
                        rss = int(re.search(rb"VmRSS:\s+(\d+)", (entry / "status").read_bytes())[1]) // 1024
                        self.peaks[int(entry.name)] = max(self.peaks.get(int(entry.name), 0), rss)
                except (OSError, TypeError):
                    continue
            time.sleep(1)


def timed(command: list[str], memory: bool = False) -> tuple[float, list[int]]:
    """Wall seconds of a command, and the peak memory (MB) of each analysing worker it ran."""
    sampler = WorkerMemory()
    if memory:
        sampler.start()
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    sampler.running = False
    return seconds, sorted(sampler.peaks.values())


def steady_batch_rate(out: Path) -> float:
    """Documents per second once running: from the first committed part to the last (start-up left out)."""
    commits = sorted((path.stat().st_mtime, len(json.loads(path.read_text())["keys"]))
                     for path in (out / "_parts").glob("*.json"))
    return sum(count for _, count in commits[1:]) / (commits[-1][0] - commits[0][0])


def steady_analyze_rate(command: list[str]) -> float:
    """Documents per second of ``veille analyze`` once running: from its first output line to its last."""
    stamps = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        for _ in process.stdout:
            stamps.append(time.perf_counter())
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def table_rows(out: Path) -> int:
    """The rows a load writes: documents and their layers, as the batch tables count them."""
    sys.path.insert(0, str(ROOT / "src"))
    from veille.export import read_table

    return sum(read_table(str(out), table).num_rows for table in ("documents", "mentions", "quotes", "timexes",
                                                                   "events"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--db", default=os.environ.get("VEILLE_BENCH_DB"), help="PostgreSQL URL for the load")
    args = parser.parse_args()
    if not GOLD.exists():
        raise SystemExit(f"{GOLD} is absent: shared/ must sit beside the checkout")
    with tempfile.TemporaryDirectory(prefix="veille-bench-batch-") as work:
        work = Path(work)
        characters = write_shards(work / "in", args.articles)
        print(f"{args.articles} articles, {characters / args.articles:.0f} characters each on average, "
              f"{os.cpu_count()} CPUs")
        one, one_memory = timed([str(BIN / "veille"), "batch", "run", str(work / "in"), "--out", str(work / "o1"),
                                 "--workers", "1"], memory=True)
        two, two_memory = timed([str(BIN / "veille"), "batch", "run", str(work / "in"), "--out", str(work / "o2"),
                                 "--workers", "2"], memory=True)
        analyze, _ = timed([str(BIN / "veille"), "analyze", str(work / "in"), "-j", "2"])
        steady = {"batch, 1 worker": steady_batch_rate(work / "o1"), "batch, 2 workers": steady_batch_rate(work / "o2"),
                  "analyze -j 2": steady_analyze_rate([str(BIN / "veille"), "analyze", str(work / "in"), "-j", "2"])}
        store = args.db or f"sqlite:///{work / 'store.sqlite'}"
        load, _ = timed([str(BIN / "veille"), "load", str(work / "o2"), "--db", store])
        rows = table_rows(work / "o2")
    rate = {name: args.articles / seconds for name, seconds in
            (("batch, 1 worker", one), ("batch, 2 workers", two), ("analyze -j 2", analyze))}
    print(f"{'':18} {'whole process':>26} {'once running':>16}")
    for name, value in rate.items():
        print(f"{name:18} {args.articles / value:8.1f} s {value:8.2f} articles/s {steady[name]:8.2f} articles/s")
    for label, rates in (("whole process", rate), ("once running", steady)):
        print(f"{label}: efficiency 2 workers vs 1 {rates['batch, 2 workers'] / (2 * rates['batch, 1 worker']):.3f} "
              f"(target >= 0.85), batch (2 workers) / analyze -j 2 "
              f"{rates['batch, 2 workers'] / rates['analyze -j 2']:.3f} (target >= 0.90)")
    print(f"peak memory per worker (MB): 1 worker {one_memory}, 2 workers {two_memory}")
    backend = "PostgreSQL" if args.db else "SQLite"
    print(f"veille load into {backend}: {load:.1f} s, {args.articles / load:.1f} documents/s, {rows / load:.0f} rows/s "
          f"({rows} rows: documents, mentions, quotes, timexes, events)")


if __name__ == "__main__":
    main()
