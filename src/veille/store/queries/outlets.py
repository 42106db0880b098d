"""Outlets (the URL hosts articles come from): how many articles each has, over which days, and the corpus's
articles per day."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Article
from .common import day, sort_keys, sort_order
from .trends import DayArticles, articles_per_day


@dataclass
class OutletStat:
    """An outlet (``None``: articles without a URL) and its articles' count and first and last days."""

    source: str | None
    articles: int
    first_date: str | None
    last_date: str | None


@dataclass
class OutletList:
    total: int
    limit: int
    offset: int
    outlets: list[OutletStat]
    per_day: list[DayArticles]


_OUTLET_ORDERS = ("articles", "source", "first_date", "last_date")
OUTLET_SORTS = sort_keys(_OUTLET_ORDERS)
"""How outlets may be sorted: a column, ``-`` first for the largest (or latest) first."""


def outlets(session: Session, *, source: str | None = None, sort: str = "-articles", limit: int | None = 20,
            offset: int = 0) -> OutletList:
    """The outlets with their article counts, and the articles published per day (of ``source`` only, when
    given), in two grouped queries and a count.

    sort (str): one of ``OUTLET_SORTS`` (default: the most articles first); ties go by name.
    """
    where = [Article.source == source] if source is not None else []
    count = func.count(Article.id)
    columns = {"articles": count, "source": Article.source, "first_date": func.min(Article.dct),
               "last_date": func.max(Article.dct)}
    order = sort_order(columns, sort)
    grouped = select(Article.source, count, columns["first_date"], columns["last_date"]).where(*where)
    total = session.scalar(select(func.count()).select_from(grouped.group_by(Article.source).subquery()))
    page = grouped.group_by(Article.source).order_by(order, Article.source).limit(limit).offset(offset)
    return OutletList(total=total or 0, limit=limit, offset=offset,
                      outlets=[OutletStat(name, n, day(first), day(last)) for name, n, first, last in
                               session.execute(page)],
                      per_day=articles_per_day(session, source=source))
