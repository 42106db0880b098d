"""Evaluation against gold data: gold readers, strict NER scoring, and side-by-side system tables.

This package does not import veille's NLP code: systems are passed in as callables
(:data:`NERSystem`), so the CLI can put veille's pipeline next to bare ``fr_core_news_md``.
"""

from .gold import GoldDoc, GoldFormatError, GoldSpan, read_gold
from .hipe import read_hipe_tsv
from .ner import NERSystem, errors_report, evaluate_ner, ner_table, spacy_baseline
from .scoring import PRF, NERScores, score_entities, to_json

__all__ = [
    "GoldDoc",
    "GoldFormatError",
    "GoldSpan",
    "NERScores",
    "NERSystem",
    "PRF",
    "errors_report",
    "evaluate_ner",
    "ner_table",
    "read_gold",
    "read_hipe_tsv",
    "score_entities",
    "spacy_baseline",
    "to_json",
]
