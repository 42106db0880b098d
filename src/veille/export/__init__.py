"""Writing analyses out, for other tools: the tables (CSV, Parquet partitioned by month) of ``tables`` and
``parquet``, and events as PLOVER records or
GDELT 2.0 rows (``formats``). Everything here reads the contract (``veille.model``) only: the store's export and a
batch job write the same things the same way."""

from .formats import export_gdelt, export_plover, gdelt_rows, plover_records, plover_type
from .parquet import read_table, write_parts
from .tables import COLUMNS, LAYER_TABLES, TABLES, UNKNOWN_MONTH, StoreIds, month, rows

__all__ = ["COLUMNS", "LAYER_TABLES", "TABLES", "UNKNOWN_MONTH", "StoreIds", "export_gdelt", "export_plover",
           "gdelt_rows", "month", "plover_records", "plover_type", "read_table", "rows", "write_parts"]
