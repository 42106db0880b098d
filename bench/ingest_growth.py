"""Does storing an article cost more as its story and its near-duplicate group grow? (issue #10)

A feed that repeats one dispatch with small changes (5,000 items by default: the seed article with a closing
sentence of its own, its own URL and a date moving by one day every 50 items) is ingested into a fresh SQLite store
by ``veille.store.ingest``; the analysis is the seed's, replayed (spaCy is not what is measured), so the time is
the store's: writing the layers, finding near-duplicates, growing the story. Prints the articles stored per second
for each slice of ``--slice`` items: flat is right, falling means the cost grows with the group or the story.

Usage: ``python bench/ingest_growth.py [--items 5000] [--slice 500]``.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import tempfile
import time
from pathlib import Path

from veille.ingest import article_from_text, read_inputs
from veille.pipeline import analyse
from veille.store import Store, ingest, store_url

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "article-fr-poutine-pyongyang.txt"
FIRST_DAY = dt.date(2024, 6, 18)


def feed(base_text: str, items: int):
    for n in range(items):
        day = FIRST_DAY + dt.timedelta(days=n // 50)
        yield article_from_text(f"{base_text}\nMise à jour {n} : le point sur la visite, {day:%d/%m}.",
                                id=f"item-{n}", url=f"https://flux.example/{n}", dct=day.isoformat(), lang="fr")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--slice", type=int, default=500)
    args = parser.parse_args()
    base = next(analyse(read_inputs([SEED])))

    def replay(items):
        for article in items:
            analysis = copy.deepcopy(base)
            analysis.id, analysis.url, analysis.text = article.id, article.url, article.text
            analysis.dct, analysis.dct_source = article.dct, "given"
            yield analysis

    with tempfile.TemporaryDirectory() as folder, Store.open(store_url(data_directory=folder)) as store:
        started = last = time.perf_counter()
        print(f"{'items':>7} {'stored/s':>9}")

        def progress(summary) -> None:
            nonlocal last
            if summary.total % args.slice == 0:
                now = time.perf_counter()
                print(f"{summary.total:7} {args.slice / (now - last):9.1f}", flush=True)
                last = now

        summary = ingest(store, feed(base.text, args.items), analyse=replay, on_item=progress)
        print(f"{summary.stored} stored in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
