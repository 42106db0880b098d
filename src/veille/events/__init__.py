"""Coded events: who did what to whom, when, where, how sure the text is and who says so, in PLOVER types with the
nearest CAMEO code (component ``veille_events``). Their PLOVER and GDELT exports are ``veille.export``'s."""

from .codes import ActorCoder
from .component import EventExtractor, make_events
from .lexicon import EventLexicon, Trigger, load_event_lexicon

__all__ = ["ActorCoder", "EventExtractor", "EventLexicon", "Trigger", "load_event_lexicon", "make_events"]
