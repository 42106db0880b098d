"""Latency of the REST API's entity profile and search on a 10,000-article store (target: p95 < 100 ms).

1. The store (``bench/out/api-<n>/veille.sqlite``, or ``--db URL``) is built once and reused: the seed article and
   the four articles of the store tests are analysed with the real pipeline, then each stored article is one of
   these five analyses with its own id, URL, title, date (spread over a year) and a last sentence of its own,
   appended after the analysed text so every offset still holds. Written through ``save_document``, as ingest
   writes, without running spaCy 10,000 times.
2. Each request is sent ``--requests`` times in-process (Starlette's TestClient, so no network) after a warm-up,
   and its p50 and p95 printed. "Poutine" is in three articles of five (6,000 of them, 8,000 of its quotes): the heaviest profile of the store;
   Macron, in one of five, is a busy entity of a real corpus.

Usage: ``python bench/api_latency.py [--articles 10000] [--requests 200] [--db URL] [--rebuild]``.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import shutil
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from veille.api import create_app
from veille.ingest import read_inputs
from veille.model import Analysis
from veille.nlp import analyse
from veille.store import Store, save_document, search, store_url
from veille.store.entities import EntityResolver

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "examples" / "article-fr-poutine-pyongyang.txt", ROOT / "tests" / "store" / "data" / "corpus.jsonl"]
FIRST_DAY = dt.date(2024, 1, 1)
BATCH = 500

REQUESTS = {
    "profile Poutine (by name)": ("/api/entities/Poutine", {}),
    "profile Q7747 (by KB id)": ("/api/entities/Q7747", {}),
    "profile Macron (1 article in 5)": ("/api/entities/Emmanuel Macron", {}),
    "search 'Pyongyang'": ("/api/articles", {"q": "Pyongyang"}),
    "search 'accord Kim', page 3": ("/api/articles", {"q": "accord Kim", "offset": 40}),
    "search entity+speaker+dates": ("/api/articles", {"entity": "Kim Jong-un", "speaker": "Poutine",
                                                      "date_from": "2024-03-01", "date_to": "2024-09-30"}),
    "search no words (newest)": ("/api/articles", {}),
}


def variant(base: Analysis, n: int) -> Analysis:
    """Article ``n``: a copy of ``base`` with its own identity, date and closing sentence (offsets unchanged)."""
    copied = copy.deepcopy(base)
    day = FIRST_DAY + dt.timedelta(days=n % 366)
    copied.id = f"bench-{n:05d}"
    copied.url = f"https://bench.example/{n % 7}/{copied.id}"
    copied.title = f"{base.title or base.id} ({n})"
    copied.dct, copied.dct_source = day.isoformat(), "given"
    copied.text = f"{base.text}\nDépêche {n} mise à jour le {day:%d/%m/%Y}."
    return copied


def build(store: Store, articles: int) -> None:
    """Fill an empty store with ``articles`` variants of the five analysed articles, in batches."""
    bases = list(analyse(read_inputs(INPUTS)))
    started = time.perf_counter()
    for first in range(0, articles, BATCH):
        with store.session() as session:
            resolver = EntityResolver(session)
            for n in range(first, min(first + BATCH, articles)):
                save_document(session, variant(bases[n % len(bases)], n), resolver, origin="bench")
    print(f"built {articles} articles in {time.perf_counter() - started:.0f} s")


def stored(store: Store) -> int:
    with store.session() as session:
        return search(session, limit=1).total


def open_store(args) -> Store:
    """The bench store: reused when it holds the articles asked for, else (or with ``--rebuild``) built anew."""
    folder = ROOT / "bench" / "out" / f"api-{args.articles}"
    if args.rebuild and not args.db:
        shutil.rmtree(folder, ignore_errors=True)
    store = Store.open(store_url(args.db, folder))
    if stored(store) == 0:
        build(store, args.articles)
    elif stored(store) != args.articles:
        raise SystemExit(f"the store holds {stored(store)} articles, not {args.articles}: use --rebuild")
    return store


def measure(client: TestClient, path: str, params: dict, requests: int) -> list[float]:
    """Milliseconds of each of ``requests`` calls, after ten unmeasured ones."""
    timings = []
    for n in range(10 + requests):
        started = time.perf_counter()
        response = client.get(path, params=params)
        elapsed = (time.perf_counter() - started) * 1000
        response.raise_for_status()
        if n >= 10:
            timings.append(elapsed)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", help="a database URL (PostgreSQL) instead of the SQLite file under bench/out")
    parser.add_argument("--rebuild", action="store_true", help="build the SQLite store again")
    args = parser.parse_args()
    with open_store(args) as store:
        client = TestClient(create_app(store))
        print(f"{store.engine.dialect.name}, {args.articles} articles, {args.requests} requests each")
        print(f"{'request':32} {'p50 ms':>8} {'p95 ms':>8}")
        for name, (path, params) in REQUESTS.items():
            timings = measure(client, path, params, args.requests)
            p95 = statistics.quantiles(timings, n=20)[-1]
            print(f"{name:32} {statistics.median(timings):8.1f} {p95:8.1f}{'' if p95 < 100 else '  over 100 ms'}")


if __name__ == "__main__":
    main()
