"""Scoring place resolution: is each gold place mention located on the right GeoNames entry, or near it?

The measures are those Mordecai reports, over gold place mentions:

- exact: the share of mentions with a gold GeoNames id whose located entity has that id;
- within 161 km (100 miles): the share of mentions with a gold point (its own coordinates, else those of its gold
  id in the gazetteer) located at most 161 km from it (the right id counts as 0 km);
- both again on the mentions veille found as places at all (its NER's misses set aside), and how many mentions with
  neither id nor point (a street, a building) veille nevertheless located.

Gold comes in two shapes: a standoff folder (``corpora.json`` + ``places.jsonl``: one mention per line, pointing
into a shared corpus by document id and offsets, like ``data/events-dev``), or a JSONL file of documents, each
with its ``text`` and ``places`` (``start``, ``end``, ``geonames_id``, ``lat``, ``lon``), or fr-news documents whose
LOC ``entities`` carry those keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..kb.places import Places, distance_km
from ..model import Analysis
from .read import jsonl_records, standoff_texts

WITHIN_KM = 161.0
_PLACE_LISTS = ("places", "toponyms", "locations")
_ID_KEYS = ("geonames_id", "geonameid", "geonameId")
_LAT_KEYS, _LON_KEYS = ("lat", "latitude"), ("lon", "lng", "longitude")


@dataclass
class GoldPlace:
    start: int
    end: int
    text: str
    geonames_id: int | None
    lat: float | None
    lon: float | None


@dataclass
class GeoDoc:
    id: str
    text: str
    dct: str | None
    places: list[GoldPlace] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class GeoScores:
    mentions: int = 0
    with_id: int = 0
    exact: int = 0
    with_point: int = 0
    within: int = 0
    found_with_id: int = 0  # mentions with a gold id that veille found as a place
    found_exact: int = 0
    found_with_point: int = 0
    found_within: int = 0
    unlocatable: int = 0  # gold mentions with neither id nor point
    unlocatable_located: int = 0

    def to_dict(self) -> dict[str, float | int]:
        def share(part: int, whole: int) -> float:
            return round(part / whole, 4) if whole else 0.0

        return {
            "mentions": self.mentions, "exact": share(self.exact, self.with_id), "with_id": self.with_id,
            "within_161km": share(self.within, self.with_point), "with_point": self.with_point,
            "found_exact": share(self.found_exact, self.found_with_id), "found_with_id": self.found_with_id,
            "found_within_161km": share(self.found_within, self.found_with_point),
            "unlocatable": self.unlocatable, "unlocatable_located": self.unlocatable_located,
        }


def read_geo_gold(path: str | Path, shared: str | Path = "../shared") -> list[GeoDoc]:
    """The documents of a geo gold set: a standoff folder (texts read from ``shared``) or a JSONL of documents."""
    path = Path(path)
    if path.is_dir():
        return _read_standoff(path, Path(shared))
    return [_document(record, where) for where, record in jsonl_records(path)]


def _read_standoff(folder: Path, shared: Path) -> list[GeoDoc]:
    texts = standoff_texts(folder, ("corpora.json", "places.jsonl"), shared, "a geo dataset")
    docs: dict[tuple[str, str], GeoDoc] = {}
    for where, record in jsonl_records(folder / "places.jsonl"):
        key = (record.get("corpus"), record.get("doc"))
        source = texts.get(key[0], {}).get(key[1])
        if source is None:
            raise GoldFormatError(f"{where}: no document {key[1]!r} in corpus {key[0]!r}")
        doc = docs.setdefault(key, GeoDoc(source.id, source.text, source.dct, meta={"corpus": key[0]}))
        doc.places.append(_place(record, doc.text, where))
    return list(docs.values())


def _document(record: dict[str, Any], where: str) -> GeoDoc:
    if not isinstance(record.get("text"), str) or "id" not in record:
        raise GoldFormatError(f"{where}: a geo gold document needs an id and a text")
    places = next((record[key] for key in _PLACE_LISTS if isinstance(record.get(key), list)), None)
    if places is None and isinstance(record.get("entities"), list):  # fr-news JSONL with located LOC entities
        places = [entity for entity in record["entities"] if entity.get("label") == "LOC"]
    if places is None:
        raise GoldFormatError(f"{where}: no list of places ({' / '.join(_PLACE_LISTS)}, or LOC entities)")
    doc = GeoDoc(str(record["id"]), record["text"], record.get("dct"))
    doc.places = [_place(place, doc.text, where) for place in places]
    return doc


def _place(record: dict[str, Any], text: str, where: str) -> GoldPlace:
    start, end = record.get("start"), record.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise GoldFormatError(f"{where}: bad span {start}:{end} (text has {len(text)} characters)")
    if record.get("text") not in (None, text[start:end]):
        raise GoldFormatError(f"{where}: span {start}:{end} reads {text[start:end]!r}, not {record['text']!r}")
    geonames_id = next((record[key] for key in _ID_KEYS if record.get(key) is not None), None)
    lat = next((record[key] for key in _LAT_KEYS if record.get(key) is not None), None)
    lon = next((record[key] for key in _LON_KEYS if record.get(key) is not None), None)
    return GoldPlace(start, end, text[start:end], int(geonames_id) if geonames_id is not None else None,
                     float(lat) if lat is not None else None, float(lon) if lon is not None else None)


# -- scoring ----------------------------------------------------------------------------------------------------

@dataclass
class Judged:
    """One gold mention, and what veille made of it."""

    doc: str
    gold: GoldPlace
    found: bool  # veille has a place mention over it
    geo: dict | None  # where veille located it
    point: tuple[float, float] | None  # the gold point
    km: float | None  # distance from the gold point


def judge(docs: list[GeoDoc], analyses: list[Analysis], places: Places) -> list[Judged]:
    """Each gold mention beside the location veille gave the place entity whose mention overlaps it most."""
    judged = []
    for doc, analysis in zip(docs, analyses):
        spans = [(m.start, m.end, entity) for entity in analysis.entities if entity.label == "LOC"
                 for m in entity.mentions]
        for gold in doc.places:
            overlapping = [(min(end, gold.end) - max(start, gold.start), entity) for start, end, entity in spans
                           if start < gold.end and gold.start < end]
            entity = max(overlapping, key=lambda o: o[0])[1] if overlapping else None
            geo = entity.geo.to_json() if entity is not None and entity.geo is not None else None
            point = _gold_point(gold, places)
            km = None
            if geo is not None and point is not None:
                same = gold.geonames_id is not None and geo.get("geonames_id") == gold.geonames_id
                km = 0.0 if same else distance_km(point[0], point[1], geo["lat"], geo["lon"])
            judged.append(Judged(doc.id, gold, entity is not None, geo, point, km))
    return judged


def _gold_point(gold: GoldPlace, places: Places) -> tuple[float, float] | None:
    if gold.lat is not None and gold.lon is not None:
        return gold.lat, gold.lon
    place = places.by_geonames_id(gold.geonames_id) if gold.geonames_id is not None else None
    return (place.lat, place.lon) if place is not None else None


def score_geo(judged: list[Judged]) -> GeoScores:
    scores = GeoScores(mentions=len(judged))
    for item in judged:
        exact = item.geo is not None and item.gold.geonames_id is not None \
            and item.geo.get("geonames_id") == item.gold.geonames_id
        within = item.km is not None and item.km <= WITHIN_KM
        if item.gold.geonames_id is not None:
            scores.with_id += 1
            scores.exact += exact
            scores.found_with_id += item.found
            scores.found_exact += exact
        if item.point is not None:
            scores.with_point += 1
            scores.within += within
            scores.found_with_point += item.found
            scores.found_within += within
        if item.gold.geonames_id is None and item.point is None:
            scores.unlocatable += 1
            scores.unlocatable_located += item.geo is not None
    return scores


def geo_errors(judged: list[Judged]) -> list[str]:
    """One line per gold mention veille did not locate exactly."""
    lines = []
    for item in judged:
        if item.gold.geonames_id is None and (item.geo is None if item.point is None else (
                item.km is not None and item.km <= WITHIN_KM)):
            continue
        if item.geo is not None and item.gold.geonames_id is not None \
                and item.geo.get("geonames_id") == item.gold.geonames_id:
            continue
        got = "not a place mention" if not item.found else "not located" if item.geo is None else (
            f"{item.geo.get('name')} [{item.geo.get('geonames_id')}, {item.geo.get('country')}, "
            f"{item.geo.get('feature')}]" + (f" {item.km:.0f} km away" if item.km is not None else ""))
        want = f"{item.gold.geonames_id}" if item.gold.geonames_id is not None else "no id"
        lines.append(f"{item.doc} {item.gold.start}:{item.gold.end} {item.gold.text!r}: gold {want}; veille {got}")
    return lines



def geo_table(scores: GeoScores, title: str):
    """The measures as a Rich table."""
    from rich.table import Table

    figures = scores.to_dict()
    table = Table(title=title)
    for column in ("measure", "veille", "over"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    table.add_row("exact GeoNames id", f"{figures['exact']:.3f}", str(scores.with_id))
    table.add_row("within 161 km", f"{figures['within_161km']:.3f}", str(scores.with_point))
    table.add_row("exact, places found", f"{figures['found_exact']:.3f}", str(scores.found_with_id))
    table.add_row("within 161 km, places found", f"{figures['found_within_161km']:.3f}", str(scores.found_with_point))
    table.add_row("unlocatable yet located", str(scores.unlocatable_located), str(scores.unlocatable))
    return table
