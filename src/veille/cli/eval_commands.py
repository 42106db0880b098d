"""``veille eval ner|quotes|timex|events|geo|stories``: veille scored against gold data, beside baselines."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .main import KBOption, _load, _pipeline, eval_app

IdsOption = Annotated[Optional[str], typer.Option(
    "--ids", help="Score only the documents whose id this regular expression finds (e.g. 'frdev2-\\d\\d[56]$').")]


def _selected(read, path: Path, ids: str | None) -> list:
    """The gold documents of ``path`` (read by ``read``), those whose id ``ids`` finds when it is given."""
    docs = _load(lambda: read(path))
    if ids is None:
        return docs
    try:
        pattern = re.compile(ids)
    except re.error as error:
        raise typer.BadParameter(f"--ids is not a regular expression: {error}") from error
    return [doc for doc in docs if pattern.search(doc.id)]


@eval_app.command("ner")
def eval_ner(
    gold: Annotated[list[Path], typer.Argument(help="Gold data: fr-news JSONL, HIPE TSV, or folders of them.")],
    baseline: Annotated[bool, typer.Option(help="Score bare fr_core_news_md beside veille.")] = True,
    errors: Annotated[bool, typer.Option("--errors", help="List veille's false positives and negatives.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    labels: Annotated[str, typer.Option(help="Comma-separated labels to score.")] = "PER,ORG,LOC,MISC",
    kb: KBOption = None,
    ids: IdsOption = None,
) -> None:
    """Named-entity P/R/F1 per label and micro, veille beside bare fr_core_news_md (strict span match)."""
    import spacy

    from ..eval import errors_report, evaluate_ner, ner_table, read_gold, spacy_baseline, to_json
    from ..eval.systems import veille_ner
    from ..pipeline import analyse

    nlp = _pipeline(kb)
    systems = {"veille": veille_ner(analyse, nlp=nlp)}
    if baseline:
        systems["fr_core_news_md"] = spacy_baseline(spacy.load("fr_core_news_md"))
    scored_labels = tuple(label.strip() for label in labels.split(",") if label.strip())
    out = Console()
    report = {}
    for path in gold:
        docs = _selected(read_gold, path, ids)
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
    kb: KBOption = None,
    ids: IdsOption = None,
) -> None:
    """Quotation P/R/F1 (content overlap ≥ half the gold span), with the right speaker, and per kind."""
    from ..eval import quote_errors, quotes_table, score_quotes

    def score(path, docs, analyses):
        scores = score_quotes(docs, analyses)
        lines = [line for doc, analysis in zip(docs, analyses) for line in quote_errors(doc, analysis)]
        return scores.to_dict(), quotes_table(scores, title=f"Quotations — {path} ({len(docs)} documents)"), lines

    _evaluate(gold, kb, score, errors=errors, as_json=as_json, ids=ids)


@eval_app.command("timex")
def eval_timex(
    gold: Annotated[list[Path], typer.Argument(help="Gold data: TimeML (.tml) or fr-news JSONL files, or folders.")],
    baseline: Annotated[bool, typer.Option(help="Score dateparser beside veille.")] = True,
    errors: Annotated[bool, typer.Option("--errors", help="List missed, spurious and misnormalised expressions.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: KBOption = None,
    ids: IdsOption = None,
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

    _evaluate(gold, kb, score, errors=errors, as_json=as_json, ids=ids)


@eval_app.command("events")
def eval_events(
    gold: Annotated[Optional[list[Path]], typer.Argument(
        help="Event gold: folders of standoff annotations, or fr-news JSONL with an events layer (default: "
             "data/events-dev).")] = None,
    shared: Annotated[Path, typer.Option(help="Shared data folder holding the annotated texts.")] = Path("../shared"),
    errors: Annotated[bool, typer.Option("--errors", help="List missed and spurious events, wrong arguments, "
                                         "modalities and sources.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: KBOption = None,
    ids: IdsOption = None,
) -> None:
    """PLOVER events in annotated sentences: trigger, typed and typed + actor + target P/R/F1, modality and source
    accuracy."""
    from ..eval.events import event_errors, events_table, score_events
    from ..eval.events_gold import read_event_gold, read_fr_news_events

    def score(path, docs, analyses):
        scores = score_events(docs, analyses)
        lines = [line for doc, analysis in zip(docs, analyses) for line in event_errors(doc, analysis)]
        title = f"Events — {path} ({scores.n_sentences} sentences, {len(docs)} documents)"
        return scores.to_dict(), events_table(scores, title=title), lines

    _evaluate(gold or [Path("data/events-dev")], kb, score, errors=errors, as_json=as_json,
              read=lambda path: read_fr_news_events(path) if path.suffix == ".jsonl" else read_event_gold(path, shared),
              ids=ids)


@eval_app.command("geo")
def eval_geo(
    gold: Annotated[Optional[list[Path]], typer.Argument(
        help="Geo gold: standoff folders (corpora.json + places.jsonl) or JSONL documents with places (default: "
             "data/geo-dev and data/geo-dev/ambiguous.jsonl).")] = None,
    shared: Annotated[Path, typer.Option(help="Shared data folder holding the annotated texts.")] = Path("../shared"),
    errors: Annotated[bool, typer.Option("--errors", help="List the mentions not located exactly.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: KBOption = None,
    ids: IdsOption = None,
) -> None:
    """Place resolution: exact GeoNames id and within-161-km accuracy over gold place mentions."""
    from ..eval.geo import geo_errors, geo_table, judge, read_geo_gold, score_geo
    from ..kb.places import Places, places_path

    places = Places.open(places_path(kb))

    def score(path, docs, analyses):
        judged = judge(docs, analyses, places)
        scores = score_geo(judged)
        return scores.to_dict(), geo_table(scores, f"Places — {path} ({len(docs)} documents)"), geo_errors(judged)

    default = [Path("data/geo-dev"), Path("data/geo-dev/ambiguous.jsonl")]
    _evaluate(gold or default, kb, score, errors=errors, as_json=as_json,
              read=lambda path: read_geo_gold(path, shared), ids=ids)


@eval_app.command("stories")
def eval_stories(
    gold: Annotated[list[Path], typer.Argument(help="Story gold: fr-news JSONL files whose lines carry a story label.")],
    errors: Annotated[bool, typer.Option("--errors", help="List wrongly merged and wrongly split pairs.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")] = False,
    kb: KBOption = None,
    ids: IdsOption = None,
) -> None:
    """Stories: the gold articles ingested into a fresh temporary store, and the stories it makes scored against the
    gold ones (pairwise and B³ P/R/F1)."""
    from ..eval import read_gold
    from ..eval.stories import gold_articles, gold_stories, score_stories, stories_table, story_errors

    nlp = _pipeline(kb)
    out = Console()
    report = {}
    for path in gold:
        docs = _selected(read_gold, path, ids)
        labels = _load(lambda: gold_stories(docs))
        system = _stories_made(gold_articles(docs), nlp)
        scores = score_stories(labels, system)
        report[str(path)] = scores.to_dict()
        if not as_json:
            out.print(stories_table(scores, title=f"Stories — {path} ({len(docs)} articles)"))
        for line in story_errors(docs, system) if errors else ():
            out.print(line, markup=False, highlight=False, soft_wrap=True)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")


def _stories_made(articles: list, nlp) -> dict[str, int]:
    """Article id → story id, once ``articles`` are ingested in order into a fresh SQLite store in a temporary
    folder (never the configured store: ``$VEILLE_DB`` is not read)."""
    import tempfile
    from functools import partial

    from ..pipeline import analyse
    from ..store import Store, ingest, list_stories, story

    with tempfile.TemporaryDirectory() as folder:
        with Store.open(f"sqlite:///{Path(folder) / 'stories.sqlite'}") as store:
            ingest(store, articles, analyse=partial(analyse, nlp=nlp))
            with store.session() as session:
                refs = list_stories(session, limit=max(len(articles), 1)).stories
                return {item.doc_id: ref.id for ref in refs for item in story(session, ref.id).articles}


def _evaluate(gold: list[Path], kb: Path | None, score, *, errors: bool, as_json: bool, read=None,
              ids: str | None = None) -> None:
    """Analyse each gold corpus with veille and print what ``score(path, docs, analyses)`` makes of it: its report
    (printed as JSON with ``--json``), its table, and its error lines (with ``--errors``). ``read(path)`` gives the
    gold documents (default: :func:`veille.eval.read_gold`)."""
    from ..eval import read_gold
    from ..eval.systems import analyse_gold
    from ..pipeline import analyse

    read = read or read_gold
    nlp = _pipeline(kb)
    out = Console()
    report = {}
    for path in gold:
        docs = _selected(read, path, ids)
        report[str(path)], table, lines = score(path, docs, analyse_gold(analyse, docs, nlp=nlp))
        if not as_json:
            out.print(table)
        for line in lines if errors else ():
            out.print(line, markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
