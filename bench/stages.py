"""Time per pipeline stage: the share of analysis time each component takes (one process, 300 articles).

Runs the veille pipeline component by component over the same corpus as ``throughput.py`` and prints seconds and
the share of the total for each, with veille's own stages flagged. The issues set budgets on these shares (quotes
≤ 5%, time ≤ 3%, events ≤ 7% of analysis time). Usage: ``python bench/stages.py [--articles 300]``.
"""

from __future__ import annotations

import argparse
import json
import time

from throughput import write_corpus

from veille.pipeline import load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    corpus = write_corpus(args.articles)
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:10]))  # warm-up: lazy tables, caches
    docs = [nlp.make_doc(text) for text in texts]
    seconds = {}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    total = sum(seconds.values())
    print(f"{args.articles} articles, {total:.1f} s in all (one process)")
    for name, spent in seconds.items():
        mark = "*" if name.startswith("veille_") else " "
        print(f"{mark} {name:24s} {spent:6.2f} s  {100 * spent / total:5.1f} %")
    ours = sum(spent for name, spent in seconds.items() if name.startswith("veille_"))
    print(f"veille's stages (*): {100 * ours / total:.1f} % of analysis time")


if __name__ == "__main__":
    main()
