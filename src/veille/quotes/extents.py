"""The extent and kind of a reported content: whether it says something, the characters it covers without
surrounding punctuation, and whether it is direct, indirect or mixed."""

from __future__ import annotations

from spacy.tokens import Span


def says_something(content: Span) -> bool:
    """A statement has a verb or at least three words: "Le motif", "lundi", "l'armée israélienne" are none."""
    words = 0
    for token in content:  # stops at the third word: contents can be long
        if not token.is_punct:
            words += 1
            if words >= 3 or token.pos_ in {"VERB", "AUX"}:
                return True
    return False


def trimmed(span: Span) -> tuple[int, int]:
    """Character offsets of a content span without surrounding punctuation and spaces.

    A content stops at the end of its paragraph, and at a colon that opens a quotation: what follows is a new,
    direct statement.
    """
    tokens = [t for t in span]
    for n, token in enumerate(tokens):
        if "\n" in token.text or (token.text == ":" and n + 1 < len(tokens) and tokens[n + 1].is_quote):
            tokens = tokens[:n]  # a reported content ends with its paragraph, or where a quotation opens
            break
    while tokens and (tokens[0].is_punct and tokens[0].text not in {"«", '"', "“"}):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {"»", '"', "”", "?", "!", "%", "‰"}:
        tokens.pop()  # (a percent sign ends its number: "une hausse de 1 %")
    if not tokens:
        return span.start_char, span.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def kind_and_extent(start: int, end: int, segments: list[Span], embedded: bool) -> tuple[str, int, int]:
    """The kind of a reported content and its final extent.

    A content entirely within quotation marks keeps only the inside: ``mixed`` when it is a verb's complement
    ("a soutenu que « … »"), ``direct`` when the speaker is named around it ("« … », a-t-il souligné", "Selon X,
    « … »"). Otherwise ``mixed`` when quoted words lie inside (the closing mark included when the quote starts
    inside), else ``indirect``.
    """
    marked = [(segment, *_with_marks(segment)) for segment in segments]
    touching = [(segment, opening, closing) for segment, opening, closing in marked if opening < end and start < closing]
    for segment, opening, closing in touching:
        if opening <= start and end <= closing:
            return ("mixed" if embedded else "direct"), segment.start_char, segment.end_char
    if touching:
        return "mixed", start, max([end, *(closing for segment, opening, closing in touching if opening >= start)])
    return "indirect", start, end


def _with_marks(segment: Span) -> tuple[int, int]:
    """Character extent of a quoted segment with its marks, however they are spaced ("« … »", "«…»")."""
    doc = segment.doc
    closing = doc[segment.end] if segment.end < len(doc) else None
    end = closing.idx + len(closing.text) if closing is not None and not closing.is_space else segment.end_char
    return doc[segment.start - 1].idx, end
