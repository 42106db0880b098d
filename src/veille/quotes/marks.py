"""Pairing quotation marks: « », “ ”, ‹ › and straight double quotes, which open and close alike.

A quote left open at the end of a paragraph closes there, as French typography allows for quotes that run over
several paragraphs (each paragraph reopens with «).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

PAIRS = {"«": "»", "“": "”", "‹": "›", '"': '"', "„": "“"}


def quoted_segments(doc: Doc) -> list[Span]:
    """The token spans strictly inside each pair of marks (the marks themselves excluded), in text order."""
    segments, opened, closing = [], None, None
    for token in doc:
        text = token.text
        if opened is not None and (text == closing or "\n" in text):
            if token.i > opened + 1:
                segments.append(doc[opened + 1 : token.i])
            opened = None
        elif opened is None and text in PAIRS:
            opened, closing = token.i, PAIRS[text]
    return segments
