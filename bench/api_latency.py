"""Latency of the REST API's entity profile and search on a 10,000-article store (target: p95 < 100 ms).

1. The store is ``bench/bench_store.py``'s (built once under ``bench/out/api-<n>/``, or in ``--db``).
2. Each request is sent ``--requests`` times in-process (Starlette's TestClient, so no network) after a warm-up,
   and its p50 and p95 printed, one request at a time (``bench/api_load.py`` sends them concurrently to a real
   server).

Usage: ``python bench/api_latency.py [--articles 10000] [--requests 200] [--db URL] [--rebuild]``.
"""

from __future__ import annotations

import argparse
import statistics
import time

from fastapi.testclient import TestClient

from bench_store import add_store_arguments, open_store
from veille.api import create_app

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
    add_store_arguments(parser)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with open_store(args) as store:
        client = TestClient(create_app(store), base_url="http://localhost")
        print(f"{store.engine.dialect.name}, {args.articles} articles, {args.requests} requests each")
        print(f"{'request':32} {'p50 ms':>8} {'p95 ms':>8}")
        for name, (path, params) in REQUESTS.items():
            timings = measure(client, path, params, args.requests)
            p95 = statistics.quantiles(timings, n=20)[-1]
            print(f"{name:32} {statistics.median(timings):8.1f} {p95:8.1f}{'' if p95 < 100 else '  over 100 ms'}")


if __name__ == "__main__":
    main()
