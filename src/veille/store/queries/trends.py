"""Attention over time and who acts on whom: the articles per day of a search (words, an entity, an outlet), the
events per PLOVER type per day, and the network of actors and targets of a list of events, each edge with the
PLOVER quad class of its events (``data/plover_quads.tsv``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session, aliased

from ...errors import DataFileError
from ...lexicon import read_tsv
from ...model import PLOVER_TYPES
from ..models import Article, Entity, Event, EventEntity
from .articles import matching_articles
from .common import day
from .events import event_conditions

QUADS_FILE = Path(__file__).resolve().parents[1] / "data" / "plover_quads.tsv"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
NETWORK_EVENTS = 5_000  # the network is drawn from the latest events of the filters, at a cost that does not grow
NETWORK_PAIRS = 30  # the most (actor, target) pairs drawn


@cache
def plover_quads() -> dict[str, str]:
    """Each PLOVER type's quad class, read once; every type of ``PLOVER_TYPES`` must have one of ``QUADS``."""
    quads = {row["type"]: row["quad"] for row in read_tsv(
        QUADS_FILE, ("type", "quad"), required=("type", "quad"),
        validators={"type": lambda value: None if value in PLOVER_TYPES else "not a PLOVER type",
                    "quad": lambda value: None if value in QUADS else f"not one of {', '.join(QUADS)}"})}
    missing = sorted(set(PLOVER_TYPES) - set(quads))
    if missing:
        raise DataFileError(f"{QUADS_FILE.name}: no quad class for {', '.join(missing)} ({QUADS_FILE})")
    return quads


@dataclass
class DayArticles:
    day: str
    articles: int


def articles_per_day(session: Session, q: str | None = None, **filters: Any) -> list[DayArticles]:
    """The dated articles ``search`` finds with these words and filters (its keyword arguments: ``entity``,
    ``source``…), counted per publication day, in date order: attention over time."""
    query = (select(Article.dct, func.count(Article.id))
             .where(Article.id.in_(matching_articles(session, q, **filters)), Article.dct.is_not(None))
             .group_by(Article.dct).order_by(Article.dct))
    return [DayArticles(day(dct), count) for dct, count in session.execute(query)]


@dataclass
class DayTypeCount:
    """How many events of one PLOVER type the articles of one day report."""

    day: str
    type: str
    events: int


def events_per_day(session: Session, **filters: Any) -> list[DayTypeCount]:
    """The events ``events`` lists with these filters (its keyword arguments, without ``sort``), counted per
    publication day and type, in date order (then by type)."""
    count = func.count(Event.id)
    query = (select(Article.dct, Event.type, count).join(Article, Article.id == Event.article_id)
             .where(*event_conditions(session, **filters), Article.dct.is_not(None))
             .group_by(Article.dct, Event.type).order_by(Article.dct, Event.type))
    return [DayTypeCount(day(dct), type, n) for dct, type, n in session.execute(query)]


@dataclass
class NetworkEdge:
    """Events an actor does to a target: how many, how many of each PLOVER type, and the quad class most of them
    are in (ties go to the order of ``QUADS``)."""

    actor_id: int
    actor: str
    target_id: int
    target: str
    events: int
    quad: str
    types: dict[str, int] = field(default_factory=dict)


@dataclass
class EventNetwork:
    """Who acts on whom among the latest ``considered`` events of the filters (at most ``NETWORK_EVENTS``): the
    busiest (actor, target) pairs first."""

    considered: int
    edges: list[NetworkEdge]


def event_network(session: Session, *, latest: int = NETWORK_EVENTS, pairs: int = NETWORK_PAIRS,
                  **filters: Any) -> EventNetwork:
    """The actor → target edges of the latest ``latest`` events ``events`` lists with these filters, weighted by
    their number of events, the ``pairs`` busiest first (then by actor and target ids)."""
    # the window of latest events, its LIMIT written into the SQL: bound, it leaves SQLite to guess, and the plan
    # it then picks reads every event's entities (ten times slower)
    window = (select(Event.id, Event.type).join(Article, Article.id == Event.article_id)
              .where(*event_conditions(session, **filters)).order_by(Event.id.desc())
              .limit(literal_column(str(int(latest)))).subquery())
    actor, target = aliased(EventEntity), aliased(EventEntity)
    query = (select(actor.entity_id, target.entity_id, window.c.type, func.count())
             .select_from(window)
             .join(actor, (actor.event_id == window.c.id) & (actor.role == "actor"))
             .join(target, (target.event_id == window.c.id) & (target.role == "target"))
             .where(actor.entity_id != target.entity_id)
             .group_by(actor.entity_id, target.entity_id, window.c.type))
    by_pair: dict[tuple[int, int], Counter[str]] = {}
    for actor_id, target_id, type, count in session.execute(query):
        by_pair.setdefault((actor_id, target_id), Counter())[type] += count
    busiest = sorted(by_pair.items(), key=lambda item: (-item[1].total(), item[0]))[:pairs]
    names = _names(session, {entity_id for pair, _ in busiest for entity_id in pair})
    considered = session.scalar(select(func.count()).select_from(window)) or 0
    return EventNetwork(considered, [NetworkEdge(a, names[a], t, names[t], types.total(), _main_quad(types),
                                                 dict(sorted(types.items()))) for (a, t), types in busiest])


def _main_quad(types: Counter[str]) -> str:
    quads = plover_quads()
    by_quad = Counter({quad: 0 for quad in QUADS})
    for type, count in types.items():
        by_quad[quads.get(type, QUADS[0])] += count
    return max(QUADS, key=lambda quad: (by_quad[quad], -QUADS.index(quad)))


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Entity.id, Entity.name).where(Entity.id.in_(ids))).all())

