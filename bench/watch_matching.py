"""The cost of watches at ingest: matching 1,000 watches as a share of ingest time (issue #16: at most 5%).

Analyses the example corpus once (examples/corpus, 22 articles), then ingests it ``--copies`` times into fresh
SQLite stores from those analyses (each copy with its own URLs and a closing line of its own, as a syndicated
dispatch is), so that the store's own work is timed apart from the model's: first with no watch, then with
``--watches`` watches of every kind (entities by Wikidata id and by name, speakers, event types with an entity,
words, outlets, and names no article has). Prints the store's ingest time with and without watches, the time
spent in matching, and its share of the store's ingest time and of a full ingest (analysis included).
Usage: ``python bench/watch_matching.py [--copies 10] [--watches 1000]``.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from veille.ingest import read_inputs
from veille.pipeline import analyse, load_pipeline
from veille.store import Store, ingest
from veille.store.models import Entity, Event, QuoteSpeaker
from veille.watch import WatchSpec, add_watch, match_new_articles

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "corpus.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--watches", type=int, default=1000)
    args = parser.parse_args()
    articles = list(read_inputs([CORPUS]))
    start = time.perf_counter()
    analyses = list(analyse(articles, nlp=load_pipeline()))
    analysis_seconds = (time.perf_counter() - start) * args.copies
    items = _copies(articles, analyses, args.copies)
    bare = _ingest(items, watches=0)
    watched = _ingest(items, watches=args.watches)
    total = len(items)
    print(f"{total} articles ({len(articles)} × {args.copies}), {args.watches} watches")
    print(f"analysis (measured on one copy, × {args.copies}): {analysis_seconds:7.2f} s")
    print(f"store ingest without watches:                {bare['ingest']:7.2f} s")
    print(f"store ingest with watches:                   {watched['ingest']:7.2f} s")
    print(f"  of which matching ({watched['runs']} runs, {watched['made']} notifications): {watched['match']:7.3f} s")
    print(f"matching / store ingest:          {100 * watched['match'] / watched['ingest']:5.2f} %")
    print(f"matching / full ingest (analysis + store): "
          f"{100 * watched['match'] / (analysis_seconds + watched['ingest']):5.2f} %")


def _copies(articles, analyses, copies: int) -> list[tuple]:
    """Each article and its analysis ``copies`` times, each copy at its own URL with a closing line of its own
    (added at the end, so that every offset of the analysis stays true)."""
    items = []
    for number in range(copies):
        for article, analysis in zip(articles, analyses):
            tail = f"\n\nDépêche reprise, version {number}."
            url = f"https://copie-{number}.example/{article.id}"
            items.append((dataclasses.replace(article, id=f"{article.id}-{number}", url=url, text=article.text + tail),
                          dataclasses.replace(copy.deepcopy(analysis), id=f"{article.id}-{number}", url=url,
                                              text=analysis.text + tail)))
    return items


def _ingest(items: list[tuple], *, watches: int) -> dict[str, float]:
    """Ingest ``items`` into a fresh store holding ``watches`` watches; the seconds of the ingest and of matching."""
    spent = {"match": 0.0, "runs": 0, "made": 0}
    with tempfile.TemporaryDirectory() as folder, Store.open(f"sqlite:///{folder}/veille.sqlite") as store:
        if watches:
            _seed(store, items[:1])
            _add_watches(store, watches)

        def run_watches() -> None:
            start = time.perf_counter()
            spent["made"] += match_new_articles(store)
            spent["match"] += time.perf_counter() - start
            spent["runs"] += 1

        analyses = {id(article): analysis for article, analysis in items}
        start = time.perf_counter()
        ingest(store, [article for article, _ in items], analyse=lambda inputs: (analyses[id(i)] for i in inputs),
               batch_size=32, after_batch=run_watches if watches else None)
        spent["ingest"] = time.perf_counter() - start
    return spent


def _seed(store: Store, items: list[tuple]) -> None:
    """Store one article first, so that the watches can name entities the way users do (by name, by id)."""
    article, analysis = items[0]
    seeded = dataclasses.replace(article, url=article.url + "-seed")
    ingest(store, [seeded], analyse=lambda inputs: (dataclasses.replace(analysis, url=seeded.url) for _ in inputs))


def _add_watches(store: Store, count: int) -> None:
    """``count`` watches of every kind, drawn with a fixed seed (a fifth of them name what no article holds)."""
    draw = random.Random(16)
    with store.session() as session:
        linked = session.scalars(select(Entity.kb_id).where(Entity.kb_id.is_not(None))).all()
        names = session.scalars(select(Entity.name)).all()
        speakers = session.scalars(select(Entity.name).join(QuoteSpeaker)).all() or names
        types = session.scalars(select(Event.type).distinct()).all()
    kinds = [
        lambda n: WatchSpec(f"w{n}", entity=draw.choice(linked)),
        lambda n: WatchSpec(f"w{n}", entity=draw.choice(names)),
        lambda n: WatchSpec(f"w{n}", speaker=draw.choice(speakers)),
        lambda n: WatchSpec(f"w{n}", event_type=draw.choice(types), entity=draw.choice(linked)),
        lambda n: WatchSpec(f"w{n}", words=draw.choice(["Pyongyang", "traité", "sommet de l'Otan", "munitions"])),
        lambda n: WatchSpec(f"w{n}", source=f"copie-{draw.randrange(20)}.example"),
        lambda n: WatchSpec(f"w{n}", entity=f"Personne Inconnue {n}"),
    ]
    for number in range(count):
        add_watch(store, kinds[number % len(kinds)](number))


if __name__ == "__main__":
    main()
