"""Coded events: who did what to whom, when, where, how sure the text is and who says so, in PLOVER types with the
nearest CAMEO code (component ``veille_events``), and their PLOVER and GDELT exports."""

from .codes import ActorCoder
from .component import EventExtractor, make_events
from .formats import export_gdelt, export_plover, gdelt_rows, plover_records, plover_type
from .lexicon import EventLexicon, Trigger, load_event_lexicon

__all__ = [
    "ActorCoder",
    "EventExtractor",
    "EventLexicon",
    "Trigger",
    "export_gdelt",
    "export_plover",
    "gdelt_rows",
    "load_event_lexicon",
    "make_events",
    "plover_records",
    "plover_type",
]
