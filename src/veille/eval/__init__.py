"""Evaluation against gold data: gold readers, strict NER scoring, quotation, time-expression and event scoring,
and result tables.

This package does not import veille's NLP code: systems are passed in as callables
(:data:`NERSystem`), so the CLI can put veille's pipeline next to bare ``fr_core_news_md``.
"""

from .events import EventScores, event_errors, events_table, score_events
from .events_gold import EventDoc, read_event_gold
from .gold import GoldDoc, GoldFormatError, GoldSpan
from .read import read_gold
from .hipe import read_hipe_tsv
from .ner import NERSystem, errors_report, evaluate_ner, ner_table, spacy_baseline
from .quotes import QuoteScores, match_quotes, quote_errors, quotes_table, score_quotes, speaker_is_right
from .scoring import PRF, NERScores, count_per_label, one_to_one, score_entities, to_json
from .timeml import read_timeml
from .timex import TimexScores, analysis_timexes, dateparser_system, score_timexes, timex_errors, timex_table

__all__ = [
    "EventDoc",
    "EventScores",
    "GoldDoc",
    "GoldFormatError",
    "GoldSpan",
    "NERScores",
    "NERSystem",
    "PRF",
    "QuoteScores",
    "TimexScores",
    "analysis_timexes",
    "count_per_label",
    "dateparser_system",
    "errors_report",
    "evaluate_ner",
    "event_errors",
    "events_table",
    "match_quotes",
    "ner_table",
    "one_to_one",
    "quote_errors",
    "quotes_table",
    "read_event_gold",
    "read_gold",
    "read_hipe_tsv",
    "read_timeml",
    "score_entities",
    "score_events",
    "score_quotes",
    "score_timexes",
    "spacy_baseline",
    "speaker_is_right",
    "timex_errors",
    "timex_table",
    "to_json",
]
