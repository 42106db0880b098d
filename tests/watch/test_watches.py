"""Watches one criterion at a time, on French sentences written for these tests, and their delivery rules:
daily digests, back-off until given up, and an ingest that a broken watch never fails."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from veille.ingest import Article
from veille.store.models import WatchNotification
from veille.watch import WatchError, WatchSpec, add_watch, deliver_due, hidden_password, list_watches, remove_watch
from veille.watch import delivery

from .conftest import PUBLIC_URL

pytestmark = pytest.mark.issue(16)

TRAM = Article(id="tram", url="https://www.lyon-info.example/tram", title="Le tramway de Villeurbanne",
               dct="2026-11-20", lang="fr",
               text="La maire de Villeurbanne, Cédric Van Styvendael, a inauguré lundi la nouvelle ligne de tramway. "
                    "« Cette ligne changera la vie du quartier », a déclaré Cédric Van Styvendael devant les habitants. "
                    "Les travaux avaient duré trois ans.")


def _notifications(store) -> list[WatchNotification]:
    with store.session() as session:
        return session.scalars(select(WatchNotification).order_by(WatchNotification.id)).all()


@pytest.mark.parametrize("spec, message", [
    (WatchSpec("vide"), "at least one criterion"),
    (WatchSpec("", entity="Q7747"), "name"),
    (WatchSpec("type", event_type="BOMBARDER"), "PLOVER"),
    (WatchSpec("modalité", event_type="ASSAULT", modality="sûr"), "modality"),
    (WatchSpec("pays", country="Ukraine"), "country"),
    (WatchSpec("url", entity="Q7747", notify="pas une adresse"), "URL"),
    (WatchSpec("résumé", entity="Q7747", digest="hebdo"), "digest"),
])
def test_watch_that_could_never_match_or_send_is_refused(store, spec, message):
    with pytest.raises(WatchError, match=message):
        add_watch(store, spec)


def test_watch_names_are_unique_and_a_removed_watch_is_gone(store):
    add_watch(store, WatchSpec("tram", words="tramway"))
    with pytest.raises(WatchError, match="already"):
        add_watch(store, WatchSpec("tram", words="métro"))
    assert remove_watch(store, "tram") and not remove_watch(store, "tram")


def test_watch_listing_hides_the_password_of_its_url():
    assert hidden_password("mailtos://moi:secret@smtp.example:465?to=a@example.com") == \
        "mailtos://moi:***@smtp.example:465?to=a@example.com"
    assert hidden_password("json://localhost:8080/hook") == "json://localhost:8080/hook"


def test_watch_on_words_speaker_and_outlet_each_find_the_article_with_their_fact(store, ingest_demo):
    add_watch(store, WatchSpec("mots", words="nouvelle ligne de tramway"))
    add_watch(store, WatchSpec("orateur", speaker="Cédric Van Styvendael"))
    add_watch(store, WatchSpec("site", source="lyon-info.example"))
    add_watch(store, WatchSpec("mots absents", words="métro"))
    add_watch(store, WatchSpec("autre site", source="lemonde.fr", words="tramway"))
    ingest_demo([TRAM])
    found = {row.watch_id: row.facts["facts"][0] for row in _notifications(store)}
    assert sorted(found) == [1, 2, 3]
    assert found[1]["kind"] == "words" and "nouvelle ligne de tramway" in found[1]["proof"]
    assert found[2]["kind"] == "quote"
    assert found[2]["line"] == "Cédric Van Styvendael : « Cette ligne changera la vie du quartier »"
    assert found[3] == {"kind": "article", "line": "Le tramway de Villeurbanne", "proof": found[3]["proof"],
                        "start": 0, "end": found[3]["end"]}
    assert {row.status for row in _notifications(store)} == {"feed"}  # no URL: read through the feed


def test_watch_matches_only_articles_stored_after_it(store, ingest_demo):
    ingest_demo([TRAM])
    add_watch(store, WatchSpec("tram", words="tramway"))
    ingest_demo([TRAM])
    assert _notifications(store) == []


def test_watch_daily_digest_sends_one_message_once_the_day_is_over(store, ingest_demo, webhook):
    add_watch(store, WatchSpec("Poutine du jour", entity="Q7747", notify=webhook.url("/jour"), digest="daily"))
    ingest_demo()
    assert webhook.received == []  # today's digest waits for the day to end
    waiting = _notifications(store)
    assert len(waiting) >= 5 and {row.status for row in waiting} == {"pending"}
    tomorrow = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
    report = deliver_due(store, public_url=PUBLIC_URL, now=tomorrow)
    assert report.sent == 1 and report.notifications == len(waiting)
    [(path, message)] = webhook.received
    assert f"{len(waiting)} article(s)" in message["title"] and message["message"].count(f"{PUBLIC_URL}/articles/") == len(waiting)
    assert {row.status for row in _notifications(store)} == {"sent"}


def test_watch_failing_url_backs_off_then_gives_up_and_stays_in_the_log(store, ingest_demo, webhook):
    add_watch(store, WatchSpec("tram", words="tramway", notify=webhook.url("/tram")))
    webhook.failing = True
    ingest_demo([TRAM])
    for attempt in range(2, len(delivery.BACKOFF) + 2):
        [row] = _notifications(store)
        assert row.status == "retrying" and row.attempts == attempt - 1 and row.last_error
        later = row.next_try_at.replace(tzinfo=dt.timezone.utc) + dt.timedelta(seconds=1)
        assert deliver_due(store, public_url=PUBLIC_URL, now=later).failed == 1
    [row] = _notifications(store)
    assert row.status == "failed" and row.attempts == len(delivery.BACKOFF) + 1 and row.next_try_at is None
    webhook.failing = False
    assert deliver_due(store, public_url=PUBLIC_URL, retry_all=True).sent == 1
    assert _notifications(store)[0].status == "sent" and len(webhook.messages("/tram")) == 1


def test_watch_that_breaks_never_fails_the_ingest(store, ingest_demo, monkeypatch, caplog):
    add_watch(store, WatchSpec("tram", words="tramway"))

    def broken(_store):
        raise RuntimeError("a bug in matching")

    monkeypatch.setattr("veille.watch.match_new_articles", broken)
    assert ingest_demo([TRAM]).stored == 1
    assert "watches: matching or delivery failed" in caplog.text
    monkeypatch.undo()
    ingest_demo([])  # the next ingest matches what the broken one left
    assert len(_notifications(store)) == 1


def test_watch_claimed_notifications_are_sent_again_once_their_lease_ends(store, ingest_demo, webhook):
    """A process that died while sending leaves its notifications ``sending``: the next run after the lease sends
    them, none before."""
    add_watch(store, WatchSpec("tram", words="tramway", notify=webhook.url("/tram")))
    webhook.failing = True
    ingest_demo([TRAM])
    with store.write() as session:
        session.execute(update(WatchNotification).values(status="sending",
                                                         next_try_at=dt.datetime.now(dt.timezone.utc) + delivery.LEASE))
    webhook.failing = False
    assert deliver_due(store, public_url=PUBLIC_URL).sent == 0
    later = dt.datetime.now(dt.timezone.utc) + delivery.LEASE + dt.timedelta(seconds=1)
    assert deliver_due(store, public_url=PUBLIC_URL, now=later).sent == 1
    with store.session() as session:
        assert list_watches(session)[0].notifications == {"sent": 1}
