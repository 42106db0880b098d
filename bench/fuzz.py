"""The fuzz properties of ``tests/test_fuzz.py`` run long: ``--examples`` random inputs each (10,000 by default),
unseeded, and what came out printed: how many inputs became articles, each rejection reason, analysis errors, and
the slowest input. A property that fails stops the run with Hypothesis' smallest falsifying example.

Usage: ``python bench/fuzz.py [--examples 10000] [--only bytes,jsonl,html,text]``.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_fuzz import (SUFFIXES, check_analysis, check_read, html_pages, jsonl_files, raw_bytes,  # noqa: E402
                             texts)
from veille.ingest import Rejected  # noqa: E402
from veille.pipeline import load_pipeline  # noqa: E402

outcomes: collections.Counter[str] = collections.Counter()
slowest = [0.0, ""]


def tally(kind: str, items, started: float, results=()) -> None:
    for item in items:
        outcomes[f"{kind}: {item.reason}" if isinstance(item, Rejected) else f"{kind}: article"] += 1
    for result in results:
        if result.error is not None:
            outcomes[f"{kind}: analysis error {result.error.partition(':')[0]}"] += 1
    elapsed = time.perf_counter() - started
    if elapsed > slowest[0]:
        slowest[:] = [elapsed, kind]


def run(name: str, strategy, examples: int, property_of) -> None:
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(value=strategy)
    def prop(value):
        property_of(value)

    started = time.perf_counter()
    prop()
    print(f"{name:6} {examples} examples in {time.perf_counter() - started:.0f} s: no failure", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--only", default="bytes,jsonl,html,text")
    args = parser.parse_args()
    nlp = load_pipeline()
    folder = Path(tempfile.mkdtemp(prefix="veille-fuzz-"))

    def read_file(kind: str, data: bytes, suffix: str):
        path = folder / f"document{suffix}"
        path.write_bytes(data)
        started = time.perf_counter()
        items = check_read(path)
        tally(kind, items, started)
        return items

    properties = {
        "bytes": (st.tuples(raw_bytes, st.sampled_from(SUFFIXES)), lambda pair: read_file("bytes", *pair)),
        "jsonl": (jsonl_files, lambda data: read_file("jsonl", data, ".jsonl")),
        "html": (html_pages, lambda page: read_file("html", page.encode("utf-8", "surrogatepass"), ".html")),
        "text": (texts, lambda text: analyse_text(text)),
    }

    def analyse_text(text: str) -> None:
        path = folder / "texte.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        started = time.perf_counter()
        items = check_read(path)
        tally("text", items, started, check_analysis(nlp, items))

    for name in args.only.split(","):
        strategy, property_of = properties[name]
        run(name, strategy, args.examples, property_of)
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:45} {count:7}")
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]})")


if __name__ == "__main__":
    main()
