"""The one normal form of text in veille: what ingest makes of every input and what queries are read as.

Inputs reach veille with the defects of the web: stray NUL bytes and other control characters left by scrapers,
lone surrogates escaped in JSON (``"\\ud800"``), which no encoder accepts, and accents written as a letter plus a
combining mark (``Core\\u0301e``), which compare unequal to the precomposed letter (``Corée``). ``clean_text`` gives
every text one form, so that an article is analysed, stored and found whatever form it came in:

1. a lone surrogate becomes U+FFFD, the replacement character (one for one);
2. a control character other than tab, line feed, carriage return, form feed and vertical tab becomes a space
   (one for one: an offset into the text before this step still holds after it);
3. the text is put in Unicode normal form C (canonical composition: the same text, written the one way).

Offsets veille reports index into the cleaned text, which is the text an analysis returns and the store keeps.

Comparing texts is another matter, and has its own functions here, the only ones that fold accents:
``strip_accents`` ("é" → "e"), ``fold`` (accents, case and compatibility forms gone: the key names and words are
compared by) and ``fold_aligned`` (the same, one character for one, so that a place found in the folded text is
the same place in the original).
"""

from __future__ import annotations

import re
import unicodedata

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Categories Cs and Cc, less the five whitespace controls every text format uses."""

REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """The text in veille's normal form (see the module docstring); a text already in it is returned as is.

    text (str): any string, from a decoded file, a JSON record or a query.
    RETURNS (str): the text, with surrogates replaced, controls blanked, and composed (NFC).
    """
    text = _SURROGATE.sub(REPLACEMENT, text)
    text = _CONTROL.sub(" ", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def clean_optional(text: str | None) -> str | None:
    """``clean_text`` for a field that may be missing."""
    return None if text is None else clean_text(text)


def strip_accents(text: str, *, compatibility: bool = False) -> str:
    """The text without its combining marks ("Élysée" → "Elysee"); with ``compatibility``, compatibility forms are
    decomposed too ("ﬁ" → "fi", "²" → "2")."""
    decomposed = unicodedata.normalize("NFKD" if compatibility else "NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """The form texts are compared in: case folded, accents and compatibility forms gone ("Corée" → "coree")."""
    return strip_accents(text.casefold(), compatibility=True)


def fold_aligned(text: str) -> str:
    """``fold`` one character for one (lower case, the base letter of an accented one), so positions still hold."""
    return "".join(unicodedata.normalize("NFD", char)[0].lower()[:1] or char for char in text)
