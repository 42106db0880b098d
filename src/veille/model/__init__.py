"""The analysis of one document: schema ``veille/1`` (see docs/contract.md and docs/schema/veille-1.schema.json)."""

from .analysis import (
    SCHEMA,
    Analysis,
    Entity,
    Event,
    Mention,
    Quote,
    Ref,
    Speaker,
    Timex,
    TextSpan,
)

__all__ = [
    "SCHEMA",
    "Analysis",
    "Entity",
    "Event",
    "Mention",
    "Quote",
    "Ref",
    "Speaker",
    "Timex",
    "TextSpan",
]
