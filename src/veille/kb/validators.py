"""The cell validators of the seed data files: each returns what is wrong with a non-empty cell, or None.

Entity ids are Wikidata QIDs (``Q7747``) or, for an entity whose QID the team is not sure of, a local id
(``veille:jens-stoltenberg``): a wrong QID is worse than none.
"""

from __future__ import annotations

import re
from typing import Callable

from .normalize import WIKIDATA_ID

QID_RE = WIKIDATA_ID
LOCAL_ID_RE = re.compile(r"^veille:[a-z0-9][a-z0-9-]*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^[0-9]{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?)?$")


def v_qid(value: str) -> str | None:
    return None if QID_RE.match(value) else "not a Wikidata QID"


def v_id(value: str) -> str | None:
    return None if QID_RE.match(value) or LOCAL_ID_RE.match(value) else "not a QID nor a local id (veille:...)"


def v_iso3(value: str) -> str | None:
    return None if ISO3_RE.match(value) else "not an ISO 3166-1 alpha-3 code"


def v_date(value: str) -> str | None:
    return None if DATE_RE.match(value) else "not a date (YYYY, YYYY-MM or YYYY-MM-DD)"


def v_enum(*allowed: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if value in allowed else f"not one of {', '.join(allowed)}"
    return check


def v_text(value: str) -> str | None:
    if any(ch in value for ch in "\"\u00a0") or value != value.strip():
        return "stray quote or space"
    return None


def v_aliases(value: str) -> str | None:
    parts = value.split("|")
    if any(not p.strip() for p in parts):
        return "empty alias"
    return None


def v_actor_code(value: str) -> str | None:
    return None if re.fullmatch(r"[A-Z]{3,5}", value) else "not a CAMEO actor code (3 to 5 capitals)"


def v_id_or_iso3(value: str) -> str | None:
    return None if ISO3_RE.match(value) or QID_RE.match(value) or LOCAL_ID_RE.match(value) else \
        "neither an ISO3 code nor an entity id"
