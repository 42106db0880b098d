"""Sending what the watches found, through Apprise (one URL per watch: a JSON webhook, e-mail, ntfy, Slack…), and
keeping every failure.

1. A notification is due when it is ``pending`` (made by matching), or ``retrying`` and its ``next_try_at`` has
   come; a daily-digest watch's pending notifications are due once their day (UTC) is over, all of them in one
   message: the first ingest of a day sends the day before's digest, ``veille watch send-digests`` sends what is
   waiting at once.
2. Due notifications are claimed in a short write transaction (status ``sending``, for ``LEASE`` minutes), sent
   outside any transaction, and their outcome written in another: two processes never send one twice, and one that
   dies while sending leaves them to be claimed again when the lease ends.
3. A failed message is tried again after ``BACKOFF[attempts - 1]``; after ``len(BACKOFF) + 1`` attempts it is
   ``failed``, and stays listed with its last error (``veille watch log``) until ``veille watch retry --all``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.models import Article, Watch, WatchNotification

log = logging.getLogger(__name__)
BACKOFF = (dt.timedelta(minutes=1), dt.timedelta(minutes=5), dt.timedelta(minutes=30), dt.timedelta(hours=2),
           dt.timedelta(hours=6), dt.timedelta(hours=12))
LEASE = dt.timedelta(minutes=10)
TIMEOUT_S = 15


@dataclass
class DeliveryReport:
    """What one delivery round did: messages sent and failed, and the notifications they carried."""

    sent: int = 0
    failed: int = 0
    notifications: int = 0


@dataclass
class _Message:
    watch_id: int
    url: str
    title: str
    body: str
    notification_ids: list[int]


def deliver_due(store: Store, *, public_url: str, now: dt.datetime | None = None, digests_now: bool = False,
                retry_all: bool = False) -> DeliveryReport:
    """Send every due notification (rule 1) and record how it went.

    public_url (str): where ``veille serve`` is reached: the article links are ``{public_url}/articles/{id}``.
    digests_now (bool): send the digests waiting, today's too (``veille watch send-digests``).
    retry_all (bool): retry the retrying and failed ones now, whatever their next try.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    report = DeliveryReport()
    for message in _claim(store, public_url, now, digests_now, retry_all):
        error = send(message.url, message.title, message.body)
        _record(store, message, error, dt.datetime.now(dt.timezone.utc))
        report.notifications += len(message.notification_ids)
        if error is None:
            report.sent += 1
        else:
            report.failed += 1
            log.warning("watch %s: a notification could not be sent: %s", message.watch_id, error)
    return report


def send(url: str, title: str, body: str) -> str | None:
    """Send one message to an Apprise URL; RETURNS None when it went, else why it did not (Apprise's own log)."""
    import apprise

    sender = apprise.Apprise()
    if not sender.add(url):
        return "no notification service reads this URL"
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
        sent = sender.notify(body=body, title=title, body_format=apprise.NotifyFormat.TEXT, timeout=TIMEOUT_S)
        errors = captured.getvalue().strip()
    return None if sent else (errors.splitlines()[-1] if errors else "the service refused the message")


def _claim(store: Store, public_url: str, now: dt.datetime, digests_now: bool, retry_all: bool) -> list[_Message]:
    """The due notifications as messages, marked ``sending`` until ``now + LEASE`` (rule 2)."""
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    waiting = WatchNotification.status == "pending"
    retrying = WatchNotification.status.in_(("retrying", "sending", "failed") if retry_all else ("retrying", "sending"))
    tried_again = and_(retrying, or_(WatchNotification.next_try_at <= now, retry_all))
    digest_done = or_(WatchNotification.created_at < day_start, digests_now)
    due = or_(and_(waiting, Watch.digest.is_(None)), and_(waiting, digest_done), tried_again)
    query = (select(WatchNotification, Watch, Article.title).join(Watch).join(Article)
             .where(due, Watch.notify.is_not(None)).order_by(WatchNotification.id))
    with store.write() as session:
        rows = session.execute(query).all()
        for notification, _watch, _title in rows:
            notification.status, notification.next_try_at = "sending", now + LEASE
        return _messages(rows, public_url)


def _messages(rows, public_url: str) -> list[_Message]:
    """One message per notification, or per digest watch for all of its notifications."""
    from .render import digest_message, notification_message

    digests: dict[int, list] = defaultdict(list)
    messages = []
    for notification, watch, title in rows:
        if watch.digest:
            digests[watch.id].append((notification, watch, title))
            continue
        subject, body = notification_message(watch, notification, title, public_url)
        messages.append(_Message(watch.id, watch.notify, subject, body, [notification.id]))
    for watch_id, items in digests.items():
        watch = items[0][1]
        subject, body = digest_message(watch, [(notification, title) for notification, _, title in items], public_url)
        messages.append(_Message(watch_id, watch.notify, subject, body, [item[0].id for item in items]))
    return messages


def _record(store: Store, message: _Message, error: str | None, now: dt.datetime) -> None:
    """Write a message's outcome on each of its notifications (rule 3)."""
    with store.write() as session:
        for notification in session.scalars(select(WatchNotification)
                                            .where(WatchNotification.id.in_(message.notification_ids))):
            _outcome(notification, error, now)


def _outcome(notification: WatchNotification, error: str | None, now: dt.datetime) -> None:
    notification.attempts += 1
    if error is None:
        notification.status, notification.sent_at, notification.next_try_at = "sent", now, None
        notification.last_error = None
        return
    notification.last_error = error[:2000]
    if notification.attempts > len(BACKOFF):
        notification.status, notification.next_try_at = "failed", None
    else:
        notification.status = "retrying"
        notification.next_try_at = now + BACKOFF[notification.attempts - 1]


def notifications(session: Session, watch_id: int | None = None, *, status: str | None = None,
                  limit: int = 50) -> list[tuple[WatchNotification, str, str | None]]:
    """The latest notifications (of one watch, of one status), with their watch's name and article's title."""
    query = (select(WatchNotification, Watch.name, Article.title).join(Watch).join(Article)
             .order_by(WatchNotification.id.desc()).limit(limit))
    if watch_id is not None:
        query = query.where(WatchNotification.watch_id == watch_id)
    if status is not None:
        query = query.where(WatchNotification.status == status)
    return list(session.execute(query).all())
