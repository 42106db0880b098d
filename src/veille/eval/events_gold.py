"""Reading the French event dev set: PLOVER events kept as standoff over texts that live elsewhere.

The dataset (``data/events-dev/`` in the repository, described in its README and in ``docs/events-guidelines.md``)
holds no article text, only offsets, because the texts belong to their corpora (the French TimeBank is LGPLLR):

* ``corpora.json``: corpus name → gold file or folder, relative to the shared data folder (``../shared``);
* ``sentences.jsonl``: the annotated sentences ``{corpus, doc, start, end}``, those without an event included, so
  that a system event in them which the gold lacks is a false positive;
* ``events.jsonl``: one event per line ``{id, corpus, doc, sentence: [start, end], trigger, type, mode, cameo,
  actor, target, modality, source, date}``; ``trigger`` is ``{start, end, text}``, and ``actor``, ``target`` and
  ``source`` are mentions ``{start, end, text, name}`` (``name``: the canonical name) or null; a group may give
  ``members`` (mentions) instead of its own span.

The texts are read with :func:`veille.eval.read_gold`, and every offset is checked against them on reading: a span
whose text differs, an event outside its sentence or a sentence that is not annotated is a broken dataset, reported
with the file, line and event id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..model import MODALITIES
from ..model import PLOVER_TYPES as EVENT_TYPES
from .gold import GoldDoc
from .read import jsonl_records, standoff_texts

DATASET_FILES = ("corpora.json", "sentences.jsonl", "events.jsonl")


@dataclass(frozen=True)
class GoldMention:
    """An actor, target or source: where the text names it (``None`` for a group given by its members only) and
    the canonical name the annotator chose."""

    start: int | None
    end: int | None
    text: str | None
    name: str
    members: tuple[GoldMention, ...] = ()


@dataclass(frozen=True)
class GoldEvent:
    id: str
    sentence: tuple[int, int]
    trigger: tuple[int, int, str]
    type: str
    mode: str | None
    cameo: str | None
    actor: GoldMention | None
    target: GoldMention | None
    modality: str
    source: GoldMention | None
    date: str | None


@dataclass
class EventDoc(GoldDoc):
    """A gold document with its annotated sentences and their events: a ``GoldDoc``, so that
    :func:`veille.eval.systems.analyse_gold` analyses it like any other."""

    corpus: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)


def read_event_gold(path: str | Path, shared: str | Path) -> list[EventDoc]:
    """The documents of an event dataset that have annotated sentences, in the order the sentences list them.

    path (str | Path): the dataset folder (``data/events-dev``).
    shared (str | Path): the shared data folder the corpus paths are relative to (``../shared``).
    RETURNS (list[EventDoc]): one per annotated document, text included, every offset checked.
    """
    folder, shared = Path(path), Path(shared)
    texts = standoff_texts(folder, DATASET_FILES, shared, "an event dataset")
    docs: dict[tuple[str, str], EventDoc] = {}
    for where, record in jsonl_records(folder / "sentences.jsonl"):
        doc = _doc(docs, texts, record, where)
        doc.sentences.append(_span(record, "start", "end", len(doc.text), where))
    for where, record in jsonl_records(folder / "events.jsonl"):
        doc = docs.get((record.get("corpus"), record.get("doc")))
        if doc is None:
            raise GoldFormatError(f"{where}: event {record.get('id')!r} is in no annotated sentence's document")
        doc.events.append(_event(record, doc, f"{where} ({record.get('id')})"))
    return list(docs.values())


def _doc(docs: dict, texts: dict, record: dict[str, Any], where: str) -> EventDoc:
    key = (record.get("corpus"), record.get("doc"))
    if key not in docs:
        source = texts.get(key[0], {}).get(key[1])
        if source is None:
            raise GoldFormatError(f"{where}: no document {key[1]!r} in corpus {key[0]!r}")
        base = {f.name: getattr(source, f.name) for f in fields(GoldDoc)}
        docs[key] = EventDoc(**base, corpus=key[0])
    return docs[key]


def _span(record: dict[str, Any], start: str, end: str, length: int, where: str) -> tuple[int, int]:
    lo, hi = record.get(start), record.get(end)
    if not (isinstance(lo, int) and isinstance(hi, int) and 0 <= lo < hi <= length):
        raise GoldFormatError(f"{where}: bad span {lo}:{hi} (text has {length} characters)")
    return lo, hi


def _event(record: dict[str, Any], doc: EventDoc, where: str) -> GoldEvent:
    sentence = tuple(record.get("sentence") or ())
    if sentence not in doc.sentences:
        raise GoldFormatError(f"{where}: sentence {list(sentence)} is not an annotated sentence of {doc.id}")
    trigger = _checked(record.get("trigger") or {}, doc.text, where)
    if not (sentence[0] <= trigger[0] and trigger[1] <= sentence[1]):
        raise GoldFormatError(f"{where}: trigger {trigger[2]!r} is outside its sentence")
    if record.get("type") not in EVENT_TYPES or record.get("modality") not in MODALITIES:
        raise GoldFormatError(f"{where}: unknown type {record.get('type')!r} or modality {record.get('modality')!r}")
    return GoldEvent(
        id=str(record["id"]), sentence=sentence, trigger=trigger, type=record["type"],
        mode=record.get("mode"), cameo=record.get("cameo"),
        actor=_mention(record.get("actor"), doc.text, where), target=_mention(record.get("target"), doc.text, where),
        modality=record["modality"], source=_mention(record.get("source"), doc.text, where), date=record.get("date"),
    )


def _checked(span: dict[str, Any], text: str, where: str) -> tuple[int, int, str]:
    """(start, end, text) of a standoff span whose ``text`` is what its offsets point at."""
    start, end = _span(span, "start", "end", len(text), where)
    if text[start:end] != span.get("text"):
        raise GoldFormatError(f"{where}: span {start}:{end} is {text[start:end]!r}, the dataset says {span.get('text')!r}")
    return start, end, text[start:end]


def _mention(record: dict[str, Any] | None, text: str, where: str) -> GoldMention | None:
    if record is None:
        return None
    members = tuple(_mention(member, text, where) for member in record.get("members") or ())
    if not record.get("name") or (not members and "start" not in record):
        raise GoldFormatError(f"{where}: a mention needs a name and a span or members: {record}")
    start, end, found = _checked(record, text, where) if "start" in record else (None, None, None)
    return GoldMention(start=start, end=end, text=found, name=record["name"], members=members)


def read_fr_news_events(path: str | Path) -> list[EventDoc]:
    """The event layer of fr-news JSONL gold (``fr_news_dev2.jsonl``'s ``events`` key): every event of the whole
    document, so the whole text is one annotated span (a system event anywhere in it is judged).

    Each event is ``{type, mode, trigger, trigger_start, trigger_end, actor, actor_members, actor_mention(_start,
    _end), recipient, recipient_mention(_start, _end), modality, source, date, place}``; ``actor`` and ``recipient``
    are canonical names, ``source`` the verbatim speaker of the quote the trigger lies in (no span of its own).
    RETURNS (list[EventDoc]): one per document, every offset checked against its text.
    """
    from .gold import read_fr_news_jsonl

    docs = []
    for gold in read_fr_news_jsonl(path):
        base = {f.name: getattr(gold, f.name) for f in fields(GoldDoc)}
        doc = EventDoc(**base, corpus=str(path), sentences=[(0, len(gold.text))])
        for number, record in enumerate(gold.meta.get("events") or [], start=1):
            doc.events.append(_fr_news_event(record, doc, f"{path} ({gold.id} event {number})"))
        docs.append(doc)
    return docs


def _fr_news_event(record: dict[str, Any], doc: EventDoc, where: str) -> GoldEvent:
    if record.get("type") not in EVENT_TYPES or record.get("modality") not in MODALITIES:
        raise GoldFormatError(f"{where}: unknown type {record.get('type')!r} or modality {record.get('modality')!r}")
    trigger = _checked({"start": record.get("trigger_start"), "end": record.get("trigger_end"),
                        "text": record.get("trigger")}, doc.text, where)
    source = GoldMention(None, None, None, record["source"]) if record.get("source") else None
    return GoldEvent(
        id=where, sentence=doc.sentences[0], trigger=trigger, type=record["type"], mode=record.get("mode"),
        cameo=None, actor=_fr_news_argument(record, "actor", doc.text, where),
        target=_fr_news_argument(record, "recipient", doc.text, where), modality=record["modality"],
        source=source, date=record.get("date"),
    )


def _fr_news_argument(record: dict[str, Any], role: str, text: str, where: str) -> GoldMention | None:
    """The actor or recipient: its canonical name, the span of its mention (none when only implicit), and for
    the actor of a group its members (by name)."""
    name = record.get(role)
    if not name:
        return None
    start, end = record.get(f"{role}_mention_start"), record.get(f"{role}_mention_end")
    span = (None, None, None)
    if start is not None:
        span = _checked({"start": start, "end": end, "text": record.get(f"{role}_mention")}, text, where)
    members = tuple(GoldMention(None, None, None, member) for member in record.get(f"{role}_members") or ())
    return GoldMention(*span, name=name, members=members)
