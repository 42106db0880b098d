"""A watch's Atom feed (``/watches/{id}.atom``): its latest notifications, whatever their delivery, so that any
feed reader follows a watch without a notification service."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ..store.models import Watch
from .delivery import notifications
from .render import article_link, facts_text

FEED_ENTRIES = 50


def atom_feed(session: Session, watch_id: int, public_url: str) -> bytes | None:
    """The watch's feed as Atom XML; None when there is no such watch."""
    from feedgen.feed import FeedGenerator

    watch = session.get(Watch, watch_id)
    if watch is None:
        return None
    feed = FeedGenerator()
    feed.id(f"{public_url}/watches/{watch.id}.atom")
    feed.title(f"veille · {watch.name}")
    feed.link(href=f"{public_url}/watches/{watch.id}.atom", rel="self")
    feed.language("fr")
    found = notifications(session, watch.id, limit=FEED_ENTRIES)
    feed.updated(_utc(found[0][0].created_at) if found else _utc(watch.created_at))
    for notification, _name, title in reversed(found):  # feedgen puts the last added first
        entry = feed.add_entry()
        entry.id(f"{public_url}/watches/{watch.id}/{notification.id}")
        entry.title(title or f"article {notification.article_id}")
        entry.link(href=article_link(public_url, notification.article_id))
        entry.updated(_utc(notification.created_at))
        entry.content(facts_text(notification), type="text")
    return feed.atom_str(pretty=True)


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite gives datetimes back without their zone: they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
