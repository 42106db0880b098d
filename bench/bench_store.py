"""The 10,000-article store the API benches read, built once under ``bench/out/`` (or in ``--db``) and reused.

The seed article and the four articles of the store tests are analysed with the real pipeline, then each stored
article is one of these five analyses with its own id, URL, title, date (spread over a year) and a last sentence of
its own, appended after the analysed text so every offset still holds. Written through ``save_document``, as ingest
writes, without running spaCy 10,000 times. "Poutine" is in three articles of five (6,000 of them, 8,000 of its
quotes): the heaviest profile of the store; Macron, in one of five, is a busy entity of a real corpus.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import shutil
import time
from pathlib import Path

from veille.ingest import read_inputs
from veille.model import Analysis
from veille.pipeline import analyse
from veille.store import Store, save_document, search, store_url
from veille.store.entities import EntityResolver

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "examples" / "article-fr-poutine-pyongyang.txt", ROOT / "tests" / "store" / "data" / "corpus.jsonl"]
FIRST_DAY = dt.date(2024, 1, 1)
BATCH = 500


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every bench over this store takes."""
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", help="a database URL (PostgreSQL) instead of the SQLite file under bench/out")
    parser.add_argument("--rebuild", action="store_true", help="build the SQLite store again")


def store_folder(articles: int) -> Path:
    return ROOT / "bench" / "out" / f"api-{articles}"


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
        with store.write() as session:
            resolver = EntityResolver(session)
            for n in range(first, min(first + BATCH, articles)):
                save_document(session, variant(bases[n % len(bases)], n), resolver, origin="bench")
    print(f"built {articles} articles in {time.perf_counter() - started:.0f} s")


def stored(store: Store) -> int:
    with store.session() as session:
        return search(session, limit=1).total


def open_store(args) -> Store:
    """The bench store: reused when it holds the articles asked for, else (or with ``--rebuild``) built anew."""
    folder = store_folder(args.articles)
    if args.rebuild and not args.db:
        shutil.rmtree(folder, ignore_errors=True)
    store = Store.open(store_url(args.db, folder))
    if stored(store) == 0:
        build(store, args.articles)
    elif stored(store) != args.articles:
        raise SystemExit(f"the store holds {stored(store)} articles, not {args.articles}: use --rebuild")
    return store
