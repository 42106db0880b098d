"""The input shards of a batch job: files of JSONL (plain or ``.gz``), WARC and Parquet, local or on any filesystem
``pyarrow.fs`` knows (``s3://bucket/crawl/``, ``gs://``, ``hdfs://``), found under the folders named, at any depth.

A shard is the unit the job's manifest records as finished; its documents are read by ``veille.ingest`` exactly as
``veille analyze`` reads the same file, so a batch analyses what the CLI would.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..errors import BatchError, MissingDependency, UnreadableInput
from ..ingest import Article, Rejected, file_kind, read_file

SHARD_KINDS = frozenset({"jsonl", "warc", "parquet"})


@dataclass(frozen=True)
class Shard:
    """One input file: its URI as named or found (a local path, or ``scheme://…``), and its size in bytes."""

    uri: str
    size: int


def find_shards(inputs: Sequence[str]) -> list[Shard]:
    """Every shard named or found under the inputs, sorted by URI within each input, each once.

    inputs (Sequence[str]): files or folders, local paths or URIs.
    RETURNS (list[Shard]): the shards, in input order.
    """
    shards: dict[str, Shard] = {}
    for uri in inputs:
        found = list(_shards_under(uri))
        if not found:
            raise BatchError(f"{uri}: no JSONL, JSONL.gz, WARC or Parquet file there")
        shards.update((shard.uri, shard) for shard in found if shard.uri not in shards)
    return list(shards.values())


def _shards_under(uri: str) -> Iterator[Shard]:
    pafs = _pyarrow_fs()
    filesystem, path = resolve(uri)
    info = filesystem.get_file_info(path)
    if info.type == pafs.FileType.NotFound:
        raise BatchError(f"{uri}: no such file or folder")
    if info.type == pafs.FileType.File:
        if not is_shard(path):
            raise BatchError(f"{uri}: not a shard veille batch reads (.jsonl, .jsonl.gz, .warc, .warc.gz, .parquet)")
        yield Shard(uri, info.size)
        return
    prefix = uri[: len(uri) - len(path)] if uri.endswith(path) else ""
    entries = filesystem.get_file_info(pafs.FileSelector(path, recursive=True))
    for entry in sorted(entries, key=lambda entry: entry.path):
        if entry.type == pafs.FileType.File and is_shard(entry.path) and not _hidden(entry.path, path):
            yield Shard(prefix + entry.path, entry.size)


def is_shard(path: str) -> bool:
    """Whether a file's name tells a kind of shard (``crawl.warc.gz``, ``part-0.parquet``, ``lot.jsonl``)."""
    return file_kind(PurePosixPath(path)) in SHARD_KINDS


def _hidden(path: str, root: str) -> bool:
    """A file under a hidden folder or with a hidden name (``.tmp``, ``_SUCCESS``): tools' leftovers, not inputs."""
    parts = PurePosixPath(path).relative_to(root).parts if path.startswith(root) else PurePosixPath(path).parts
    return any(part.startswith((".", "_")) for part in parts)


def read_shard(uri: str, lang: str | None = None) -> Iterator[Article | Rejected]:
    """The documents of one shard, in file order, as ``veille.ingest`` reads the same file; a shard that cannot
    be opened (gone since it was listed, forbidden) is one Rejected."""
    filesystem, path = resolve(uri)
    name = PurePosixPath(path).name
    try:
        stream = filesystem.open_input_file(path)
    except OSError as exc:
        yield Rejected(id=name, error=UnreadableInput(f"{uri}: {exc}"), origin=uri)
        return
    with stream, io.BufferedReader(stream) as buffered:  # pyarrow's files have no readline of their own
        yield from read_file(buffered, name, uri, lang=lang, size=stream.size())


def resolve(uri: str):
    """The filesystem and path of a local path or URI (a local path may be relative)."""
    pafs = _pyarrow_fs()
    try:
        return pafs.FileSystem.from_uri(uri)
    except (ValueError, TypeError):  # not a URI: a local path
        return pafs.LocalFileSystem(), os.path.abspath(uri)


def _pyarrow_fs():
    try:
        import pyarrow.fs
    except ImportError as exc:
        raise MissingDependency("veille batch needs pyarrow and ray: pip install 'veille[ray]'") from exc
    return pyarrow.fs
