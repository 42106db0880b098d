"""Full-text matching of articles (title and text), the one place where SQLite and PostgreSQL differ.

SQLite uses the FTS5 table ``articles_fts`` (accents and case ignored, no stemming); PostgreSQL the ``veille_french``
text-search configuration (``french``, stemmed, with accents ignored through ``unaccent``) through the stored
``search_vector`` column and its GIN index (migration 0006). Both read the query the
same way: words must all appear, ``"quoted words"`` must appear together, other punctuation is ignored.
"""

from __future__ import annotations

import re

from sqlalchemy import Float, Integer, Subquery, text
from sqlalchemy.orm import Session

from ..text import clean_text, fold, fold_aligned

_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\w+)')
_WORD = re.compile(r"\w+")

_SQLITE = (
    "SELECT rowid AS id, -bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH :query"
)
_POSTGRESQL = (
    "SELECT id, ts_rank(search_vector, websearch_to_tsquery('veille_french', :query)) AS score FROM articles "
    "WHERE search_vector @@ websearch_to_tsquery('veille_french', :query)"
)


def terms(query: str) -> list[str]:
    """The phrases and words of a query, in order (a phrase is its words joined by one space), read in the normal
    form the stored texts are in (``veille.text``: "Core\u0301e" finds "Corée")."""
    found = []
    for phrase, word in _PHRASE_OR_WORD.findall(clean_text(query)):
        words = _WORD.findall(phrase) if phrase else [word]
        if words:
            found.append(" ".join(words))
    return found


def matching(session: Session, query: str) -> Subquery:
    """A subquery of the articles matching ``query``: columns ``id`` and ``score`` (higher is more relevant)."""
    found = terms(query)
    if session.get_bind().dialect.name == "postgresql":
        sql, value = _POSTGRESQL, " ".join(f'"{term}"' if " " in term else term for term in found)
    else:
        sql, value = _SQLITE, " ".join(f'"{term}"' for term in found)
    return text(sql).bindparams(query=value).columns(id=Integer, score=Float).subquery("matched")


def snippet(text_value: str, query: str, width: int = 160) -> str:
    """The part of ``text_value`` around the first place a query term appears (case and accents ignored)."""
    folded = fold_aligned(text_value)
    places = [folded.find(fold_aligned(term)) for term in terms(query)]
    return excerpt(text_value, min((p for p in places if p >= 0), default=0), width)


def excerpt(text_value: str, place: int, width: int = 160) -> str:
    """About ``width`` characters of ``text_value`` from a little before ``place``, on one line."""
    start = max(0, place - width // 3)
    piece = text_value[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(text_value) else "")


def folded_words(value: str) -> list[str]:
    """The words of a text in lower case without accents, for comparing texts (not for showing them)."""
    return _WORD.findall(fold(value))
