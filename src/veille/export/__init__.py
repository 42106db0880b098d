"""Writing analyses out, for other tools: the tables (CSV, Parquet) of ``tables``, and events as PLOVER records or
GDELT 2.0 rows (``formats``). Everything here reads the contract (``veille.model``) only: the store's export and a
batch job write the same things the same way."""

from .formats import export_gdelt, export_plover, gdelt_rows, plover_records, plover_type
from .tables import TABLES, StoreIds, rows

__all__ = ["TABLES", "StoreIds", "export_gdelt", "export_plover", "gdelt_rows", "plover_records", "plover_type", "rows"]
