"""Load on a real ``veille serve``: p50/p95 and errors for 1, 20, 60 and 200 concurrent clients, on loopback only.

1. The store is ``bench/bench_store.py``'s 10,000 articles (SQLite under ``bench/out/``, or ``--db`` PostgreSQL).
2. ``veille serve`` is started on a free port of 127.0.0.1, as a user starts it (its own process, uvicorn).
3. For each kind of request (a search, the busiest entity profile) and each number of clients, that many clients
   each send their requests one after the other, all at once; a request counts as an error when it answers
   anything but 200 or takes longer than ``--timeout`` seconds.
4. After the heaviest load, one request more, alone: the server must answer it at once.

Usage: ``python bench/api_load.py [--articles 10000] [--db URL] [--clients 1,20,60,200] [--requests 400]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bench_store import add_store_arguments, open_store, store_folder

VEILLE = Path(sys.executable).with_name("veille")
REQUESTS = {
    "search 'Pyongyang'": ("/api/articles", {"q": "Pyongyang"}),
    "profile Poutine": ("/api/entities/Poutine", {}),
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(args, port: int) -> subprocess.Popen:
    """``veille serve`` over the bench store, once it answers."""
    where = ["--db", args.db] if args.db else ["--data-dir", str(store_folder(args.articles))]
    server = subprocess.Popen([str(VEILLE), "serve", *where, "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "VEILLE_API_TOKEN": ""})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/articles", params={"limit": 1}, timeout=5).raise_for_status()
            return server
        except httpx.HTTPError:
            if server.poll() is not None:
                raise SystemExit(f"veille serve exited: {server.stderr.read()}")
            time.sleep(0.5)
    server.kill()
    raise SystemExit("veille serve did not answer within 120 s")


async def one_client(client: httpx.AsyncClient, path: str, params: dict, count: int, timings: list[float],
                     errors: list[str]) -> None:
    for _ in range(count):
        started = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            if response.status_code != 200:
                errors.append(str(response.status_code))
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        timings.append((time.perf_counter() - started) * 1000)


async def load(base: str, path: str, params: dict, clients: int, requests: int, timeout: float):
    """``clients`` at once, ``requests`` in all; RETURNS (timings in ms, errors, seconds)."""
    timings: list[float] = []
    errors: list[str] = []
    each = max(1, requests // clients)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(one_client(client, path, params, each, timings, errors) for _ in range(clients)))
        return timings, errors, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_store_arguments(parser)
    parser.add_argument("--clients", default="1,20,60,200", help="numbers of concurrent clients, comma-separated")
    parser.add_argument("--requests", type=int, default=400, help="requests per run (shared by the clients)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a client waits for one answer")
    args = parser.parse_args()
    open_store(args).close()
    port = free_port()
    server = start_server(args, port)
    base = f"http://127.0.0.1:{port}"
    try:
        print(f"{'sqlite' if not args.db else 'postgresql'}, {args.articles} articles, veille serve on {base}")
        print(f"{'request':20} {'clients':>7} {'requests':>8} {'p50 ms':>9} {'p95 ms':>9} {'errors':>6} {'req/s':>7}")
        for name, (path, params) in REQUESTS.items():
            for clients in map(int, args.clients.split(",")):
                timings, errors, seconds = asyncio.run(load(base, path, params, clients, args.requests,
                                                            args.timeout))
                p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
                print(f"{name:20} {clients:7} {len(timings):8} {statistics.median(timings):9.1f} {p95:9.1f} "
                      f"{len(errors):6} {len(timings) / seconds:7.1f}" + (f"  {sorted(set(errors))}" if errors else ""))
        started = time.perf_counter()
        status = httpx.get(f"{base}/api/articles", params={"q": "Kim"}, timeout=args.timeout).status_code
        print(f"afterwards, one search alone: {status} in {(time.perf_counter() - started) * 1000:.0f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
