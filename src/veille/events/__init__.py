"""Events: who did what to whom, coded in PLOVER (with CAMEO codes), and their PLOVER and GDELT exports."""

from .formats import export_gdelt, export_plover, gdelt_rows, plover_records, plover_type

__all__ = ["export_gdelt", "export_plover", "gdelt_rows", "plover_records", "plover_type"]
