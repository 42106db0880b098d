"""Read access to the gazetteer: every place a name may designate, with its GeoNames id and coordinates.

    places = Places.open()                  # builds places.sqlite beside the KB on first use (about 15 s)
    places.candidates("Tripoli")            # [(Place(id='gn:2210247', name='Tripoli', country='LY', ...), True), ...]
    places.by_qid("Q90")                    # Place(id='gn:2988507', name='Paris', feature='city', ...)

The gazetteer is built from maintained packages and the KB's seed (:mod:`veille.kb.places_build`); it is a file
of its own so that the KB, which every stage reads, stays small and quick to rebuild.
"""

from __future__ import annotations

import math
import os
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import settings
from ..errors import KnowledgeBaseError
from .normalize import normalize_alias
from .places_build import ensure_places

PLACES_FILE = "places.sqlite"
CACHE_SIZE = 65536
_COLUMNS = ", ".join(f"p.{column}" for column in (
    "id", "geonames_id", "qid", "name", "feature", "capital", "country", "admin1", "lat", "lon", "population"))


@dataclass(frozen=True)
class Place:
    id: str
    geonames_id: int | None
    qid: str | None
    name: str
    feature: str  # continent | region | sea | natural | building | country | admin1 | admin2 | city
    capital: bool
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    lat: float
    lon: float
    population: int

    def geo(self) -> dict:
        """The contract's ``geo`` object of a place resolved to this one."""
        return {"geonames_id": self.geonames_id, "lat": self.lat, "lon": self.lon, "country": self.country,
                "admin1": self.admin1, "feature": self.feature, "name": self.name}


def places_path(kb_path: str | os.PathLike | None = None) -> Path:
    """The gazetteer file: beside the KB file (``kb_path``, else the configured one)."""
    kb = Path(kb_path).expanduser() if kb_path is not None else settings.resolve().kb_path
    return kb.with_name(PLACES_FILE)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


class Places:
    """A read-only view of the gazetteer file. Use :meth:`open`; close it when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn = conn
        self.path = path
        # the same names recur across the documents of a batch: their answers are kept (the file is read-only)
        self.candidates = lru_cache(maxsize=CACHE_SIZE)(self._candidates)
        self.by_qid = lru_cache(maxsize=CACHE_SIZE)(self._by_qid)
        self.by_adjective = lru_cache(maxsize=CACHE_SIZE)(self._by_adjective)

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> Places:
        path = Path(path).expanduser() if path is not None else places_path()
        ensure_places(path)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT 1 FROM place LIMIT 1")
        except sqlite3.Error as exc:
            raise KnowledgeBaseError(f"cannot open the gazetteer {path}: {exc}") from exc
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    def _candidates(self, name: str) -> list[tuple[Place, bool]]:
        """Every place ``name`` may designate (its determiner, case and accents aside), each with whether ``name``
        is its name or a KB alias (True) or only one of GeoNames' alternate names (False)."""
        key = normalize_alias(name)
        if not key:
            return []
        rows = self._conn.execute(
            f"SELECT {_COLUMNS}, n.main FROM place_name n JOIN place p "
            "ON p.id = n.place_id WHERE n.key = ?", (key,))
        return [(_place(row), bool(row[-1])) for row in rows]

    def _by_qid(self, qid: str) -> Place | None:
        """The place a KB entity is, when the gazetteer knows it."""
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM place p WHERE qid = ? ORDER BY population DESC LIMIT 1",
                                 (qid,)).fetchone()
        return _place(row) if row else None

    def _by_adjective(self, word: str) -> Place | None:
        """The subdivision an adjective names ("ontarienne" → Ontario), when one only."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM place_adjective a JOIN place p ON p.id = a.place_id "
                                  "WHERE a.key = ?", (normalize_alias(word),)).fetchall()
        return _place(rows[0]) if len(rows) == 1 else None

    def get(self, place_id: str) -> Place | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM place p WHERE id = ?", (place_id,)).fetchone()
        return _place(row) if row else None

    def by_geonames_id(self, geonames_id: int) -> Place | None:
        return self.get(f"gn:{geonames_id}")

    def stats(self) -> dict[str, int]:
        return dict(self._conn.execute("SELECT feature, count(*) FROM place GROUP BY feature"))


def _place(row: tuple) -> Place:
    return Place(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8], row[9], row[10])
