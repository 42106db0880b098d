"""The ``--format pretty`` report: the article with its entities and dates highlighted, then tables of entities,
quotes and dates."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Analysis

LABEL_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "MISC": "bold yellow"}
TIMEX_STYLE = "bold blue"


def render(analysis: Analysis, console: Console) -> None:
    """Print one analysis (or its error) for a human reader."""
    title = analysis.title or analysis.id
    if analysis.error:
        console.print(Panel(Text(analysis.error, style="red"), title=f"[b]{title}[/b]: not analysed"))
        return
    subtitle = f"lang={analysis.lang}  dct={_dct(analysis)}"
    console.print(Panel(_highlighted_text(analysis), title=f"[b]{title}[/b]", subtitle=subtitle))
    console.print(Group(_entity_table(analysis), _quote_table(analysis), _timex_table(analysis)))


def _dct(analysis: Analysis) -> str:
    """"2024-06-18 (given)", "2024 (inferred; candidates 2024, 2019)", "2018-03 (partial)"."""
    if analysis.dct_inference is not None:
        inference = analysis.dct_inference
        kept = ", ".join(str(candidate.year) for candidate in inference.candidates if candidate.kept)
        return f"{inference.value[:4]} (inferred from {inference.evidence[0].text!r}; years possible: {kept})"
    if analysis.dct:
        return f"{analysis.dct} ({analysis.dct_source or 'unknown'})"
    return f"{analysis.dct_partial} (partial)" if analysis.dct_partial else "— (unknown)"


def _highlighted_text(analysis: Analysis) -> Text:
    text = Text(analysis.text)
    for entity in analysis.entities:
        style = LABEL_STYLES.get(entity.label, "bold")
        for mention in entity.mentions:
            mention_style = style if mention.kind == "name" else f"{style} underline"
            text.stylize(mention_style, mention.start, mention.end)
    for timex in analysis.timexes:
        text.stylize(TIMEX_STYLE, timex.start, timex.end)
    return text


def _entity_table(analysis: Analysis) -> Table:
    table = Table(title="Entities", show_lines=False, expand=False)
    for column in ("id", "name", "label", "type", "kb_id", "place", "mentions"):
        table.add_column(column, overflow="fold")
    for entity in analysis.entities:
        mentions = ", ".join(_mention_label(m) for m in entity.mentions)
        table.add_row(
            entity.id,
            entity.name,
            Text(entity.label, style=LABEL_STYLES.get(entity.label, "")),
            entity.type,
            entity.kb_id or "—",
            _place(entity.geo),
            mentions,
        )
    return table


def _place(geo) -> str:
    """Where a located place lies: its GeoNames id (or kind), country and point."""
    if geo is None:
        return "—"
    where = f"GeoNames {geo.geonames_id}" if geo.geonames_id else geo.feature
    return f"{where}, {geo.country or '—'} ({geo.lat:.2f}, {geo.lon:.2f})"


def _quote_table(analysis: Analysis) -> Table:
    table = Table(title="Quotations", expand=False)
    for column in ("speaker", "cue", "kind", "what was said"):
        table.add_column(column, overflow="fold")
    for quote in analysis.quotes:
        speaker = quote.speaker.name or "—"
        if quote.speaker.mention is not None and quote.speaker.mention.text != speaker:
            speaker += f" [dim]({quote.speaker.mention.text})[/dim]"
        table.add_row(speaker, quote.cue.text if quote.cue else "—", quote.kind, quote.text)
    return table


def _timex_table(analysis: Analysis) -> Table:
    table = Table(title="Dates and times", expand=False)
    for column in ("expression", "type", "value"):
        table.add_column(column, overflow="fold")
    for timex in analysis.timexes:
        table.add_row(Text(timex.text, style=TIMEX_STYLE), timex.type, timex.value)
    return table


def _mention_label(mention) -> str:
    """"Moscou [→ Russie]", "le président russe (nominal)": the kind and metonymy beside the text."""
    label = mention.text
    if mention.kind != "name":
        label += f" [dim]({mention.kind})[/dim]"
    if mention.stands_for is not None:
        label += f" [dim]→ {mention.stands_for.name}[/dim]"
    return label
