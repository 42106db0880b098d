"""Time expressions: TIMEX3 tagging and normalisation, and the publication date inferred when it is missing
(component ``veille_timex``)."""

from .calendar import Reference
from .component import TimexTagger, make_timex
from .grammar import Grammar, load_grammar

__all__ = ["Grammar", "Reference", "TimexTagger", "load_grammar", "make_timex"]
