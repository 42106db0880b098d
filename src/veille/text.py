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
