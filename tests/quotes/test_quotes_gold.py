"""Quotation quality on the French news dev gold (../shared/gold/fr-news-dev), read in place.

The issue's target is an attributed-quote F1 of 0.80; the floors below pin what the stage reaches today so that a
change cannot make it worse unnoticed. Raise them as the stage improves; lowering one needs a reason in the commit.
"""

from __future__ import annotations

import pytest

from tests.conftest import need_shared
from veille.eval import read_gold, score_quotes
from veille.eval.systems import analyse_gold
from veille.pipeline import analyse

QUOTE_F1_FLOOR = 0.90
ATTRIBUTED_F1_FLOOR = 0.83


@pytest.fixture(scope="module")
def scores(nlp):
    docs = read_gold(need_shared("gold/fr-news-dev/fr_news_dev.jsonl"))
    return score_quotes(docs, analyse_gold(analyse, docs, nlp=nlp))


def test_quotes_gold_detection_meets_the_floor(scores):
    assert scores.quote.f1 >= QUOTE_F1_FLOOR


def test_quotes_gold_attribution_meets_the_floor(scores):
    assert scores.attributed.f1 >= ATTRIBUTED_F1_FLOOR
