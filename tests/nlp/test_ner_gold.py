"""The NER quality gate on the French news dev gold (../shared/gold/fr-news-dev), read in place.

Floors: micro F1 >= 0.85 and at least 5 points above bare fr_core_news_md, measured in one run. The held-out set
is annotated the same way; these floors guard against regressions, they are not what the rules were tuned to.
"""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import need_shared
from veille.eval import evaluate_ner, read_gold, spacy_baseline
from veille.eval.systems import veille_ner
from veille.pipeline import analyse

MICRO_F1_FLOOR = 0.85
MARGIN_OVER_MODEL = 0.05


@pytest.fixture(scope="module")
def scores(nlp):
    docs = read_gold(need_shared("gold/fr-news-dev/fr_news_dev.jsonl"))
    systems = {"veille": veille_ner(analyse, nlp=nlp), "model": spacy_baseline(spacy.load("fr_core_news_md"))}
    return evaluate_ner(docs, systems)


def test_ner_gold_micro_f1_meets_the_floor(scores):
    assert scores["veille"].micro.f1 >= MICRO_F1_FLOOR


def test_ner_gold_beats_the_bare_model_by_five_points(scores):
    assert scores["veille"].micro.f1 - scores["model"].micro.f1 >= MARGIN_OVER_MODEL
