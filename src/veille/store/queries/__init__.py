"""What one can ask the store, by family: articles (search, one article), entities (who a name is, a profile, a
timeline), quotes, events and stories. The CLI, the API and the web pages call these.

Every function takes a SQLAlchemy ``Session`` and returns plain dataclasses (``dataclasses.asdict`` gives their
JSON), with dates as ``YYYY-MM-DD`` strings and offsets into the article text for every quote, mention and event,
so that a caller can always show the words that prove a result.

An entity is named by its store id (``"12"``), its Wikidata id (``"Q7747"``) or any name it was mentioned by
(``"Poutine"``, accents and case ignored), else the last words of such a name (``"Stoltenberg"``); a name may
fit several entities, most mentioned first.
"""

from .articles import SEARCH_SORTS, ArticleHit, ArticleView, Near, SearchResult, article_view, search
from .common import ArticleRef, EntityRef, find_entities
from .entities import (ENTITY_SORTS, DayCount, EntityIndex, EntityProfile, EntityStat, Timeline, TimelineItem,
                       entity_index, entity_profile, timeline)
from .events import EVENT_SORTS, EventFact, EventItem, EventResult, events
from .outlets import OUTLET_SORTS, OutletList, OutletStat, outlets
from .places import PlacePoint, article_places, entity_places, search_places, story_places
from .quotes import QUOTE_SORTS, QuoteItem, QuoteResult, quotes
from .trends import (QUADS, DayArticles, DayTypeCount, EventNetwork, NetworkEdge, articles_per_day, event_network,
                     events_per_day, plover_quads)
from .stories import STORY_SORTS, StoryArticleItem, StoryDetail, StoryList, StoryRef, list_stories, story, story_of_article

__all__ = [
    "ENTITY_SORTS", "EVENT_SORTS", "OUTLET_SORTS", "QUOTE_SORTS", "SEARCH_SORTS", "STORY_SORTS", "ArticleHit", "ArticleRef", "ArticleView", "DayArticles",
    "DayCount", "EntityIndex", "EntityProfile", "EntityRef", "EntityStat", "EventFact", "EventItem", "EventResult", "EventNetwork", "DayTypeCount", "NetworkEdge", "QUADS",
    "Near", "OutletList", "OutletStat", "PlacePoint", "QuoteItem", "QuoteResult", "SearchResult", "StoryArticleItem",
    "StoryDetail", "StoryList", "StoryRef", "Timeline", "TimelineItem", "article_places", "articles_per_day", "event_network", "events_per_day", "plover_quads", "article_view", "entity_index",
    "entity_places", "entity_profile", "events", "find_entities", "list_stories", "outlets", "quotes", "search",
    "search_places", "story", "story_of_article", "story_places", "timeline",
]
