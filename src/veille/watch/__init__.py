"""Watches and alerts: saved queries over what veille extracts, matched against every new article, and what they
find sent once, by Apprise (webhooks, e-mail, ntfy, Slack…) and in an Atom feed per watch.

    add_watch(store, WatchSpec("Poutine", entity="Q7747", notify="json://localhost:8080/hook"))
    ingest(store, items, analyse=analyse, after_batch=after_batch(store, public_url))

The package sits above the store: ``veille.store.ingest`` calls ``after_batch`` once each batch is committed,
and knows nothing of watches. ``matching`` finds what is new, ``delivery`` sends it and keeps the failures,
``feeds`` writes the feeds, ``watches`` makes and lists them. See docs/watch.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from .delivery import BACKOFF, DeliveryReport, deliver_due, notifications, send
from .feeds import atom_feed
from .matching import match_new_articles
from .watches import (WatchError, WatchSpec, WatchView, add_watch, find_watch, hidden_password, list_watches,
                      remove_watch)

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)

__all__ = [
    "BACKOFF", "DeliveryReport", "WatchError", "WatchSpec", "WatchView", "add_watch", "after_batch", "atom_feed",
    "deliver_due", "find_watch", "hidden_password", "list_watches", "match_new_articles", "notifications",
    "remove_watch", "run_watches", "send",
]


def run_watches(store: Store, public_url: str) -> None:
    """Match the new articles, then send what is due. Never raises: a watch must not fail an ingest, whatever
    goes wrong in it (a bug, a database error, a library's surprise); what went wrong is logged, and what was not
    matched or sent is found again by the next run."""
    try:
        match_new_articles(store)
        deliver_due(store, public_url=public_url)
    except Exception:  # noqa: BLE001 — see the docstring: the ingest goes on
        log.exception("watches: matching or delivery failed; the next ingest tries again")


def after_batch(store: Store, public_url: str) -> Callable[[], None]:
    """The ``after_batch`` hook of ``veille.store.ingest`` that runs the watches."""
    return lambda: run_watches(store, public_url)
