"""Coordinates for the drawings of the entity and story pages, drawn as inline SVG by the templates (no script
library: the pages work offline and without JavaScript).

- an entity's timeline: one bar per day the entity is mentioned, its height the number of mentions;
- a relations graph: the entity in the middle, the entities seen with it around, each edge as thick as the
  number of articles they share;
- a story's timeline: one dot per dated article, quote or event on a day axis, one row per kind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import datetime as dt

from ..store import DayArticles, DayCount, EntityRef, TimelineItem

WIDTH, HEIGHT = 640, 160
GRAPH_SIZE = 360


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    day: str
    mentions: int
    articles: int


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    item: TimelineItem


@dataclass(frozen=True)
class Node:
    x: float
    y: float
    entity: EntityRef
    weight: float  # edge width, 1 to 6


def timeline_bars(days: list[DayCount]) -> list[Bar]:
    """One bar per dated day, left to right in date order, scaled to the busiest day."""
    dated = sorted((day for day in days if day.day), key=lambda day: day.day)
    if not dated:
        return []
    most = max(day.mentions for day in dated) or 1
    step = WIDTH / len(dated)
    bars = []
    for index, day in enumerate(dated):
        height = max(2.0, (HEIGHT - 30) * day.mentions / most)
        bars.append(Bar(index * step + 2, HEIGHT - 20 - height, max(step - 4, 2), height, day.day, day.mentions,
                        day.articles))
    return bars


def day_bars(days: list[DayArticles]) -> list[Bar]:
    """Articles per day as bars (as ``timeline_bars``, the height the number of articles)."""
    return timeline_bars([DayCount(day.day, day.articles, day.articles) for day in days])


def relation_nodes(neighbours: list[EntityRef]) -> list[Node]:
    """The co-occurring entities on a circle around the centre, the most shared first (at the top)."""
    if not neighbours:
        return []
    most = max(ref.articles for ref in neighbours) or 1
    radius = GRAPH_SIZE / 2 - 50
    centre = GRAPH_SIZE / 2
    nodes = []
    for index, ref in enumerate(neighbours):
        angle = -math.pi / 2 + 2 * math.pi * index / len(neighbours)
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        nodes.append(Node(round(x, 1), round(y, 1), ref, 1 + 5 * ref.articles / most))
    return nodes


STORY_ROWS = {"article": 30, "quote": 70, "event": 110}


def story_points(items: list[TimelineItem]) -> list[Point]:
    """One dot per dated item: x by day between the story's first and last, y by kind (articles, quotes, events)."""
    dated = [item for item in items if item.date and len(item.date) >= 10 and item.kind in STORY_ROWS]
    if not dated:
        return []
    days = [dt.date.fromisoformat(item.date[:10]) for item in dated]
    first, span = min(days), max((max(days) - min(days)).days, 1)
    return [Point(round(20 + (WIDTH - 40) * (day - first).days / span, 1), STORY_ROWS[item.kind], item)
            for day, item in zip(days, dated)]
