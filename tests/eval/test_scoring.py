"""Strict NER scoring on hand-made spans."""

from __future__ import annotations

import pytest

from veille.eval import PRF, score_entities, to_json


def test_scoring_exact_match_only():
    gold = [[(0, 5, "PER"), (10, 15, "LOC")]]
    pred = [[(0, 4, "PER"), (10, 15, "ORG")]]  # one boundary off, one label wrong
    scores = score_entities(gold, pred)
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (0, 2, 2)
    assert scores.micro.f1 == 0.0


def test_scoring_per_label_and_micro():
    gold = [[(0, 5, "PER"), (10, 15, "LOC"), (20, 25, "LOC")], [(0, 3, "ORG")]]
    pred = [[(0, 5, "PER"), (10, 15, "LOC"), (30, 35, "LOC")], [(0, 3, "ORG"), (5, 9, "PER")]]
    scores = score_entities(gold, pred, labels=["PER", "ORG", "LOC"])
    assert list(scores.per_label) == ["PER", "ORG", "LOC"]
    per, loc, org = scores.per_label["PER"], scores.per_label["LOC"], scores.per_label["ORG"]
    assert (per.tp, per.fp, per.fn) == (1, 1, 0)
    assert (loc.tp, loc.fp, loc.fn) == (1, 1, 1)
    assert (org.tp, org.fp, org.fn) == (1, 0, 0)
    assert per.precision == 0.5 and per.recall == 1.0 and per.f1 == pytest.approx(2 / 3)
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (3, 2, 1)
    assert scores.micro.precision == pytest.approx(3 / 5)
    assert scores.micro.recall == pytest.approx(3 / 4)
    assert scores.micro.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_scoring_labels_filter_ignores_other_labels():
    gold = [[(0, 5, "PER"), (10, 15, "DATE")]]
    pred = [[(0, 5, "PER"), (20, 25, "DATE"), (30, 31, "MISC")]]
    scores = score_entities(gold, pred, labels=("PER", "MISC"))
    assert set(scores.per_label) == {"PER", "MISC"}
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (1, 1, 0)


def test_scoring_labels_default_to_all_seen():
    scores = score_entities([[(0, 1, "PER")]], [[(2, 3, "ORG")]])
    assert list(scores.per_label) == ["ORG", "PER"]


def test_scoring_duplicates_ignored():
    scores = score_entities([[(0, 5, "PER"), (0, 5, "PER")]], [[(0, 5, "PER")] * 3])
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (1, 0, 0)


def test_scoring_empty_cases():
    none = score_entities([], [], labels=["PER"])
    assert none.micro == PRF(0, 0, 0) and none.per_label["PER"].f1 == 0.0
    only_pred = score_entities([[]], [[(0, 1, "PER")]])
    assert only_pred.micro.precision == 0.0 and only_pred.micro.recall == 0.0
    only_gold = score_entities([[(0, 1, "PER")]], [[]])
    assert only_gold.micro.fn == 1 and only_gold.micro.f1 == 0.0


def test_scoring_prf_undefined_is_zero():
    prf = PRF(0, 0, 0)
    assert (prf.precision, prf.recall, prf.f1, prf.support) == (0.0, 0.0, 0.0, 0)


def test_scoring_mismatched_document_counts_raise():
    with pytest.raises(ValueError):
        score_entities([[]], [[], []])


def test_scoring_to_json_is_plain_data():
    scores = score_entities([[(0, 5, "PER")]], [[(0, 5, "PER"), (6, 8, "LOC")]], labels=["PER", "LOC"])
    data = to_json({"sys": scores})
    assert data["sys"]["micro"] == {"tp": 1, "fp": 1, "fn": 0, "support": 1,
                                    "precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert data["sys"]["per_label"]["LOC"]["fp"] == 1
