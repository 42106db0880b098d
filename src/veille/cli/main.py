"""``veille`` commands. Each is a thin wrapper: the work happens in importable functions.

Results go to standard output, progress and logs to standard error (``-v``/``-vv`` for more).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import VeilleError

app = typer.Typer(help="veille: who said what, who did what to whom, when and where — with proof.", no_args_is_help=True)
kb_app = typer.Typer(help="Build, extend and query the entity knowledge base.", no_args_is_help=True)
eval_app = typer.Typer(help="Score veille against gold data, beside baselines.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")

stderr = Console(stderr=True)


class OutputFormat(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logs on stderr (-vv: debug).")] = 0) -> None:
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def _iso_date(value: str | None) -> str | None:
    """Refuse a bad ``--dct`` before anything runs, with the rule ingest applies to every date."""
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
PipelineKBOption = Annotated[Optional[Path], typer.Option(help="Knowledge base file (default: built on first use).")]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="pretty, json or jsonl.")] = OutputFormat.jsonl,
    dct: DctOption = None,
    lang: LangOption = None,
    n_process: NProcessOption = 0,
    batch_size: Annotated[int, typer.Option(help="Documents per model batch.")] = 16,
    kb: PipelineKBOption = None,
) -> None:
    """Analyse news articles: entities linked to Wikidata, one entity per referent (schema veille/1)."""
    from ..ingest import read_inputs
    from ..pipeline import analyse, load_pipeline
    from .pretty import render

    processes = n_process or os.cpu_count() or 1
    items = read_inputs(paths, dct=dct, lang=lang, stdin=sys.stdin.buffer)
    out = Console(soft_wrap=False)
    collected, total, failed = [], 0, 0
    with _progress() as progress:
        task = progress.add_task("analysing", total=None)
        nlp = _load(lambda: load_pipeline(str(kb) if kb else None))
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


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True,
    )


def _load(factory):
    """Run ``factory`` turning veille's own errors into a clean message and exit code 2."""
    try:
        return factory()
    except VeilleError as error:
        stderr.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=2) from error


@eval_app.command("ner")
def eval_ner(
    gold: Annotated[list[Path], typer.Argument(help="Gold data: fr-news JSONL, HIPE TSV, or folders of them.")],
    baseline: Annotated[bool, typer.Option(help="Score bare fr_core_news_md beside veille.")] = True,
    errors: Annotated[bool, typer.Option("--errors", help="List veille's false positives and negatives.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    labels: Annotated[str, typer.Option(help="Comma-separated labels to score.")] = "PER,ORG,LOC,MISC",
    kb: Annotated[Optional[Path], typer.Option(help="Knowledge base file (default: built on first use).")] = None,
) -> None:
    """Named-entity P/R/F1 per label and micro, veille beside bare fr_core_news_md (strict span match)."""
    import spacy

    from ..eval import errors_report, evaluate_ner, ner_table, read_gold, spacy_baseline, to_json
    from ..eval.systems import veille_ner
    from ..pipeline import analyse, load_pipeline

    nlp = _load(lambda: load_pipeline(str(kb) if kb else None))
    systems = {"veille": veille_ner(analyse, nlp=nlp)}
    if baseline:
        systems["fr_core_news_md"] = spacy_baseline(spacy.load("fr_core_news_md"))
    scored_labels = tuple(label.strip() for label in labels.split(",") if label.strip())
    out = Console()
    report = {}
    for path in gold:
        docs = _load(lambda: read_gold(path))
        results = evaluate_ner(docs, systems, labels=scored_labels)
        report[str(path)] = to_json(results)
        if not as_json:
            out.print(ner_table(results, title=f"NER — {path} ({len(docs)} documents)"))
        if errors:
            predicted = systems["veille"](docs)
            for doc, spans in zip(docs, predicted):
                for line in errors_report(doc, spans, labels=scored_labels):
                    out.print(line, markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[list[Path], typer.Argument(help="Gold data: fr-news JSONL files, or folders of them.")],
    errors: Annotated[bool, typer.Option("--errors", help="List missed and spurious quotes and wrong speakers.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: Annotated[Optional[Path], typer.Option(help="Knowledge base file (default: built on first use).")] = None,
) -> None:
    """Quotation P/R/F1 (content overlap ≥ half the gold span), with the right speaker, and per kind."""
    from ..eval import quote_errors, quotes_table, score_quotes

    def score(path, docs, analyses):
        scores = score_quotes(docs, analyses)
        lines = [line for doc, analysis in zip(docs, analyses) for line in quote_errors(doc, analysis)]
        return scores.to_dict(), quotes_table(scores, title=f"Quotations — {path} ({len(docs)} documents)"), lines

    _evaluate(gold, kb, score, errors=errors, as_json=as_json)


@eval_app.command("timex")
def eval_timex(
    gold: Annotated[list[Path], typer.Argument(help="Gold data: TimeML (.tml) or fr-news JSONL files, or folders.")],
    baseline: Annotated[bool, typer.Option(help="Score dateparser beside veille.")] = True,
    errors: Annotated[bool, typer.Option("--errors", help="List missed, spurious and misnormalised expressions.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: Annotated[Optional[Path], typer.Option(help="Knowledge base file (default: built on first use).")] = None,
) -> None:
    """Time expressions: strict and relaxed detection P/R/F1, type and value F1 (TempEval-3), beside dateparser."""
    from ..eval import analysis_timexes, dateparser_system, score_timexes, timex_errors, timex_table

    def score(path, docs, analyses):
        predicted = analysis_timexes(analyses)
        results = {"veille": score_timexes(docs, predicted)}
        if baseline:
            results["dateparser"] = score_timexes(docs, dateparser_system(docs))
        lines = [line for doc, system in zip(docs, predicted) for line in timex_errors(doc, system)]
        table = timex_table(results, title=f"Time expressions — {path} ({len(docs)} documents)")
        return {system: scores.to_dict() for system, scores in results.items()}, table, lines

    _evaluate(gold, kb, score, errors=errors, as_json=as_json)


@eval_app.command("events")
def eval_events(
    gold: Annotated[Optional[list[Path]], typer.Argument(
        help="Event datasets (folders of standoff annotations; default: data/events-dev).")] = None,
    shared: Annotated[Path, typer.Option(help="Shared data folder holding the annotated texts.")] = Path("../shared"),
    errors: Annotated[bool, typer.Option("--errors", help="List missed and spurious events, wrong arguments, "
                                         "modalities and sources.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: Annotated[Optional[Path], typer.Option(help="Knowledge base file (default: built on first use).")] = None,
) -> None:
    """PLOVER events in annotated sentences: trigger, typed and typed + actor + target P/R/F1, modality and source
    accuracy."""
    from ..eval.events import event_errors, events_table, score_events
    from ..eval.events_gold import read_event_gold

    def score(path, docs, analyses):
        scores = score_events(docs, analyses)
        lines = [line for doc, analysis in zip(docs, analyses) for line in event_errors(doc, analysis)]
        title = f"Events — {path} ({scores.n_sentences} sentences, {len(docs)} documents)"
        return scores.to_dict(), events_table(scores, title=title), lines

    _evaluate(gold or [Path("data/events-dev")], kb, score, errors=errors, as_json=as_json,
              read=lambda path: read_event_gold(path, shared))


def _evaluate(gold: list[Path], kb: Path | None, score, *, errors: bool, as_json: bool, read=None) -> None:
    """Analyse each gold corpus with veille and print what ``score(path, docs, analyses)`` makes of it: its report
    (printed as JSON with ``--json``), its table, and its error lines (with ``--errors``). ``read(path)`` gives the
    gold documents (default: :func:`veille.eval.read_gold`)."""
    from ..eval import read_gold
    from ..eval.systems import analyse_gold
    from ..pipeline import analyse, load_pipeline

    read = read or read_gold
    nlp = _load(lambda: load_pipeline(str(kb) if kb else None))
    out = Console()
    report = {}
    for path in gold:
        docs = _load(lambda: read(path))
        report[str(path)], table, lines = score(path, docs, analyse_gold(analyse, docs, nlp=nlp))
        if not as_json:
            out.print(table)
        for line in lines if errors else ():
            out.print(line, markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")


KBOption = Annotated[Optional[Path], typer.Option("--kb", help="Knowledge base file (default: $VEILLE_KB, else the data dir).")]


@kb_app.command("build")
def kb_build(kb: KBOption = None) -> None:
    """(Re)build the knowledge base from the seed facts shipped with veille, keeping imported rows."""
    from ..kb import KnowledgeBase

    with _load(lambda: KnowledgeBase.open(kb)) as knowledge_base:
        _print_stats(knowledge_base.stats())


@kb_app.command("stats")
def kb_stats(kb: KBOption = None) -> None:
    """Counts of entries per type, aliases and roles."""
    kb_build(kb)


@kb_app.command("lookup")
def kb_lookup(name: Annotated[str, typer.Argument(help="A name or alias, e.g. 'Otan'.")], kb: KBOption = None) -> None:
    """The entries a name can refer to, best first, with their roles."""
    from ..kb import KnowledgeBase

    out = Console()
    with _load(lambda: KnowledgeBase.open(kb)) as knowledge_base:
        for entry in knowledge_base.lookup(name):
            out.print(f"[b]{entry.qid}[/b] {entry.name} ({entry.name_en or '—'}) {entry.label}/{entry.type} {entry.country or ''}")
            for role in knowledge_base.roles_of(entry.qid):
                out.print(f"    {role.title_fr or role.position} of {role.of_qid}: {role.start or '?'} – {role.end or 'now'}")


@kb_app.command("import")
def kb_import(
    dump: Annotated[Path, typer.Argument(help="A Wikidata JSON dump (.json, .json.gz or .json.bz2), streamed.")],
    kb: KBOption = None,
) -> None:
    """Extend the knowledge base from a Wikidata JSON dump: labels, aliases, types, countries, positions held."""
    from ..kb import KnowledgeBase, import_wikidata_dump

    with _load(lambda: KnowledgeBase.open(kb)) as knowledge_base:  # builds the seed KB first if needed
        path = knowledge_base.path
    with _progress() as progress:
        task = progress.add_task("importing", total=None)
        report = lambda read, imported: progress.update(task, completed=read, description=f"imported {imported}")  # noqa: E731
        counts = _load(lambda: import_wikidata_dump(path, dump, progress=report))
    _print_stats(counts)


def _print_stats(counts: dict) -> None:
    out = Console()
    for key, value in counts.items():
        out.print(f"{key:>20s}  {value}")
