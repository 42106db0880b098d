"""Throughput and memory of `veille analyze` against bare fr_core_news_md on the same 300 news articles.

Builds a JSONL corpus of 300 French news articles from the development gold texts read in place
(../shared/gold/fr-news-dev and fr-timebank-dev, cycled with distinct ids), then times, each as a whole process:

1. bare spaCy: ``spacy.load("fr_core_news_md")`` + ``nlp.pipe(texts, n_process=2)``;
2. veille: ``veille analyze corpus.jsonl --format jsonl -j 2``.

Each runs ``--repeat`` times, alternating, and the fastest run counts (the machine's noise is one-sided). Prints
seconds, articles/s and words/s for both, the speed ratio (veille / bare; the target is >= 0.85) and the peak
resident memory of the largest process of each run. Usage: ``python bench/throughput.py [--articles 300]``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold"
OUT = ROOT / "bench" / "out"

BARE = """
import sys, json, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load("fr_core_news_md")
for doc in nlp.pipe(texts, n_process=2, batch_size=16):
    pass
"""

MEASURE = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def news_texts() -> list[str]:
    """The French news texts of the dev gold: fr-news-dev excerpts and French TimeBank articles (tags stripped)."""
    texts = [json.loads(line)["text"] for line in open(SHARED / "fr-news-dev" / "fr_news_dev.jsonl", encoding="utf-8")]
    for path in sorted((SHARED / "fr-timebank-dev" / "Data").glob("*.tml")):
        body = re.search(r"<TEXT>(.*)</TEXT>", path.read_text(encoding="utf-8"), re.S)
        if body:
            texts.append(re.sub(r"<[^>]+>", "", body.group(1)).strip())
    return texts


def write_corpus(n_articles: int) -> Path:
    texts = news_texts()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"corpus-{n_articles}.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(n_articles):
            record = {"id": f"bench-{n:04d}", "text": texts[n % len(texts)], "lang": "fr"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of ``command`` run as its own process tree."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak_kb, code = result.stdout.split()
    if code != "0":
        raise SystemExit(f"{command[0]} exited with {code}")
    return seconds, int(peak_kb) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, alternating; the fastest counts")
    args = parser.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"the gold texts are not at {SHARED}: the benchmark needs ../shared beside the checkout")
    corpus = write_corpus(args.articles)
    words = sum(len(json.loads(line)["text"].split()) for line in open(corpus, encoding="utf-8"))
    veille = str(Path(sys.executable).with_name("veille"))
    runs = {
        "bare fr_core_news_md (n_process=2)": [sys.executable, "-c", BARE, str(corpus)],
        "veille analyze (-j 2)": [veille, "analyze", str(corpus), "--format", "jsonl", "-j", "2"],
    }
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in runs}
    print(f"corpus: {args.articles} articles, {words} words ({corpus}); best of {args.repeat} runs each")
    for _ in range(args.repeat):
        for name, command in runs.items():
            results[name].append(timed(command))
    for name, timings in results.items():
        seconds, peak = min(timings)
        print(f"{name:38s} {seconds:7.1f} s  {args.articles / seconds:6.1f} articles/s  {words / seconds:8.0f} words/s  peak RSS {peak} MB")
    bare, ours = (min(timings)[0] for timings in results.values())
    print(f"speed ratio veille / bare: {bare / ours:.2f}x (target >= 0.85x)")


if __name__ == "__main__":
    main()
