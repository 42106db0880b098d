"""Typed form of the ``veille/1`` document object.

Every layer item carries character offsets into ``Analysis.text``: provenance is part of the type. Field names and
shapes follow the contract exactly; optional contract fields marked "absent" (``stands_for``, ``members``, ``via``,
a ref's ``mention``) are left out of the JSON when they are ``None`` rather than written as ``null``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "veille/1"

_OMIT_WHEN_NONE = {"stands_for", "members", "via", "dct_partial", "dct_inference", "reason", "code"}


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


@dataclass
class TextSpan:
    start: int
    end: int
    text: str


@dataclass
class StandsFor:
    """What a metonymic mention designates: "Moscou" (the city) standing for Russia (its government)."""

    name: str
    kb_id: str | None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | nominal | pronoun
    stands_for: StandsFor | None = None


@dataclass
class Entity:
    id: str
    name: str
    label: str  # PER | ORG | LOC | MISC
    type: str
    kb_id: str | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Ref:
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

    @classmethod
    def from_json(cls, record: dict | None) -> Ref | None:
        """The ref from its contract JSON (None stays None)."""
        if record is None:
            return None
        members = record.get("members")
        return cls(
            record["entity"],
            record["name"],
            [cls.from_json(member) for member in members] if members else None,
            record.get("code"),
            TextSpan(**record["mention"]) if record.get("mention") else None,
        )


@dataclass
class Speaker:
    entity: str | None
    name: str | None
    mention: TextSpan | None
    members: list[Speaker] | None = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str
    cue: TextSpan | None
    speaker: Speaker
    via: Ref | None = None


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class SentenceSpan:
    start: int
    end: int


@dataclass
class Event:
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
class DctCandidate:
    """A year the publication date could fall in, and why it was set aside (``reason``) if it was."""

    year: int
    kept: bool
    reason: str | None = None


@dataclass
class DctInference:
    """How an undated article's publication date was inferred: the dates that fix it (``evidence``), the years
    they allow, and which of them the other clues set aside. ``precision`` says which part of ``value`` is
    asserted ("year": only the year; the day is the evidence's own)."""

    value: str
    precision: str
    evidence: list[TextSpan]
    candidates: list[DctCandidate]

    @classmethod
    def from_json(cls, record: dict | None) -> DctInference | None:
        """The inference from its contract JSON (None stays None)."""
        if not record:
            return None
        evidence = [TextSpan(**span) for span in record["evidence"]]
        candidates = [DctCandidate(**candidate) for candidate in record["candidates"]]
        return cls(record["value"], record["precision"], evidence, candidates)


@dataclass
class Analysis:
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

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON object; a failed document has ``error`` and no layers."""
        head = {"schema": SCHEMA, "id": self.id}
        if self.error is not None:
            return {**head, "error": self.error}
        body = _to_json(self)
        body.pop("error")
        return {**head, **body}
