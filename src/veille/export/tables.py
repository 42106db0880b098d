"""The tables veille writes an analysis out as (CSV, Parquet): one schema, whatever wrote the analysis.

Each row is read from the ``Analysis`` itself (the contract), so ``veille export`` (from the store) and a batch job
(straight from the analyses) write the same columns. A stored article adds what only the store knows: its store id
(``article_id``) and the corpus id of each entity (``entity_id``); elsewhere these are empty.

| table | one row per | columns |
|---|---|---|
| ``articles`` | article | article_id, doc_id, url, title, dct, source, lang, and its count of entities, quotes, timexes, events |
| ``mentions`` | entity mention | article_id, doc_id, entity_id, entity, label, type, kb_id, start, end, text, kind |
| ``quotes`` | quotation | article_id, doc_id, dct, start, end, text, kind, speaker, cue |
| ``timexes`` | time expression | article_id, doc_id, dct, start, end, text, type, value |
| ``events`` | event | article_id, doc_id, dct, type, mode, cameo, start, end, trigger, date, modality |
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..model import Analysis

TABLES = ("articles", "mentions", "quotes", "timexes", "events")


@dataclass(frozen=True)
class StoreIds:
    """What the store knows of an article beyond its analysis: its id, and its entities' corpus ids by local id."""

    article_id: int | None = None
    entity_ids: dict[str, int] = field(default_factory=dict)


def rows(table: str, analysis: Analysis, ids: StoreIds = StoreIds()) -> Iterator[dict]:
    """The rows of ``table`` for one analysed article (see the module docstring)."""
    return _ROWS[table](analysis, ids)


def _day(analysis: Analysis) -> dt.date | None:
    return dt.date.fromisoformat(analysis.dct) if analysis.dct else None


def _articles(analysis: Analysis, ids: StoreIds) -> Iterator[dict]:
    yield {"article_id": ids.article_id, "doc_id": analysis.id, "url": analysis.url, "title": analysis.title,
           "dct": _day(analysis), "source": analysis.source, "lang": analysis.lang,
           "entities": len(analysis.entities), "quotes": len(analysis.quotes), "timexes": len(analysis.timexes),
           "events": len(analysis.events)}


def _mentions(analysis: Analysis, ids: StoreIds) -> Iterator[dict]:
    for entity in analysis.entities:
        for mention in entity.mentions:
            yield {"article_id": ids.article_id, "doc_id": analysis.id, "entity_id": ids.entity_ids.get(entity.id),
                   "entity": entity.name, "label": entity.label, "type": entity.type, "kb_id": entity.kb_id,
                   "start": mention.start, "end": mention.end, "text": mention.text, "kind": mention.kind}


def _quotes(analysis: Analysis, ids: StoreIds) -> Iterator[dict]:
    for quote in analysis.quotes:
        yield {"article_id": ids.article_id, "doc_id": analysis.id, "dct": _day(analysis), "start": quote.start,
               "end": quote.end, "text": quote.text, "kind": quote.kind, "speaker": quote.speaker.name,
               "cue": quote.cue.text if quote.cue else None}


def _timexes(analysis: Analysis, ids: StoreIds) -> Iterator[dict]:
    for timex in analysis.timexes:
        yield {"article_id": ids.article_id, "doc_id": analysis.id, "dct": _day(analysis), "start": timex.start,
               "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}


def _events(analysis: Analysis, ids: StoreIds) -> Iterator[dict]:
    for event in analysis.events:
        yield {"article_id": ids.article_id, "doc_id": analysis.id, "dct": _day(analysis), "type": event.type,
               "mode": event.mode, "cameo": event.cameo, "start": event.trigger.start, "end": event.trigger.end,
               "trigger": event.trigger.text, "date": event.date, "modality": event.modality}


_ROWS: dict[str, Callable[[Analysis, StoreIds], Iterator[dict]]] = {
    "articles": _articles, "mentions": _mentions, "quotes": _quotes, "timexes": _timexes, "events": _events,
}
