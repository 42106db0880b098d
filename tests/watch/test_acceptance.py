"""The acceptance of issue #16 against real local servers: the example corpus ingested with a watch on Vladimir
Poutine (by Wikidata id) and one on ASSAULT events involving Ukraine; each expected article notified exactly
once, nothing more for a re-ingest or a near-duplicate; e-mail delivered after the SMTP server comes back; and
the watch's Atom feed read by feedparser."""

from __future__ import annotations

import dataclasses
import re

import feedparser
import pytest
from sqlalchemy import select

from veille.ingest import read_inputs
from veille.store import events
from veille.store.duplicates import duplicates_of
from veille.store.models import ArticleEntity, DuplicateMember, Entity, WatchNotification
from veille.watch import WatchSpec, add_watch, atom_feed, deliver_due, list_watches

from .conftest import DEMO_CORPUS, PUBLIC_URL

pytestmark = pytest.mark.issue(16)
_LINK = re.compile(re.escape(PUBLIC_URL) + r"/articles/([0-9]+)")


def _linked(messages: list[dict]) -> list[int]:
    return [int(_LINK.search(message["message"])[1]) for message in messages]


def _first_of_each_text(session, article_ids: set[int]) -> set[int]:
    """The articles a watch must notify: of near-duplicates, only the first stored."""
    copies = duplicates_of(session, sorted(article_ids))
    kept: set[int] = set()
    for article_id in sorted(article_ids):
        if not kept & set(copies[article_id]):
            kept.add(article_id)
    return kept


def _expected(store) -> tuple[set[int], set[int]]:
    with store.session() as session:
        poutine = set(session.scalars(select(ArticleEntity.article_id).join(Entity).where(Entity.kb_id == "Q7747")))
        assaults = {event.article_id for event in events(session, type="ASSAULT", entity="Q212", limit=100).events}
        return _first_of_each_text(session, poutine), _first_of_each_text(session, assaults)


def _near_duplicate():
    """The corpus's first article as another outlet rewrites it: a new URL and a sentence before the same body."""
    original = next(iter(read_inputs([DEMO_CORPUS])))
    text = "Comme le rapporte l'agence de presse, la visite a été confirmée dimanche.\n\n" + original.text
    return dataclasses.replace(original, id="copie", url="https://autre-journal.example/copie", text=text,
                               origin="copie")


def test_watch_acceptance_each_expected_article_is_notified_once_then_never_again(store, ingest_demo, webhook):
    add_watch(store, WatchSpec("Poutine", entity="Q7747", notify=webhook.url("/poutine")))
    add_watch(store, WatchSpec("Assauts en Ukraine", event_type="ASSAULT", entity="Q212",
                               notify=webhook.url("/ukraine")))
    ingest_demo()
    poutine, assaults = _expected(store)
    assert len(poutine) >= 5 and assaults
    assert sorted(_linked(webhook.messages("/poutine"))) == sorted(poutine)
    assert sorted(_linked(webhook.messages("/ukraine"))) == sorted(assaults)
    first = next(body for body in webhook.messages("/ukraine"))
    assert "Assauts en Ukraine" in first["title"] and "ASSAULT" in first["message"] and "→ Ukraine" in first["message"]

    received = len(webhook.received)
    assert ingest_demo().stored == 0
    copy = _near_duplicate()
    assert ingest_demo([copy]).stored == 1
    assert len(webhook.received) == received
    with store.session() as session:
        grouped = session.scalars(select(DuplicateMember.article_id)).all()
        assert len(grouped) >= 2  # the copy joined its original's group: that is why it was not notified
        statuses = set(session.scalars(select(WatchNotification.status)))
    assert statuses == {"sent"}


def test_watch_acceptance_mail_is_delivered_after_the_smtp_server_comes_back(store, ingest_demo, mailbox):
    add_watch(store, WatchSpec("Poutine par courriel", entity="Poutine", notify=mailbox.url()))
    ingest_demo()
    assert mailbox.messages == []
    with store.session() as session:
        rows = session.scalars(select(WatchNotification)).all()
        assert rows and {row.status for row in rows} == {"retrying"}
        assert all(row.attempts == 1 and row.next_try_at is not None and row.last_error for row in rows)

    mailbox.start()
    report = deliver_due(store, public_url=PUBLIC_URL)
    assert report.sent == 0  # not due yet: the back-off holds
    report = deliver_due(store, public_url=PUBLIC_URL, retry_all=True)
    assert report.sent == len(rows) == len(mailbox.messages) and report.failed == 0
    assert all("Subject:" in message and "Poutine" in message for message in mailbox.messages)
    with store.session() as session:
        assert {row.status for row in session.scalars(select(WatchNotification))} == {"sent"}
        assert list_watches(session)[0].notifications == {"sent": len(rows)}


def test_watch_acceptance_atom_feed_lists_what_the_watch_found(store, ingest_demo):
    watch = add_watch(store, WatchSpec("Poutine en flux", entity="Q7747"))
    ingest_demo()
    poutine, _ = _expected(store)
    with store.session() as session:
        parsed = feedparser.parse(atom_feed(session, watch.id, PUBLIC_URL))
    assert parsed.bozo == 0 and parsed.feed.title == "veille · Poutine en flux"
    assert sorted(int(_LINK.search(entry.link)[1]) for entry in parsed.entries) == sorted(poutine)
    assert all("Vladimir Poutine" in entry.content[0].value for entry in parsed.entries)
