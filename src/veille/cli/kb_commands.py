"""``veille kb build|stats|lookup|place|import``: the entity knowledge base and the gazetteer of places."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .main import KBOption, _load, _progress, kb_app


@kb_app.command("build")
def kb_build(kb: KBOption = None) -> None:
    """(Re)build the knowledge base from the seed facts shipped with veille, keeping imported rows, and the gazetteer
    of places beside it (both are built on first use otherwise)."""
    from ..kb import KnowledgeBase
    from ..kb.places import Places, places_path

    with _load(lambda: KnowledgeBase.open(kb)) as knowledge_base:
        _print_stats(knowledge_base.stats())
    places = _load(lambda: Places.open(places_path(kb)))
    try:
        _print_stats({f"places: {feature}": count for feature, count in sorted(places.stats().items())})
    finally:
        places.close()


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


@kb_app.command("place")
def kb_place(name: Annotated[str, typer.Argument(help="A place name, e.g. 'Tripoli'.")], kb: KBOption = None) -> None:
    """The places a name can designate in the gazetteer, most populous first: what the resolver chooses among."""
    from ..kb.places import Places, places_path

    out = Console()
    places = _load(lambda: Places.open(places_path(kb)))
    try:
        found = sorted(places.candidates(name), key=lambda candidate: -candidate[0].population)
    finally:
        places.close()
    for place, main in found:
        how = "" if main else " (an alternate name)"
        out.print(f"{place.id} {place.name} — {place.feature}, {place.admin1 or '—'}, {place.country or '—'}; "
                  f"{place.lat:.4f}, {place.lon:.4f}; population {place.population:,}{how}",
                  markup=False, highlight=False)
    if not found:
        out.print(f"no place is named {name!r}", markup=False, highlight=False)


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
