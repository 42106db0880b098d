"""Loading the data files (TSV) that hold lexicons, rules and seed facts.

Data files start with ``#`` lines saying where their facts come from, then a header row naming the columns. They are
read once and validated: a row with the wrong number of cells, or an empty required cell, raises DataFileError naming
the file and line, so a bad edit fails loudly at start-up instead of silently changing results.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import DataFileError


def read_tsv(path: Path, columns: Sequence[str], *, required: Sequence[str] = ()) -> Iterator[dict[str, str]]:
    """Yield the rows of a TSV data file as dicts keyed by ``columns``.

    path (Path): the file; its first non-comment line must be exactly the tab-joined ``columns``.
    columns (Sequence[str]): the expected header.
    required (Sequence[str]): columns that may not be empty.
    RETURNS (Iterator[dict]): one dict per data row, cells stripped of surrounding spaces.
    """
    header_seen = False
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if not header_seen:
                if cells != list(columns):
                    raise DataFileError(f"{path}:{lineno}: header {cells} is not {list(columns)}")
                header_seen = True
                continue
            if len(cells) != len(columns):
                raise DataFileError(f"{path}:{lineno}: {len(cells)} cells, expected {len(columns)}: {line!r}")
            row = dict(zip(columns, cells))
            for name in required:
                if not row[name]:
                    raise DataFileError(f"{path}:{lineno}: empty {name!r}: {line!r}")
            yield row
    if not header_seen:
        raise DataFileError(f"{path}: no header row")
