"""A batch job's output folder, and what makes a job resumable and idempotent.

    <out>/<table>/month=YYYY-MM/<part>.parquet    the tables (``veille.export.tables``), one part per analysed batch
    <out>/_parts/<part>.json                      a part's commit: the documents it holds, written after its tables
    <out>/_manifest.jsonl                         the shards finished, one line each, appended as they finish
    <out>/_job.json                               the contract schema of the analyses (a resume must match it)

A worker writes a part's tables (each file hidden, then renamed: whole or absent), then its commit. A part without
a commit (a worker killed between the two) is removed when the job starts again, and its documents analysed again;
a document of a committed part is never analysed twice. Parts are named by what they hold (a hash of their
documents' keys), so a batch Ray retries after a worker's death writes over its own files, never beside them.

A document's key is its identity in the store: its URL, else its text; an input that could not be read is keyed by
where it is (``path:line``).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import BatchError
from ..export.parquet import PARTITION
from ..ingest import Article, Rejected
from ..model import SCHEMA
from ..store.documents import content_hash

PARTS, MANIFEST, JOB = "_parts", "_manifest.jsonl", "_job.json"


def document_key(item: Article | Rejected) -> str:
    """The store's identity of a document (see the module docstring), as a short stable hash."""
    if isinstance(item, Rejected):
        identity = f"origin\0{item.origin or item.id}"
    elif item.url:
        identity = f"url\0{item.url}"
    else:
        identity = f"text\0{content_hash(item.text)}"
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()


def part_name(keys: Iterable[str]) -> str:
    """The name of the part holding these documents: the same documents, the same name."""
    return hashlib.sha1("\n".join(sorted(keys)).encode("ascii")).hexdigest()[:24]


@dataclass
class OutputFolder:
    """The output folder of a job on a ``pyarrow.fs`` filesystem (the local disk, S3…)."""

    filesystem: object
    root: str

    def prepare(self) -> None:
        """Create the folder, or check that the analyses already there have the schema this veille writes."""
        self.filesystem.create_dir(f"{self.root}/{PARTS}", recursive=True)
        job = self._read_json(f"{self.root}/{JOB}")
        if job is None:
            self._write_json(f"{self.root}/{JOB}", {"schema": SCHEMA})
        elif job.get("schema") != SCHEMA:
            raise BatchError(f"{self.root} holds analyses of schema {job.get('schema')!r}, not {SCHEMA!r}: "
                             "write this job to another folder")

    def finished_shards(self) -> set[str]:
        """The shards of the manifest (a line cut by a kill is a shard not finished)."""
        finished = set()
        for line in self._read_text(f"{self.root}/{MANIFEST}").splitlines():
            try:
                finished.add(json.loads(line)["shard"])
            except (ValueError, KeyError, TypeError):
                continue
        return finished

    def committed_keys(self) -> set[str]:
        """The keys of every document in a committed part."""
        keys: set[str] = set()
        for info in self._files(f"{self.root}/{PARTS}"):
            commit = self._read_json(info.path)
            if commit is not None:
                keys.update(commit["keys"])
        return keys

    def remove_uncommitted(self) -> int:
        """Delete the table files of parts that have no commit (and hidden files a kill left half written).

        RETURNS (int): the number of files removed.
        """
        committed = {info.base_name.removesuffix(".json") for info in self._files(f"{self.root}/{PARTS}")}
        removed = 0
        for info in self._files(self.root, recursive=True):
            if info.path[len(self.root) + 1:].startswith("_"):  # the job's own files: commits, manifest, job
                continue
            name = info.base_name
            if name.startswith(".") or name.removesuffix(".parquet") not in committed:
                self.filesystem.delete_file(info.path)
                removed += 1
        return removed

    def commit(self, part: str, keys: list[str], shards: dict[str, int]) -> None:
        """Record that part ``part`` (its tables already written) holds these documents."""
        self._write_json(f"{self.root}/{PARTS}/{part}.json", {"keys": keys, "shards": shards})

    def finish_shard(self, shard: str, documents: int, errors: int) -> None:
        """Append a finished shard to the manifest (object stores, which cannot append, rewrite it: a line per
        shard keeps it small)."""
        line = json.dumps({"shard": shard, "documents": documents, "errors": errors, "at": time.time()}) + "\n"
        path = f"{self.root}/{MANIFEST}"
        try:
            with self.filesystem.open_append_stream(path) as out:
                out.write(line.encode("utf-8"))
        except NotImplementedError:  # pyarrow's ArrowNotImplementedError: no append on this filesystem
            self._write_text(path, self._read_text(path) + line)

    def parts_by_month(self, table: str) -> dict[str, list[str]]:
        """The paths of one table's part files, by month (hidden files, half written, left out)."""
        folder = f"{self.root}/{table}"
        months: dict[str, list[str]] = {}
        for info in self._files(folder, recursive=True):
            if info.base_name.endswith(".parquet") and not info.base_name.startswith("."):
                month = info.path[len(folder) + 1:].split("/", 1)[0].removeprefix(f"{PARTITION}=")
                months.setdefault(month, []).append(info.path)
        return months

    def _files(self, folder: str, recursive: bool = False) -> list:
        import pyarrow.fs as pafs

        if self.filesystem.get_file_info(folder).type != pafs.FileType.Directory:
            return []
        selector = pafs.FileSelector(folder, recursive=recursive)
        return [info for info in self.filesystem.get_file_info(selector) if info.type == pafs.FileType.File]

    def _read_text(self, path: str) -> str:
        import pyarrow.fs as pafs

        if self.filesystem.get_file_info(path).type != pafs.FileType.File:
            return ""
        with self.filesystem.open_input_stream(path) as stream:
            return stream.read().decode("utf-8")

    def _read_json(self, path: str) -> dict | None:
        try:
            return json.loads(self._read_text(path) or "null")
        except ValueError:  # cut by a kill while written: as if absent
            return None

    def _write_text(self, path: str, text: str) -> None:
        """Write a small file whole or not at all: hidden first, then renamed."""
        folder, _, name = path.rpartition("/")
        hidden = f"{folder}/.{name}.tmp"
        with self.filesystem.open_output_stream(hidden) as out:
            out.write(text.encode("utf-8"))
        self.filesystem.move(hidden, path)

    def _write_json(self, path: str, value: dict) -> None:
        self._write_text(path, json.dumps(value))
