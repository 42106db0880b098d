"""HIPE-2022 TSV gold (historical French newspapers) rebuilt as plain text with character offsets.

The TSV has one token per line (columns named by its header line: TOKEN NE-COARSE-LIT … NEL-LIT …
MISC); ``# hipe2022:document_id = …`` starts a document and ``# hipe2022:date = …`` gives its date.
veille's systems read text, not tokens, so each document's text is rebuilt and the entities get
character offsets into it.

Text rebuilding (the MISC column's flags):

* ``NoSpaceAfter``: the next token follows directly (this wins over ``EndOfLine``, so an OCR
  hyphenation such as ``ex¬`` + ``pression`` stays glued, without a line break);
* ``EndOfLine`` (without ``NoSpaceAfter``): the separator is ``eol``, ``"\\n"`` by default, so the
  printed line layout survives and the rebuilt text looks like what an OCR pipeline would feed veille;
* otherwise a single space. ``EndOfSentence`` and ``Partial-…`` change nothing in the text.

Entities come from the BIO tags of NE-COARSE-LIT (literal sense, coarse type). An ``I-`` tag with no
open entity of the same type starts a new one (the files have a few such breaks). Coarse types are
mapped onto the French spaCy scheme, case-insensitively because newseye writes ``PER``/``HumanProd``
while hipe2020/letemps write ``pers``/``prod``:

======================  =========
HIPE coarse type        label
======================  =========
pers / PER              PER
org / ORG               ORG
loc / LOC               LOC
prod / HumanProd        MISC
time                    dropped (a date, not a name: fr_core_news_md has no such label; not scored)
======================  =========

Each entity keeps the NEL-LIT value of its first token as ``kb_id`` (a Wikidata QID); ``NIL`` and ``_``
become ``None``. Because a separator may be ``"\\n"``, an entity's ``text`` is its tokens joined the
same way as the document text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .gold import GoldDoc, GoldFormatError, GoldSpan, check_span

logger = logging.getLogger(__name__)

HIPE_LABELS: dict[str, str | None] = {
    "pers": "PER",
    "per": "PER",
    "org": "ORG",
    "loc": "LOC",
    "prod": "MISC",
    "humanprod": "MISC",
    "time": None,
}
DEFAULT_EOL = "\n"
_NO_VALUE = {"", "_", "NIL"}


@dataclass
class _Token:
    """One TSV token row, reduced to what rebuilding text and entities needs."""

    text: str
    tag: str
    kb_id: str | None
    flags: frozenset[str]


@dataclass
class _RawDoc:
    """A document while its TSV lines are being collected."""

    id: str
    meta: dict[str, str] = field(default_factory=dict)
    tokens: list[_Token] = field(default_factory=list)


def read_hipe_tsv(file: str | Path, *, eol: str = DEFAULT_EOL) -> list[GoldDoc]:
    """Read one HIPE-2022 TSV file into GoldDocs (see the module docstring for the conventions)."""
    with open(file, encoding="utf-8") as fh:
        raw_docs = _collect(fh.read().splitlines(), file)
    docs = [_build_doc(raw, str(file), eol) for raw in raw_docs]
    dropped = sum(d.meta.get("dropped_entities", 0) for d in docs)
    logger.info("%s: %d documents, %d entities (%d time/unknown dropped)",
                file, len(docs), sum(len(d.entities) for d in docs), dropped)
    return docs


def _collect(lines: list[str], file: str | Path) -> list[_RawDoc]:
    """Group the TSV lines into documents; the header line names the columns."""
    columns: dict[str, int] | None = None
    docs: list[_RawDoc] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            _comment(line, docs)
        elif columns is None:
            columns = _header(line, file)
        elif not docs:
            raise GoldFormatError(f"{file}:{lineno}: token before any '# hipe2022:document_id'")
        else:
            docs[-1].tokens.append(_token(line.split("\t"), columns, file, lineno))
    return docs


def _header(line: str, file: str | Path) -> dict[str, int]:
    """Column positions from the header; the columns we use must be there."""
    columns = {name: i for i, name in enumerate(line.split("\t"))}
    missing = {"TOKEN", "NE-COARSE-LIT", "NEL-LIT", "MISC"} - columns.keys()
    if missing:
        raise GoldFormatError(f"{file}: not a HIPE TSV header, missing {sorted(missing)}")
    return columns


def _comment(line: str, docs: list[_RawDoc]) -> None:
    """``# ns:key = value`` lines: a document_id starts a document, other keys are its metadata."""
    key, sep, value = line.lstrip("#").partition("=")
    if not sep:
        return
    key, value = key.strip().split(":")[-1], value.strip()
    if key == "document_id":
        docs.append(_RawDoc(id=value))
    elif docs:
        docs[-1].meta[key] = value


def _token(cells: list[str], columns: dict[str, int], file: str | Path, lineno: int) -> _Token:
    """One token row; a short row is a broken file, not something to guess around."""
    if len(cells) < len(columns):
        raise GoldFormatError(f"{file}:{lineno}: {len(cells)} columns, header has {len(columns)}")
    kb = cells[columns["NEL-LIT"]].strip()
    return _Token(
        text=cells[columns["TOKEN"]],
        tag=cells[columns["NE-COARSE-LIT"]].strip(),
        kb_id=None if kb in _NO_VALUE else kb,
        flags=frozenset(cells[columns["MISC"]].split("|")),
    )


def _separator(token: _Token, eol: str) -> str:
    """What follows a token in the rebuilt text."""
    if "NoSpaceAfter" in token.flags:
        return ""
    return eol if "EndOfLine" in token.flags else " "


def _build_doc(raw: _RawDoc, source: str, eol: str) -> GoldDoc:
    """Rebuild text and character offsets of one document, then its entities from the BIO tags."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for i, tok in enumerate(raw.tokens):
        offsets.append((pos, pos + len(tok.text)))
        sep = _separator(tok, eol) if i + 1 < len(raw.tokens) else ""
        parts.extend((tok.text, sep))
        pos += len(tok.text) + len(sep)
    text = "".join(parts)
    entities, dropped = _entities(raw.tokens, offsets, text, raw.id)
    meta: dict[str, object] = {**raw.meta, "dropped_entities": dropped}
    date = raw.meta.get("date") or None
    return GoldDoc(id=raw.id, text=text, dct=date, entities=entities, source=source, meta=meta)


def _entities(
    tokens: list[_Token], offsets: list[tuple[int, int]], text: str, doc_id: str
) -> tuple[list[GoldSpan], int]:
    """Decode BIO runs into spans; returns the kept spans and how many were dropped (time, unknown)."""
    runs = _bio_runs([t.tag for t in tokens])
    spans: list[GoldSpan] = []
    dropped = 0
    for first, last, hipe_type in runs:
        label = _map_label(hipe_type, doc_id)
        if label is None:
            dropped += 1
            continue
        start, end = offsets[first][0], offsets[last][1]
        span = GoldSpan(start, end, label, text[start:end], kb_id=tokens[first].kb_id)
        check_span(span, text, doc_id)
        spans.append(span)
    return spans, dropped


def _bio_runs(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, type) for each entity run; ``I-x`` continues only an open ``x``."""
    runs: list[tuple[int, int, str]] = []
    open_type: str | None = None
    for i, tag in enumerate(tags):
        prefix, _, etype = tag.partition("-")
        if prefix == "I" and etype == open_type:
            first, _, _ = runs[-1]
            runs[-1] = (first, i, etype)
        elif prefix in ("B", "I") and etype:
            runs.append((i, i, etype))
            open_type = etype
        else:
            open_type = None
    return runs


def _map_label(hipe_type: str, doc_id: str) -> str | None:
    """HIPE coarse type → PER/ORG/LOC/MISC, or None for a type that is not scored."""
    key = hipe_type.lower()
    if key not in HIPE_LABELS:
        logger.warning("%s: unknown HIPE entity type %r dropped", doc_id, hipe_type)
        return None
    return HIPE_LABELS[key]
