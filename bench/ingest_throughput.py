"""Throughput of `veille ingest` into a fresh SQLite store against `veille analyze` alone, on the same articles.

Builds ``--articles`` distinct French articles (2,000 by default) from the example corpus (examples/corpus): article
``n`` takes the first sentence and title of corpus article ``n % 22`` and four other sentences drawn (seeded by
``n``) from the articles of the same story, plus one sentence of its own; it has its own id, URL and date (the
corpus date moved by five weeks per round of 22), so near-duplicate detection keeps them apart while stories still
form. Then times, each as a whole process, alternating, ``--repeat`` times (the fastest run counts):

1. ``veille analyze corpus.jsonl --format jsonl -j 2`` (output thrown away);
2. ``veille ingest corpus.jsonl --data-dir <fresh> -j 2`` (analysis, storage, near-duplicates, stories).

Prints seconds and articles/s for both, the ratio (ingest throughput / analyze throughput; the target is >= 0.90)
and what the store holds. Usage: ``python bench/ingest_throughput.py [--articles 2000] [--repeat 1]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus" / "corpus.jsonl"
OUT = ROOT / "bench" / "out"
ROUND = dt.timedelta(weeks=5)
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«])")


def story_of(record: dict) -> str:
    """A coarse story key for drawing sentences: the NATO summit, the Pyongyang visit, or French politics."""
    if "Otan" in record["title"]:
        return "otan"
    return "pyongyang" if "Pyongyang" in record["text"] or "Poutine" in record["text"] else "france"


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def variant(n: int, base: dict, pool: list[str]) -> dict:
    """Article ``n``: the base's first sentence, four drawn from its story, one of its own, a date moved by rounds."""
    rng = random.Random(n)
    opening = sentences(base["text"])[0]
    drawn = rng.sample([s for s in pool if s != opening], 4)
    day = dt.date.fromisoformat(base["dct"]) + ROUND * (n // 22)
    own = f"Cette version numéro {n} a été mise en ligne le {day.day} à {rng.randint(6, 22)} heures."
    return {"id": f"bench-{n:05d}", "url": f"https://www.exemple-info.fr/bench/{n:05d}", "dct": day.isoformat(),
            "title": base["title"], "text": " ".join([opening, *drawn, own]), "lang": "fr", "illustrative": True}


def write_corpus(n_articles: int) -> Path:
    records = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    pools: dict[str, list[str]] = {}
    for record in records:
        pool = pools.setdefault(story_of(record), [])
        pool.extend(s for s in sentences(record["text"]) if s not in pool)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"ingest-{n_articles}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(n_articles):
            base = records[n % len(records)]
            handle.write(json.dumps(variant(n, base, pools[story_of(base)]), ensure_ascii=False) + "\n")
    return path


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def store_counts(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(data_dir / "veille.sqlite") as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "entities", "duplicate_members", "duplicate_groups", "stories")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, alternating; the fastest counts")
    args = parser.parse_args()
    corpus = write_corpus(args.articles)
    veille = str(Path(sys.executable).with_name("veille"))
    data_dir = OUT / "ingest-store"
    analyse_runs, ingest_runs = [], []
    for _ in range(args.repeat):
        analyse_runs.append(timed([veille, "analyze", str(corpus), "--format", "jsonl", "-j", "2"]))
        shutil.rmtree(data_dir, ignore_errors=True)
        ingest_runs.append(timed([veille, "ingest", str(corpus), "--data-dir", str(data_dir), "-j", "2"]))
    analyse_s, ingest_s = min(analyse_runs), min(ingest_runs)
    print(f"corpus: {args.articles} articles ({corpus}); best of {args.repeat} run(s) each, -j 2")
    print(f"veille analyze        {analyse_s:7.1f} s  {args.articles / analyse_s:6.1f} articles/s")
    print(f"veille ingest (SQLite) {ingest_s:6.1f} s  {args.articles / ingest_s:6.1f} articles/s")
    print(f"ingest / analyze throughput: {analyse_s / ingest_s:.2f} (target >= 0.90)")
    print("store: " + ", ".join(f"{table} {count}" for table, count in store_counts(data_dir).items()))
    rerun = timed([veille, "ingest", str(corpus), "--data-dir", str(data_dir), "-j", "2"])
    print(f"re-ingest of the same corpus: {rerun:.1f} s, {store_counts(data_dir)['articles']} articles stored after it")


if __name__ == "__main__":
    main()
