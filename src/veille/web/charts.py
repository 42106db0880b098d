"""Coordinates for the drawings of the pages, drawn as inline SVG by the templates (no script library: the pages
work offline and without JavaScript; every bar and edge holds its values in a ``<title>``, shown on hover):

- counts over time (``time_chart``): a column per day (per week, per month when the range is long, so that
  columns stay wide enough to read), stacked by key (an event's type, a story's kind of fact), over a dated x axis
  (French dates) and a count y axis, both with round ticks;
- an entity's relations (``relation_nodes``): the entity in the middle, the entities seen with it on a ring
  around, each edge as thick as the number of articles they share;
- who acts on whom (``network_drawing``): actors and targets on the same ring, an arrow from each actor to each target,
  as thick as their number of events and coloured by the PLOVER quad class of most of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from ..api.views import MONTHS, french_date
from ..store import EntityRef, NetworkEdge

WIDTH, HEIGHT = 640, 220
NETWORK_WIDTH, NETWORK_HEIGHT = 640, 440
LABEL_ROOM = 140  # beside the network's circle: its names, written outwards
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 34  # the plot's margins: room for the count ticks and the date ticks
MIN_COLUMNS = 12  # a short range is drawn over at least this many days (weeks…), so one day is not a wall
MAX_X_TICKS = 5  # room for each label, the first one's year included, even on a phone
SHORT_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Segment:
    """One key's part of a column: its box, its key and its count."""

    y: float
    height: float
    key: str
    count: int


@dataclass(frozen=True)
class Column:
    """The counts of one day (week, month): its box, the period it stands for, in words, and its stacked parts."""

    x: float
    width: float
    period: str
    total: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class TimeChart:
    columns: tuple[Column, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    keys: tuple[str, ...]
    unit: str  # "jour", "semaine" or "mois": what a column counts
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom: float = HEIGHT - BOTTOM
    right: float = WIDTH - RIGHT


def time_chart(counts: list[tuple[str, str, int]], keys: tuple[str, ...] = ()) -> TimeChart | None:
    """Counts per (day, key) as stacked columns on a dated axis; None when no count is dated.

    counts (list): ``(YYYY-MM-DD, key, count)`` triples, in any order.
    keys (tuple): the keys in stacking order, bottom first; the chart's ``keys`` are those met, in this order, then
        any other in alphabetical order.
    """
    dated = [(dt.date.fromisoformat(day), key, count) for day, key, count in counts if day and count > 0]
    if not dated:
        return None
    first, last = min(day for day, _, _ in dated), max(day for day, _, _ in dated)
    unit = _unit(first, last)
    totals: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, key, count in dated:
        totals[_period_start(day, unit)][key] += count
    seen = {key for _, key, _ in dated}
    order = tuple(key for key in keys if key in seen) + tuple(sorted(seen - set(keys)))
    start, end = _domain(_period_start(first, unit), _period_start(last, unit), unit)
    top, y_ticks = _count_axis(max(sum(parts.values()) for parts in totals.values()))
    scale = _Scale(start, end, top)
    columns = tuple(_column(scale, period, unit, parts, order) for period, parts in sorted(totals.items()))
    return TimeChart(columns, _date_ticks(scale, unit), tuple(Tick(scale.y(value), f"{value:,}".replace(",", " "))
                                                              for value in y_ticks), order, unit)


@dataclass(frozen=True)
class _Scale:
    start: dt.date
    end: dt.date
    top: int

    def x(self, day: dt.date) -> float:
        span = (self.end - self.start).days or 1
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - self.start).days / span, 1)

    def y(self, count: float) -> float:
        return round(HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * count / self.top, 1)


def _unit(first: dt.date, last: dt.date) -> str:
    span = (last - first).days
    return "jour" if span <= 92 else "semaine" if span <= 2 * 366 else "mois"


def _period_start(day: dt.date, unit: str) -> dt.date:
    if unit == "jour":
        return day
    if unit == "semaine":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _next_period(day: dt.date, unit: str) -> dt.date:
    if unit == "mois":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=1 if unit == "jour" else 7)


def _domain(first: dt.date, last: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """From the first period's start to the last one's end, widened to ``MIN_COLUMNS`` periods (half before)."""
    periods = [first]
    while periods[-1] < last:
        periods.append(_next_period(periods[-1], unit))
    start, end = first, _next_period(last, unit)
    missing = MIN_COLUMNS - len(periods)
    for _ in range(max(missing, 0) // 2):
        start = _period_start(start - dt.timedelta(days=1), unit)
    for _ in range(max(missing, 0) - max(missing, 0) // 2):
        end = _next_period(end, unit)
    return start, end


def _column(scale: _Scale, period: dt.date, unit: str, parts: dict[str, int], order: tuple[str, ...]) -> Column:
    x, x_end = scale.x(period), scale.x(_next_period(period, unit))
    gap = min(2.0, (x_end - x) / 4)
    segments, below = [], 0
    for key in order:
        count = parts.get(key, 0)
        if count:
            y = scale.y(below + count)
            segments.append(Segment(y, round(max(scale.y(below) - y, 1.0), 1), key, count))
            below += count
    return Column(round(x + gap / 2, 1), round(max(x_end - x - gap, 1.0), 1), _period_words(period, unit),
                  sum(parts.values()), tuple(segments))


def _period_words(period: dt.date, unit: str) -> str:
    if unit == "jour":
        return french_date(period.isoformat())
    if unit == "semaine":
        return f"semaine du {french_date(period.isoformat())}"
    return f"{MONTHS[period.month - 1]} {period.year}"


def _count_axis(most: int) -> tuple[int, list[int]]:
    """The top of the count axis and its ticks: 0 and multiples of a round step (1, 2 or 5 times a power of ten),
    four or five of them, the top one at or above ``most``."""
    step = 1
    while most / step > 5:
        step = _next_round(step)
    top = max(step, -(-most // step) * step)
    return top, list(range(0, top + 1, step))


def _next_round(step: int) -> int:
    """1 → 2 → 5 → 10 → 20 → 50…"""
    head = int(str(step)[0])
    return step * 5 // 2 if head == 2 else step * 2


def _date_ticks(scale: _Scale, unit: str) -> tuple[Tick, ...]:
    """Round dates within the axis, at most ``MAX_X_TICKS``: days (every 1, 2, 3, 7, 14 days) over a short range,
    first days of months (every 1, 2, 3, 6, 12 months) over a long one; the year is written on the first tick and
    on each tick of a new year."""
    days = (scale.end - scale.start).days
    if unit == "jour" and days <= 62:
        step = next((n for n in (1, 2, 3, 7, 14) if days / n <= MAX_X_TICKS), 28)
        dates = [scale.start + dt.timedelta(days=n) for n in range(0, days, step)]
    else:
        months = days / 30.4
        step = next((n for n in (1, 2, 3, 6, 12) if months / n <= MAX_X_TICKS), 24)
        month = scale.start.replace(day=1)
        if month < scale.start:
            month = _next_period(month, "mois")
        dates = []
        while month < scale.end:
            if (month.month - 1) % step == 0:
                dates.append(month)
            month = _next_period(month, "mois")
    ticks, year = [], None
    for date in dates:
        day = "1er" if date.day == 1 else str(date.day)
        label = SHORT_MONTHS[date.month - 1] if unit != "jour" or days > 62 else f"{day} {SHORT_MONTHS[date.month - 1]}"
        if date.year != year:
            label, year = f"{label} {date.year}", date.year
        ticks.append(Tick(scale.x(date), label))
    return tuple(ticks)


@dataclass(frozen=True)
class Spot:
    """A name's place on a ring: its dot, and where its label goes (outwards) and which way it reads."""

    x: float
    y: float
    label_x: float
    label_y: float
    anchor: str


def _ring(count: int) -> list[Spot]:
    """``count`` spots clockwise from the top of an ellipse in a ``NETWORK_WIDTH`` × ``NETWORK_HEIGHT`` drawing,
    with ``LABEL_ROOM`` left on either side for the names, written away from the centre."""
    cx, cy = NETWORK_WIDTH / 2, NETWORK_HEIGHT / 2
    rx, ry = cx - LABEL_ROOM, cy - 40
    spots = []
    for index in range(count):
        angle = -math.pi / 2 + 2 * math.pi * index / count
        cos, sin = math.cos(angle), math.sin(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        spots.append(Spot(round(cx + rx * cos, 1), round(cy + ry * sin, 1), round(cx + (rx + 10) * cos, 1),
                          round(cy + (ry + 10) * sin + 4 + (10 if sin > 0.9 else 0), 1), anchor))
    return spots


@dataclass(frozen=True)
class Node:
    spot: Spot
    entity: EntityRef
    weight: float  # edge width, 1 to 6


def relation_nodes(neighbours: list[EntityRef]) -> list[Node]:
    """The co-occurring entities on a ring around the centre, the most shared first (at the top)."""
    if not neighbours:
        return []
    most = max(ref.articles for ref in neighbours) or 1
    return [Node(spot, ref, 1 + 5 * ref.articles / most) for spot, ref in zip(_ring(len(neighbours)), neighbours)]


@dataclass(frozen=True)
class NetworkNode:
    """An actor or target: its spot on the ring, its name, its events in the drawn pairs."""

    id: int
    name: str
    spot: Spot
    events: int


@dataclass(frozen=True)
class NetworkArrow:
    """An edge as a curve from actor to target (``path``), its width and its edge's facts."""

    path: str
    width: float
    edge: NetworkEdge
    source: str
    target: str


@dataclass(frozen=True)
class NetworkDrawing:
    nodes: tuple[NetworkNode, ...]
    arrows: tuple[NetworkArrow, ...]
    width: int = NETWORK_WIDTH
    height: int = NETWORK_HEIGHT


def network_drawing(edges: list[NetworkEdge]) -> NetworkDrawing | None:
    """The entities of the edges on a circle, the busiest at the top and the others clockwise by their events;
    each edge a curve bending to its right (so that A → B and B → A stay apart), 1.5 to 9 px wide. None without
    edges."""
    if not edges:
        return None
    events: dict[int, int] = defaultdict(int)
    names: dict[int, str] = {}
    for edge in edges:
        for entity_id, name in ((edge.actor_id, edge.actor), (edge.target_id, edge.target)):
            events[entity_id] += edge.events
            names[entity_id] = name
    order = sorted(events, key=lambda entity_id: (-events[entity_id], names[entity_id]))
    nodes = {entity_id: NetworkNode(entity_id, names[entity_id], spot, events[entity_id])
             for entity_id, spot in zip(order, _ring(len(order)))}
    most = max(edge.events for edge in edges)
    arrows = tuple(_arrow(nodes[edge.actor_id], nodes[edge.target_id], edge, most) for edge in edges)
    return NetworkDrawing(tuple(nodes[entity_id] for entity_id in order), arrows)


def _arrow(start: NetworkNode, end: NetworkNode, edge: NetworkEdge, most: int) -> NetworkArrow:
    """A quadratic curve from ``start`` to ``end``, its control point off the middle to the right, stopped short
    of the target's dot so that the arrowhead shows."""
    (x0, y0), (x1, y1) = (start.spot.x, start.spot.y), (end.spot.x, end.spot.y)
    mx, my = (x0 + x1) / 2 - (y1 - y0) * 0.15, (y0 + y1) / 2 + (x1 - x0) * 0.15
    back = math.hypot(x1 - mx, y1 - my) or 1
    tx, ty = x1 - (x1 - mx) * 9 / back, y1 - (y1 - my) * 9 / back
    path = f"M{x0},{y0} Q{round(mx, 1)},{round(my, 1)} {round(tx, 1)},{round(ty, 1)}"
    return NetworkArrow(path, round(1.5 + 7.5 * edge.events / most, 1), edge, start.name, end.name)
