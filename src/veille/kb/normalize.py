"""The one key function for alias and demonym lookup.

``normalize_alias`` maps every spelling variant of a name that a French news text may use to one key:
``"l’Otan"``, ``"OTAN"``, ``"Otan"`` and ``"otan"`` share a key, and so do ``"Etats-Unis"`` and ``"États-Unis"``.
Both the builder (for the stored keys) and the readers (for the queried text) use it, so they can never disagree.
"""

from __future__ import annotations

import re
import unicodedata

from ..text import fold

__all__ = ["normalize_alias", "strip_determiner"]

_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad"), "-")
_LIGATURES = {ord("œ"): "oe", ord("Œ"): "oe", ord("æ"): "ae", ord("Æ"): "ae"}
_SPACE = re.compile(r"\s+")
# A leading French definite article: "le ", "la ", "les ", "l'" (after apostrophe normalisation).
_DETERMINER = re.compile(r"^(?:les\s+|le\s+|la\s+|l')", re.IGNORECASE)


def _basic(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_APOSTROPHES).translate(_DASHES).translate(_LIGATURES)
    return _SPACE.sub(" ", text).strip()


def strip_determiner(text: str) -> str:
    """Drop one leading French definite article ("le ", "la ", "les ", "l'"), keeping the case of the rest.

    The text is returned unchanged when nothing would be left after the article.
    """
    text = _basic(text)
    rest = _DETERMINER.sub("", text, count=1)
    return rest if rest.strip() else text


def normalize_alias(text: str) -> str:
    """The lookup key of a name: NFKC, casefolded, accents stripped, apostrophes and dashes unified,
    whitespace collapsed and one leading French determiner removed."""
    text = unicodedata.normalize("NFC", fold(strip_determiner(text)))
    # Spaces around a hyphen or apostrophe ("Nord - Coréen", "l' Otan") do not make a different name.
    text = re.sub(r"\s*([-'])\s*", r"\1", text)
    return _SPACE.sub(" ", text).strip()


WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


def is_wikidata_id(entity_id: str | None) -> bool:
    """Whether a KB id is a Wikidata QID (``Q7747``), not a local ``veille:…`` id or nothing."""
    return bool(entity_id) and bool(WIKIDATA_ID.match(entity_id))
