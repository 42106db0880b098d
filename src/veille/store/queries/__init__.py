"""What one can ask the store, by family: articles (search, one article), entities (who a name is, a profile, a
timeline), quotes, events and stories. The CLI, the API and the web pages call these.

Every function takes a SQLAlchemy ``Session`` and returns plain dataclasses (``dataclasses.asdict`` gives their
JSON), with dates as ``YYYY-MM-DD`` strings and offsets into the article text for every quote, mention and event,
so that a caller can always show the words that prove a result.

An entity is named by its store id (``"12"``), its Wikidata id (``"Q7747"``) or any name it was mentioned by
(``"Poutine"``, accents and case ignored), else the last words of such a name (``"Stoltenberg"``); a name may
fit several entities, most mentioned first.
"""

from .articles import ArticleHit, ArticleView, Near, SearchResult, article_view, search
from .common import ArticleRef, EntityRef, find_entities
from .entities import DayCount, EntityProfile, Timeline, TimelineItem, entity_profile, timeline
from .events import EventFact, EventItem, EventResult, events
from .places import PlacePoint, article_places, entity_places, search_places, story_places
from .quotes import QuoteItem, QuoteResult, quotes
from .stories import StoryArticleItem, StoryDetail, StoryList, StoryRef, list_stories, story, story_of_article

__all__ = [
    "ArticleHit", "ArticleRef", "ArticleView", "DayCount", "EntityProfile", "EntityRef", "EventFact", "EventItem",
    "EventResult", "Near", "PlacePoint", "QuoteItem", "QuoteResult", "SearchResult", "StoryArticleItem",
    "StoryDetail", "StoryList", "StoryRef", "Timeline", "TimelineItem", "article_places", "article_view",
    "entity_places", "entity_profile", "events", "find_entities", "list_stories", "quotes", "search",
    "search_places", "story", "story_of_article", "story_places", "timeline",
]
