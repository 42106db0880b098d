"""``veille analyze``: articles in, ``veille/1`` analyses out (JSONL, JSON or a terminal report)."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console

from .main import DctOption, KBOption, LangOption, NProcessOption, _pipeline, _progress, app, stderr


class OutputFormat(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="pretty, json or jsonl.")] = OutputFormat.jsonl,
    dct: DctOption = None,
    lang: LangOption = None,
    n_process: NProcessOption = 0,
    batch_size: Annotated[int, typer.Option(help="Documents per model batch.")] = 16,
    kb: KBOption = None,
) -> None:
    """Analyse news articles: entities linked to Wikidata, one entity per referent (schema veille/1)."""
    from ..ingest import read_inputs
    from ..pipeline import analyse
    from .pretty import render

    processes = n_process or os.cpu_count() or 1
    items = read_inputs(paths, dct=dct, lang=lang, stdin=sys.stdin.buffer)
    out = Console(soft_wrap=False)
    collected, total, failed = [], 0, 0
    with _progress() as progress:
        task = progress.add_task("analysing", total=None)
        nlp = _pipeline(kb)
        for analysis in analyse(items, nlp=nlp, n_process=processes, batch_size=batch_size):
            progress.advance(task)
            total += 1
            if analysis.error:
                failed += 1
                stderr.print(f"[red]✗[/red] {analysis.id}: {analysis.error}")
            if format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
            elif format is OutputFormat.pretty:
                render(analysis, out)
            else:
                collected.append(analysis.to_json())
    if format is OutputFormat.json:
        document = collected[0] if len(collected) == 1 else collected
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    if total and failed == total:
        raise typer.Exit(code=1)
