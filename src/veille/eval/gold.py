"""Gold data for evaluation: one in-memory shape for every annotated corpus we score against.

Gold files are read in place (under ``shared/gold/…``) and never copied into the project. Two formats:

* **fr-news JSONL** (``*.jsonl``): one document per line with ``id``, ``text``, ``dct``, ``entities``
  (``start``/``end`` Python ``str`` offsets, ``label`` in PER/ORG/LOC/MISC, ``canonical``), ``quotes``
  and ``timex``. See ``shared/gold/fr-news-dev/GUIDELINES.md``.
* **HIPE-2022 TSV** (``*.tsv``): one token per line; read by :mod:`veille.eval.hipe`.
* **ISO-TimeML** (``*.tml``, e.g. the French TimeBank): inline XML; read by :mod:`veille.eval.timeml`.

Every span is checked on reading (``text[start:end] == span.text``) so that a scorer never compares
offsets that point at the wrong characters. ``veille.eval.read`` finds the files and picks the reader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError

@dataclass(frozen=True)
class GoldSpan:
    """One gold entity mention; ``kb_id`` (Wikidata QID) and ``canonical`` serve later linking scores."""

    start: int
    end: int
    label: str
    text: str
    kb_id: str | None = None
    canonical: str | None = None

    def key(self) -> tuple[int, int, str]:
        """The (start, end, label) triple that strict NER scoring compares."""
        return (self.start, self.end, self.label)


@dataclass
class GoldDoc:
    """One gold document. ``quotes`` and ``timexes`` keep the raw fr-news records for later scorers;
    ``meta`` keeps the other header fields (url, dataset, …) that no scorer needs yet."""

    id: str
    text: str
    dct: str | None
    entities: list[GoldSpan]
    source: str
    quotes: list[dict[str, Any]] = field(default_factory=list)
    timexes: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def spans(self) -> list[tuple[int, int, str]]:
        """Gold entities as the triples :func:`veille.eval.scoring.score_entities` takes."""
        return [e.key() for e in self.entities]


def read_fr_news_jsonl(file: str | Path) -> list[GoldDoc]:
    """Read the fr-news gold JSONL (one document per non-blank line)."""
    docs = []
    with open(file, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                docs.append(_fr_news_doc(_parse_line(line, file, lineno), str(file)))
    return docs


def _parse_line(line: str, file: str | Path, lineno: int) -> dict[str, Any]:
    """Parse one JSONL line, naming the file and line when it is broken."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldFormatError(f"{file}:{lineno}: invalid JSON: {err}") from err
    if not isinstance(record, dict) or "text" not in record or "id" not in record:
        raise GoldFormatError(f"{file}:{lineno}: not a gold document object (needs id and text)")
    return record


def _fr_news_doc(record: dict[str, Any], source: str) -> GoldDoc:
    """Build a GoldDoc from one fr-news record, checking every entity's offsets."""
    text = record["text"]
    entities = [_fr_news_span(e, text, record["id"]) for e in record.get("entities", [])]
    known = {"id", "text", "dct", "entities", "quotes", "timex"}
    return GoldDoc(
        id=str(record["id"]),
        text=text,
        dct=record.get("dct"),
        entities=entities,
        source=source,
        quotes=list(record.get("quotes", [])),
        timexes=list(record.get("timex", [])),
        meta={k: v for k, v in record.items() if k not in known},
    )


def _fr_news_span(entity: dict[str, Any], text: str, doc_id: str) -> GoldSpan:
    """One fr-news entity; a span whose offsets do not give its text is a broken gold file."""
    span = GoldSpan(
        start=int(entity["start"]),
        end=int(entity["end"]),
        label=str(entity["label"]),
        text=str(entity["text"]),
        canonical=entity.get("canonical"),
    )
    check_span(span, text, doc_id)
    return span


def check_span(span: GoldSpan, text: str, doc_id: str) -> None:
    """Raise GoldFormatError unless ``text[span.start:span.end] == span.text``."""
    if text[span.start : span.end] != span.text:
        raise GoldFormatError(
            f"{doc_id}: span {span.start}:{span.end} is {text[span.start:span.end]!r}, "
            f"gold says {span.text!r}"
        )
