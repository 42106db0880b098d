"""``veille`` commands: the app, the options they share, and the few helpers every command uses. Each command is
a thin wrapper: the work happens in importable functions (``analyze_commands``, ``store_commands``,
``api_commands``, ``eval_commands``, ``kb_commands``).

Results go to standard output, progress and logs to standard error (``-v``/``-vv`` for more). Settings are resolved
once per command (``veille.settings``: the option, else its ``VEILLE_*`` variable, else its default).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import VeilleError
from ..settings import VARIABLES

if TYPE_CHECKING:
    from spacy.language import Language

    from ..settings import Settings
    from ..store import Store

app = typer.Typer(help="veille: who said what, who did what to whom, when and where — with proof.", no_args_is_help=True)
kb_app = typer.Typer(help="Build, extend and query the entity knowledge base.", no_args_is_help=True)
eval_app = typer.Typer(help="Score veille against gold data, beside baselines.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")

stderr = Console(stderr=True)


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logs on stderr (-vv: debug).")] = 0) -> None:
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def _iso_date(value: str | None) -> str | None:
    """Refuse a bad date option before anything runs, with the rule ingest applies to every date."""
    from ..ingest.build import check_dct

    if value is not None:
        try:
            check_dct(value)
        except ValueError as error:
            raise typer.BadParameter(str(error)) from error
    return value


DctOption = Annotated[
    Optional[str], typer.Option(help="Publication date YYYY-MM-DD for documents without one.", callback=_iso_date)]
LangOption = Annotated[Optional[str], typer.Option(help="Declare the language instead of detecting it.")]
NProcessOption = Annotated[int, typer.Option("--n-process", "-j", help="Worker processes (default: all cores).")]
KBOption = Annotated[Optional[Path], typer.Option("--kb", help=f"Knowledge base file (default: ${VARIABLES['kb']}, "
                                                                "else kb.sqlite in the data dir, built on first use).")]
DataDirOption = Annotated[Optional[Path], typer.Option(
    "--data-dir", help=f"Folder of the store file veille.sqlite (default: ${VARIABLES['data_dir']}, "
                       "else ~/.local/share/veille).")]
DbOption = Annotated[Optional[str], typer.Option(
    "--db", help=f"Database URL instead of the SQLite file, e.g. postgresql+psycopg://user@host/veille (default: "
                 f"${VARIABLES['db']}).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
PublicUrlOption = Annotated[Optional[str], typer.Option(
    "--public-url", help=f"Where `veille serve` is reached, for the article links of watch notifications (default: "
                         f"${VARIABLES['public_url']}, else http://127.0.0.1:8000).")]


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True,
    )


def _load(factory):
    """Run ``factory`` turning veille's own errors into a clean message and exit code 2."""
    try:
        return factory()
    except VeilleError as error:  # the message is text, never markup: "pip install 'veille[ray]'" keeps its extra
        stderr.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(code=2) from error


def _settings(**given) -> Settings:
    """The command's settings, from its options, the environment and the defaults; a bad value exits with code 2."""
    from ..settings import resolve

    try:
        return resolve(**given)
    except ValueError as error:
        stderr.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=2) from error


def _watches(store: Store, public_url: str | None):
    """The ``after_batch`` hook that runs the store's watches after each ingest batch (``veille.watch``)."""
    from ..watch import after_batch

    return after_batch(store, _settings(public_url=public_url).public_url)


def _pipeline(kb: Path | None) -> Language:
    """The analysis pipeline, loaded once per process (the KB file given, else the settings' one)."""
    from ..pipeline import load_pipeline

    return _load(lambda: load_pipeline(str(kb) if kb else None))


def _open_store(db: str | None, data_dir: Path | None, connections: int | None = None) -> Store:
    """The store the options name (``--db``, else the data dir's SQLite file), upgraded to the current schema."""
    from ..store import Store, store_url

    return _load(lambda: Store.open(store_url(db, data_dir), connections=connections))
