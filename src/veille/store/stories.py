"""Stories: articles about the same events over a time window, grown one article at a time as they arrive.

1. A stored article is described by its day (publication date, else the day it was analysed), its corpus entities,
   its vocabulary (words of 4 letters or more, folded, without the stop words of its language,
   ``lang/<code>/stop_words.tsv``, nor the words of its entities' names: those count as entities already) and its
   told days: the days its events happened on (the dates of its events told as facts, ``TOLD``, one vote each;
   its own day when none is dated to the day).
2. Its candidates are the articles already in a story, dated within ``WINDOW_DAYS`` of it, that share at least one
   entity with it: the ``MAX_CANDIDATES`` latest stored, so that storing an article costs the same in a story of
   ten articles and in one of ten thousand (a big story's latest members stand for it).
3. The similarity of two articles is their content times their agreement in time:
   - content: ``ENTITY_WEIGHT`` × the Jaccard of their entities, each weighted by its rarity in the store
     (``log((1 + articles) / (1 + articles naming it)) + 1``: a shared "Russie" counts less than a shared
     "Iouri Ouchakov"), plus ``1 - ENTITY_WEIGHT`` × the Jaccard of their vocabularies;
   - time: the share of their told days that fall on the same day (a day apart counts ``NEXT_DAY``), lifted to at
     least ``TIME_FLOOR``. Two articles about other events of the same people ("the minister in Kyiv on Monday",
     "the minister's budget on Wednesday") share names and words but not days, and lose most of their similarity;
     an article of the morrow about the same events tells their day again, or the next one.
4. The article joins the story of its most similar candidate when that similarity reaches ``THRESHOLD``; when it
   reaches it with members of several stories, those are merged into the oldest (lowest id). Stories are thus the
   connected components of the graph "similar enough and close in time", whatever order articles arrive in, up to
   the rarity weights, which follow the store as it grows. Below the threshold, the article opens a new story.
5. A near-duplicate joins the story of the article it copies without being compared.

A re-analysed article leaves its story and is assigned again; a story it leaves empty is deleted (one it leaves is
never split: single links may have joined its members through it, and the next articles will most often do again).
The constants were set on ``data/stories-dev`` (self-written stories, each told by three outlets, and articles
about other events of the same protagonists; ``veille eval stories``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .. import lang
from ..lexicon import read_words
from .models import Article, ArticleEntity, Event, Mention, Story, StoryArticle
from .search import folded_words

WINDOW_DAYS = 7
"""How far apart in publication two articles of one story may be."""
ENTITY_WEIGHT = 0.6
"""The share of entities in an article's content; the rest is its vocabulary."""
THRESHOLD = 0.11
"""The similarity that puts two articles in one story. On ``data/stories-dev``'s work part, the weakest links a story
needs score 0.104–0.124 and the strongest distractor pairs 0.088–0.100: 0.11 joins every story and no distractor in
either arrival order (0.10 lets one distractor in when the articles arrive in reverse order, 0.12 splits a story)."""
TIME_FLOOR = 0.2
"""What is left of the content similarity of two articles none of whose told days agree: a fifth, so that only
articles nearly the same in names and words stay together when their dates disagree (a wrong or missing event
date must not split a story on its own)."""
NEXT_DAY = 0.7
"""How much two told days one day apart agree: a report of the morrow recalls the day before ("la veille",
"lundi") and tells what followed; two days apart is another event."""
TOLD = ("asserted", "alleged")
"""The modalities of the events whose dates are told days: what happened, or is said by someone to have happened
(not what is planned, requested, possible or denied)."""
MAX_CANDIDATES = 200
"""The most articles an arriving one is compared with (the latest): storing costs the same in any story."""
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class Features:
    """What an article is compared by: its day, its corpus entity ids, its vocabulary, and its told days as
    (day ordinal, share of its told events on that day) pairs."""

    day: dt.date
    entities: frozenset[int]
    words: frozenset[str]
    told: tuple[tuple[int, float], ...]


@cache
def stop_words(code: str | None) -> frozenset[str]:
    """The stop words of a language (veille's default language when none is known; no stop words for a language
    veille has no data for)."""
    code = code or lang.DEFAULT
    if code not in lang.LANGUAGES:
        return frozenset()
    return read_words(lang.data_file(code, "stop_words.tsv"), "word")


def vocabulary(text: str, code: str | None = None, names: Iterable[tuple[int, int]] = ()) -> frozenset[str]:
    """The content words of a text in language ``code``: folded, 4 letters or more, not stop words, outside the
    ``(start, end)`` spans ``names`` (the name mentions of its entities)."""
    stop = stop_words(code)
    return frozenset(word for word in folded_words(_outside(text, names))
                     if len(word) >= 4 and not word.isdigit() and word not in stop)


def _outside(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The parts of ``text`` outside ``spans``, joined by spaces (so no two words around a span become one)."""
    pieces, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    return " ".join(pieces)


def told_days(dates: Iterable[str | None], day: dt.date) -> tuple[tuple[int, float], ...]:
    """Step 1: the days the events of an article are dated to, each with its share of those events; the article's
    own day when none is dated to the day (a month, a week or no date tells none)."""
    counts = Counter(ordinal for ordinal in map(_ordinal, dates) if ordinal is not None)
    if not counts:
        counts[day.toordinal()] = 1
    total = sum(counts.values())
    return tuple((ordinal, count / total) for ordinal, count in sorted(counts.items()))


def _ordinal(value: str | None) -> int | None:
    """The day of a ``YYYY-MM-DD…`` date as an ordinal; None for a less precise or malformed one."""
    if value is None or not _DAY.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def agreement(first: tuple[tuple[int, float], ...], second: tuple[tuple[int, float], ...]) -> float:
    """Step 3: how much two articles' told days agree, from 0 (none within a day of the other's) to 1 (all on one
    day): each pair of days weighs its two shares, a day apart counts ``NEXT_DAY``."""
    closeness = {0: 1.0, 1: NEXT_DAY}
    return sum(share * other_share * closeness.get(abs(ordinal - other), 0.0)
               for ordinal, share in first for other, other_share in second)


def similarity(first: Features, second: Features, weights: dict[int, float]) -> float:
    """Step 3 of the module docstring: the content similarity (rarity-weighted entity Jaccard blended with
    vocabulary Jaccard) times the agreement of the told days, lifted to ``TIME_FLOOR``."""
    union = first.entities | second.entities
    weight_of_union = sum(weights.get(entity, 1.0) for entity in union)
    shared = sum(weights.get(entity, 1.0) for entity in first.entities & second.entities)
    entity_score = shared / weight_of_union if weight_of_union else 0.0
    words = first.words | second.words
    word_score = len(first.words & second.words) / len(words) if words else 0.0
    content = ENTITY_WEIGHT * entity_score + (1 - ENTITY_WEIGHT) * word_score
    return content * (TIME_FLOOR + (1 - TIME_FLOOR) * agreement(first.told, second.told))


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
        self._features.pop(article.id, None)
        self._load({article.id: article_day(article)})
        return self._features[article.id]

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
        """Describe stored articles (this builder's new one, or those stored by an earlier ingest), by their day."""
        if not days:
            return
        entities: dict[int, set[int]] = {article_id: set() for article_id in days}
        for article_id, entity_id in self.session.execute(
                select(ArticleEntity.article_id, ArticleEntity.entity_id).where(ArticleEntity.article_id.in_(days))):
            entities[article_id].add(entity_id)
        names: dict[int, list[tuple[int, int]]] = {article_id: [] for article_id in days}
        for article_id, start, end in self.session.execute(
                select(Mention.article_id, Mention.start, Mention.end)
                .where(Mention.article_id.in_(days), Mention.kind == "name")):
            names[article_id].append((start, end))
        dates: dict[int, list[str | None]] = {article_id: [] for article_id in days}
        for article_id, date in self.session.execute(
                select(Event.article_id, Event.date).where(Event.article_id.in_(days), Event.modality.in_(TOLD))):
            dates[article_id].append(date)
        rows = self.session.execute(select(Article.id, Article.text, Article.lang).where(Article.id.in_(days)))
        for article_id, text, code in rows:
            self._features[article_id] = Features(days[article_id], frozenset(entities[article_id]),
                                                  vocabulary(text, code, names[article_id]),
                                                  told_days(dates[article_id], days[article_id]))

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
