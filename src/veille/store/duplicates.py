"""Near-duplicate articles: syndicated copies and light rewrites, found by MinHash/LSH and grouped at ingest.

1. An article's text becomes its set of word shingles: every run of ``SHINGLE`` consecutive words, lower-cased and
   without accents, so that punctuation, case and typography do not hide a copy.
2. A MinHash signature (``PERMUTATIONS`` values) estimates the Jaccard similarity of two such sets; cut into
   ``BANDS`` bands of ``ROWS`` values, it gives band keys kept in ``article_bands``. Two articles that share a key
   are candidates: with these numbers a pair at Jaccard 0.4 shares one with probability 0.93, at 0.6 with 0.9999,
   while unrelated articles (Jaccard under 0.05) almost never do, so no pair of articles is ever compared in bulk.
   A feed repeating one dispatch 5,000 times makes 5,000 articles share every key, and the cost of storing the
   next one must not grow with them: of the articles sharing one key, the ``CANDIDATES_PER_KEY`` earliest are
   taken, and of those the ``COMPARED`` sharing the most keys are compared (copies of one text all reach its
   earliest versions).
3. Each candidate is checked on the exact shingle sets, and kept only when both hold (the conservative part: a
   missed copy shows twice in a search, a wrong merge hides an article):
   - Jaccard >= ``MIN_JACCARD`` (0.4): most of the two texts is shared;
   - containment >= ``MIN_CONTAINMENT`` (0.8): most of the shorter text is inside the longer one.
   A syndicated copy scores about 1.0 on both; "Comme le rapporte Le Figaro, …" followed by the same body keeps
   containment near 1.0 and Jaccard over 0.5 unless the new paragraph is as long as the body; another article on
   the same events, even quoting the same sentence, stays far below.
4. The new article joins the group of its most similar candidate (lowest id on ties), or opens a group with it.
   Groups only ever grow by such single links at a high threshold, so a group is a set of versions of one text.

The permutations are fixed by ``SEED``, so signatures, and therefore groups, are the same on every run.
"""

from __future__ import annotations

import hashlib
import zlib

import numpy as np
from sqlalchemy import delete, func, select, union
from sqlalchemy.orm import Session

from .models import Article, ArticleBand, DuplicateGroup, DuplicateMember
from .search import folded_words

SHINGLE = 5
BANDS, ROWS = 40, 3
PERMUTATIONS = BANDS * ROWS
MIN_JACCARD = 0.4
MIN_CONTAINMENT = 0.8
CANDIDATES_PER_KEY = 8
COMPARED = 8
SEED = 6
_PRIME = 4_294_967_311  # the first prime above 2**32: (a * h + b) % _PRIME stays within uint64 for 32-bit a, h, b
_rng = np.random.default_rng(SEED)
_A = _rng.integers(1, 2**32, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**32, size=PERMUTATIONS, dtype=np.uint64)


def shingles(text: str) -> set[str]:
    """The word ``SHINGLE``-grams of a text, folded (a text shorter than one shingle is one shingle)."""
    words = folded_words(text)
    if len(words) <= SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(grams: set[str]) -> np.ndarray:
    """The MinHash signature of a shingle set: for each permutation, the least hash of any shingle."""
    hashes = np.fromiter((zlib.crc32(gram.encode("utf-8")) for gram in grams), dtype=np.uint64, count=len(grams))
    return ((np.outer(_A, hashes) + _B[:, None]) % _PRIME).min(axis=1)


def band_keys(values: np.ndarray) -> set[int]:
    """One signed 64-bit key per band (the band's number is hashed in, so equal values in two bands differ)."""
    keys = set()
    for band in range(BANDS):
        chunk = band.to_bytes(2, "big") + values[band * ROWS : (band + 1) * ROWS].astype(">u8").tobytes()
        keys.add(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True))
    return keys


def similarity(first: set[str], second: set[str]) -> tuple[float, float]:
    """Jaccard and containment (shared shingles over the smaller set) of two shingle sets."""
    if not first or not second:
        return 0.0, 0.0
    shared = len(first & second)
    return shared / len(first | second), shared / min(len(first), len(second))


def is_duplicate(jaccard: float, containment: float) -> bool:
    """The conservative rule of step 3: both measures must be high."""
    return jaccard >= MIN_JACCARD and containment >= MIN_CONTAINMENT


def index_article(session: Session, article: Article) -> int | None:
    """Index a stored article's bands and put it in the group of its nearest duplicate, if it has one.

    article (Article): a flushed article row, not indexed yet (``forget_article`` first for a replaced one).
    RETURNS (int | None): the id of the nearest duplicate, whose group it joined (or opened with it), else None.
    """
    grams = shingles(article.text)
    if not grams:
        return None
    keys = band_keys(signature(grams))
    best = _nearest(session, article.id, grams, keys)
    session.add_all(ArticleBand(article_id=article.id, key=key) for key in keys)
    if best is None:
        return None
    _join(session, article.id, *best)
    return best[0]


def _candidates(article_id: int, keys: set[int]):
    """The articles to compare with this one (step 2): of the ``CANDIDATES_PER_KEY`` earliest of each of its band
    keys, the ``COMPARED`` sharing the most keys with it."""
    per_key = [select(ArticleBand.article_id).where(ArticleBand.key == key, ArticleBand.article_id != article_id)
               .order_by(ArticleBand.article_id).limit(CANDIDATES_PER_KEY).subquery() for key in sorted(keys)]
    earliest = union(*(select(first.c.article_id) for first in per_key)).subquery()
    shared = func.count()
    return (select(ArticleBand.article_id)
            .where(ArticleBand.article_id.in_(select(earliest.c.article_id)), ArticleBand.key.in_(keys))
            .group_by(ArticleBand.article_id).order_by(shared.desc(), ArticleBand.article_id).limit(COMPARED))


def _nearest(session: Session, article_id: int, grams: set[str], keys: set[int]) -> tuple[int, float] | None:
    """The most similar stored article passing the rule (id, Jaccard), among those sharing a band key."""
    candidates = _candidates(article_id, keys).subquery()
    found = []
    for other, text in session.execute(select(Article.id, Article.text).where(Article.id.in_(select(candidates)))):
        jaccard, containment = similarity(grams, shingles(text))
        if is_duplicate(jaccard, containment):
            found.append((-jaccard, other))
    if not found:
        return None
    negated, other = min(found)
    return other, -negated


def _join(session: Session, article_id: int, other: int, jaccard: float) -> None:
    """Put the article in ``other``'s group, opening one for both when ``other`` has none."""
    member = session.get(DuplicateMember, other)
    if member is None:
        group = DuplicateGroup()
        session.add(group)
        session.flush()
        member = DuplicateMember(article_id=other, group_id=group.id, similarity=jaccard)
        session.add(member)
    session.add(DuplicateMember(article_id=article_id, group_id=member.group_id, similarity=jaccard))
    session.flush()


def forget_article(session: Session, article_id: int) -> None:
    """Drop an article's bands and membership (before it is indexed again); a group left with one member goes."""
    session.execute(delete(ArticleBand).where(ArticleBand.article_id == article_id))
    member = session.get(DuplicateMember, article_id)
    if member is None:
        return
    group_id = member.group_id
    session.delete(member)
    session.flush()
    left = session.scalar(select(func.count()).where(DuplicateMember.group_id == group_id))
    if left < 2:
        session.execute(delete(DuplicateMember).where(DuplicateMember.group_id == group_id))
        session.execute(delete(DuplicateGroup).where(DuplicateGroup.id == group_id))


def duplicates_of(session: Session, article_ids: list[int]) -> dict[int, list[int]]:
    """For each article, the other members of its duplicate group (ascending ids; empty when it has none)."""
    mine, others = DuplicateMember.__table__.alias("mine"), DuplicateMember.__table__.alias("others")
    query = (select(mine.c.article_id, others.c.article_id).join(others, others.c.group_id == mine.c.group_id)
             .where(mine.c.article_id.in_(article_ids), others.c.article_id != mine.c.article_id)
             .order_by(mine.c.article_id, others.c.article_id))
    found: dict[int, list[int]] = {article_id: [] for article_id in article_ids}
    for article_id, other in session.execute(query):
        found[article_id].append(other)
    return found
