"""The article text as HTML, every entity mention, quotation, date and event trigger marked where it lies.

Layers overlap — a quotation holds mentions and dates, an event trigger may sit inside a quotation — so the text is
cut at every boundary of every item, and each piece is wrapped in one ``<span>`` per item covering it, outermost
(longest) first; nesting is then always well formed. Each span carries ``data-kind`` and ``data-ref`` (the item's
index in its layer) so that a click can show the item. The article text is untrusted: every piece is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Analysis


@dataclass(frozen=True)
class Mark:
    """One item to highlight: its span, its layer (``kind``) and its index there; ``css`` adds a class."""

    start: int
    end: int
    kind: str
    ref: str
    css: str = ""


def marks(document: Analysis) -> list[Mark]:
    """Every highlightable item of the document, with offsets into its text."""
    found = [
        Mark(quote.start, quote.end, "quote", str(index), quote.kind) for index, quote in enumerate(document.quotes)
    ]
    for entity in document.entities:
        found += [
            Mark(mention.start, mention.end, "entity", entity.id, f"{entity.label} {mention.kind}")
            for mention in entity.mentions
        ]
    found += [Mark(t.start, t.end, "timex", str(index), t.type) for index, t in enumerate(document.timexes)]
    found += [
        Mark(event.trigger.start, event.trigger.end, "event", str(index), event.modality)
        for index, event in enumerate(document.events)
    ]
    return [mark for mark in found if 0 <= mark.start < mark.end <= len(document.text)]


def highlighted(document: Analysis) -> Markup:
    """The document's text as escaped HTML with its items marked (see the module docstring)."""
    items = marks(document)
    text = document.text
    cuts = sorted({0, len(text)} | {mark.start for mark in items} | {mark.end for mark in items})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = sorted(
            (mark for mark in items if mark.start <= start and end <= mark.end),
            key=lambda mark: (-(mark.end - mark.start), mark.kind),
        )
        pieces.append(_wrap(escape(text[start:end]), covering))
    return Markup("").join(pieces)


def _wrap(piece: Markup, covering: list[Mark]) -> Markup:
    for mark in reversed(covering):
        classes = f"hl hl-{mark.kind} {mark.css}".strip()
        piece = Markup('<span class="{}" data-kind="{}" data-ref="{}">{}</span>').format(
            classes, mark.kind, mark.ref, piece
        )
    return piece
