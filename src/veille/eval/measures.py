"""The headline figures of one split, by name: what ``bench/eval_splits.py`` prints side by side and what
``make test`` keeps floors on (tests/eval/test_dev2_floors.py), computed one way for both."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis
from .events import score_events
from .events_gold import EventDoc
from .gold import GoldDoc
from .ner import evaluate_ner
from .quotes import score_quotes
from .timex import analysis_timexes, score_timexes


def headline_measures(docs: Sequence[GoldDoc], analyses: Sequence[Analysis], event_docs: Sequence[EventDoc],
                      event_analyses: Sequence[Analysis]) -> dict[str, float]:
    """NER micro, ORG and MISC F1 (names only), quotation and attributed F1 (one-to-one and any overlap), speaker
    accuracy, TIMEX relaxed and value F1, events typed and typed + actor + target F1 and modality accuracy."""
    names = [[(m.start, m.end, e.label) for e in a.entities for m in e.mentions if m.kind == "name"] for a in analyses]
    ner = evaluate_ner(docs, {"veille": lambda _docs: names})["veille"]
    quoted = score_quotes(docs, analyses)
    timex = score_timexes(docs, analysis_timexes(analyses))
    events = score_events(event_docs, event_analyses)
    return {
        "ner": ner.micro.f1, "ner_org": ner.per_label["ORG"].f1, "ner_misc": ner.per_label["MISC"].f1,
        "quote": quoted.quote.f1, "attributed": quoted.attributed.f1, "quote_any": quoted.quote_any.f1,
        "attributed_any": quoted.attributed_any.f1, "speaker_accuracy": quoted.speaker_accuracy,
        "timex_relaxed": timex.counts["relaxed"].f1, "timex_value": timex.counts["value"].f1,
        "events_typed": events.typed.f1, "events_arguments": events.arguments.f1,
        "events_modality": events.modality_accuracy,
    }
