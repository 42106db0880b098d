"""The store's commands: ``ingest``, ``search``, ``entity``, ``stories``, ``timeline`` and ``export``.

Thin wrappers over ``veille.store``: each opens the store, calls one function, and prints what it returns
(``--json`` gives the same dataclasses the API will serve).
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .main import (DataDirOption, DbOption, DctOption, JsonOption, KBOption, LangOption, NProcessOption,
                   PublicUrlOption, _iso_date, _open_store, _pipeline, _progress, _watches, app, stderr)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl, .warc, feeds), folders, feed URLs, or -.")],
    data_dir: DataDirOption = None,
    db: DbOption = None,
    dct: DctOption = None,
    lang: LangOption = None,
    n_process: NProcessOption = 0,
    batch_size: Annotated[int, typer.Option(help="Documents per model batch and per store transaction.")] = 16,
    reanalyse: Annotated[bool, typer.Option(help="Analyse stored articles again and replace their layers.")] = False,
    kb: KBOption = None,
    public_url: PublicUrlOption = None,
) -> None:
    """Analyse documents into the store; articles already stored are skipped, errors are kept in the store. The
    watches (`veille watch`) are matched against the new articles after each batch."""
    from functools import partial

    from ..ingest import read_inputs
    from ..pipeline import analyse
    from ..store import ingest as ingest_documents

    processes = n_process or os.cpu_count() or 1
    items = read_inputs(paths, dct=dct, lang=lang, stdin=sys.stdin.buffer)
    with _open_store(db, data_dir) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        nlp = _pipeline(kb)
        summary = ingest_documents(
            store, items, analyse=partial(analyse, nlp=nlp, n_process=processes, batch_size=batch_size),
            batch_size=batch_size, reanalyse=reanalyse,
            on_item=lambda done: progress.update(task, completed=done.total),
            on_error=_report_failure, after_batch=_watches(store, public_url),
        )
    stderr.print(f"stored {summary.stored}, re-analysed {summary.replaced}, "
                 f"skipped {summary.skipped} already present, errors {summary.errors}")
    if summary.total and summary.errors == summary.total:
        raise typer.Exit(code=1)


@app.command()
def search(
    text: Annotated[Optional[str], typer.Argument(help='Words to find in titles and texts; "quoted words" together.')] = None,
    entity: Annotated[Optional[str], typer.Option(help="Only articles mentioning this entity (name, QID or id).")] = None,
    speaker: Annotated[Optional[str], typer.Option(help="Only articles quoting this entity.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only articles from this outlet (URL host, e.g. lemonde.fr).")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Published on or after YYYY-MM-DD.", callback=_iso_date)] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Published on or before YYYY-MM-DD.", callback=_iso_date)] = None,
    event_type: Annotated[Optional[str], typer.Option(help="Only articles with an event of this PLOVER type (ASSAULT, CONSULT…).")] = None,
    near: Annotated[Optional[str], typer.Option(help="Only articles naming a place within --km of LAT,LON (decimal degrees).")] = None,
    km: Annotated[float, typer.Option(help="The radius of --near, in kilometres.")] = 50.0,
    country: Annotated[Optional[str], typer.Option(help="Only articles naming a place in this country (ISO alpha-2, e.g. UA).")] = None,
    limit: Annotated[int, typer.Option(help="Results per page.")] = 20,
    offset: Annotated[int, typer.Option(help="Results to skip.")] = 0,
    collapse: Annotated[bool, typer.Option(help="One article per group of near-duplicates (syndicated copies).")] = False,
    as_json: JsonOption = False,
    data_dir: DataDirOption = None,
    db: DbOption = None,
) -> None:
    """Search the stored articles by words and filters, most relevant first."""
    from ..store import Near, search as search_store
    from .store_views import render_search

    try:
        circle = Near.parse(near, km) if near is not None else None
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--near/--km") from error
    with _open_store(db, data_dir) as store, store.session() as session:
        result = search_store(session, text, entity=entity, speaker=speaker, source=source, date_from=date_from,
                              date_to=date_to, event_type=event_type, near=circle, country=country, limit=limit,
                              offset=offset, collapse=collapse)
    _show(result, as_json, render_search)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A name it was mentioned by, its Wikidata id (Q7747) or its store id.")],
    limit: Annotated[int, typer.Option(help="The most quotes, events and related entities listed.")] = 20,
    as_json: JsonOption = False,
    data_dir: DataDirOption = None,
    db: DbOption = None,
) -> None:
    """An entity's profile: mentions over time, quotes by and about it, events, entities seen with it."""
    from ..store import entity_profile
    from .store_views import render_profile

    with _open_store(db, data_dir) as store, store.session() as session:
        profile = entity_profile(session, name, limit=limit)
    _show(_found(profile, _unknown(name)), as_json, render_profile)


@app.command()
def stories(
    entity: Annotated[Optional[str], typer.Option(help="Only stories with an article mentioning this entity.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Active on or after YYYY-MM-DD.", callback=_iso_date)] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Active on or before YYYY-MM-DD.", callback=_iso_date)] = None,
    min_articles: Annotated[int, typer.Option(help="Only stories with at least this many articles.")] = 1,
    limit: Annotated[int, typer.Option(help="Stories per page.")] = 20,
    offset: Annotated[int, typer.Option(help="Stories to skip.")] = 0,
    as_json: JsonOption = False,
    data_dir: DataDirOption = None,
    db: DbOption = None,
) -> None:
    """The stories of the store (articles about the same events), the most recently active first."""
    from ..store import list_stories
    from .store_views import render_stories

    with _open_store(db, data_dir) as store, store.session() as session:
        result = list_stories(session, entity=entity, date_from=date_from, date_to=date_to,
                              min_articles=min_articles, limit=limit, offset=offset)
    _show(result, as_json, render_stories)


@app.command()
def timeline(
    name: Annotated[Optional[str], typer.Argument(help="An entity: a name, its Wikidata id or its store id.")] = None,
    story_id: Annotated[Optional[int], typer.Option("--story", help="A story's id (see veille stories) instead of an entity.")] = None,
    as_json: JsonOption = False,
    data_dir: DataDirOption = None,
    db: DbOption = None,
) -> None:
    """In date order: an entity's first mention in each article, quotes and events; or a story's articles, quotes
    and events with its main entities (--story)."""
    from ..store import story as story_detail
    from ..store import timeline as entity_timeline
    from .store_views import render_story, render_timeline

    if (name is None) == (story_id is None):
        raise typer.BadParameter("name an entity or give --story ID, not both")
    with _open_store(db, data_dir) as store, store.session() as session:
        if story_id is not None:
            result = _found(story_detail(session, story_id), f"no stored story has the id {story_id}")
        else:
            result = _found(entity_timeline(session, name), _unknown(name))
    _show(result, as_json, render_story if story_id is not None else render_timeline)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    gdelt = "gdelt"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (veille/1 documents), csv (one table), parquet (every table), plover (events as PLOVER records) or gdelt (events as GDELT 2.0 rows).")] = ExportFormat.jsonl,
    table: Annotated[str, typer.Option(help="With csv: articles, entities, mentions, quotes, timexes, events, documents or errors.")] = "articles",
    out: Annotated[Optional[Path], typer.Option(help="With parquet: the folder to write the tables to.")] = None,
    data_dir: DataDirOption = None,
    db: DbOption = None,
) -> None:
    """Write the stored articles to standard output (parquet: to --out), in the chosen format."""
    from ..export import TABLES, export_gdelt, export_plover
    from ..store import export_csv, export_jsonl, export_parquet, stored_documents

    if table not in TABLES:
        raise typer.BadParameter(f"--table must be one of {', '.join(TABLES)}")
    if format is ExportFormat.parquet and out is None:
        raise typer.BadParameter("--format parquet writes a folder per table: give the folder with --out")
    with _open_store(db, data_dir) as store, store.session() as session:
        if format is ExportFormat.parquet:
            counts = export_parquet(session, out)
            stderr.print(", ".join(f"{table}: {count} rows" for table, count in counts.items()) + f" → {out}")
        elif format is ExportFormat.csv:
            export_csv(session, sys.stdout, table)
        else:
            writers = {ExportFormat.jsonl: lambda: export_jsonl(session, sys.stdout),
                       ExportFormat.plover: lambda: export_plover(stored_documents(session), sys.stdout),
                       ExportFormat.gdelt: lambda: export_gdelt(stored_documents(session), sys.stdout)}
            writers[format]()


def _report_failure(origin: str, error: str) -> None:
    """One line per failed document on stderr, never wrapped (so it can be grepped), its text never markup."""
    stderr.print(f"[red]✗[/red] {escape(origin)}: {escape(error)}", highlight=False, soft_wrap=True)


def _unknown(name: str) -> str:
    return f"no stored entity is named {name!r}"


def _found(result, message: str):
    """The result, or ``message`` and exit code 1 when nothing stored fits (an entity name, a story id)."""
    if result is None:
        stderr.print(f"[red]error:[/red] {escape(message)}")
        raise typer.Exit(code=1)
    return result


def _show(result, as_json: bool, render) -> None:
    """Print a query result: JSON on request, else rendered for the terminal."""
    if as_json:
        from dataclasses import asdict

        sys.stdout.write(json.dumps(asdict(result), ensure_ascii=False, indent=2) + "\n")
    else:
        render(result, Console())
