"""The maps of places: the simplified Natural Earth outlines (every country kept, light enough for a page, read
offline) and the view a map zooms to."""

from __future__ import annotations

import re
import socket

import pytest

from veille.store import PlacePoint
from veille.web import maps

# The five places of the seed article, as its analysis locates them (a country at its label point).
SEED_PLACES = [
    PlacePoint(1, "Corée du Nord", 39.88525, 126.44452, "KP", "country", 5),
    PlacePoint(2, "Pyongyang", 39.03385, 125.75432, "KP", "city", 4),
    PlacePoint(3, "Russie", 58.24936, 44.68647, "RU", "country", 4),
    PlacePoint(4, "Moscou", 55.75204, 37.61781, "RU", "city", 3),
    PlacePoint(5, "Ukraine", 49.72474, 32.14086, "UA", "country", 2),
]


def _country(code: str) -> maps.Country:
    return next(country for country in maps.world_countries() if country.code == code)


def _rings(path: str) -> list[list[tuple[int, int]]]:
    """The rings of ``maps``' path data (``M x y l dx dy … z``), in projected units."""
    rings = []
    for start_x, start_y, steps in re.findall(r"M(-?\d+) (-?\d+)l([^z]*)z", path):
        numbers = [int(number) for number in re.findall(r"-?\d+", steps)]
        ring = [(int(start_x), int(start_y))]
        for dx, dy in zip(numbers[::2], numbers[1::2]):
            ring.append((ring[-1][0] + dx, ring[-1][1] + dy))
        rings.append(ring)
    return rings


def _inside(x: float, y: float, rings: list[list[tuple[int, int]]]) -> bool:
    """Even-odd ray casting over every ring."""
    crossings = 0
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
    return crossings % 2 == 1


def test_maps_keep_every_country_with_an_iso_code():
    import shapefile

    from veille.kb.places_build import natural_earth_countries_file

    with shapefile.Reader(natural_earth_countries_file()) as reader:
        codes = {record["ISO_A2_EH"] for record in reader.iterRecords(fields=["ISO_A2_EH"])} - {"-99"}
    kept = {country.code: country for country in maps.world_countries()}
    assert len(codes) > 230 and codes <= set(kept)
    assert all(_rings(ring.path) for code in codes for ring in kept[code].rings)


def test_maps_world_outlines_fit_in_a_page():
    assert sum(len(ring.path) for country in maps.world_countries() for ring in country.rings) < 200_000


@pytest.mark.parametrize("name,lat,lon,code", [
    ("Pyongyang", 39.03385, 125.75432, "KP"),
    ("Moscou", 55.75204, 37.61781, "RU"),
    ("Kiev", 50.45466, 30.5238, "UA"),
    ("Lyon", 45.74846, 4.84671, "FR"),
    ("Córdoba", -31.4135, -64.18105, "AR"),
])
def test_maps_a_city_lies_inside_its_country(name, lat, lon, code):
    x, y = maps.project(lat, lon)
    country = _country(code)
    assert country.box.holds(x, y), name
    assert _inside(x, y, [points for ring in country.rings for points in _rings(ring.path)]), name


def test_maps_seed_places_zoom_from_ukraine_to_korea():
    view = maps.map_view(SEED_PLACES)
    assert view.width < maps.WORLD.width / 2
    for place in SEED_PLACES:
        assert view.holds(*maps.project(place.lat, place.lon)), place.name
    assert {"KP", "RU", "UA", "CN"} <= {country.code for country in maps.place_map(SEED_PLACES).countries}
    assert "US" not in {country.code for country in maps.place_map(SEED_PLACES).countries}


def test_maps_one_place_is_not_zoomed_to_its_streets():
    view = maps.map_view([PlacePoint(1, "Lyon", 45.74846, 4.84671, "FR", "city", 1)])
    assert view.width >= maps.MIN_SPAN * maps.GRID and view.holds(*maps.project(45.74846, 4.84671))


@pytest.mark.parametrize("places", [[], [
    PlacePoint(1, "Santiago du Chili", -33.45694, -70.64827, "CL", "city", 2),
    PlacePoint(2, "Tokyo", 35.6895, 139.69171, "JP", "city", 1),
]])
def test_maps_spread_or_no_places_show_the_world(places):
    assert maps.map_view(places) == maps.WORLD


def test_maps_label_the_largest_places_within_the_view():
    drawn = maps.place_map(SEED_PLACES)
    assert [mark.point.name for mark in drawn.marks] == ["Corée du Nord", "Pyongyang", "Russie", "Moscou", "Ukraine"]
    assert drawn.marks[0].r > drawn.marks[-1].r
    assert all(mark.label_x is not None and drawn.view.holds(mark.label_x, mark.label_y) for mark in drawn.marks)
    assert drawn.marked == {"KP", "RU", "UA"}


def test_maps_read_the_shapes_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    maps.world_countries.cache_clear()
    assert len(maps.world_countries()) > 230
