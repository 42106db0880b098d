"""Cross-article identity: a surname alone joins the full name only where the two share their company."""

from __future__ import annotations

import pytest

from veille.ingest import article_from_text
from veille.store import find_entities, ingest

FOOTBALL = (
    "Le gardien Sorokine a arrêté deux penalties samedi soir au stade de la Meinau, offrant la qualification au "
    "Racing Club de Strasbourg face à l'Olympique lyonnais. Sorokine a été porté en triomphe par ses coéquipiers."
)


@pytest.mark.parametrize("name,articles", [("Anatoli Sorokine", 5)])
def test_entities_surname_joins_the_full_name_seen_with_the_same_entities(demo, name, articles):
    with demo.session() as session:
        found = find_entities(session, "Sorokine")
    assert [(ref.name, ref.articles) for ref in found] == [(name, articles)]


@pytest.mark.parametrize("surname,full", [("Vasseur", "Claire Vasseur")])
def test_entities_surname_stays_apart_when_little_company_is_shared(demo, surname, full):
    # "Vasseur" alone shares only Emmanuel Macron with the articles of "Claire Vasseur": too little to merge.
    with demo.session() as session:
        assert {ref.name for ref in find_entities(session, surname)} == {surname}
        assert {ref.name for ref in find_entities(session, full)} == {full}


@pytest.mark.parametrize("text", [FOOTBALL])
def test_entities_surname_in_another_context_is_another_person(demo, replay_analyse, text):
    ingest(demo, [article_from_text(text, id="football", dct="2024-06-22", lang="fr")], analyse=replay_analyse)
    with demo.session() as session:
        found = find_entities(session, "Sorokine")
    assert sorted((ref.name, ref.articles) for ref in found) == [("Anatoli Sorokine", 5), ("Sorokine", 1)]


@pytest.mark.parametrize("first,second", [(
    "Vladimir Poutine a rencontré Kim Jong-un à Pyongyang. Pour Sorokine, la visite marque un tournant.",
    "Anatoli Sorokine, chercheur, commente la rencontre de Vladimir Poutine et Kim Jong-un à Pyongyang.",
)])
def test_entities_full_name_after_the_surname_renames_the_entity(store, replay_analyse, first, second):
    articles = [article_from_text(text, id=f"a{n}", dct="2024-06-20", lang="fr") for n, text in enumerate((first, second))]
    ingest(store, articles, analyse=replay_analyse)
    with store.session() as session:
        found = find_entities(session, "Sorokine")
    assert [(ref.name, ref.articles) for ref in found] == [("Anatoli Sorokine", 2)]
