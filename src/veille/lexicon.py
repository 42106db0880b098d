"""Reading the data files (TSV) that hold lexicons, rules and seed facts.

Data files start with ``#`` lines saying where their facts come from, then a header row naming the columns. They are
read once and validated: a row with too many cells, an empty required cell or a cell a validator refuses raises
DataFileError naming the file and line, so a bad edit fails loudly at start-up instead of silently changing results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError


@dataclass
class Row:
    """One data row: its cells by column name, and where it comes from (for error messages)."""

    cells: dict[str, str]
    path: Path
    line: int

    def __getitem__(self, key: str) -> str:
        return self.cells[key]

    def error(self, message: str) -> DataFileError:
        return DataFileError(f"{self.path.name}:{self.line}: {message} ({self.path})")

    def multi(self, key: str) -> list[str]:
        """A ``|``-separated cell as a list."""
        return [value.strip() for value in self.cells[key].split("|") if value.strip()]


def read_tsv(
    path: Path,
    columns: Sequence[str],
    *,
    required: Sequence[str] = (),
    validators: dict[str, Callable[[str], str | None]] | None = None,
) -> Iterator[Row]:
    """Yield the validated rows of a TSV data file.

    path (Path): the file; ``#`` source lines first, then a header that must be exactly ``columns``.
    columns (Sequence[str]): the expected header; missing trailing cells read as empty.
    required (Sequence[str]): columns that may not be empty.
    validators (dict): column → function returning an error message (or None) for a non-empty cell.
    RETURNS (Iterator[Row]): one row per data line, cells stripped of surrounding spaces.
    """
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{name}: data file missing ({path})") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{name}: not UTF-8 ({exc}) ({path})") from None
    header: list[str] | None = None
    saw_comment = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            saw_comment = True
            continue
        if header is None:
            if not saw_comment:
                raise DataFileError(f"{name}:{lineno}: the file must start with '#' lines saying where its facts come from ({path})")
            header = line.split("\t")
            if header != list(columns):
                raise DataFileError(f"{name}:{lineno}: header {header!r} should be {list(columns)!r} ({path})")
            continue
        yield _row(line, columns, path, lineno, required, validators or {})
    if header is None:
        raise DataFileError(f"{name}: no header row ({path})")


def _row(line, columns, path, lineno, required, validators) -> Row:
    cells = line.split("\t")
    if len(cells) > len(columns):
        raise DataFileError(f"{path.name}:{lineno}: {len(cells)} cells, expected {len(columns)} ({path})")
    cells += [""] * (len(columns) - len(cells))
    row = Row({column: value.strip() for column, value in zip(columns, cells)}, path, lineno)
    for column in required:
        if not row[column]:
            raise row.error(f"column {column!r} is empty")
    for column, check in validators.items():
        if row[column] and (problem := check(row[column])):
            raise row.error(f"column {column!r}: {problem}: {row[column]!r}")
    return row


def read_words(path: Path, column: str) -> frozenset[str]:
    """A one-column data file as a set of words."""
    return frozenset(row[column] for row in read_tsv(path, (column,), required=(column,)))


def read_mapping(
    path: Path,
    key: str,
    value: str,
    *,
    convert: Callable[[str], object] = str,
    validators: dict[str, Callable[[str], str | None]] | None = None,
) -> dict[str, object]:
    """A two-column data file as a dict ``key → convert(value)``."""
    rows = read_tsv(path, (key, value), required=(key, value), validators=validators)
    return {row[key]: convert(row[value]) for row in rows}
