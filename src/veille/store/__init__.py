"""The store: every analysed article and its layers in SQLite (one file under the data dir) or PostgreSQL.

    with Store.open(store_url(data_directory="corpus/")) as store:
        ingest(store, read_inputs(["articles/"]), analyse=veille.pipeline.analyse)
        with store.session() as session:
            search(session, "Pyongyang", speaker="Poutine")

The store depends on ``model`` and ``kb`` (and reads ``ingest``'s two input dataclasses); it never imports the
pipeline: ``ingest`` takes the analysis function as an argument.
"""

from .database import Store, store_url
from .documents import load_document, save_document
from .export import export_csv, export_jsonl, export_parquet, stored_documents
from .ingest import IngestSummary, ingest
from .queries import (
    ArticleHit,
    ArticleRef,
    ArticleView,
    DayCount,
    EntityProfile,
    EntityRef,
    EventFact,
    EventItem,
    EventResult,
    QuoteItem,
    QuoteResult,
    Near,
    PlacePoint,
    SearchResult,
    StoryArticleItem,
    StoryDetail,
    StoryList,
    StoryRef,
    Timeline,
    TimelineItem,
    article_places,
    article_view,
    entity_places,
    entity_profile,
    events,
    find_entities,
    list_stories,
    quotes,
    search,
    search_places,
    story,
    story_of_article,
    story_places,
    timeline,
)

__all__ = [
    "ArticleHit",
    "ArticleRef",
    "ArticleView",
    "DayCount",
    "EntityProfile",
    "EntityRef",
    "EventFact",
    "EventItem",
    "EventResult",
    "IngestSummary",
    "QuoteItem",
    "QuoteResult",
    "Near",
    "PlacePoint",
    "SearchResult",
    "Store",
    "StoryArticleItem",
    "StoryDetail",
    "StoryList",
    "StoryRef",
    "Timeline",
    "TimelineItem",
    "article_places",
    "article_view",
    "entity_places",
    "entity_profile",
    "events",
    "export_csv",
    "export_jsonl",
    "export_parquet",
    "find_entities",
    "ingest",
    "list_stories",
    "load_document",
    "quotes",
    "save_document",
    "search",
    "search_places",
    "store_url",
    "stored_documents",
    "story",
    "story_of_article",
    "story_places",
    "timeline",
]
