"""``veille_geo`` in the pipeline: places located on sentences written for these tests, and on the seed."""

from __future__ import annotations

import pytest


def _geo(analysis, name: str) -> dict | None:
    entity = next(e for e in analysis.entities if e.label == "LOC" and name in {m.text for m in e.mentions})
    return entity.geo.to_json() if entity.geo is not None else None


def test_geo_seed_places_have_their_geonames_ids_and_points(seed_analysis):
    located = {e.name: e.geo for e in seed_analysis.entities if e.geo is not None}
    assert {name: geo.geonames_id for name, geo in located.items()} == {
        "Corée du Nord": 1873107, "Pyongyang": 1871859, "Russie": 2017370, "Moscou": 524901, "Ukraine": 690791}
    assert located["Pyongyang"].feature == "city" and located["Pyongyang"].country == "KP"
    assert abs(located["Moscou"].lat - 55.75) < 0.1 and abs(located["Moscou"].lon - 37.62) < 0.1


def test_geo_event_place_carries_where_it_lies(seed_analysis):
    places = [event.place for event in seed_analysis.events if event.place is not None]
    assert places and all(place.geo is not None for place in places if place.entity)


@pytest.mark.parametrize("text, name, geonames_id", [
    # the country named in the name's own phrase outweighs the capital of the same name
    ("Des milliers de manifestants ont défilé samedi à Tripoli, dans le nord du Liban, contre la hausse des prix.",
     "Tripoli", 266826),
    ("Les négociations reprendront lundi à Tripoli, la capitale libyenne, selon l'émissaire de l'ONU.",
     "Tripoli", 2210247),
    # a subdivision named beside a town of its name elsewhere
    ("Un entrepôt a brûlé dans la nuit à Valence, dans la Drôme, sans faire de blessés.", "Valence", 2971053),
    ("Le maire de Paris, au Texas, a décrété l'état d'urgence après la tornade.", "Paris", 4717560),
    # a kind word before the name keeps the subdivision, a bare name is the town
    ("Les gendarmes du département de la Mayenne ont ouvert une enquête.", "Mayenne", 2994932),
    ("La foire aux vins d'Alicante a fermé ses portes dimanche.", "Alicante", 2521978),
    # a region's adjective beside the name ("la ville ontarienne"), even where the parser ends the sentence early
    ("Kingston, ville ontarienne au bord du lac, va transformer sa vieille prison en musée.", "Kingston", 5992500),
])
def test_geo_context_chooses_among_homonyms(analyse_text, text, name, geonames_id):
    geo = _geo(analyse_text(text, dct="2026-03-10"), name)
    assert geo is not None and geo["geonames_id"] == geonames_id


def test_geo_a_state_holding_a_town_of_the_story(analyse_text):
    analysis = analyse_text("En Géorgie, les électeurs d'Atlanta ont fait la queue pendant des heures avant "
                            "l'ouverture des bureaux de vote.", dct="2026-11-03")
    assert _geo(analysis, "Géorgie")["country"] == "US"


def test_geo_a_small_town_is_located_only_where_the_text_points_to_it(analyse_text):
    analysis = analyse_text("Un incendie a détruit une grange au Cannet-des-Maures (Var) dans la nuit de samedi.",
                            dct="2026-07-12")
    geo = _geo(analysis, "Cannet-des-Maures")
    assert geo is not None and geo["country"] == "FR" and geo["admin1"] == "Provence-Alpes-Côte d'Azur"


def test_geo_a_street_stays_unlocated(analyse_text):
    analysis = analyse_text("Le cortège est parti de la rue des Glycines vers midi.", dct="2026-05-01")
    assert all(entity.geo is None for entity in analysis.entities)


def test_geo_a_street_lies_in_the_one_town_of_its_article(analyse_text):
    analysis = analyse_text("À Rennes, le cortège est parti de la place de la Mairie vers 14 heures. "
                            "Les manifestants ont ensuite remonté le boulevard de la Liberté jusqu'à la préfecture de Rennes.",
                            dct="2026-05-01")
    places = {entity.name: entity.geo for entity in analysis.entities if entity.label == "LOC"}
    local = [geo for name, geo in places.items() if name.split()[0] in {"place", "boulevard"} and geo is not None]
    assert local and all(geo.feature == "local" and geo.geonames_id is None and geo.name == "Rennes" for geo in local)


def test_geo_a_street_of_a_story_with_towns_apart_stays_unlocated(analyse_text):
    analysis = analyse_text("Le maire de Lyon a inauguré la rue des Tanneurs, avant de rejoindre Marseille pour un "
                            "congrès.", dct="2026-05-01")
    assert all(entity.geo is None for entity in analysis.entities if entity.name.startswith("rue"))


@pytest.mark.issue(14)
@pytest.mark.parametrize("text, street, town", [
    ("Un incendie s'est déclaré rue des Acacias, à Toulouse. Le lendemain, les pompiers de Bordeaux sont venus en "
     "renfort.", "rue des Acacias", "Toulouse"),
    ("La manifestation est partie de la place des Lices (Rennes) vers midi, tandis qu'à Nantes le cortège était "
     "plus court.", "place des Lices", "Rennes"),
    ("À Grenoble, place Notre-Dame, les commerçants ont baissé le rideau; à Lyon, ils ont rouvert.",
     "place Notre-Dame", "Grenoble"),
])
def test_geo_a_street_lies_in_the_town_its_own_phrase_names(analyse_text, text, street, town):
    geo = _geo(analyse_text(text, dct="2026-05-01"), street)
    assert geo is not None and geo["feature"] == "local" and geo["name"] == town and geo["geonames_id"] is None


@pytest.mark.issue(14)
def test_geo_a_street_of_a_story_about_one_city_and_its_suburbs_lies_at_the_nearest_named(analyse_text):
    analysis = analyse_text("Le maire de Lyon a présenté son budget lundi. Les travaux du boulevard des Tilleuls, "
                            "à l'entrée de Villeurbanne, commenceront au printemps.", dct="2026-05-01")
    geo = _geo(analysis, "boulevard des Tilleuls")
    assert geo is not None and geo["feature"] == "local" and geo["name"] == "Villeurbanne"


@pytest.mark.issue(14)
def test_geo_a_town_elsewhere_in_the_sentence_does_not_hold_the_street(analyse_text):
    analysis = analyse_text("Né à Marseille, le chanteur habite désormais rue des Lilas, loin de Paris.",
                            dct="2026-05-01")
    assert _geo(analysis, "rue des Lilas") is None
