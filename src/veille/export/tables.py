"""The tables veille writes analyses out as (CSV, Parquet): one schema, whatever wrote the analysis.

Each row is read from the ``Analysis`` itself (the contract), so ``veille export`` (from the store) and ``veille
batch`` (straight from the analyses) write the same columns, with the same types (``COLUMNS``). A stored article adds
what only the store knows: its store id (``article_id``) and the corpus id of each entity (``entity_id``); a batch
leaves them empty. ``doc_id`` is the document's own id (as ``veille analyze`` prints it); ``entity`` columns hold the
document-local entity id (``E1``), which joins ``mentions``, ``quotes`` and ``events`` to ``entities``.

| table | one row per | what it adds |
|---|---|---|
| ``articles`` | article | url, title, dct, source, lang, counts of each layer |
| ``entities`` | entity of an article | name, label, type, kb_id, mention count |
| ``mentions`` | entity mention | offsets, text, kind (name, nominal, pronoun) |
| ``quotes`` | quotation | offsets, text, kind, cue, speaker (entity and name), via (the relaying outlet) |
| ``timexes`` | time expression | offsets, text, type, value |
| ``events`` | event | type, mode, CAMEO, trigger offsets, actor, target, place, source, date, modality |
| ``documents`` | article | where it came from, and the whole ``veille/1`` document as JSON (what ``veille load`` reads) |
| ``errors`` | document that could not be analysed | origin, reason, message |

Every table also has ``month`` (``YYYY-MM`` of the publication date, ``unknown`` without one): Parquet output is
partitioned by it (``<table>/month=2024-06/*.parquet``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..model import Analysis, Ref

UNKNOWN_MONTH = "unknown"
_KEYS = (("article_id", "int64"), ("doc_id", "string"), ("month", "string"))
_OFFSETS = (("start", "int64"), ("end", "int64"), ("text", "string"))
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": _KEYS + (("url", "string"), ("title", "string"), ("dct", "date32"), ("source", "string"),
                         ("lang", "string"), ("entities", "int64"), ("quotes", "int64"), ("timexes", "int64"),
                         ("events", "int64")),
    "entities": _KEYS + (("entity_id", "int64"), ("entity", "string"), ("name", "string"), ("label", "string"),
                         ("type", "string"), ("kb_id", "string"), ("mentions", "int64")),
    "mentions": _KEYS + (("entity_id", "int64"), ("entity", "string"), ("name", "string"), ("label", "string"),
                         ("type", "string"), ("kb_id", "string")) + _OFFSETS + (("kind", "string"),),
    "quotes": _KEYS + (("dct", "date32"),) + _OFFSETS + (("kind", "string"), ("cue", "string"),
                       ("speaker_entity", "string"), ("speaker", "string"), ("via", "string")),
    "timexes": _KEYS + (("dct", "date32"),) + _OFFSETS + (("type", "string"), ("value", "string")),
    "events": _KEYS + (("dct", "date32"), ("type", "string"), ("mode", "string"), ("cameo", "string"),
                       ("start", "int64"), ("end", "int64"), ("trigger", "string"),
                       ("actor_entity", "string"), ("actor", "string"), ("target_entity", "string"),
                       ("target", "string"), ("place", "string"), ("source_entity", "string"),
                       ("source", "string"), ("date", "string"), ("modality", "string")),
    "documents": _KEYS + (("origin", "string"), ("document", "string")),
    "errors": _KEYS + (("origin", "string"), ("reason", "string"), ("message", "string")),
}
"""Every table's columns and their types (Arrow type names), in order."""
TABLES = tuple(COLUMNS)
LAYER_TABLES = tuple(table for table in TABLES if table != "errors")
"""The tables an analysed article has rows in (``errors`` holds the documents that could not be analysed)."""


@dataclass(frozen=True)
class StoreIds:
    """What the store knows of an article beyond its analysis: its id, and its entities' corpus ids by local id."""

    article_id: int | None = None
    entity_ids: dict[str, int] = field(default_factory=dict)


def rows(table: str, analysis: Analysis, ids: StoreIds = StoreIds(), origin: str | None = None) -> Iterator[dict]:
    """The rows of ``table`` for one analysed article (see the module docstring); ``origin`` (where the document
    came from: ``path:line``) fills ``documents`` and ``errors``."""
    keys = {"article_id": ids.article_id, "doc_id": analysis.id, "month": month(analysis.dct)}
    for values in _ROWS[table](analysis, ids, origin):
        yield {**keys, **values}


def month(dct: str | None) -> str:
    """The partition of a document: the ``YYYY-MM`` of its publication date, or ``unknown``."""
    return dct[:7] if dct else UNKNOWN_MONTH


def _day(analysis: Analysis) -> dt.date | None:
    return dt.date.fromisoformat(analysis.dct) if analysis.dct else None


def _articles(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    if analysis.error is None:
        yield {"url": analysis.url, "title": analysis.title, "dct": _day(analysis), "source": analysis.source,
               "lang": analysis.lang, "entities": len(analysis.entities), "quotes": len(analysis.quotes),
               "timexes": len(analysis.timexes), "events": len(analysis.events)}


def _entities(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    for entity in analysis.entities:
        yield {"entity_id": ids.entity_ids.get(entity.id), "entity": entity.id, "name": entity.name,
               "label": entity.label, "type": entity.type, "kb_id": entity.kb_id, "mentions": len(entity.mentions)}


def _mentions(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    for entity in analysis.entities:
        for mention in entity.mentions:
            yield {"entity_id": ids.entity_ids.get(entity.id), "entity": entity.id, "name": entity.name,
                   "label": entity.label, "type": entity.type, "kb_id": entity.kb_id, "start": mention.start,
                   "end": mention.end, "text": mention.text, "kind": mention.kind}


def _quotes(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    for quote in analysis.quotes:
        yield {"dct": _day(analysis), "start": quote.start, "end": quote.end, "text": quote.text, "kind": quote.kind,
               "cue": quote.cue.text if quote.cue else None, "speaker_entity": quote.speaker.entity,
               "speaker": quote.speaker.name, "via": quote.via.name if quote.via else None}


def _timexes(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    for timex in analysis.timexes:
        yield {"dct": _day(analysis), "start": timex.start, "end": timex.end, "text": timex.text,
               "type": timex.type, "value": timex.value}


def _events(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    for event in analysis.events:
        yield {"dct": _day(analysis), "type": event.type, "mode": event.mode, "cameo": event.cameo,
               "start": event.trigger.start, "end": event.trigger.end, "trigger": event.trigger.text,
               **_ref("actor", event.actor), **_ref("target", event.target),
               "place": event.place.name if event.place else None, **_ref("source", event.source),
               "date": event.date, "modality": event.modality}


def _ref(role: str, ref: Ref | None) -> dict:
    """An event argument as two columns: the local entity it names (if one) and its name."""
    return {f"{role}_entity": ref.entity if ref else None, role: ref.name if ref else None}


def _documents(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    if analysis.error is None:
        yield {"origin": origin, "document": json.dumps(analysis.to_json(), ensure_ascii=False)}


def _errors(analysis: Analysis, ids: StoreIds, origin: str | None) -> Iterator[dict]:
    if analysis.error is not None:
        reason, _, message = analysis.error.partition(": ")
        yield {"origin": origin, "reason": reason, "message": message or analysis.error}


_ROWS: dict[str, Callable[[Analysis, StoreIds, str | None], Iterator[dict]]] = {
    "articles": _articles, "entities": _entities, "mentions": _mentions, "quotes": _quotes, "timexes": _timexes,
    "events": _events, "documents": _documents, "errors": _errors,
}
