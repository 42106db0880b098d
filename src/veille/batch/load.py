"""``veille load``: the output of ``veille batch run`` (or of ``veille export --format parquet``) into a store.

The ``documents`` table holds every analysed article as its ``veille/1`` document, and ``errors`` the documents
that could not be analysed; both go through the store's own ingest (``veille.store.ingest``) with the analysis
already done, so a loaded corpus is what ingesting the same documents one by one gives: the same articles, the
same corpus entities, near-duplicate groups and stories, the same idempotence (a document stored already is
skipped, a load can be run again). Only the writing is batched: one transaction per ``batch_size`` documents.

Documents are loaded a month at a time (``unknown`` last), each month's parts in the order their documents were
read, so memory holds one part, never the corpus.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from ..errors import input_error
from ..export import UNKNOWN_MONTH
from ..ingest import Article, Rejected
from ..model import Analysis
from ..store import IngestSummary, Store, ingest
from .output import OutputFolder
from .shards import resolve

_POSITION = re.compile(r"^(?P<where>.*?)(?:[:@](?P<number>[0-9]+))?$", re.DOTALL)


def load_output(root: str, store: Store, *, batch_size: int = 500,
                on_item: Callable[[IngestSummary], None] | None = None,
                on_error: Callable[[str, str], None] | None = None,
                after_batch: Callable[[], None] | None = None) -> IngestSummary:
    """Store every document of a batch output folder (local path or URI); see the module docstring.

    batch_size (int): documents written per transaction.
    on_item, on_error, after_batch: as for ``veille.store.ingest`` (``after_batch``: the watches, after each batch).
    RETURNS (IngestSummary): stored, replaced, skipped and errors.
    """
    analyses: dict[int, Analysis] = {}

    def analysed(items: Iterable[Article | Rejected]) -> Iterator[Analysis]:
        for item in items:
            yield analyses.pop(id(item))

    return ingest(store, _inputs(root, analyses), analyse=analysed, batch_size=batch_size, on_item=on_item,
                  on_error=on_error, after_batch=after_batch)


def _inputs(root: str, analyses: dict[int, Analysis]) -> Iterator[Article | Rejected]:
    """Each stored document as the input it was, its analysis set aside for it in ``analyses``."""
    for part in _parts_in_order(OutputFolder(*resolve(root))):
        for row in sorted(part, key=lambda row: _position(row["origin"])):
            item, analysis = _input(row)
            analyses[id(item)] = analysis
            yield item


def _input(row: dict) -> tuple[Article | Rejected, Analysis]:
    """A ``documents`` row as its Article and Analysis; an ``errors`` row as its Rejected and error record."""
    if row.get("document") is None:
        error = input_error(row["reason"], row["message"])
        return (Rejected(id=row["doc_id"], error=error, origin=row["origin"]),
                Analysis(id=row["doc_id"], text="", error=str(error)))
    analysis = Analysis.from_json(json.loads(row["document"]))
    article = Article(id=analysis.id, text=analysis.text, url=analysis.url, title=analysis.title, dct=analysis.dct,
                      lang=analysis.lang, origin=row["origin"])
    return article, analysis


def _parts_in_order(folder: OutputFolder) -> Iterator[list[dict]]:
    """The rows of each part file of ``documents`` and ``errors``, month by month, parts by their first input
    (only the ``origin`` column is read to order them; a part's rows are read when their turn comes)."""
    import pyarrow.parquet as pq

    filesystem, months = folder.filesystem, defaultdict(list)
    for table in ("documents", "errors"):
        for month, paths in folder.parts_by_month(table).items():
            months[month].extend(paths)
    for month, paths in sorted(months.items(), key=lambda item: (item[0] == UNKNOWN_MONTH, item[0])):
        firsts = {path: pq.read_table(path, columns=["origin"], filesystem=filesystem).column("origin").to_pylist()
                  for path in paths}
        for path in sorted((path for path in paths if firsts[path]),
                           key=lambda path: min(map(_position, firsts[path]))):
            yield pq.read_table(path, filesystem=filesystem).to_pylist()


def _position(origin: str | None) -> tuple[str, int]:
    """Where a document was in its input, for ordering: ``crawl.warc.gz@5120`` → (``crawl.warc.gz``, 5120),
    ``lot.jsonl:12`` → (``lot.jsonl``, 12), so that line 10 comes after line 9."""
    match = _POSITION.match(origin or "")
    return match["where"], int(match["number"] or 0)
