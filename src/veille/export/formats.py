"""Events as other tools read them: PLOVER JSON records and rows of GDELT 2.0's event table.

veille keeps the action's own category in ``type`` and how sure the text is in ``modality``; the PLOVER export
applies the manual's reductions on the way out: a cooperative action that is only planned or possible is an
AGREE (a promise to act), a negated one is no event at all. Every record keeps veille's provenance (document,
trigger offsets, sentence, modality, source) beside the PLOVER fields, so a coded event can always be checked
against the words that prove it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from ..lexicon import read_tsv
from ..model import Analysis, Event, Ref

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
PROSPECTIVE = frozenset({"planned", "possible"})
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED",
    "SOURCEURL",
)


@dataclass(frozen=True)
class CameoRoot:
    name: str
    quad_class: int
    goldstein: float


@lru_cache(maxsize=1)
def cameo_roots() -> dict[str, CameoRoot]:
    """QuadClass and Goldstein value of each CAMEO root code (``export/data/cameo_roots.tsv``)."""
    rows = read_tsv(Path(__file__).parent / "data" / "cameo_roots.tsv", ("root", "name", "quad_class", "goldstein"),
                    required=("root", "name", "quad_class", "goldstein"))
    return {row["root"]: CameoRoot(row["name"], int(row["quad_class"]), float(row["goldstein"])) for row in rows}


def plover_type(event: Event) -> str | None:
    """The PLOVER event type after the manual's reductions; None for a negated event, which PLOVER does not code."""
    if event.modality == "negated":
        return None
    if event.type in COOPERATIVE and event.modality in PROSPECTIVE:
        return "AGREE"
    return event.type


def export_plover(documents: Iterable[Analysis], out: TextIO) -> int:
    """Write the documents' events as PLOVER JSON records, one per line.

    RETURNS (int): the number of records written.
    """
    count = 0
    for document in documents:
        for record in plover_records(document):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def export_gdelt(documents: Iterable[Analysis], out: TextIO, added: str | None = None) -> int:
    """Write the documents' events as a tab-separated GDELT 2.0 event table (the columns veille can fill).

    added (str | None): DATEADDED, YYYYMMDD (default: today).
    RETURNS (int): the number of rows written.
    """
    added = added or dt.date.today().strftime("%Y%m%d")
    writer = csv.DictWriter(out, fieldnames=list(GDELT_COLUMNS), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    count = 0
    for document in documents:
        for row in gdelt_rows(document, added):
            writer.writerow(row)
            count += 1
    return count


def plover_records(analysis: Analysis) -> list[dict]:
    """The document's events as PLOVER records (negated events left out)."""
    records = []
    for index, event in enumerate(analysis.events):
        event_type = plover_type(event)
        if event_type is None:
            continue
        sentence = analysis.text[event.sentence.start : event.sentence.end]
        records.append({
            "id": f"{analysis.id}-E{index + 1}",
            "date": event.date or analysis.dct,
            "source": _plover_actors(event.actor),
            "target": _plover_actors(event.target),
            "event": event_type,
            "mode": event.mode if event_type == event.type else None,
            "eventText": event.trigger.text,
            "text": sentence,
            "language": analysis.lang,
            "publication": analysis.url,
            "coder": "veille",
            "veille": {
                "document": analysis.id, "type": event.type, "modality": event.modality, "cameo": event.cameo,
                "trigger": {"start": event.trigger.start, "end": event.trigger.end},
                "sentence": {"start": event.sentence.start, "end": event.sentence.end},
                "assertedBy": event.source.name if event.source else None,
            },
        })
    return records


def _plover_actors(ref: Ref | None) -> list[dict]:
    if ref is None:
        return []
    parts = ref.members or [ref]
    return [{"actorText": part.name, "code": _code(part)} for part in parts]


def gdelt_rows(analysis: Analysis, added: str) -> list[dict]:
    """The document's asserted and alleged events (GDELT codes what is reported to have happened) as rows of the
    GDELT 2.0 event table, with the columns veille can fill; ``added`` is the export date, YYYYMMDD."""
    rows = []
    for index, event in enumerate(analysis.events):
        if event.modality not in {"asserted", "alleged"} or not event.cameo:
            continue
        day = (event.date or analysis.dct or "")[:10]
        root = cameo_roots().get(event.cameo[:2])
        rows.append({
            "GLOBALEVENTID": _event_id(analysis.id, index),
            "SQLDATE": day.replace("-", "") if len(day) == 10 else "",
            "MonthYear": day[:7].replace("-", "") if len(day) >= 7 else "",
            "Year": day[:4],
            "FractionDate": _fraction(day),
            **_gdelt_actor(1, event.actor), **_gdelt_actor(2, event.target),
            "IsRootEvent": 1 if index == 0 else 0,
            "EventCode": event.cameo, "EventBaseCode": event.cameo[:3], "EventRootCode": event.cameo[:2],
            "QuadClass": root.quad_class if root else "", "GoldsteinScale": root.goldstein if root else "",
            "NumMentions": 1, "NumSources": 1, "NumArticles": 1,
            "ActionGeo_FullName": event.place.name if event.place else "",
            "ActionGeo_CountryCode": _code(event.place)[:3] if event.place else "",
            "DATEADDED": added, "SOURCEURL": analysis.url or analysis.id,
        })
    return rows


def _gdelt_actor(number: int, ref: Ref | None) -> dict:
    code = _code(ref).replace(" ", "")  # GDELT writes the parts of a code together: RUSGOV
    return {f"Actor{number}Code": code, f"Actor{number}Name": ref.name.upper() if ref and ref.name else "",
            f"Actor{number}CountryCode": code[:3]}


def _code(ref: Ref | None) -> str:
    """The actor code the events stage gave the ref (``RUS GOV``, ``USA``), or "" when unknown: never invented."""
    return (ref.code or "") if ref else ""


def _event_id(document: str, index: int) -> int:
    """A stable numeric id: the same event of the same document gets the same id in every export."""
    return int.from_bytes(hashlib.sha1(f"{document}#{index}".encode()).digest()[:6], "big")


def _fraction(day: str) -> str:
    """GDELT's FractionDate: the year plus the share of it elapsed (day of year / 365)."""
    if len(day) != 10:
        return ""
    date = dt.date.fromisoformat(day)
    return f"{date.year + date.timetuple().tm_yday / 365:.4f}"
