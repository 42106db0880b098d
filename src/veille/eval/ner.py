"""NER evaluation: run several systems over the same gold documents and compare them side by side.

A system is any callable from gold documents to predicted ``(start, end, label)`` character spans per
document, so veille's pipeline and a bare spaCy model are measured by the same scorer without this
module importing veille's NLP code.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from rich.table import Table

from .gold import GoldDoc
from .scoring import NERScores, Span, score_entities

logger = logging.getLogger(__name__)

NERSystem = Callable[[list[GoldDoc]], list[list[Span]]]
NER_LABELS = ("PER", "ORG", "LOC", "MISC")
CONTEXT_CHARS = 40


def evaluate_ner(
    docs: list[GoldDoc],
    systems: Mapping[str, NERSystem],
    *,
    labels: Iterable[str] = NER_LABELS,
) -> dict[str, NERScores]:
    """Score every system on ``docs``; the result keeps the order of ``systems`` for the table."""
    labels = tuple(labels)
    gold = [doc.spans() for doc in docs]
    results: dict[str, NERScores] = {}
    for name, system in systems.items():
        started = time.perf_counter()
        predicted = system(docs)
        if len(predicted) != len(docs):
            raise ValueError(f"system {name!r} returned {len(predicted)} documents for {len(docs)}")
        results[name] = score_entities(gold, predicted, labels=labels)
        logger.info("%s: micro F1 %.3f on %d docs in %.1fs", name, results[name].micro.f1,
                    len(docs), time.perf_counter() - started)
    return results


def ner_table(results: dict[str, NERScores], title: str) -> Table:
    """One row per label plus micro; P, R, F1 for each system side by side, best F1 of a row in bold.
    Support (gold span count) is the same for every system, so it is one column."""
    table = Table(title=title)
    table.add_column("label")
    table.add_column("gold", justify="right")
    for name in results:
        for metric in ("P", "R", "F1"):
            table.add_column(f"{name} {metric}", justify="right")
    labels = list(next(iter(results.values())).per_label) if results else []
    for i, label in enumerate(labels):
        table.add_row(*_row(results, label), end_section=i == len(labels) - 1)
    if results:
        table.add_row(*_row(results, None), style="bold")
    return table


def _row(results: dict[str, NERScores], label: str | None) -> list[str]:
    """Cells of one table row (``label=None`` is the micro row)."""
    prfs = [s.micro if label is None else s.per_label[label] for s in results.values()]
    best = max(p.f1 for p in prfs)
    cells = [label or "micro", str(prfs[0].support)]
    for prf in prfs:
        f1 = _pct(prf.f1)
        if len(prfs) > 1 and prf.f1 == best and best > 0:
            f1 = f"[bold]{f1}[/bold]"
        cells += [_pct(prf.precision), _pct(prf.recall), f1]
    return cells


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def errors_report(
    doc: GoldDoc, predicted: list[Span], *, labels: Iterable[str] | None = NER_LABELS
) -> list[str]:
    """One line per error, in text order, to see *why* a system misses: ``LABEL`` (right span, wrong
    label), ``SPAN`` (overlapping span, wrong boundaries), otherwise plain ``FP`` / ``FN``; each line
    shows the mention in brackets within its context."""
    keep = set(labels) if labels is not None else None
    gold = {s for s in doc.spans() if keep is None or s[2] in keep}
    pred = {s for s in predicted if keep is None or s[2] in keep}
    fns, fps = gold - pred, pred - gold
    lines: list[tuple[int, str]] = []
    for fp in sorted(fps):
        partner = _partner(fp, fns)
        if partner is not None:
            fns.discard(partner)
            lines.append((fp[0], _pair_line(doc, partner, fp)))
        else:
            lines.append((fp[0], _line(doc, "FP", fp)))
    lines += [(fn[0], _line(doc, "FN", fn)) for fn in fns]
    return [text for _, text in sorted(lines)]


def _partner(fp: Span, fns: set[Span]) -> Span | None:
    """The missed gold span that a false positive was trying to be: same offsets first, then overlap."""
    same = [g for g in fns if g[:2] == fp[:2]]
    if same:
        return same[0]
    overlapping = sorted(g for g in fns if g[0] < fp[1] and fp[0] < g[1] and g[2] == fp[2])
    return overlapping[0] if overlapping else None


def _pair_line(doc: GoldDoc, gold: Span, pred: Span) -> str:
    """A label confusion or a boundary error, showing both sides."""
    if gold[:2] == pred[:2]:
        return f"{doc.id} @{gold[0]} LABEL gold={gold[2]} pred={pred[2]} {_context(doc.text, gold)}"
    return (f"{doc.id} @{gold[0]} SPAN {gold[2]} gold={doc.text[gold[0]:gold[1]]!r} "
            f"pred={doc.text[pred[0]:pred[1]]!r} {_context(doc.text, gold)}")


def _line(doc: GoldDoc, kind: str, span: Span) -> str:
    mention = doc.text[span[0] : span[1]]
    return f"{doc.id} @{span[0]} {kind} {span[2]} {mention!r} {_context(doc.text, span)}"


def _context(text: str, span: Span) -> str:
    """``…left [mention] right…`` on one line."""
    start, end = span[0], span[1]
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    snippet = f"…{left}[{text[start:end]}]{right}…"
    return " ".join(snippet.split())


def spacy_baseline(nlp: Any, *, batch_size: int = 16) -> NERSystem:
    """Bare spaCy as a system: ``doc.ents`` as character spans. One process, because the model is
    already loaded here and forking it would cost more than the dev sets take to tag."""

    def run(docs: list[GoldDoc]) -> list[list[Span]]:
        texts = (d.text for d in docs)
        return [
            [(e.start_char, e.end_char, e.label_) for e in parsed.ents]
            for parsed in nlp.pipe(texts, batch_size=batch_size, n_process=1)
        ]

    return run
