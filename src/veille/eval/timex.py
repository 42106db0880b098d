"""Time-expression scoring, TempEval-3 style: detection (strict and relaxed), type and value.

A system expression and a gold one **match** when their spans overlap (relaxed) — one-to-one within a document,
the largest overlap first; a **strict** match needs the same start and end. On the relaxed matching:

* ``strict`` / ``relaxed``: P/R/F1 of detection;
* ``type`` / ``value``: P/R/F1 counting a match only when its TIMEX3 type (or normalised value) is also the gold
  one — a wrong value is both a false positive and a false negative, as in TempEval-3's attribute F1.

Gold records are ``{start, end, text, type, value}`` (fr-news ``timex`` or TimeML ``TIMEX3``). ``dateparser`` can
be scored beside veille (``dateparser_system``): Python's usual tool, given the same publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table

from ..model import Analysis
from .gold import GoldDoc
from .scoring import PRF, one_to_one

MEASURES = ("strict", "relaxed", "type", "value")
CLIP_CHARS = 60


@dataclass
class TimexScores:
    counts: dict[str, PRF] = field(default_factory=lambda: {measure: PRF() for measure in MEASURES})
    n_gold: int = 0
    n_pred: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"n_gold": self.n_gold, "n_pred": self.n_pred} | {m: prf.to_dict() for m, prf in self.counts.items()}


def analysis_timexes(analyses: Sequence[Analysis]) -> list[list[dict]]:
    """veille's expressions per document, as plain records."""
    return [
        [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value} for t in analysis.timexes]
        for analysis in analyses
    ]


def score_timexes(gold_docs: Sequence[GoldDoc], predicted: Sequence[Sequence[dict]]) -> TimexScores:
    scores = TimexScores()
    for doc, system in zip(gold_docs, predicted):
        scores.n_gold += len(doc.timexes)
        scores.n_pred += len(system)
        pairs = match_timexes(doc.timexes, system)
        for measure in MEASURES:
            right = sum(1 for g, s in pairs if _agrees(measure, doc.timexes[g], system[s]))
            scores.counts[measure].add(PRF(tp=right, fp=len(system) - right, fn=len(doc.timexes) - right))
    return scores


def _agrees(measure: str, gold: dict, system: dict) -> bool:
    if measure == "strict":
        return gold["start"] == system["start"] and gold["end"] == system["end"]
    if measure == "relaxed":
        return True
    return gold[measure] == system[measure]


def match_timexes(gold: Sequence[dict], system: Sequence[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    return one_to_one(
        (-overlap, g, s)
        for g, gold_item in enumerate(gold)
        for s, system_item in enumerate(system)
        if (overlap := min(gold_item["end"], system_item["end"]) - max(gold_item["start"], system_item["start"])) > 0
    )


def timex_table(results: dict[str, TimexScores], title: str) -> Table:
    table = Table(title=title)
    table.add_column("system")
    for measure in MEASURES:
        table.add_column(f"{measure} P/R/F1", justify="right")
    for system, scores in results.items():
        table.add_row(system, *(_prf(scores.counts[measure]) for measure in MEASURES))
    return table


def _prf(prf: PRF) -> str:
    return f"{100 * prf.precision:.1f} / {100 * prf.recall:.1f} / {100 * prf.f1:.1f}"


def timex_errors(doc: GoldDoc, system: Sequence[dict]) -> list[str]:
    """Missed, spurious and wrongly normalised expressions of one document, with their context."""
    pairs = match_timexes(doc.timexes, system)
    matched_gold = {g for g, _ in pairs}
    matched_system = {s for _, s in pairs}
    lines = [f"{doc.id} dct={doc.dct}  MISSED {_show(doc.text, g)}" for i, g in enumerate(doc.timexes) if i not in matched_gold]
    lines += [f"{doc.id} dct={doc.dct}  SPURIOUS {_show(doc.text, s)}" for i, s in enumerate(system) if i not in matched_system]
    for g, s in pairs:
        gold, found = doc.timexes[g], system[s]
        if (gold["value"], gold["type"]) != (found["value"], found["type"]):
            lines.append(f"{doc.id} dct={doc.dct}  VALUE {_show(doc.text, gold)} → got {found['type']} {found['value']!r}")
        elif (gold["start"], gold["end"]) != (found["start"], found["end"]):
            lines.append(f"{doc.id} dct={doc.dct}  EXTENT gold {gold['text']!r} got {found['text']!r}")
    return lines


def _show(text: str, item: dict) -> str:
    before = text[max(0, item["start"] - CLIP_CHARS) : item["start"]].replace("\n", " ")
    after = text[item["end"] : item["end"] + CLIP_CHARS].replace("\n", " ")
    return f"{item['type']} {item['value']!r} …{before}[{item['text']}]{after}…"


def dateparser_system(docs: Sequence[GoldDoc]) -> list[list[dict]]:
    """dateparser's ``search_dates`` on each text, relative to its publication date, as TIMEX records.

    dateparser returns a datetime per expression: it is written as a DATE ``YYYY-MM-DD`` (or a TIME when it carries
    a time of day), which is as much as the tool says.
    """
    from dateparser.search import search_dates

    results = []
    for doc in docs:
        settings = {"RETURN_AS_TIMEZONE_AWARE": False}
        if doc.dct:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(doc.dct[:10])
        found = search_dates(doc.text, languages=["fr"], settings=settings) or []
        results.append(list(_located(doc.text, found)))
    return results


def _located(text: str, found: list[tuple[str, dt.datetime]]):
    """Offsets for dateparser's substrings, searched left to right as it returns them in text order."""
    cursor = 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        timed = when.time() != dt.time(0, 0)
        value = when.strftime("%Y-%m-%dT%H:%M") if timed else when.date().isoformat()
        yield {"start": start, "end": cursor, "text": substring, "type": "TIME" if timed else "DATE", "value": value}
