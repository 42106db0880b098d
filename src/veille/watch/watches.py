"""Watches as their owner makes them: a name, criteria that must all hold (AND), where to send what they find.

A criterion naming an entity (``entity``, ``speaker``, ``about``, ``actor``, ``target``, ``place``) is read as the
store reads names (``veille.store.find_entities``): a Wikidata id (``Q7747``), a store id, or a name it was
mentioned by. A name the store knows already is kept as the entity it designates (its Wikidata id, else its
store id), so that "Poutine" also finds "le président russe" once coreference linked him; a name it does not know
yet is kept as written and looked up in each new batch of articles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import VeilleError
from ..model import MODALITIES, PLOVER_TYPES
from ..store import Store, find_entities
from ..store.models import Article, Watch, WatchNotification

ENTITY_FIELDS = ("entity", "speaker", "about", "actor", "target", "place")
EVENT_FIELDS = ("event_type", "mode", "modality", "actor", "target", "place", "country")
QUOTE_FIELDS = ("speaker", "about")
CRITERIA = ("entity", "speaker", "about", "event_type", "mode", "modality", "actor", "target", "place", "country",
            "words", "source")
DIGESTS = ("daily",)


class WatchError(VeilleError):
    """A watch that cannot be made (no criterion, an unknown event type, a URL no service reads) or found."""


@dataclass
class WatchSpec:
    """A watch to make: its name, its criteria (None: not a criterion), its Apprise URL and digest."""

    name: str
    entity: str | None = None
    speaker: str | None = None
    about: str | None = None
    event_type: str | None = None
    mode: str | None = None
    modality: str | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    country: str | None = None
    words: str | None = None
    source: str | None = None
    notify: str | None = None
    digest: str | None = None


@dataclass
class WatchView:
    """A watch as it is listed: its criteria, where it sends (the URL's password hidden), and its notifications
    by status (``pending``, ``sent``, ``retrying``, ``failed``, ``feed``)."""

    id: int
    name: str
    criteria: dict[str, str]
    notify: str | None
    digest: str | None
    created_at: str
    notifications: dict[str, int] = field(default_factory=dict)


def add_watch(store: Store, spec: WatchSpec) -> WatchView:
    """Make a watch; it matches the articles stored from now on. WatchError when the spec is not a valid watch."""
    values = _checked(spec)
    with store.write() as session:
        if session.scalar(select(Watch.id).where(Watch.name == values["name"])) is not None:
            raise WatchError(f"a watch is already named {values['name']!r}")
        for name in ENTITY_FIELDS:
            if values.get(name):
                values[name] = _designated(session, values[name])
        newest = session.scalar(select(func.max(Article.id))) or 0
        watch = Watch(**values, created_at=dt.datetime.now(dt.timezone.utc), last_article_id=newest)
        session.add(watch)
        session.flush()
        return watch_view(watch, {})


def _checked(spec: WatchSpec) -> dict[str, str | None]:
    """The spec's values, trimmed and in their stored form; WatchError for one the store could never match."""
    values = {item.name: (getattr(spec, item.name) or "").strip() or None for item in fields(spec)}
    if not values["name"] or len(values["name"]) > 200 or "\x00" in values["name"]:
        raise WatchError("a watch needs a name of 1 to 200 characters")
    if not any(values[name] for name in CRITERIA):
        raise WatchError("a watch needs at least one criterion (--entity, --speaker, --event-type, --words…)")
    if values["event_type"]:
        values["event_type"] = values["event_type"].upper()
        if values["event_type"] not in PLOVER_TYPES:
            raise WatchError(f"{values['event_type']!r} is not a PLOVER event type: one of {', '.join(PLOVER_TYPES)}")
    if values["modality"]:
        values["modality"] = values["modality"].lower()
        if values["modality"] not in MODALITIES:
            raise WatchError(f"{values['modality']!r} is not a modality: one of {', '.join(MODALITIES)}")
    if values["country"]:
        values["country"] = values["country"].upper()
        if len(values["country"]) != 2 or not values["country"].isalpha():
            raise WatchError(f"{values['country']!r} is not a two-letter country code (ISO 3166-1: UA, FR…)")
    if values["source"]:
        values["source"] = values["source"].lower().removeprefix("www.")
    if values["digest"] not in (None, *DIGESTS):
        raise WatchError(f"{values['digest']!r} is not a digest: {', '.join(DIGESTS)}")
    if values["notify"] and not _understood(values["notify"]):
        raise WatchError("no notification service reads this URL (see https://appriseit.com for the forms)")
    too_long = [name for name in CRITERIA if values[name] and len(values[name]) > _length(name)]
    if too_long or any("\x00" in (values[name] or "") for name in CRITERIA):
        raise WatchError(f"a criterion is too long or holds a NUL character: {', '.join(too_long) or 'NUL'}")
    return values


def _length(name: str) -> int:
    return {"event_type": 50, "mode": 50, "modality": 20, "country": 2, "source": 255, "words": 500}.get(name, 200)


def _understood(url: str) -> bool:
    import apprise

    return apprise.Apprise().add(url)


def _designated(session: Session, name: str) -> str:
    """The entity a name designates, as a stable reference (its Wikidata id, else its store id), or the name as
    written when the store does not know it yet (see the module docstring)."""
    found = find_entities(session, name)
    if not found:
        return name
    return found[0].kb_id or str(found[0].id)


def list_watches(session: Session) -> list[WatchView]:
    """Every watch, by name, with its notifications counted by status."""
    counts: dict[int, dict[str, int]] = {}
    query = select(WatchNotification.watch_id, WatchNotification.status, func.count()).group_by(
        WatchNotification.watch_id, WatchNotification.status)
    for watch_id, status, count in session.execute(query):
        counts.setdefault(watch_id, {})[status] = count
    return [watch_view(watch, counts.get(watch.id, {}))
            for watch in session.scalars(select(Watch).order_by(Watch.name))]


def find_watch(session: Session, name_or_id: str | int) -> Watch | None:
    """The watch of this id or name."""
    value = str(name_or_id).strip()
    if value.isdigit() and len(value) < 10:
        found = session.get(Watch, int(value))
        if found is not None:
            return found
    return session.scalars(select(Watch).where(Watch.name == value)).first()


def remove_watch(store: Store, name_or_id: str | int) -> bool:
    """Remove a watch and its notifications; False when there is none of that name or id."""
    with store.write() as session:
        watch = find_watch(session, name_or_id)
        if watch is None:
            return False
        session.delete(watch)
        return True


def watch_view(watch: Watch, counts: dict[str, int]) -> WatchView:
    criteria = {name: getattr(watch, name) for name in CRITERIA if getattr(watch, name)}
    return WatchView(watch.id, watch.name, criteria, hidden_password(watch.notify), watch.digest,
                     watch.created_at.isoformat(timespec="seconds"), dict(sorted(counts.items())))


def hidden_password(url: str | None) -> str | None:
    """The URL with its password (``user:secret@``) shown as ``***``: listings never print a secret."""
    if not url or "@" not in url.partition("?")[0]:
        return url
    scheme, sep, rest = url.partition("://")
    credentials, at, place = rest.partition("@")
    user, colon, _secret = credentials.partition(":")
    return f"{scheme}{sep}{user}{':***' if colon else ''}{at}{place}"
