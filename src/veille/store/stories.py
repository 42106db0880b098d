"""Stories: articles about the same events over a time window, grown one article at a time as they arrive.

1. A stored article is described by its day (publication date, else the day it was analysed), its corpus entities
   and its vocabulary (words of 4 letters or more, folded, without the stop words of its language,
   ``lang/<code>/stop_words.tsv``).
2. Its candidates are the articles already in a story, dated within ``WINDOW_DAYS`` of it, that share at least one
   entity with it: the ``MAX_CANDIDATES`` latest stored, so that storing an article costs the same in a story of
   ten articles and in one of ten thousand (a big story's latest members stand for it).
3. The similarity of two articles is
   ``ENTITY_WEIGHT`` × the Jaccard of their entities, each weighted by its rarity in the store
   (``log((1 + articles) / (1 + articles naming it)) + 1``: a shared "Russie" counts less than a shared
   "Iouri Ouchakov"), plus ``1 - ENTITY_WEIGHT`` × the Jaccard of their vocabularies.
4. The article joins the story of its most similar candidate when that similarity reaches ``THRESHOLD``; when it
   reaches it with members of several stories, those are merged into the oldest (lowest id). Stories are thus the
   connected components of the graph "similar enough and close in time", whatever order articles arrive in, up to
   the rarity weights, which follow the store as it grows. Below the threshold, the article opens a new story.
5. A near-duplicate joins the story of the article it copies without being compared.

A re-analysed article leaves its story and is assigned again; a story it leaves empty is deleted (one it leaves is
never split: single links may have joined its members through it, and the next articles will most often do again).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .. import lang
from ..lexicon import read_words
from .models import Article, ArticleEntity, Story, StoryArticle
from .search import folded_words

WINDOW_DAYS = 7
ENTITY_WEIGHT = 0.6
THRESHOLD = 0.12
MAX_CANDIDATES = 200


@dataclass(frozen=True)
class Features:
    """What an article is compared by: its day, its corpus entity ids and its vocabulary."""

    day: dt.date
    entities: frozenset[int]
    words: frozenset[str]


@cache
def stop_words(code: str | None) -> frozenset[str]:
    """The stop words of a language (veille's default language when none is known; no stop words for a language
    veille has no data for)."""
    code = code or lang.DEFAULT
    if code not in lang.LANGUAGES:
        return frozenset()
    return read_words(lang.data_file(code, "stop_words.tsv"), "word")


def vocabulary(text: str, code: str | None = None) -> frozenset[str]:
    """The content words of a text in language ``code``: folded, 4 letters or more, not stop words."""
    stop = stop_words(code)
    return frozenset(word for word in folded_words(text) if len(word) >= 4 and not word.isdigit() and word not in stop)


def similarity(first: Features, second: Features, weights: dict[int, float]) -> float:
    """Step 3 of the module docstring: rarity-weighted entity Jaccard blended with vocabulary Jaccard."""
    union = first.entities | second.entities
    weight_of_union = sum(weights.get(entity, 1.0) for entity in union)
    shared = sum(weights.get(entity, 1.0) for entity in first.entities & second.entities)
    entity_score = shared / weight_of_union if weight_of_union else 0.0
    words = first.words | second.words
    word_score = len(first.words & second.words) / len(words) if words else 0.0
    return ENTITY_WEIGHT * entity_score + (1 - ENTITY_WEIGHT) * word_score


def article_day(article: Article) -> dt.date:
    """The day an article counts for: its publication date, else the day it was analysed."""
    return article.dct or article.analysed_at.date()


class StoryBuilder:
    """Puts articles in stories within one session, remembering the features of the articles it has described."""

    def __init__(self, session: Session):
        self.session = session
        self._features: dict[int, Features] = {}

    def assign(self, article: Article, copy_of: int | None) -> Story:
        """Put a stored (flushed) article in its story; see the module docstring.

        article (Article): the article, its entities written, in no story (``forget`` first for a replaced one).
        copy_of (int | None): the article it is a near-duplicate of (``duplicates.index_article``), if any.
        RETURNS (Story): the story it is now in.
        """
        features = self._describe(article)
        story_id = self._story_of(copy_of)
        score = 1.0
        if story_id is None:
            story_id, score = self._best_story(article.id, features)
        story = self.session.get(Story, story_id) if story_id is not None else None
        if story is None:
            story = Story(size=0)
            self.session.add(story)
            self.session.flush()
        self.session.add(StoryArticle(article_id=article.id, story_id=story.id, day=features.day, similarity=score))
        _extend(story, article, features.day)
        return story

    def forget(self, article_id: int) -> None:
        """Take an article out of its story; a story left empty is deleted."""
        self._features.pop(article_id, None)
        link = self.session.get(StoryArticle, article_id)
        if link is None:
            return
        story_id = link.story_id
        self.session.delete(link)
        self.session.flush()
        if self.session.scalar(select(func.count()).where(StoryArticle.story_id == story_id)):
            self._refresh(story_id)
        else:
            self.session.execute(delete(Story).where(Story.id == story_id))

    def _describe(self, article: Article) -> Features:
        entities = self.session.scalars(select(ArticleEntity.entity_id).where(ArticleEntity.article_id == article.id))
        features = Features(article_day(article), frozenset(entities), vocabulary(article.text, article.lang))
        self._features[article.id] = features
        return features

    def _story_of(self, copy_of: int | None) -> int | None:
        """The story of the article this one copies (step 5)."""
        if copy_of is None:
            return None
        return self.session.scalar(select(StoryArticle.story_id).where(StoryArticle.article_id == copy_of))

    def _best_story(self, article_id: int, features: Features) -> tuple[int | None, float]:
        """The story to join and the best similarity to it (steps 2–4), merging the stories it links; None to open."""
        candidates = self._candidates(article_id, features)
        if not candidates:
            return None, 0.0
        weights = self._rarity(features.entities.union(*(self._features[other].entities for other, _ in candidates)))
        best: dict[int, float] = {}
        for other, story_id in candidates:
            score = similarity(features, self._features[other], weights)
            best[story_id] = max(best.get(story_id, 0.0), score)
        linked = sorted(story_id for story_id, score in best.items() if score >= THRESHOLD)
        if not linked:
            return None, 0.0
        self._merge(linked[0], linked[1:])
        return linked[0], max(best[story_id] for story_id in linked)

    def _candidates(self, article_id: int, features: Features) -> list[tuple[int, int]]:
        """(article id, story id) of the articles in stories near in time sharing an entity (step 2)."""
        if not features.entities:
            return []
        window = dt.timedelta(days=WINDOW_DAYS)
        sharing = select(ArticleEntity.article_id).where(ArticleEntity.entity_id.in_(features.entities))
        query = (select(StoryArticle.article_id, StoryArticle.story_id, StoryArticle.day)
                 .where(StoryArticle.day.between(features.day - window, features.day + window),
                        StoryArticle.article_id != article_id, StoryArticle.article_id.in_(sharing))
                 .order_by(StoryArticle.article_id.desc()).limit(MAX_CANDIDATES))
        found = list(self.session.execute(query))
        self._load({other: day for other, _, day in found if other not in self._features})
        return [(other, story_id) for other, story_id, _ in found]

    def _load(self, days: dict[int, dt.date]) -> None:
        """Describe the stored articles not seen by this builder yet (from an earlier ingest)."""
        if not days:
            return
        entities: dict[int, set[int]] = {article_id: set() for article_id in days}
        query = select(ArticleEntity.article_id, ArticleEntity.entity_id).where(ArticleEntity.article_id.in_(days))
        for article_id, entity_id in self.session.execute(query):
            entities[article_id].add(entity_id)
        rows = self.session.execute(select(Article.id, Article.text, Article.lang).where(Article.id.in_(days)))
        for article_id, text, code in rows:
            self._features[article_id] = Features(days[article_id], frozenset(entities[article_id]),
                                                  vocabulary(text, code))

    def _rarity(self, entities: set[int]) -> dict[int, float]:
        """Each entity's weight: its inverse document frequency in the store (step 3)."""
        articles = self.session.scalar(select(func.count(Article.id)))
        query = (select(ArticleEntity.entity_id, func.count(ArticleEntity.article_id.distinct()))
                 .where(ArticleEntity.entity_id.in_(entities)).group_by(ArticleEntity.entity_id))
        return {entity: math.log((1 + articles) / (1 + count)) + 1 for entity, count in self.session.execute(query)}

    def _merge(self, target: int, others: list[int]) -> None:
        """Move the articles of ``others`` into ``target``, delete those stories, and recount ``target``."""
        if not others:
            return
        self.session.execute(update(StoryArticle).where(StoryArticle.story_id.in_(others)).values(story_id=target))
        self.session.execute(delete(Story).where(Story.id.in_(others)))
        self._refresh(target)

    def _refresh(self, story_id: int) -> Story:
        """Recompute a story's span, size and title (the title of its earliest article, else its first words)."""
        story = self.session.get(Story, story_id)
        first, last, size = self.session.execute(
            select(func.min(StoryArticle.day), func.max(StoryArticle.day), func.count())
            .where(StoryArticle.story_id == story_id)).one()
        opening = self.session.execute(
            select(Article.title, Article.text).join(StoryArticle, StoryArticle.article_id == Article.id)
            .where(StoryArticle.story_id == story_id).order_by(StoryArticle.day, Article.id).limit(1)).one()
        story.first_date, story.last_date, story.size = first, last, size
        story.title = opening.title or " ".join(opening.text.split()[:12])
        self.session.flush()
        return story


def _extend(story: Story, article: Article, day: dt.date) -> None:
    """Count a new article in its story's size and span; it gives the story its title when it is the earliest."""
    if story.size == 0 or day < story.first_date:
        story.title = article.title or " ".join(article.text.split()[:12])
    story.first_date = min(day, story.first_date or day)
    story.last_date = max(day, story.last_date or day)
    story.size += 1
