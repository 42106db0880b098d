"""Event scoring: is each gold PLOVER event found, with its type, its actor and target, its modality and source?

Only the annotated sentences count (:mod:`veille.eval.events_gold`): a system event is scored when its trigger
overlaps one of them, so that a sentence judged to hold no event still catches false positives, and events in the
rest of the text are ignored. A system event **matches** a gold one when their triggers overlap and their types
agree; matching is one-to-one within a document, greedy: the largest trigger overlap first (ties: the pair whose
actor and target are right, then text order). On that matching:

* ``trigger``: P/R/F1 of trigger detection alone (overlap, any type: its own one-to-one matching);
* ``typed``: P/R/F1 of matched events;
* ``arguments``: the same pairs, counted only when actor and target are both right (:func:`ref_is_right`);
* ``modality_accuracy`` and ``source_accuracy``: right modality, right source, among typed matches;
* ``per_type``: ``typed`` by type; TP and FN under the gold type, FP under the system type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import permutations
from typing import Any

from rich.table import Table

from ..kb import normalize_alias
from ..model import Analysis, Entity, Event, Mention, Ref, TextSpan
from .events_gold import EventDoc, GoldEvent, GoldMention
from .scoring import PRF, count_per_label, one_to_one

CLIP_CHARS = 70


@dataclass
class EventScores:
    """Event scores over a corpus (see the module docstring for each measure)."""

    trigger: PRF = field(default_factory=PRF)
    typed: PRF = field(default_factory=PRF)
    arguments: PRF = field(default_factory=PRF)
    modality_right: int = 0
    source_right: int = 0
    per_type: dict[str, PRF] = field(default_factory=dict)
    n_gold: int = 0
    n_pred: int = 0
    n_sentences: int = 0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.typed.tp if self.typed.tp else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.typed.tp if self.typed.tp else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_sentences": self.n_sentences, "n_gold": self.n_gold, "n_pred": self.n_pred,
            "trigger": self.trigger.to_dict(), "typed": self.typed.to_dict(), "arguments": self.arguments.to_dict(),
            "modality_accuracy": round(self.modality_accuracy, 4), "source_accuracy": round(self.source_accuracy, 4),
            "per_type": {name: prf.to_dict() for name, prf in sorted(self.per_type.items())},
        }


def score_events(gold_docs: Sequence[EventDoc], analyses: Sequence[Analysis]) -> EventScores:
    """Score veille's events against gold, document by document (both lists are parallel, same ids)."""
    if len(gold_docs) != len(analyses):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(analyses)} analyses")
    scores = EventScores()
    for doc, analysis in zip(gold_docs, analyses):
        if doc.id != analysis.id:
            raise ValueError(f"gold document {doc.id!r} is paired with analysis {analysis.id!r}")
        _score_doc(doc, analysis, scores)
    return scores


def _score_doc(doc: EventDoc, analysis: Analysis, scores: EventScores) -> None:
    system = scored_events(doc, analysis)
    gold = doc.events
    pairs = match_events(gold, system, analysis)
    right = [p for p in pairs if arguments_are_right(gold[p[0]], system[p[1]], analysis)]
    found = len(match_events(gold, system, analysis, typed=False))
    scores.trigger.add(PRF(tp=found, fp=len(system) - found, fn=len(gold) - found))
    scores.typed.add(PRF(tp=len(pairs), fp=len(system) - len(pairs), fn=len(gold) - len(pairs)))
    scores.arguments.add(PRF(tp=len(right), fp=len(system) - len(right), fn=len(gold) - len(right)))
    scores.modality_right += sum(gold[g].modality == system[p].modality for g, p in pairs)
    scores.source_right += sum(ref_is_right(gold[g].source, system[p].source, analysis) for g, p in pairs)
    count_per_label([e.type for e in gold], [e.type for e in system], pairs, scores.per_type)
    scores.n_gold += len(gold)
    scores.n_pred += len(system)
    scores.n_sentences += len(doc.sentences)


def scored_events(doc: EventDoc, analysis: Analysis) -> list[Event]:
    """The system events whose trigger overlaps an annotated sentence: the only ones the gold can judge."""
    return [
        event for event in analysis.events
        if any(start < event.trigger.end and event.trigger.start < end for start, end in doc.sentences)
    ]


def match_events(gold: Sequence[GoldEvent], system: Sequence[Event], analysis: Analysis, *,
                 typed: bool = True) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping triggers (of the same type when ``typed``),
    largest overlap first, then right arguments first."""
    candidates = []
    for g, event in enumerate(gold):
        start, end, _ = event.trigger
        for p, found in enumerate(system):
            overlap = min(end, found.trigger.end) - max(start, found.trigger.start)
            if overlap > 0 and (found.type == event.type or not typed):
                candidates.append((-overlap, not arguments_are_right(event, found, analysis), g, p))
    return sorted(one_to_one(candidates))


def arguments_are_right(gold: GoldEvent, event: Event, analysis: Analysis) -> bool:
    """Actor and target both right (:func:`ref_is_right`)."""
    return ref_is_right(gold.actor, event.actor, analysis) and ref_is_right(gold.target, event.target, analysis)


def ref_is_right(gold: GoldMention | None, ref: Ref | None, analysis: Analysis) -> bool:
    """Whether a system ref (actor, target or source) designates the gold mention.

    A null gold mention needs a null ref. Otherwise the ref is right when its ``name``, its entity's name, one of
    its entity's mention texts or a ``stands_for`` name of them equals, after :func:`veille.kb.normalize_alias`,
    the gold canonical name or the gold mention's text ("Moscou" standing for "Russie" is right either way); when
    the ref's own ``mention`` (the span the system read the argument from) overlaps the gold mention: the same
    words of the text, whatever name each side gives them ("le porte-parole" read in "le porte-parole du Kremlin",
    "Nous" for the Union); or when one of its entity's mentions overlaps the gold mention. A gold group
    (``members``) is right when the ref's members pair off one-to-one with the gold members, each right by these
    rules, or when the ref's names give the group's canonical name.
    """
    if gold is None or ref is None:
        return gold is None and ref is None
    entities = {entity.id: entity for entity in analysis.entities}
    if _named(gold, ref, entities) or _overlaps(gold, ref.mention):
        return True
    if gold.members:
        return len(gold.members) == len(ref.members or ()) and any(
            all(ref_is_right(member, candidate, analysis) for member, candidate in zip(gold.members, order))
            for order in permutations(ref.members)
        )
    entity = entities.get(ref.entity) if ref.entity else None
    return entity is not None and any(_overlaps(gold, mention) for mention in entity.mentions)


def _overlaps(gold: GoldMention, span: TextSpan | Mention | None) -> bool:
    """Whether a system span shares characters with the gold mention (a group given by members has no span)."""
    return span is not None and gold.start is not None and span.start < gold.end and gold.start < span.end


def _named(gold: GoldMention, ref: Ref, entities: dict[str, Entity]) -> bool:
    wanted = {normalize_alias(text) for text in (gold.name, gold.text) if text}
    names = [ref.name]
    entity = entities.get(ref.entity) if ref.entity else None
    if entity is not None:
        names.append(entity.name)
        for mention in entity.mentions:
            names.append(mention.text)
            names.append(mention.stands_for.name if mention.stands_for else None)
    return any(normalize_alias(name) in wanted for name in names if name)


def events_table(scores: EventScores, title: str) -> Table:
    """Trigger, typed and typed + arguments P/R/F1, modality and source accuracy, then recall per gold type."""
    table = Table(title=title)
    for name in ("measure", "gold", "system", "P", "R", "F1 / acc."):
        table.add_column(name, justify="left" if name == "measure" else "right")
    counts = [str(scores.n_gold), str(scores.n_pred)]
    table.add_row("trigger (overlap, any type)", *counts, *_prf_cells(scores.trigger))
    table.add_row("typed (overlap + type)", *counts, *_prf_cells(scores.typed))
    table.add_row("typed + actor + target", *counts, *_prf_cells(scores.arguments))
    table.add_row("modality accuracy (typed matches)", str(scores.typed.tp), "", "", "", _pct(scores.modality_accuracy))
    table.add_row("source accuracy (typed matches)", str(scores.typed.tp), "", "", "", _pct(scores.source_accuracy),
                  end_section=True)
    for name, prf in sorted(scores.per_type.items()):
        table.add_row(f"recall, {name}", str(prf.support), "", "", _pct(prf.recall), "")
    return table


def _prf_cells(prf: PRF) -> list[str]:
    return [_pct(prf.precision), _pct(prf.recall), _pct(prf.f1)]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def event_errors(doc: EventDoc, analysis: Analysis) -> list[str]:
    """One line per error, in text order: ``MISSED`` gold events, ``SPURIOUS`` system events (in annotated
    sentences), and on typed matches ``ARGUMENTS``, ``MODALITY`` and ``SOURCE`` when those are wrong."""
    system = scored_events(doc, analysis)
    pairs = match_events(doc.events, system, analysis)
    matched_gold, matched_system = {g for g, _ in pairs}, {p for _, p in pairs}
    lines = [(e.trigger[0], f"MISSED {_gold(e)}") for g, e in enumerate(doc.events) if g not in matched_gold]
    lines += [(e.trigger.start, f"SPURIOUS {_system(e)}") for p, e in enumerate(system) if p not in matched_system]
    for g, p in pairs:
        gold, found = doc.events[g], system[p]
        if not arguments_are_right(gold, found, analysis):
            lines.append((gold.trigger[0], f"ARGUMENTS gold {_gold(gold)} got {_system(found)}"))
        if gold.modality != found.modality:
            lines.append((gold.trigger[0], f"MODALITY gold {_gold(gold)} got {found.modality}"))
        if not ref_is_right(gold.source, found.source, analysis):
            lines.append((gold.trigger[0], f"SOURCE gold {_gold(gold)} source={_name(gold.source)} got {_name(found.source)}"))
    return [f"{doc.id} @{start} {text}" for start, text in sorted(lines, key=lambda line: line[0])]


def _gold(event: GoldEvent) -> str:
    return (f"{event.type} {event.trigger[2]!r} {_name(event.actor)} → {_name(event.target)} "
            f"({event.modality})")


def _system(event: Event) -> str:
    return (f"{event.type} {_clip(event.trigger.text)!r} {_name(event.actor)} → {_name(event.target)} "
            f"({event.modality})")


def _name(ref: GoldMention | Ref | None) -> str:
    return repr(ref.name) if ref is not None else "—"


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLIP_CHARS else text[: CLIP_CHARS - 1] + "…"
