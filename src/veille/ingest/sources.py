"""Read the inputs of one call (files, directories, JSONL, WARC, feeds, URLs, standard input) into Articles or
Rejected records.

Each document is read on its own: a document that cannot be read becomes a ``Rejected`` with a typed reason, and
the batch goes on. Documents come out in input order.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Callable

from ..errors import InputError, MissingInput, UnreadableInput
from .article import Article, Rejected
from .build import DEFAULT_MAX_CHARS, article_from_text, check_dct
from .decode import SNIFF_BYTES, check_not_binary, decode_text, text_byte_limit, too_large
from .feeds import read_feed
from .fetch import fetch, is_url
from .html_extract import MAX_MARKUP_RATIO, article_from_html
from .jsonl import read_jsonl
from .parquet import read_parquet
from .warc import read_warc

logger = logging.getLogger(__name__)

STDIN = "-"
SUFFIX_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".jsonl.gz": "jsonl",
                ".warc": "warc", ".warc.gz": "warc", ".parquet": "parquet", ".rss": "feed", ".atom": "feed"}
"""The kind of a file, from the end of its name (case ignored); other files are sniffed as standard input is."""

_LONGEST_SUFFIX_FIRST = sorted(SUFFIX_KINDS.items(), key=lambda item: -len(item[0]))
_HTML_STARTS = (b"<html", b"<!doctype")
_FEED_START = re.compile(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]", re.DOTALL)


def read_inputs(
    paths: Sequence[str | Path],
    *,
    dct: str | None = None,
    lang: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejected]:
    """Read every input into Articles, or Rejected records for documents that cannot be read.

    paths (Sequence[str | Path]): files (``.txt``, ``.html``/``.htm``, ``.jsonl``/``.jsonl.gz``,
        ``.warc``/``.warc.gz``, ``.parquet``, ``.rss``/``.atom``), directories (their files of those kinds, sorted
        by name, not recursive), ``http(s)://`` URLs (a feed or a page, fetched once; links in it are not
        followed) and ``"-"`` for standard input.
    dct (str | None): YYYY-MM-DD date for documents that have none of their own (ValueError at once otherwise).
    lang (str | None): the declared language of documents that declare none; skips detection.
    max_chars (int): the longest text accepted (spaCy's default ``max_length``).
    stdin (BinaryIO | None): what ``"-"`` reads; ``sys.stdin.buffer`` by default.
    RETURNS (Iterator[Article | Rejected]): one item per document, in input order.
    """
    if dct is not None:
        check_dct(dct)
    return _read_all(paths, dct=dct, lang=lang, max_chars=max_chars, stdin=stdin)


def _read_all(paths: Sequence[str | Path], *, dct: str | None, lang: str | None, max_chars: int,
              stdin: BinaryIO | None) -> Iterator[Article | Rejected]:
    """The generator behind read_inputs (kept apart so argument errors surface at the call, not at iteration)."""
    for path in _expand(paths):
        if isinstance(path, Rejected):
            items = iter([path])
        elif str(path) == STDIN:
            items = _read_stream(stdin or sys.stdin.buffer, "<stdin>", "stdin", None, lang, max_chars)
        elif is_url(str(path)):
            items = _read_url(str(path), lang, max_chars)
        else:
            items = _read_path(Path(path), lang, max_chars)
        for item in items:
            yield _with_default_dct(item, dct)


def _expand(paths: Sequence[str | Path]) -> Iterator[str | Path | Rejected]:
    """Replace each directory by its input files, sorted by name; everything else passes through."""
    for path in paths:
        if str(path) != STDIN and Path(path).is_dir():
            yield from _folder_inputs(Path(path))
        else:
            yield path


def _folder_inputs(folder: Path) -> Iterator[Path | Rejected]:
    """The files of a folder that veille reads, by name; an entry of such a name that cannot be read as a file (a
    symbolic link looping or pointing nowhere, a pipe, a socket) is a Rejected, never passed over in silence."""
    entries = [entry for entry in sorted(folder.iterdir()) if file_kind(entry) and not entry.is_dir()]
    if not entries:
        logger.warning("%s: no file of a kind veille reads (%s) in this directory", folder, ", ".join(SUFFIX_KINDS))
    for entry in entries:
        if entry.is_file():
            yield entry
        else:
            yield Rejected(id=_stem(entry), error=UnreadableInput(f"{entry}: {_not_a_file(entry)}"), origin=str(entry))


def _not_a_file(entry: Path) -> str:
    """Why a folder entry that is no directory is not a regular file either."""
    try:
        entry.stat()
    except OSError as exc:  # a loop of links (ELOOP), or a link to nothing (ENOENT)
        return f"a symbolic link that cannot be followed ({exc.strerror})"
    return "not a regular file (a pipe, a socket or a device)"


def _read_path(path: Path, lang: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """Read one file; a file that cannot be opened becomes a Rejected instead of an exception."""
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except FileNotFoundError:
        yield Rejected(id=_stem(path), error=MissingInput(f"no such file or directory: {path}"), origin=str(path))
        return
    except OSError as exc:
        yield Rejected(id=_stem(path), error=UnreadableInput(f"{path}: {exc.strerror}"), origin=str(path))
        return
    with stream:
        yield from read_file(stream, path.name, str(path), lang=lang, max_chars=max_chars, size=size)


def read_file(stream: BinaryIO, name: str, origin: str, *, lang: str | None = None,
              max_chars: int = DEFAULT_MAX_CHARS, size: int | None = None) -> Iterator[Article | Rejected]:
    """Read one open file (a local file, a ``pyarrow.fs`` input file) as the end of its name says.

    stream (BinaryIO): the file from its first byte; random access for Parquet.
    name (str): its name (``crawl.warc.gz``): its kind, and the id prefix of its documents (``crawl``).
    origin (str): where it is, for each document's origin (a path, a URI).
    size (int | None): its size when known, to refuse a certainly-too-large document before reading it.
    RETURNS (Iterator[Article | Rejected]): one item per document, in file order.
    """
    kind, stem = file_kind(Path(name)), _stem(Path(name))
    if kind == "parquet":
        yield from read_parquet(stream, origin=origin, stem=stem, lang=lang, max_chars=max_chars)
    elif kind == "jsonl" and name.lower().endswith(".gz"):
        yield from _read_gzipped_jsonl(stream, origin, stem, lang, max_chars)
    else:
        yield from _read_stream(stream, origin, stem, kind, lang, max_chars, size=size)


def _read_gzipped_jsonl(stream: BinaryIO, origin: str, stem: str, lang: str | None, max_chars: int
                        ) -> Iterator[Article | Rejected]:
    """A gzipped JSONL file, decompressed as it is read; a broken archive ends in one Rejected that names it,
    after the records read before the break."""
    try:
        with gzip.GzipFile(fileobj=stream) as unzipped:
            yield from _read_stream(unzipped, origin, stem, "jsonl", lang, max_chars)
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError; a cut file an EOFError
        yield Rejected(id=stem, error=UnreadableInput(f"{origin}: a broken gzip file ({exc})"), origin=origin)


def file_kind(path: Path) -> str | None:
    """The kind of a file from the end of its name, or None to sniff it."""
    return SUFFIX_KINDS.get(_known_suffix(path))


def _stem(path: Path) -> str:
    """The document id of a file: its name without the suffix that tells its kind (``crawl`` of ``crawl.warc.gz``)."""
    suffix = _known_suffix(path)
    return path.name[: -len(suffix)] if suffix else path.stem


def _known_suffix(path: Path) -> str:
    """The longest end of the name that tells a kind (``.warc.gz`` rather than ``.gz``), lower case; else ""."""
    name = path.name.lower()
    return next((suffix for suffix, _ in _LONGEST_SUFFIX_FIRST if name.endswith(suffix)), "")


def _read_url(url: str, lang: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """Fetch a URL the user named and read it as its first bytes show (a feed, a page, text)."""
    stem = url.rstrip("/").rsplit("/", 1)[-1] or url
    try:
        data = fetch(url, MAX_MARKUP_RATIO * max_chars)
    except InputError as err:
        logger.info("%s rejected: %s", url, err)
        yield Rejected(id=stem, error=err, origin=url)
        return
    yield from _read_stream(io.BytesIO(data), url, stem, None, lang, max_chars, size=len(data))


def _read_stream(stream: BinaryIO, origin: str, stem: str, kind: str | None, lang: str | None,
                 max_chars: int, *, size: int | None = None) -> Iterator[Article | Rejected]:
    """Read one input of the given kind (or of the kind its first bytes show) from an open binary stream.

    ``size``, when known (a file), refuses a certainly-too-large input before reading more than its first bytes.
    """
    head = stream.read(SNIFF_BYTES)
    kind = kind or sniff_kind(head)
    if kind == "warc":  # gzipped, so before the binary check; streamed, so never loaded whole
        yield from read_warc(_from_start(head, stream), origin=origin, stem=stem, lang=lang, max_chars=max_chars)
        return
    try:
        check_not_binary(head)
        if kind == "jsonl":
            yield from read_jsonl(_lines(head, stream), origin=origin, stem=stem, lang=lang, max_chars=max_chars)
            return
        limit = _byte_limit(kind, max_chars)
        if size is not None and size > limit:
            raise too_large(size, "bytes", max_chars, bound=limit)
        data = _read_bounded(head, stream, limit, max_chars)
        if kind == "feed":
            yield from read_feed(data, origin=origin, stem=stem, lang=lang, max_chars=max_chars)
            return
        yield _READERS[kind](data, id=stem, lang=lang, origin=origin, max_chars=max_chars)
    except InputError as err:
        logger.info("%s rejected: %s", origin, err)
        yield Rejected(id=stem, error=err, origin=origin)


def sniff_kind(head: bytes) -> str:
    """Tell WARC, JSONL, feeds, HTML and plain text apart by the first non-blank characters (for stdin, URLs and
    unknown suffixes). A gzipped WARC is known by its name only."""
    start = head.lstrip(b"\xef\xbb\xbf").lstrip()[:1024].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if _FEED_START.match(start):
        return "feed"
    if start.startswith(_HTML_STARTS):
        return "html"
    return "text"


def _byte_limit(kind: str, max_chars: int) -> int:
    """The most bytes an input of this kind may have before it is certainly too large."""
    return MAX_MARKUP_RATIO * max_chars if kind in ("html", "feed") else text_byte_limit(max_chars)


def _read_bounded(head: bytes, stream: BinaryIO, limit: int, max_chars: int) -> bytes:
    """Read the rest of the stream, but never more than ``limit`` bytes: a huge input is refused, not loaded.

    Reads until end of input, since a raw stream (a pipe) may return fewer bytes than asked for.
    """
    chunks, total = [head], len(head)
    while total <= limit and (chunk := stream.read(limit + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise too_large(total, "bytes or more", max_chars, bound=limit)
    return b"".join(chunks)


def _lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of the stream, read line by line (JSONL can be any size)."""
    *complete, partial = head.split(b"\n")
    for line in complete:
        yield line + b"\n"
    rest = partial + stream.readline()
    if rest:
        yield rest
        yield from stream


def _from_start(head: bytes, stream: BinaryIO) -> BinaryIO:
    """The stream read again from its first byte: a file is rewound (so a reader may seek in it); a pipe is the
    bytes already read followed by the rest."""
    if stream.seekable():
        stream.seek(0)
        return stream
    return io.BufferedReader(_Rejoined(head, stream))


class _Rejoined(io.RawIOBase):
    """A stream whose first bytes were already read for sniffing: ``head``, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head, self._stream = memoryview(head), stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count], self._head = self._head[:count], self._head[count:]
            return count
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _text_reader(data: bytes, **fields) -> Article:
    """Plain text: decoded exactly, then analysed verbatim."""
    return article_from_text(decode_text(data), **fields)


_READERS: dict[str, Callable[..., Article]] = {"text": _text_reader, "html": article_from_html}


def _with_default_dct(item: Article | Rejected, dct: str | None) -> Article | Rejected:
    """Give the caller's dct to an Article that has no date of its own (from its record or its page)."""
    if dct is not None and isinstance(item, Article) and item.dct is None:
        item.dct, item.dct_source = dct, "given"
    return item
