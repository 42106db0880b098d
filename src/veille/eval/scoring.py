"""Strict span scoring: precision, recall and F1 per label and micro-averaged.

Strict means a predicted span counts only when (start, end, label) is exactly a gold span: a boundary
off by one character or the wrong label is both a false positive and a false negative (the CoNLL
convention, so numbers compare with published NER scores). Spans are sets per document, so a system
that emits the same span twice is neither rewarded nor punished for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int, str]


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall; 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class PRF:
    """Counts for one label (or all); the ratios are 0.0 where their denominator is 0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    @property
    def support(self) -> int:
        """Number of gold spans."""
        return self.tp + self.fn

    def add(self, other: PRF) -> None:
        """Accumulate another count into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class NERScores:
    """Scores of one system over a corpus; ``micro`` pools the counts of every scored label."""

    per_label: dict[str, PRF] = field(default_factory=dict)
    micro: PRF = field(default_factory=PRF)

    def to_dict(self) -> dict[str, Any]:
        return {
            "micro": self.micro.to_dict(),
            "per_label": {label: prf.to_dict() for label, prf in self.per_label.items()},
        }


def score_entities(
    gold: Sequence[Sequence[Span]],
    predicted: Sequence[Sequence[Span]],
    *,
    labels: Iterable[str] | None = None,
) -> NERScores:
    """Score predicted spans against gold, document by document (both lists are parallel).

    ``labels`` restricts scoring to these labels, in this order: gold and predicted spans with other
    labels are ignored. Without it, every label seen in gold or predictions is scored, sorted.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predicted")
    keep = list(dict.fromkeys(labels)) if labels is not None else _labels_seen(gold, predicted)
    per_label = {label: PRF() for label in keep}
    for gold_doc, pred_doc in zip(gold, predicted):
        _count_doc(set(gold_doc), set(pred_doc), per_label)
    micro = PRF()
    for prf in per_label.values():
        micro.add(prf)
    return NERScores(per_label=per_label, micro=micro)


def _labels_seen(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> list[str]:
    """Every label that occurs on either side, sorted for a stable table."""
    return sorted({s[2] for doc in gold for s in doc} | {s[2] for doc in predicted for s in doc})


def _count_doc(gold: set[Span], predicted: set[Span], per_label: dict[str, PRF]) -> None:
    """Add one document's tp/fp/fn to the per-label counts (labels not in per_label are skipped)."""
    for span in gold | predicted:
        prf = per_label.get(span[2])
        if prf is None:
            continue
        if span in gold and span in predicted:
            prf.tp += 1
        elif span in predicted:
            prf.fp += 1
        else:
            prf.fn += 1


def one_to_one(candidates: Iterable[tuple]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing: candidates are tuples ``(*rank, gold index, system index)``, taken best rank first
    (sorted); a pair is kept when neither side is paired yet. RETURNS the (gold, system) pairs in the order taken."""
    pairs, used_gold, used_system = [], set(), set()
    for *_, g, p in sorted(candidates):
        if g not in used_gold and p not in used_system:
            used_gold.add(g)
            used_system.add(p)
            pairs.append((g, p))
    return pairs


def count_per_label(gold: Sequence[str], system: Sequence[str], pairs: Iterable[tuple[int, int]],
                    counts: dict[str, PRF]) -> None:
    """Add matched and unmatched items to per-label counts: TP and FN under the gold label, FP under the system
    label (so recall per label is exact and precision per label only indicative).

    gold (Sequence[str]), system (Sequence[str]): the label of each gold and system item, by index.
    pairs (Iterable[tuple[int, int]]): the (gold index, system index) matches.
    """
    pairs = list(pairs)
    matched_gold = {g for g, _ in pairs}
    matched_system = {p for _, p in pairs}
    for g, label in enumerate(gold):
        prf = counts.setdefault(label, PRF())
        if g in matched_gold:
            prf.tp += 1
        else:
            prf.fn += 1
    for p, label in enumerate(system):
        if p not in matched_system:
            counts.setdefault(label, PRF()).fp += 1


def to_json(results: dict[str, NERScores]) -> dict[str, Any]:
    """Machine-readable scores: ``{system: {"micro": {...}, "per_label": {label: {...}}}}``."""
    return {system: scores.to_dict() for system, scores in results.items()}
