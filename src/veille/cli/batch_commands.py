"""``veille batch run`` (the analysis of input shards on Ray, Parquet tables out) and ``veille load`` (such tables
into a store)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .main import (DataDirOption, DbOption, KBOption, LangOption, PublicUrlOption, _load, _open_store, _progress,
                   _watches, app, stderr)
from .store_commands import _report_failure

batch_app = typer.Typer(help="Analyse large corpora on Ray (locally, or on a cluster): Parquet tables out.",
                        no_args_is_help=True)
app.add_typer(batch_app, name="batch")


@batch_app.command("run")
def batch_run(
    inputs: Annotated[list[str], typer.Argument(help="Shards (.jsonl, .jsonl.gz, .warc, .warc.gz, .parquet) or folders of them, local or URIs (s3://…).")],
    out: Annotated[str, typer.Option("--out", help="Output folder (local or URI); a folder a stopped run left is resumed.")],
    address: Annotated[Optional[str], typer.Option(help="Ray cluster address (default: $RAY_ADDRESS, else Ray on this machine).")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Analysing workers, each loading the pipeline once (default: one per CPU).")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per worker call and per output part.")] = 64,
    lang: LangOption = None,
    kb: KBOption = None,
) -> None:
    """Analyse every document of the shards into Parquet tables partitioned by month; resumable, idempotent."""
    from ..batch import run_batch

    with _batch_progress() as progress:
        task = progress.add_task("analysing", total=None, rate=0.0, errors=0)
        summary = _load(lambda: run_batch(
            inputs, out, address=address, workers=workers, batch_size=batch_size, lang=lang,
            kb_path=str(kb) if kb else None,
            on_progress=lambda done: progress.update(task, completed=done.documents, rate=done.rate,
                                                     errors=done.errors)))
    before = f" ({summary.shards_done_before} finished before)" if summary.shards_done_before else ""
    stderr.print(f"{summary.documents} documents analysed in {summary.seconds:.0f} s, {summary.errors} errors; "
                 f"{summary.shards} shards finished{before} → {out}")


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="The output of veille batch run (or of veille export --format parquet).")],
    data_dir: DataDirOption = None,
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per store transaction.")] = 500,
    public_url: PublicUrlOption = None,
) -> None:
    """Put analysed documents into the store, as if each had been ingested: entities merged, duplicates, stories."""
    from ..batch import load_output

    if not Path(folder).exists() and "://" not in folder:
        raise typer.BadParameter(f"{folder}: no such folder")
    with _open_store(db, data_dir) as store, _progress() as progress:
        task = progress.add_task("loading", total=None)
        summary = _load(lambda: load_output(folder, store, batch_size=batch_size,
                                            on_item=lambda done: progress.update(task, completed=done.total),
                                            on_error=_report_failure,
                                            after_batch=_watches(store, public_url)))
    stderr.print(f"stored {summary.stored}, re-analysed {summary.replaced}, "
                 f"skipped {summary.skipped} already present, errors {summary.errors}")


def _batch_progress() -> Progress:
    """Documents done, their rate and the errors so far (the total is unknown until every shard is read)."""
    return Progress(SpinnerColumn(), TextColumn("{task.description} {task.completed:.0f} documents"),
                    TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("errors {task.fields[errors]}"),
                    TimeElapsedColumn(), console=stderr, transient=True)
