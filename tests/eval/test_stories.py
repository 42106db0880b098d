"""Story scoring: pairwise and B³ measures of a partition, the wrong pairs, the gold reader's check, and the CLI.

The mini set (``data/stories-mini.jsonl``) is self-written: two stories of two articles about one town and its mayor,
and a third article about the same town.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.errors import GoldFormatError
from veille.eval import read_gold
from veille.eval.stories import gold_articles, gold_stories, score_stories, story_errors
from veille.model import Analysis

MINI = Path(__file__).parent / "data" / "stories-mini.jsonl"
GOLD = {"mini-a1": "pont", "mini-a2": "pont", "mini-b1": "musee", "mini-b2": "musee", "mini-c1": "foire"}


@pytest.fixture
def docs():
    return read_gold(MINI)


def test_stories_gold_reads_the_story_labels(docs):
    assert gold_stories(docs) == GOLD


def test_stories_gold_without_a_label_is_refused(tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps({"id": "sans-etiquette", "text": "Un texte.", "dct": "2025-05-12"}) + "\n")
    with pytest.raises(GoldFormatError, match="sans-etiquette"):
        gold_stories(read_gold(broken))


def test_stories_gold_articles_keep_date_and_title_each_with_its_own_url(docs):
    articles = gold_articles(docs)
    assert [(a.id, a.dct, a.lang) for a in articles[:2]] == [("mini-a1", "2025-05-12", "fr"), ("mini-a2", "2025-05-12", "fr")]
    assert articles[0].title == "Le pont de Verrières rouvre" and articles[1].title is None
    assert len({a.url for a in articles}) == len(articles)


def test_stories_perfect_partition_scores_one():
    scores = score_stories(GOLD, {article: f"story-{label}" for article, label in GOLD.items()})
    assert (scores.pairwise.precision, scores.pairwise.recall) == (1.0, 1.0)
    assert (scores.bcubed.precision, scores.bcubed.recall, scores.bcubed.f1) == (1.0, 1.0, 1.0)
    assert (scores.n_articles, scores.n_gold, scores.n_system) == (5, 3, 3)


def test_stories_count_a_merge_and_a_split():
    """pont and foire merged, musee split: 1 right pair, 2 wrong merges, 1 missed pair."""
    system = {"mini-a1": 1, "mini-a2": 1, "mini-c1": 1, "mini-b1": 2, "mini-b2": 3}
    scores = score_stories(GOLD, system)
    assert (scores.pairwise.tp, scores.pairwise.fp, scores.pairwise.fn) == (1, 2, 1)
    assert scores.bcubed.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert scores.bcubed.recall == pytest.approx((1 + 1 + 1 + 0.5 + 0.5) / 5)


def test_stories_an_article_the_system_did_not_place_is_alone():
    system = {"mini-a1": 1, "mini-a2": 1, "mini-b1": 2, "mini-c1": 3}
    scores = score_stories(GOLD, system)
    assert (scores.pairwise.tp, scores.pairwise.fp, scores.pairwise.fn) == (1, 0, 1)
    assert scores.n_system == 4


def test_stories_errors_list_merged_then_split_pairs(docs):
    lines = story_errors(docs, {"mini-a1": 1, "mini-a2": 1, "mini-c1": 1, "mini-b1": 2, "mini-b2": 3})
    assert lines[0] == ("MERGED mini-a1 [pont] 'Le pont de Verrières rouvre'  ~  "
                        "mini-c1 [foire] 'La foire aux bestiaux de Verrières a attiré mardi des'")
    assert [line.split()[0] for line in lines] == ["MERGED", "MERGED", "SPLIT"]
    assert lines[2].startswith("SPLIT mini-b1 [musee] 'Odile Ferrat inaugure le musée du lin'  ~  mini-b2 [musee]")


@pytest.fixture
def no_pipeline(monkeypatch):
    """Analyses without entities: no article has a candidate, so each is alone in its story."""
    import veille.pipeline

    monkeypatch.setattr(veille.pipeline, "load_pipeline", lambda kb=None: None)
    monkeypatch.setattr(veille.pipeline, "analyse", lambda articles, nlp=None: (
        Analysis(a.id, a.text, url=a.url, title=a.title, dct=a.dct, lang=a.lang) for a in articles))


def test_stories_cli_ingests_into_a_fresh_store_and_scores(no_pipeline, tmp_path, monkeypatch):
    from veille.cli import app

    monkeypatch.setenv("VEILLE_DATA_DIR", str(tmp_path / "configured"))
    result = CliRunner().invoke(app, ["eval", "stories", str(MINI), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    errors, _, table = result.stdout.partition("{")
    report = json.loads("{" + table)[str(MINI)]
    assert (report["system_stories"], report["pairwise"]["fn"], report["bcubed"]["precision"]) == (5, 2, 1.0)
    assert [line.split()[0] for line in errors.splitlines()] == ["SPLIT", "SPLIT"]
    assert not (tmp_path / "configured").exists()


def test_stories_cli_prints_a_table_and_selects_ids(no_pipeline):
    from veille.cli import app

    result = CliRunner().invoke(app, ["eval", "stories", str(MINI), "--ids", "-a"])
    assert result.exit_code == 0, result.output
    assert "B³" in result.stdout and "2 articles: 1 gold stories, 2 made" in result.stdout
