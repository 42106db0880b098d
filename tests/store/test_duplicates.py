"""Near-duplicate articles: syndicated copies and rewrites grouped, other articles on the same events kept apart."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from veille.ingest import article_from_text
from veille.store import ingest, search
from veille.store.duplicates import band_keys, is_duplicate, shingles, signature, similarity
from veille.store.models import Article, DuplicateMember

BODY = (
    "Le conseil municipal de Saint-Aubin-des-Landes a adopté jeudi soir un budget de douze millions d'euros pour "
    "l'année prochaine. La rénovation de l'école Jules-Ferry en absorbe près d'un tiers, le reste allant à la voirie "
    "et à la médiathèque. « Nous n'augmenterons pas les impôts locaux », a assuré la maire, Odile Brunelière, devant "
    "une salle comble. L'opposition a voté contre, jugeant les dépenses de voirie insuffisantes pour les hameaux. "
    "Les travaux de l'école commenceront pendant les vacances d'été et devraient durer quatorze mois."
)
COPY = BODY.replace("jeudi soir", "jeudi  soir").replace("« ", "\"").replace(" »", "\"")
REWRITE = (
    "Comme le rapporte L'Écho des Landes, la commune a tranché après plusieurs semaines de débats. " + BODY
)
SAME_TOPIC = (
    "À Saint-Aubin-des-Landes, le budget voté jeudi divise les habitants des hameaux. Sur le marché, plusieurs "
    "commerçants regrettent que la voirie passe après l'école Jules-Ferry. « On attend des trottoirs depuis dix ans », "
    "raconte une boulangère. La maire, Odile Brunelière, promet un second plan pour les routes en 2026, financé par "
    "la vente d'un terrain communal. L'opposition réclame un référendum local sur ce projet."
)


@pytest.mark.parametrize("other,expected", [(COPY, True), (REWRITE, True), (SAME_TOPIC, False)])
def test_duplicates_rule_groups_copies_and_rewrites_only(other, expected):
    assert is_duplicate(*similarity(shingles(BODY), shingles(other))) is expected


@pytest.mark.parametrize("other", [COPY, REWRITE])
def test_duplicates_copies_share_a_band_key(other):
    assert band_keys(signature(shingles(BODY))) & band_keys(signature(shingles(other)))


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [BODY])
def test_duplicates_signature_is_the_same_in_every_process(text):
    """Band keys are stored and compared across runs: they must not depend on Python's salted ``hash()``. Two
    processes with different hash seeds compute the same keys as this one."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, sys; from veille.store.duplicates import band_keys, signature, shingles; "
            "print(json.dumps(sorted(band_keys(signature(shingles(sys.stdin.read()))))))")
    runs = [subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert [json.loads(run) for run in runs] == [sorted(band_keys(signature(shingles(text))))] * 2


def _articles():
    texts = {"original": BODY, "reprise": COPY, "reecriture": REWRITE, "reportage": SAME_TOPIC}
    return [article_from_text(text, id=name, url=f"https://www.exemple-info.fr/{name}", dct="2025-03-14", lang="fr")
            for name, text in texts.items()]


@pytest.fixture
def grouped(store, replay_analyse):
    ingest(store, _articles(), analyse=replay_analyse)
    return store


def test_duplicates_ingest_groups_the_copy_and_the_rewrite(grouped):
    with grouped.session() as session:
        rows = session.execute(select(Article.doc_id, DuplicateMember.group_id).join(DuplicateMember)).all()
    assert {doc_id for doc_id, _ in rows} == {"original", "reprise", "reecriture"}
    assert len({group for _, group in rows}) == 1


@pytest.mark.parametrize("collapse,expected", [(False, 4), (True, 2)])
def test_duplicates_search_collapses_a_group_to_its_first_article(grouped, collapse, expected):
    with grouped.session() as session:
        result = search(session, "Brunelière", collapse=collapse)
    assert result.total == len(result.hits) == expected
    first = next(hit for hit in result.hits if hit.doc_id == "original")
    assert len(first.duplicates) == 2


def test_duplicates_an_article_whose_text_changed_moves_to_its_new_group(grouped, replay_analyse):
    changed = article_from_text(SAME_TOPIC.replace("boulangère", "fleuriste"), id="reprise",
                                url="https://www.exemple-info.fr/reprise", dct="2025-03-14", lang="fr")
    ingest(grouped, [changed], analyse=replay_analyse)
    with grouped.session() as session:
        group = dict(session.execute(select(Article.doc_id, DuplicateMember.group_id).join(DuplicateMember)).all())
    assert group["reprise"] == group["reportage"] != group["original"] == group["reecriture"]


@pytest.mark.issue(10)
def test_duplicates_storing_one_more_copy_compares_a_bounded_number_of_texts(store, replay_analyse, monkeypatch):
    """A feed repeating one dispatch: the 41st copy is compared with the earliest few versions only, and joins
    their story without a story comparison (before: every stored copy was read and compared again, and storing
    slowed from 12 to 1.3 articles/s over 3,000 copies; ``bench/ingest_growth.py``)."""
    from veille.store import duplicates, stories

    copies = [article_from_text(f"{BODY}\nMise à jour numéro {n}.", id=f"copie-{n}", lang="fr", dct="2025-03-14",
                                url=f"https://flux.example/{n}") for n in range(41)]
    ingest(store, copies[:40], analyse=replay_analyse)
    compared, story_comparisons = [], []
    monkeypatch.setattr(duplicates, "shingles", lambda text, real=duplicates.shingles: compared.append(1) or real(text))
    monkeypatch.setattr(stories, "similarity", lambda *args, real=stories.similarity: story_comparisons.append(1)
                        or real(*args))
    assert ingest(store, copies[40:], analyse=replay_analyse).stored == 1
    assert 1 < len(compared) <= 1 + duplicates.COMPARED
    assert story_comparisons == []
    with store.session() as session:
        groups = set(session.scalars(select(DuplicateMember.group_id)))
        assert len(groups) == 1 and len(list(session.scalars(select(DuplicateMember.article_id)))) == 41
