"""The query layer: search with filters, entity profiles, timelines."""

from __future__ import annotations

import pytest

from veille.store import Near, article_view, entity_profile, find_entities, quotes, search, timeline


@pytest.fixture
def session(ingested):
    with ingested.session() as opened:
        yield opened


def _ids(result) -> set[str]:
    return {hit.doc_id for hit in result.hits}


@pytest.mark.parametrize("words,expected", [
    ("Pyongyang", {"article-fr-poutine-pyongyang", "visite-pyongyang", "reaction-otan"}),
    ("elysee", {"macron-ukraine"}),  # accents and case ignored
    ('"partenariat stratégique" Kim', {"visite-pyongyang"}),
    ("ambassadeur Tass", {"depeche-sans-url"}),
])
def test_search_finds_articles_by_words(session, words, expected):
    assert _ids(search(session, words)) == expected


def test_search_ranks_and_snippets_around_the_words(session):
    hit = search(session, "Bruxelles").hits[0]
    assert hit.doc_id == "reaction-otan" and "Bruxelles" in hit.snippet


@pytest.mark.parametrize("filters,expected", [
    ({"entity": "Emmanuel Macron"}, {"macron-ukraine"}),
    ({"speaker": "Q7747"}, {"article-fr-poutine-pyongyang", "visite-pyongyang"}),
    ({"speaker": "Stoltenberg"}, {"reaction-otan", "article-fr-poutine-pyongyang"}),
    ({"date_from": "2024-06-20", "date_to": "2024-07-02"}, {"reaction-otan", "macron-ukraine"}),
    ({"source": "exemple-info.fr"}, {"visite-pyongyang", "macron-ukraine"}),
    ({"entity": "personne inconnue"}, set()),
    ({"event_type": "consult"}, {"article-fr-poutine-pyongyang", "depeche-sans-url", "macron-ukraine"}),
    ({"event_type": "COOPERATE"}, {"reaction-otan"}),
])
def test_search_filters(session, filters, expected):
    assert _ids(search(session, None, **filters)) == expected


def test_search_combines_words_filters_and_pages(session):
    # the seed article has no date of its own: 2024-06-18 is inferred from "mardi 18 … juin"
    result = search(session, "Pyongyang", entity="Poutine", date_from="2024-06-19", limit=1)
    assert (result.total, len(result.hits)) == (2, 1)
    assert _ids(search(session, "Pyongyang", entity="Poutine", date_from="2024-06-19", limit=1, offset=1)) <= {
        "visite-pyongyang", "reaction-otan"}


@pytest.mark.parametrize("name", ["Poutine", "poutine", "Vladimir Poutine", "Q7747"])
def test_find_entities_by_name_alias_or_kb_id(session, name):
    assert find_entities(session, name)[0].kb_id == "Q7747"


@pytest.mark.parametrize("name", ["99999999999999999999", "0"])
def test_find_entities_of_a_number_that_is_no_store_id_is_empty(session, name):
    assert find_entities(session, name) == []


def test_entity_profile_gathers_mentions_quotes_and_company(session):
    profile = entity_profile(session, "Poutine")
    assert profile.entity.articles == 3
    # the seed article's date is inferred (2024-06-18); the two others are given
    assert [day.day for day in profile.mentions_over_time] == ["2024-06-18", "2024-06-19", "2024-06-21"]
    assert any("nouvelle page" in quote.text for quote in profile.quotes_by)
    assert any("cherche des armes" in quote.text for quote in profile.quotes_about)
    assert "Pyongyang" in {ref.name for ref in profile.co_occurring}


def test_entity_profile_of_an_unknown_name_is_none(session):
    assert entity_profile(session, "Personne") is None


def test_timeline_lists_dated_facts_in_order(session):
    items = timeline(session, "Poutine").items
    dates = [item.date for item in items]
    assert dates == sorted(dates, key=lambda day: (day is None, day or ""))
    assert {item.kind for item in items} == {"mention", "quote", "event"}  # events since issue #5
    first = items[0]
    assert first.date == "2024-06-18" and first.kind == "mention"


@pytest.mark.issue(15)
def test_a_timeline_pages_through_the_whole_chronology_in_date_order(session):
    whole = timeline(session, "Poutine")
    pages = [timeline(session, "Poutine", limit=2, offset=offset) for offset in range(0, whole.total, 2)]
    assert whole.total == len(whole.items) and all(page.total == whole.total for page in pages)
    assert [(item.kind, item.article_id, item.start) for page in pages for item in page.items] == [
        (item.kind, item.article_id, item.start) for item in whole.items]
    event = next(item for item in whole.items if item.kind == "event").event
    assert event.actor or event.target or event.source  # the whole fact comes with it, for its sentence
    assert next(item for item in whole.items if item.kind == "quote").quote.speaker


@pytest.mark.parametrize("filters,expected", [
    ({"speaker": "Poutine"}, "nouvelle page"),
    ({"entity": "Poutine"}, "cherche des armes"),
])
def test_quotes_filters_by_speaker_and_mentioned_entity(session, filters, expected):
    result = quotes(session, **filters)
    assert result.total == len(result.quotes) > 0
    assert any(expected in quote.text for quote in result.quotes)


def test_quotes_pages_in_publication_order(session):
    everything = quotes(session, limit=100).quotes
    assert [(q.dct, q.article_id) for q in everything] == sorted(
        ((q.dct, q.article_id) for q in everything), key=lambda key: (key[0] is None, key[0] or "", key[1]))
    assert quotes(session, limit=2, offset=1).quotes == everything[1:3]


def test_quotes_of_an_unknown_speaker_are_none(session):
    assert quotes(session, speaker="Personne").total == 0


def test_article_view_reads_back_the_stored_article(session):
    hit = search(session, "Bruxelles").hits[0]
    view = article_view(session, hit.id)
    document = view.document
    assert (document.id, document.url) == (hit.doc_id, hit.url) and document.entities
    assert set(view.entity_ids) == {entity.id for entity in document.entities}  # each local id has its corpus entity


def test_article_view_of_an_unknown_id_is_none(session):
    assert article_view(session, 10**6) is None


@pytest.mark.issue(10)
@pytest.mark.parametrize("decomposed, composed", [("Core\u0301e", "Corée"), ("E\u0301lyse\u0301e", "Élysée")])
def test_search_reads_a_decomposed_accent_as_the_composed_one(session, decomposed, composed):
    """Queries are put in the normal form stored texts are in (``veille.text``), so both spellings find the same."""
    expected = _ids(search(session, composed))
    assert expected and _ids(search(session, decomposed)) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize("decomposed", ["Vladimir Pouti\u0302ne", "Kim Jong-un\u0301"])
def test_find_entities_reads_decomposed_names(session, decomposed):
    import unicodedata
    composed = unicodedata.normalize("NFC", decomposed)
    assert find_entities(session, decomposed) == find_entities(session, composed)


def test_search_by_country_of_the_places_named(session):
    korean = _ids(search(session, None, country="kp"))
    assert {"article-fr-poutine-pyongyang", "visite-pyongyang"} <= korean
    assert "macron-ukraine" not in korean


def test_search_near_a_point_reads_the_great_circle(session):
    pyongyang = _ids(search(session, None, near=Near(39.03, 125.75, 30)))
    assert "visite-pyongyang" in pyongyang and "macron-ukraine" not in pyongyang
    assert _ids(search(session, None, near=Near(-45.0, -120.0, 500))) == set()  # the South Pacific


def test_near_refuses_a_point_off_the_earth():
    with pytest.raises(ValueError, match="not a point on Earth"):
        Near.parse("95,10", 10)
    with pytest.raises(ValueError, match="LAT,LON"):
        Near.parse("Paris", 10)
