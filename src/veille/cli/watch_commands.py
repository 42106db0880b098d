"""``veille watch``: make, list and remove watches, see what they sent, send what is due (``veille.watch``).

    veille watch add poutine --entity Q7747 --notify 'json://localhost:8080/hook'
    veille watch add ukraine --event-type ASSAULT --entity Ukraine --notify 'mailto://…' --digest daily
    veille watch list | log poutine | test poutine | retry | send-digests | remove poutine
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .main import DataDirOption, DbOption, JsonOption, PublicUrlOption, _load, _open_store, _settings, app, stderr

watch_app = typer.Typer(help="Watches: saved queries matched against every new article, and their alerts.",
                        no_args_is_help=True)
app.add_typer(watch_app, name="watch")


def _criterion(help: str, name: str | None = None):
    return Annotated[Optional[str], typer.Option(*([name] if name else []), help=help)]


@watch_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The watch's name (unique).")],
    entity: _criterion("An entity the article is about: Wikidata id (Q7747), store id or name.") = None,
    speaker: _criterion("An entity quoted in the article.") = None,
    about: _criterion("An entity a quote speaks about.") = None,
    event_type: _criterion("A PLOVER event type (ASSAULT, CONSULT…).") = None,
    mode: _criterion("The event's PLOVER mode (visit, aerial…).") = None,
    modality: _criterion("The event's modality (asserted, planned, alleged…).") = None,
    actor: _criterion("An entity doing the event.") = None,
    target: _criterion("An entity the event is done to.") = None,
    place: _criterion("The place of the event.") = None,
    country: _criterion("The country of the event's place (ISO 3166-1 alpha-2: UA, FR…).") = None,
    words: _criterion('Words the article must all hold ("quoted words" together).') = None,
    source: _criterion("The outlet (URL host without www.).") = None,
    notify: _criterion("Where to send alerts: an Apprise URL (json://host/path, mailto://…, ntfy://…); "
                       "without one, the watch is read through its Atom feed.") = None,
    digest: _criterion("'daily': one message a day (sent by the first ingest of the next day, or by "
                       "`veille watch send-digests`) instead of one per article.") = None,
    data_dir: DataDirOption = None,
    db: DbOption = None,
) -> None:
    """Make a watch: every criterion given must hold; it matches the articles stored from now on."""
    from ..watch import WatchSpec, add_watch

    spec = WatchSpec(name, entity=entity, speaker=speaker, about=about, event_type=event_type, mode=mode,
                     modality=modality, actor=actor, target=target, place=place, country=country, words=words,
                     source=source, notify=notify, digest=digest)
    with _open_store(db, data_dir) as store:
        view = _load(lambda: add_watch(store, spec))
    stderr.print(f"watch {view.id} {escape(view.name)!r}: " + _criteria(view.criteria))


@watch_app.command("list")
def list_(data_dir: DataDirOption = None, db: DbOption = None, as_json: JsonOption = False) -> None:
    """The watches, their criteria, where they send, and their notifications by status."""
    from ..watch import list_watches

    with _open_store(db, data_dir) as store, store.session() as session:
        views = list_watches(session)
    if as_json:
        sys.stdout.write(json.dumps([asdict(view) for view in views], ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("id", "name", "criteria", "notify", "digest", "notifications")
    for view in views:
        table.add_row(str(view.id), escape(view.name), escape(_criteria(view.criteria)), escape(view.notify or "feed"),
                      view.digest or "", ", ".join(f"{status} {count}" for status, count in view.notifications.items()))
    Console().print(table)


@watch_app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="The watch's name or id.")],
           data_dir: DataDirOption = None, db: DbOption = None) -> None:
    """Remove a watch and its notifications."""
    from ..watch import remove_watch

    with _open_store(db, data_dir) as store:
        if not remove_watch(store, name):
            stderr.print(f"[red]error:[/red] no watch is named {escape(name)!r}")
            raise typer.Exit(code=1)
    stderr.print(f"removed {escape(name)!r}")


@watch_app.command("test")
def test(name: Annotated[str, typer.Argument(help="The watch's name or id.")],
         data_dir: DataDirOption = None, db: DbOption = None) -> None:
    """Send a test message to the watch's URL, and say whether it went."""
    from ..watch import find_watch, send

    with _open_store(db, data_dir) as store, store.session() as session:
        watch = find_watch(session, name)
        if watch is None or not watch.notify:
            stderr.print(f"[red]error:[/red] no watch {escape(name)!r} with a URL to notify")
            raise typer.Exit(code=1)
        error = send(watch.notify, f"veille · {watch.name} · essai", f"Essai de la veille « {watch.name} ».")
    if error:
        stderr.print(f"[red]✗[/red] not sent: {escape(error)}")
        raise typer.Exit(code=1)
    stderr.print("[green]✓[/green] sent")


@watch_app.command("log")
def log(name: Annotated[Optional[str], typer.Argument(help="Only this watch (name or id).")] = None,
        status: Annotated[Optional[str], typer.Option(help="Only this status: pending, sent, retrying, failed, "
                                                           "feed.")] = None,
        limit: Annotated[int, typer.Option(min=1, help="The most notifications shown, latest first.")] = 50,
        data_dir: DataDirOption = None, db: DbOption = None, as_json: JsonOption = False) -> None:
    """The latest notifications: what each watch found, how its delivery went, its last error."""
    from ..watch import find_watch, notifications

    with _open_store(db, data_dir) as store, store.session() as session:
        watch = find_watch(session, name) if name else None
        if name and watch is None:
            stderr.print(f"[red]error:[/red] no watch is named {escape(name)!r}")
            raise typer.Exit(code=1)
        rows = [_log_row(notification, watch_name, title) for notification, watch_name, title in
                notifications(session, watch.id if watch else None, status=status, limit=limit)]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("id", "watch", "article", "status", "attempts", "next try", "last error")
    for row in rows:
        table.add_row(str(row["id"]), escape(row["watch"]), escape(f"{row['article_id']} {row['title'] or ''}"),
                      row["status"], str(row["attempts"]), row["next_try_at"] or "", escape(row["last_error"] or ""))
    Console().print(table)


def _log_row(notification, watch_name: str, title: str | None) -> dict:
    def moment(value):
        return value.isoformat(timespec="seconds") if value else None

    return {"id": notification.id, "watch": watch_name, "article_id": notification.article_id, "title": title,
            "status": notification.status, "attempts": notification.attempts, "created_at": moment(notification.created_at),
            "next_try_at": moment(notification.next_try_at), "sent_at": moment(notification.sent_at),
            "last_error": notification.last_error, "facts": notification.facts.get("facts", [])}


@watch_app.command("retry")
def retry(every: Annotated[bool, typer.Option("--all", help="Retry now every unsent notification, failed ones "
                                                            "too, whatever its next try.")] = False,
          public_url: PublicUrlOption = None, data_dir: DataDirOption = None, db: DbOption = None) -> None:
    """Send the notifications that are due: new ones, and failed ones whose next try has come."""
    _deliver(public_url, data_dir, db, retry_all=every)


@watch_app.command("send-digests")
def send_digests(public_url: PublicUrlOption = None, data_dir: DataDirOption = None, db: DbOption = None) -> None:
    """Send every daily digest waiting, today's too (run it from cron at the hour digests should go)."""
    _deliver(public_url, data_dir, db, digests_now=True)


def _deliver(public_url: str | None, data_dir, db, **how: bool) -> None:
    from ..watch import deliver_due, match_new_articles

    with _open_store(db, data_dir) as store:
        match_new_articles(store)
        report = deliver_due(store, public_url=_settings(public_url=public_url).public_url, **how)
    stderr.print(f"sent {report.sent} message(s), {report.failed} failed ({report.notifications} notification(s))")
    if report.failed:
        raise typer.Exit(code=1)


def _criteria(criteria: dict[str, str]) -> str:
    return " · ".join(f"{name}={value}" for name, value in criteria.items())
