"""Evaluation against gold data: gold readers, strict NER scoring, quotation scoring, and result tables.

This package does not import veille's NLP code: systems are passed in as callables
(:data:`NERSystem`), so the CLI can put veille's pipeline next to bare ``fr_core_news_md``.
"""

from .gold import GoldDoc, GoldFormatError, GoldSpan, read_gold
from .hipe import read_hipe_tsv
from .ner import NERSystem, errors_report, evaluate_ner, ner_table, spacy_baseline
from .quotes import QuoteScores, match_quotes, quote_errors, quotes_table, score_quotes, speaker_is_right
from .scoring import PRF, NERScores, score_entities, to_json

__all__ = [
    "GoldDoc",
    "GoldFormatError",
    "GoldSpan",
    "NERScores",
    "NERSystem",
    "PRF",
    "QuoteScores",
    "errors_report",
    "evaluate_ner",
    "match_quotes",
    "ner_table",
    "quote_errors",
    "quotes_table",
    "read_gold",
    "read_hipe_tsv",
    "score_entities",
    "score_quotes",
    "spacy_baseline",
    "speaker_is_right",
    "to_json",
]
