"""Latency of the web UI's pages (and their CSV downloads) on a 10,000-article store (target: p95 < 300 ms).

The store is ``bench/bench_store.py``'s (built once under ``bench/out/api-<n>/``, or in ``--db``); each page is
fetched ``--requests`` times in-process (Starlette's TestClient, no network) after a warm-up, one at a time, as
``bench/api_latency.py`` does for the API, and its p50 and p95 printed.

Usage: ``python bench/ui_latency.py [--articles 10000] [--requests 50] [--db URL] [--rebuild]``.
"""

from __future__ import annotations

import argparse
import statistics

from fastapi.testclient import TestClient

from api_latency import measure
from bench_store import add_store_arguments, open_store
from veille.api import create_app
from veille.web import mount_web

TARGET_MS = 300
PAGES = {
    "search 'Pyongyang'": ("/", {"q": "Pyongyang"}),
    "events (newest first)": ("/events", {"sort": "-date"}),
    "events by Poutine, page 5": ("/events", {"actor": "Poutine", "page": 5}),
    "events ASSAULT (chart, network)": ("/events", {"type": "ASSAULT"}),
    "events SUPPORT asserted, dates": ("/events", {"type": "SUPPORT", "modality": "asserted",
                                                   "date_from": "2024-03-01", "date_to": "2024-09-30"}),
    "quotes by Poutine": ("/quotes", {"speaker": "Poutine"}),
    "quotes direct, newest": ("/quotes", {"kind": "direct", "sort": "-date"}),
    "entities index": ("/entities", {}),
    "entities PER by last seen": ("/entities", {"type": "PER", "sort": "-last_seen"}),
    "sources": ("/sources", {}),
    "sources, one outlet": ("/sources", {"source": "exemple-info.fr"}),
    "stories": ("/stories", {}),
    "stories of Poutine": ("/stories", {"entity": "Poutine"}),
    "events CSV, SUPPORT in March": ("/events.csv", {"type": "SUPPORT", "date_from": "2024-03-01",
                                                     "date_to": "2024-03-31"}),
    "API articles per day 'Pyongyang'": ("/api/articles/per-day", {"q": "Pyongyang"}),
    "API articles per day of Poutine": ("/api/articles/per-day", {"entity": "Poutine"}),
    "API events per day": ("/api/events/per-day", {}),
    "API events network": ("/api/events/network", {}),
    "API events network, Poutine": ("/api/events/network", {"entity": "Poutine"}),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_store_arguments(parser)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    with open_store(args) as store:
        app = create_app(store)
        mount_web(app, store)
        client = TestClient(app, base_url="http://localhost")
        putin = client.get("/api/entities", params={"q": "Poutine"}).json()["items"][0]["id"]
        stories = client.get("/api/stories", params={"limit": 1}).json()["items"]
        story = {"latest story (chart, timeline)": (f"/stories/{stories[0]['id']}", {})} if stories else {}
        pages = {**PAGES, **story, "entity Poutine (its chronology)": (f"/entities/{putin}", {}),
                 "entity Poutine, chronology page 100": (f"/entities/{putin}", {"page": 100}),
                 "API Poutine timeline, offset 10,000": (f"/api/entities/{putin}/timeline", {"offset": 10_000})}
        print(f"{store.engine.dialect.name}, {args.articles} articles, {args.requests} requests each")
        print(f"{'page':34} {'p50 ms':>8} {'p95 ms':>8}")
        for name, (path, params) in pages.items():
            timings = measure(client, path, params, args.requests)
            p95 = statistics.quantiles(timings, n=20)[-1]
            late = "" if p95 < TARGET_MS else f"  over {TARGET_MS} ms"
            print(f"{name:34} {statistics.median(timings):8.1f} {p95:8.1f}{late}")


if __name__ == "__main__":
    main()
