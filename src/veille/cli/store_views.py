"""Terminal views of the store's query results (``veille search``, ``entity``, ``stories``, ``timeline``).

Article text is shown as plain text, never as Rich markup: a title with ``[red]`` in it prints as written.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..store import EntityProfile, EntityRef, QuoteItem, SearchResult, StoryDetail, StoryList, Timeline


def render_search(result: SearchResult, out: Console) -> None:
    table = Table(title=f"{result.total} articles (from {result.offset + 1})", show_lines=True)
    for column in ("id", "date", "source", "title / snippet"):
        table.add_column(column)
    for hit in result.hits:
        body = Text(hit.title or hit.doc_id, style="bold") + Text("\n" + hit.snippet)
        if hit.duplicates:
            body += Text(f"\nnear-duplicates: {', '.join(map(str, hit.duplicates))}", style="dim")
        table.add_row(str(hit.id), hit.dct or "—", hit.source or "—", body)
    out.print(table)


def render_profile(profile: EntityProfile, out: Console) -> None:
    out.print(Text(_describe(profile.entity), style="bold"))
    if profile.also:
        out.print(Text("also named so: " + "; ".join(_describe(ref) for ref in profile.also)))
    days = Table(title="Mentions over time")
    for column in ("date", "articles", "mentions"):
        days.add_column(column)
    for day in profile.mentions_over_time:
        days.add_row(day.day or "undated", str(day.articles), str(day.mentions))
    out.print(days)
    _render_quotes("Quotes by", profile.quotes_by, out)
    _render_quotes("Quotes about", profile.quotes_about, out)
    for event in profile.events:
        out.print(Text(f"{event.dct or '—'}  {event.type} ({event.role}, {event.modality}): {event.trigger}"))
    if profile.co_occurring:
        out.print(Text("Seen with: " + "; ".join(f"{ref.name} ({ref.articles})" for ref in profile.co_occurring)))


def render_timeline(timeline: Timeline, out: Console) -> None:
    table = Table(title=_describe(timeline.entity))
    for column in ("date", "article", "kind", "text"):
        table.add_column(column)
    for item in timeline.items:
        table.add_row(item.date or "undated", Text(item.title or str(item.article_id)), item.kind, Text(item.text))
    out.print(table)


def render_stories(result: StoryList, out: Console) -> None:
    table = Table(title=f"{result.total} stories (from {result.offset + 1})")
    for column in ("id", "from", "to", "articles", "title"):
        table.add_column(column)
    for story in result.stories:
        table.add_row(str(story.id), story.first_date or "—", story.last_date or "—", str(story.articles),
                      Text(story.title or "—"))
    out.print(table)


def render_story(detail: StoryDetail, out: Console) -> None:
    story = detail.story
    out.print(Text(f"Story #{story.id}: {story.title or '—'} ({story.first_date} → {story.last_date}, "
                   f"{story.articles} articles)", style="bold"))
    if detail.entities:
        out.print(Text("Main entities: " + "; ".join(f"{ref.name} ({ref.articles})" for ref in detail.entities)))
    table = Table()
    for column in ("date", "article", "kind", "text"):
        table.add_column(column)
    for item in detail.timeline:
        text = f"{item.speaker or '?'}: « {item.text} »" if item.kind == "quote" else item.text
        table.add_row(item.date or "undated", str(item.article_id), item.kind, Text(text))
    out.print(table)


def _render_quotes(title: str, quotes: list[QuoteItem], out: Console) -> None:
    if not quotes:
        return
    table = Table(title=title)
    for column in ("date", "speaker", "quote"):
        table.add_column(column)
    for quote in quotes:
        table.add_row(quote.dct or "—", Text(quote.speaker or "?"), Text(f"« {quote.text} »"))
    out.print(table)


def _describe(ref: EntityRef) -> str:
    kb = f", {ref.kb_id}" if ref.kb_id else ""
    return f"{ref.name} [{ref.label}/{ref.type}{kb}] #{ref.id}: {ref.mentions} mentions in {ref.articles} articles"
