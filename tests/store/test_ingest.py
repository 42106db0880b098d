"""Ingesting into the store: idempotent, resumable, every error kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from veille.ingest import article_from_text, read_inputs
from veille.store import ingest
from veille.store.models import Article, Entity, IngestError


def test_ingest_stores_each_article_once(ingested, corpus, replay_analyse, row_counts):
    before = row_counts(ingested)
    summary = ingest(ingested, corpus(), analyse=replay_analyse)
    assert (summary.stored, summary.skipped, summary.errors) == (0, 5, 0)
    assert row_counts(ingested) == before
    assert before["articles"] == 5


def test_ingest_the_same_article_twice_in_one_run_stores_it_once(store, corpus, replay_analyse, row_counts):
    summary = ingest(store, [*corpus(), *corpus()], analyse=replay_analyse)
    assert (summary.stored, summary.skipped) == (5, 5)
    assert row_counts(store)["articles"] == 5


def test_ingest_resumes_after_a_crash_without_loss_or_duplicates(store, corpus, replay_analyse, row_counts):
    def crashing(items):
        for done, analysis in enumerate(replay_analyse(items)):
            if done == 3:
                raise RuntimeError("killed")
            yield analysis

    with pytest.raises(RuntimeError):
        ingest(store, corpus(), analyse=crashing, batch_size=2)
    assert row_counts(store)["articles"] == 2  # the first batch was committed, the second rolled back
    summary = ingest(store, corpus(), analyse=replay_analyse, batch_size=2)
    assert (summary.stored, summary.skipped) == (3, 2)
    fresh = row_counts(store)
    with store.session() as session:
        assert len(set(session.scalars(select(Article.doc_id)))) == fresh["articles"] == 5


@pytest.mark.parametrize("name,content,reason", [("vide.txt", "", "empty"), ("english.txt", (
    "The president said on Tuesday that the talks would resume next week in Geneva, according to officials."
), "unsupported_language")])
def test_ingest_keeps_errors_in_the_store(store, replay_analyse, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    summary = ingest(store, read_inputs([path]), analyse=replay_analyse)
    assert summary.errors == 1
    with store.session() as session:
        error = session.scalars(select(IngestError)).one()
    assert (error.origin, error.reason) == (str(path), reason)


def test_ingest_again_keeps_one_error_per_input(store, replay_analyse, tmp_path, row_counts):
    missing = tmp_path / "absent.txt"
    for _ in range(2):
        ingest(store, read_inputs([missing]), analyse=replay_analyse)
    assert row_counts(store)["ingest_errors"] == 1


def test_ingest_replaces_the_layers_of_an_article_whose_text_changed(ingested, replay_analyse, row_counts):
    url = "https://www.exemple-info.fr/monde/2024/06/19/poutine-pyongyang"
    updated = article_from_text("Vladimir Poutine a quitté Pyongyang jeudi pour Hanoï.", id="maj", url=url,
                                lang="fr")
    before = row_counts(ingested)
    summary = ingest(ingested, [updated], analyse=replay_analyse)
    assert summary.replaced == 1
    with ingested.session() as session:
        article = session.scalars(select(Article).where(Article.url == url)).one()
        assert article.text.startswith("Vladimir Poutine a quitté")
        assert [quote.text for quote in article.quotes] == []
    assert row_counts(ingested)["articles"] == before["articles"]
    assert row_counts(ingested)["quotes"] < before["quotes"]


def test_ingest_reanalyse_replaces_layers_without_adding_rows(ingested, corpus, replay_analyse, row_counts):
    before = row_counts(ingested)
    summary = ingest(ingested, corpus(), analyse=replay_analyse, reanalyse=True)
    assert summary.replaced == 5
    assert row_counts(ingested) == before


def test_ingest_merges_an_entity_across_articles_by_kb_id(ingested):
    with ingested.session() as session:
        putin = session.scalars(select(Entity).where(Entity.kb_id == "Q7747")).one()
        articles = set(session.scalars(select(Article.doc_id).where(Article.entities.any(entity_id=putin.id))))
    assert {"article-fr-poutine-pyongyang", "visite-pyongyang", "reaction-otan"} <= articles
