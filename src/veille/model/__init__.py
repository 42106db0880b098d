"""The analysis of one document: schema ``veille/1`` (see docs/contract.md and docs/schema/veille-1.schema.json)."""

from .analysis import (
    MODALITIES,
    PLOVER_TYPES,
    SCHEMA,
    Analysis,
    Entity,
    Event,
    Mention,
    Quote,
    Ref,
    SentenceSpan,
    Speaker,
    StandsFor,
    Timex,
    TextSpan,
)

__all__ = [
    "MODALITIES",
    "PLOVER_TYPES",
    "SCHEMA",
    "Analysis",
    "Entity",
    "Event",
    "Mention",
    "Quote",
    "Ref",
    "SentenceSpan",
    "Speaker",
    "StandsFor",
    "Timex",
    "TextSpan",
]
