"""Every accuracy measure on the development splits, side by side: the figures of issue 12's protocol.

Splits (gold read in place from ../shared/gold):

* ``dev``: fr-news-dev (20 documents; its events from ``data/events-dev``, the annotated sentences);
* ``work``: fr-news-dev2 documents whose id ends in 1–4 (two thirds: the part rules may be written against);
* ``untouched``: fr-news-dev2 documents whose id ends in 5 or 6 (one third, left alone until the end of a piece of
  work: printed only with ``--untouched``).

Measures: NER micro F1 and ORG / MISC F1 (strict spans), quotation F1 and attributed-quotation F1 with speaker
accuracy (``veille eval quotes``), TIMEX relaxed and value F1, events typed, typed + actor + target F1 and modality
accuracy (``veille eval events``). One pipeline is loaded once. Usage::

    python bench/eval_splits.py [--untouched] [--json FILE] [--save-analyses FOLDER]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
DEV = GOLD / "fr-news-dev" / "fr_news_dev.jsonl"
DEV2 = GOLD / "fr-news-dev2" / "fr_news_dev2.jsonl"
EVENTS_DEV = ROOT / "data" / "events-dev"
SPLITS = {"work": re.compile(r"-\d\d[1-4]$"), "untouched": re.compile(r"-\d\d[56]$")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--untouched", action="store_true", help="Also score the untouched third of fr-news-dev2.")
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    parser.add_argument("--save-analyses", type=Path, help="Write each split's analyses (JSONL) to this folder.")
    args = parser.parse_args()
    if not DEV2.exists():
        print(f"gold data not found at {DEV2} (shared/ is not beside the repo)", file=sys.stderr)
        return 2
    from veille.eval.events_gold import read_event_gold, read_fr_news_events
    from veille.eval.gold import read_fr_news_jsonl
    from veille.eval.measures import headline_measures
    from veille.eval.systems import analyse_gold
    from veille.pipeline import analyse, load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    splits = {"dev": (read_fr_news_jsonl(DEV), read_event_gold(EVENTS_DEV, ROOT.parent / "shared"))}
    names = ["work", "untouched"] if args.untouched else ["work"]
    dev2, dev2_events = read_fr_news_jsonl(DEV2), read_fr_news_events(DEV2)
    for name in names:
        chosen = SPLITS[name]
        splits[name] = ([d for d in dev2 if chosen.search(d.id)], [d for d in dev2_events if chosen.search(d.id)])
    figures = {}
    for name, (docs, event_docs) in splits.items():
        analyses = analyse_gold(analyse, docs, nlp=nlp)
        event_analyses = analyses if name != "dev" else analyse_gold(analyse, event_docs, nlp=nlp)
        figures[name] = headline_measures(docs, analyses, event_docs, event_analyses)
        if args.save_analyses:
            _save(args.save_analyses / f"{name}.jsonl", analyses)
            if event_analyses is not analyses:  # dev's events are scored on their own annotated sentences
                _save(args.save_analyses / f"{name}-events.jsonl", event_analyses)
    _print(figures)
    print(f"({time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


def _save(path: Path, analyses: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(a.to_json(), ensure_ascii=False) + "\n" for a in analyses), encoding="utf-8")


def _print(figures: dict[str, dict[str, float]]) -> None:
    splits = list(figures)
    print(f"{'measure':<20}" + "".join(f"{name:>11}" for name in splits))
    for measure in figures[splits[0]]:
        print(f"{measure:<20}" + "".join(f"{figures[name][measure]:>11.3f}" for name in splits))


if __name__ == "__main__":
    sys.exit(main())
