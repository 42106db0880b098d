"""Typed form of the ``veille/1`` document object, and its one translation to and from JSON.

Every layer item carries character offsets into ``Analysis.text``: provenance is part of the type. Field names and
shapes follow the contract exactly; optional contract fields marked "absent" (``stands_for``, ``members``, ``via``,
a ref's ``mention``) are left out of the JSON when they are ``None`` rather than written as ``null``.

Each record's JSON is read and written from its dataclass fields (``Record.to_json`` / ``Record.from_json``), so
the shape is declared once: the pipeline's Doc → Analysis conversion, the store's read-back, the exports and
``veille eval`` all go through it.
"""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, dataclass, field, fields
from functools import cache
from typing import Any, TypeVar
from urllib.parse import urlsplit

SCHEMA = "veille/1"
MODALITIES = ("asserted", "planned", "possible", "alleged", "negated", "requested")
"""How sure the text is of an event, as the contract writes it (``Event.modality``)."""
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
"""The sixteen PLOVER event types (``Event.type``)."""

_OMIT_WHEN_NONE = {"stands_for", "members", "via", "dct_partial", "dct_inference", "reason", "code"}
R = TypeVar("R", bound="Record")


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        out = {}
        for f in fields(value):
            item = getattr(value, f.name)
            if item is None and (f.name in _OMIT_WHEN_NONE or f.metadata.get("omit_when_none")):
                continue
            out[f.name] = _to_json(item)
        return out
    return value


class Record:
    """A record of the contract: its JSON is its fields, nested records and lists of them included."""

    def to_json(self) -> dict[str, Any]:
        """The record as the contract writes it (absent optional fields left out)."""
        return _to_json(self)

    @classmethod
    def from_json(cls: type[R], record: dict[str, Any] | None) -> R | None:
        """The record from its contract JSON (None stays None); a missing optional field takes its default.

        Raises ValueError naming the record and the field when a required field is missing.
        """
        if record is None:
            return None
        values = {}
        for name, (hint, required) in _field_types(cls).items():
            if name in record:
                values[name] = _decode(hint, record[name])
            elif required:
                raise ValueError(f"{cls.__name__}: the field {name!r} is missing from {record!r}")
        return cls(**values)


@cache
def _field_types(cls: type) -> dict[str, tuple[Any, bool]]:
    """Each field of a record class: its resolved type and whether the JSON must give it."""
    hints = typing.get_type_hints(cls)
    return {f.name: (hints[f.name], f.default is MISSING and f.default_factory is MISSING) for f in fields(cls)}


def _decode(hint: Any, value: Any) -> Any:
    """A JSON value as the field type ``hint`` says: records, lists of them, optional ones; plain values as they are."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _decode(next(arg for arg in typing.get_args(hint) if arg is not type(None)), value)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_decode(item, element) for element in value]
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_json(value)
    return value


@dataclass
class TextSpan(Record):
    start: int
    end: int
    text: str


@dataclass
class StandsFor(Record):
    """What a metonymic mention designates: "Moscou" (the city) standing for Russia (its government)."""

    name: str
    kb_id: str | None


@dataclass
class Mention(Record):
    start: int
    end: int
    text: str
    kind: str  # name | nominal | pronoun
    stands_for: StandsFor | None = None


@dataclass
class Geo(Record):
    """Where a place lies: its gazetteer entry (GeoNames id, None for an authored place without one), coordinates
    in decimal degrees, country (ISO 3166-1 alpha-2), first-level subdivision and kind (``feature``: continent,
    region, sea, natural, building, country, admin1, admin2, city; local: a street or facility the gazetteer lacks,
    at the point of its article's one town), and (a veille addition) the gazetteer's name (a local place's: its
    town's)."""

    geonames_id: int | None
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    name: str | None = None


@dataclass
class Entity(Record):
    id: str
    name: str
    label: str  # PER | ORG | LOC | MISC
    type: str
    kb_id: str | None
    mentions: list[Mention] = field(default_factory=list)
    geo: Geo | None = field(default=None, metadata={"omit_when_none": True})  # a located place


@dataclass
class Ref(Record):
    """Who or what an event or quote names: a document entity (or None), its name, the members of a compound, and
    (veille additions) the CAMEO-style actor code the knowledge base gives it ("RUS GOV", "USA"), absent if none,
    and the mention the argument was read from ("le porte-parole du Kremlin", "il"), absent for a ref the sentence
    does not spell out (a group known by its members, an accuser inferred from a quote). A speaker's ``mention`` is
    always written (null when unknown); a ref's is omitted when None, so refs without one keep their old shape."""

    entity: str | None
    name: str
    members: list[Ref] | None = None
    code: str | None = None
    mention: TextSpan | None = field(default=None, metadata={"omit_when_none": True})
    geo: Geo | None = field(default=None, metadata={"omit_when_none": True})  # an event's place, located


@dataclass
class Speaker(Record):
    entity: str | None
    name: str | None
    mention: TextSpan | None
    members: list[Speaker] | None = None


@dataclass
class Quote(Record):
    start: int
    end: int
    text: str
    kind: str
    cue: TextSpan | None
    speaker: Speaker
    via: Ref | None = None


@dataclass
class Timex(Record):
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class SentenceSpan(Record):
    start: int
    end: int


@dataclass
class Event(Record):
    type: str
    mode: str | None
    cameo: str | None
    trigger: TextSpan
    actor: Ref | None
    target: Ref | None
    date: str | None
    place: Ref | None
    modality: str
    source: Ref | None
    sentence: SentenceSpan


@dataclass
class DctCandidate(Record):
    """A year the publication date could fall in, and why it was set aside (``reason``) if it was."""

    year: int
    kept: bool
    reason: str | None = None


@dataclass
class DctInference(Record):
    """How an undated article's publication date was inferred: the dates that fix it (``evidence``), the years
    they allow, and which of them the other clues set aside. ``precision`` says which part of ``value`` is
    asserted ("year": only the year; the day is the evidence's own)."""

    value: str
    precision: str
    evidence: list[TextSpan]
    candidates: list[DctCandidate]


@dataclass
class Analysis(Record):
    """One analysed document. ``error`` is set (and every layer empty) when the document could not be analysed."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    dct: str | None = None
    dct_source: str | None = None
    dct_partial: str | None = None  # "YYYY" or "YYYY-MM": the publication date known only so far (given)
    dct_inference: DctInference | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None

    @property
    def source(self) -> str | None:
        """The outlet the article comes from: the host of its URL without ``www.`` (``lemonde.fr``)."""
        host = urlsplit(self.url).hostname if self.url else None
        return host.removeprefix("www.") if host else None

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON object; a failed document has ``error`` and no layers."""
        head = {"schema": SCHEMA, "id": self.id}
        if self.error is not None:
            return {**head, "error": self.error}
        body = _to_json(self)
        body.pop("error")
        return {**head, **body}

    @classmethod
    def from_json(cls, record: dict[str, Any] | None) -> Analysis | None:
        """The analysis a ``veille/1`` object describes (a failed document: its id and error, text empty)."""
        if record is None:
            return None
        if record.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document: schema {record.get('schema')!r}")
        if "error" in record:
            return cls(id=record["id"], text="", error=record["error"])
        return super().from_json({key: value for key, value in record.items() if key != "schema"})
