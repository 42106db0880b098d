"""``veille batch run``: the one ``analyse`` function mapped over input shards with Ray Data, tables out as Parquet.

The dataset flows in three steps, streamed (no step waits for the one before it to finish):
1. one row per pending shard (``from_items``);
2. ``flat_map``: each shard read into one row per document not yet in a committed part (``veille.ingest`` reads
   it, as ``veille analyze`` would), then one end row carrying how many documents it passed on;
3. ``map_batches`` with a callable class: an actor pool, each actor loading the pipeline once, analysing a batch
   of documents with ``veille.pipeline.analyse``, writing the batch's tables as one part and committing it
   (``output``), and returning one small row per document.
The driver counts the rows as they come back (the progress bar) and records a shard in the manifest once all its
documents are committed. Local mode (``ray.init()`` on this machine) unless an address is given or ``RAY_ADDRESS``
is set; a cluster's nodes need veille installed (``pip install 'veille[ray]'``).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

from ..errors import MissingDependency, input_error
from ..export import TABLES, rows, write_parts
from ..ingest import Article, Rejected, Span
from ..model import Analysis
from .output import OutputFolder, document_key, part_name
from .shards import Shard, find_shards, read_shard, resolve

logger = logging.getLogger(__name__)

END = ""  # the key of a shard's end row
BLOCK_BYTES = 16 * 1024
"""Ray Data's block size: a few documents a block (not its default 128 MiB), so that the documents of one shard
spread over every worker; the analysis of a document costs far more than handing it over."""


@dataclass
class BatchSummary:
    """What one run did: shards finished now and before, documents analysed now (errors among them)."""

    shards: int = 0
    shards_done_before: int = 0
    documents: int = 0
    errors: int = 0
    seconds: float = 0.0
    started: float = field(default_factory=time.monotonic, repr=False)

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        elapsed = time.monotonic() - self.started
        return self.documents / elapsed if elapsed > 0 else 0.0


def run_batch(
    inputs: Sequence[str],
    out: str,
    *,
    address: str | None = None,
    workers: int | None = None,
    batch_size: int = 64,
    kb_path: str | None = None,
    lang: str | None = None,
    on_progress: Callable[[BatchSummary], None] | None = None,
) -> BatchSummary:
    """Analyse every document of the input shards not yet in ``out``, writing the tables there.

    inputs (Sequence[str]): shard files or folders (local paths or ``pyarrow.fs`` URIs).
    out (str): the output folder (a local path or URI); a folder a previous run of the job left is resumed.
    address (str | None): a Ray cluster's address; None for ``RAY_ADDRESS``, else local mode.
    workers (int | None): analysing actors (each loads the pipeline once); None for one per CPU of the cluster.
    batch_size (int): documents per actor call, and per output part.
    kb_path (str | None): the knowledge base file the workers read (None: the default one).
    lang (str | None): the declared language of documents that declare none.
    on_progress (Callable | None): called with the running summary after each returned block.
    RETURNS (BatchSummary): the counts.
    """
    shards = find_shards(inputs)
    folder = OutputFolder(*resolve(out))
    folder.prepare()
    removed = folder.remove_uncommitted()
    if removed:
        logger.info("%s: removed %d files of parts a stopped run did not commit", out, removed)
    finished = folder.finished_shards()
    pending = [shard for shard in shards if shard.uri not in finished]
    summary = BatchSummary(shards_done_before=len(shards) - len(pending))
    if pending:
        ray = _start_ray(address)
        dataset = _dataset(ray, pending, folder, ray.put(frozenset(folder.committed_keys())),
                           workers or _cluster_cpus(ray), batch_size, kb_path, lang)
        _follow(dataset, folder, summary, on_progress or (lambda summary: None))
    summary.seconds = time.monotonic() - summary.started
    return summary


def _dataset(ray, pending: list[Shard], folder: OutputFolder, done_ref, workers: int, batch_size: int,
             kb_path: str | None, lang: str | None):
    """The streamed dataset of the module docstring's three steps."""
    shards = ray.data.from_items([{"shard": shard.uri} for shard in pending], override_num_blocks=len(pending))
    documents = shards.flat_map(_shard_rows, fn_kwargs={"done_ref": done_ref, "lang": lang}, num_cpus=0,
                                compute=ray.data.TaskPoolStrategy(size=_readers(workers)))
    return documents.map_batches(  # Ray restarts a killed worker's actor and gives it the batch again
        _Analyser, fn_constructor_kwargs={"root": folder.root, "filesystem": folder.filesystem, "kb_path": kb_path},
        batch_size=batch_size, compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1, batch_format="pyarrow",
    )


def _readers(workers: int) -> int:
    """How many shards are read at once: one per four workers (reading JSONL costs little next to the analysis;
    extracting WARC pages, about a third of it). Reading tasks reserve no CPU, so they never hold up an analysing
    actor, and their number is bounded here instead, or Ray would start a process per shard."""
    return max(1, -(-workers // 4))


def _shard_rows(row: dict, done_ref, lang: str | None) -> Iterator[dict]:
    """The documents of one shard not yet committed, then its end row (``count``: the documents passed on)."""
    import ray

    done, shard, count = ray.get(done_ref), row["shard"], 0
    for item in read_shard(shard, lang):
        key = document_key(item)
        if key in done:
            continue
        count += 1
        yield {"shard": shard, "key": key, "item": _encode(item), "count": 0}
    yield {"shard": shard, "key": END, "item": "", "count": count}


def _encode(item: Article | Rejected) -> str:
    """An input as text between processes: an Article's fields, or a Rejected's id, origin and error."""
    if isinstance(item, Rejected):
        return json.dumps({"rejected": True, "id": item.id, "origin": item.origin, "reason": item.error.reason,
                           "message": item.error.message})
    return json.dumps(asdict(item), ensure_ascii=False)


def _decode(text: str) -> Article | Rejected:
    fields = json.loads(text)
    if fields.pop("rejected", False):
        return Rejected(id=fields["id"], error=input_error(fields["reason"], fields["message"]),
                        origin=fields["origin"])
    return Article(**{**fields, "boilerplate": [Span(**span) for span in fields["boilerplate"]]})


class _Analyser:
    """A Ray actor: the pipeline loaded once, then one committed part per batch of documents."""

    def __init__(self, root: str, filesystem, kb_path: str | None):
        from ..pipeline import load_pipeline

        self.nlp = load_pipeline(kb_path)
        self.folder = OutputFolder(filesystem, root)

    def __call__(self, batch) -> dict[str, list]:
        """Analyse the batch's documents and commit them as one part; one small row back per row received."""
        shards, keys, items, counts = (batch.column(name).to_pylist() for name in ("shard", "key", "item", "count"))
        documents = [(shard, key, _decode(item)) for shard, key, item in zip(shards, keys, items) if key != END]
        analyses = self._analyse([item for _, _, item in documents])
        if documents:
            self._write_part(documents, analyses)
        failed = iter([analysis.error is not None for analysis in analyses])
        is_document = [key != END for key in keys]
        return {"shard": shards, "document": is_document,
                "error": [document and next(failed) for document in is_document],
                "count": [0 if document else count for document, count in zip(is_document, counts)]}

    def _write_part(self, documents: list[tuple[str, str, Article | Rejected]], analyses: list[Analysis]) -> None:
        """Every table's rows of these documents as one part, then its commit (``output``)."""
        part = part_name(key for _, key, _ in documents)
        for table in TABLES:
            found = (row for (_, _, item), analysis in zip(documents, analyses)
                     for row in rows(table, analysis, origin=item.origin))
            write_parts(table, found, self.folder.root, part, self.folder.filesystem)
        self.folder.commit(part, [key for _, key, _ in documents], dict(Counter(shard for shard, _, _ in documents)))

    def _analyse(self, items: list[Article | Rejected]) -> list[Analysis]:
        """The analyses of a batch (a document a stage raises on is an ``analysis_failed`` record: ``analyse``)."""
        from ..pipeline import analyse

        return list(analyse(items, nlp=self.nlp))


def _follow(dataset, folder: OutputFolder, summary: BatchSummary, on_progress) -> None:
    """Count what comes back; a shard goes into the manifest when its end row and all its documents are in."""
    expected: dict[str, int] = {}
    seen: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for block in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
        for shard, is_document, error, count in zip(*(block.column(name).to_pylist()
                                                      for name in ("shard", "document", "error", "count"))):
            if is_document:
                seen[shard] += 1
                errors[shard] += error
                summary.documents += 1
                summary.errors += error
            else:
                expected[shard] = count
            if expected.get(shard) == seen[shard]:
                folder.finish_shard(shard, seen[shard], errors[shard])
                summary.shards += 1
                del expected[shard]
        on_progress(summary)


def _start_ray(address: str | None):
    """Ray, connected to the cluster at ``address`` (or ``RAY_ADDRESS``), else started on this machine, quietly:
    the driver draws its own progress bar."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise MissingDependency("veille batch needs Ray: pip install 'veille[ray]'") from exc
    if not ray.is_initialized():
        os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # Ray's C++ core logs to stderr otherwise
        settings = {name: value for name, value in os.environ.items() if name.startswith("VEILLE_")}
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
                 runtime_env={"env_vars": settings})
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.target_max_block_size = BLOCK_BYTES
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    return ray


def _cluster_cpus(ray) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))
