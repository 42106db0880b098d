"""Finding gold files and reading each with the reader of its format: fr-news JSONL (``gold``), HIPE TSV
(``hipe``) or ISO-TimeML (``timeml``). Kept apart from the readers, which import the gold shapes, so that no
module of ``veille.eval`` imports one that imports it back."""

from __future__ import annotations

import glob
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from .gold import GoldDoc, read_fr_news_jsonl
from .hipe import read_hipe_tsv
from .timeml import read_timeml

logger = logging.getLogger(__name__)

GOLD_SUFFIXES = (".jsonl", ".tsv", ".tml")


def read_gold(path: str | Path) -> list[GoldDoc]:
    """Read every gold document under ``path``: a ``.jsonl``/``.tsv`` file, a directory (all such files
    in it, sorted) or a glob pattern. The format is chosen by the file extension."""
    files = gold_files(path)
    docs: list[GoldDoc] = []
    for file in files:
        docs.extend(_read_file(file))
    logger.info("read %d gold documents from %d file(s) under %s", len(docs), len(files), path)
    return docs


def gold_files(path: str | Path) -> list[Path]:
    """Resolve a file, directory or glob into the sorted list of gold files it names (a directory is searched
    with its sub-directories: a TimeBank release keeps its files under ``Data/``)."""
    p = Path(path)
    if p.is_dir():
        files = [f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix in GOLD_SUFFIXES]
    elif p.is_file():
        files = [p]
    elif any(c in str(path) for c in "*?["):
        files = [Path(f) for f in sorted(glob.glob(str(path))) if Path(f).suffix in GOLD_SUFFIXES]
    else:
        raise GoldFormatError(f"no such gold file or directory: {path}")
    if not files:
        raise GoldFormatError(f"no .jsonl, .tsv or .tml gold file under {path}")
    return files


def _read_file(file: Path) -> list[GoldDoc]:
    """Dispatch one file on its extension."""
    if file.suffix == ".jsonl":
        return read_fr_news_jsonl(file)
    if file.suffix == ".tsv":
        return read_hipe_tsv(file)
    if file.suffix == ".tml":
        return read_timeml(file)
    raise GoldFormatError(f"unknown gold format (want .jsonl, .tsv or .tml): {file}")


def jsonl_records(file: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``file:line``, record) for each non-blank line of a JSONL gold file; a bad line raises GoldFormatError."""
    try:
        handle = open(file, encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{file}: unreadable ({exc})") from exc
    with handle:
        for lineno, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield f"{file}:{lineno}", json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(f"{file}:{lineno}: invalid JSON: {exc}") from exc


def corpus_texts(file: Path, shared: Path) -> dict[str, dict[str, GoldDoc]]:
    """Corpus name → document id → gold document, for a standoff set's ``corpora.json`` (name → gold file or
    folder, relative to the shared folder)."""
    try:
        corpora = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{file}: unreadable ({exc})") from exc
    return {name: {doc.id: doc for doc in read_gold(shared / relative)} for name, relative in corpora.items()}


def standoff_texts(folder: Path, files: tuple[str, ...], shared: Path, kind: str) -> dict[str, dict[str, GoldDoc]]:
    """The shared texts a standoff gold set (``data/events-dev``, ``data/geo-dev``) points into, once its files are
    checked: ``files`` must be in ``folder``, and the shared folder must exist (the set keeps only offsets)."""
    missing = [name for name in files if not (folder / name).is_file()]
    if missing:
        raise GoldFormatError(f"{folder}: not {kind} (missing {', '.join(missing)})")
    if not shared.is_dir():
        raise GoldFormatError(f"shared data folder {shared} not found: {kind} keeps only offsets into its texts "
                              "(pass --shared)")
    return corpus_texts(folder / "corpora.json", shared)
