"""Pairing quotation marks: « », “ ”, ‹ ›, „ “ and straight double quotes, which open and close alike.

Shared by the coreference stage (a pronoun between quotation marks is the speaker's, not the article's) and the
quotation stage (quoted words are what someone said). A quote left open at the end of a paragraph closes there, as
French typography allows for quotes running over several paragraphs (each paragraph reopens with «).
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

PAIRS = {"«": "»", "“": "”", "‹": "›", '"': '"', "„": "“"}
_MARKS_AND_BREAKS = [*PAIRS, *PAIRS.values(), "\n", "\n\n"]


def quoted_segments(doc: Doc) -> list[Span]:
    """The token spans strictly inside each pair of marks (the marks excluded), in text order.

    Only quote marks and line breaks are visited (found in the ORTH array), not every token.
    """
    hashes = numpy.array([doc.vocab.strings.add(mark) for mark in _MARKS_AND_BREAKS], dtype="uint64")
    segments, opened, closing = [], None, None
    for i in numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), hashes)).tolist():
        text = doc[i].text
        if opened is not None and (text == closing or "\n" in text):
            if i > opened + 1:
                segments.append(doc[opened + 1 : i])
            opened = None
        elif opened is None and text in PAIRS:
            opened, closing = i, PAIRS[text]
    return segments
