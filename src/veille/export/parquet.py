"""The tables of ``veille.export.tables`` as Parquet files, one folder per table, partitioned by publication month.

    <out>/events/month=2024-06/<part>.parquet     (month=unknown for documents without a date)

This is the layout of ``veille export --format parquet`` and of ``veille batch run``, so DuckDB
(``read_parquet('out/events/*/*.parquet', hive_partitioning = true)``), pandas or Spark read both the same way; the
column types are the ones ``COLUMNS`` declares, whatever the rows hold (a table with no row still has its schema).

A part is written under a hidden name, then renamed into place: a reader (or a job resumed after a kill) sees a
part whole or not at all. Needs ``pyarrow`` (``pip install 'veille[parquet]'``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..errors import MissingDependency
from .tables import COLUMNS

PARTITION = "month"


def require_pyarrow():
    """pyarrow (with its parquet and fs modules), or the error that says how to install it."""
    try:
        import pyarrow
        import pyarrow.fs  # noqa: F401  (submodules of their own)
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:  # an optional dependency: say how to get it
        raise MissingDependency("Parquet needs pyarrow: pip install 'veille[parquet]'") from exc
    return pyarrow


def arrow_schema(table: str):
    """The Arrow schema of one table's files (the partition column lives in the folder name, not the file)."""
    pa = require_pyarrow()
    return pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS[table] if name != PARTITION])


def write_parts(table: str, rows: Iterable[dict], root: str, part: str, filesystem=None) -> dict[str, int]:
    """Write one table's rows as ``<root>/<table>/month=<M>/<part>.parquet``, one file per month found.

    root (str): the output folder (a local path, or a path of ``filesystem``).
    part (str): the file name, without suffix: the same part written again replaces its files.
    filesystem (pyarrow.fs.FileSystem | None): where ``root`` is; the local disk when None.
    RETURNS (dict[str, int]): rows written per month.
    """
    pa = require_pyarrow()
    fs = filesystem or pa.fs.LocalFileSystem()
    by_month: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_month[row[PARTITION]].append(row)
    schema = arrow_schema(table)
    for month, found in by_month.items():
        folder = f"{root}/{table}/{PARTITION}={month}"
        fs.create_dir(folder, recursive=True)
        hidden, final = f"{folder}/.{part}.parquet.tmp", f"{folder}/{part}.parquet"
        with fs.open_output_stream(hidden) as out:
            pa.parquet.write_table(pa.Table.from_pylist(found, schema=schema), out)
        fs.move(hidden, final)
    return {month: len(found) for month, found in by_month.items()}


def read_table(root: str, table: str, columns: list[str] | None = None, filesystem=None):
    """One table of an output folder as an Arrow table (the ``month`` column read from the folder names); an
    empty table with the declared schema when the folder has none of it."""
    pa = require_pyarrow()
    import pyarrow.dataset as ds

    fs = filesystem or pa.fs.LocalFileSystem()
    folder = f"{root}/{table}"
    schema = arrow_schema(table).append(pa.field(PARTITION, pa.string()))
    if fs.get_file_info(folder).type != pa.fs.FileType.Directory:
        return schema.empty_table().select(columns) if columns else schema.empty_table()
    dataset = ds.dataset(folder, schema=schema, format="parquet", partitioning="hive", filesystem=fs)
    return dataset.to_table(columns=columns)
