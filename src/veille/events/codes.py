"""Actor codes, CAMEO-style, from the knowledge base: "RUS GOV" for Vladimir Poutine while he is president, "NATO
IGO" for the Otan's secretary general, "USA" for "les Américains", "RUS GOV" for Moscou standing for Russia.

A country is its ISO alpha-3 code; a person holding a role on the event's day is the government (GOV) of the
country or the organisation (IGO) whose role it is; a place standing for its country (``stands_for``) is that
country's government; a city or region is its country; a people (a demonym) is its country or region; an
international organisation or a region takes its code from the knowledge base (``kb/data/actor_codes.tsv``).
Anything else gets no code:
an unknown actor keeps its text and veille never invents a code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..doc.gazetteer import Gazetteer
from ..kb import KBEntry

_PLACES = {"CITY", "REGION"}
_COUNTRIES = {"COUNTRY", "TERRITORY"}


@dataclass
class ActorCoder:
    gazetteer: Gazetteer

    def entity_code(self, record: dict, stands_for: dict | None, day: dt.date | None) -> str | None:
        """The code of a document entity (``doc._.veille_entities`` record) as named by one mention."""
        if stands_for:
            country = self._country(stands_for.get("kb_id"))
            return f"{country} GOV" if country else None
        entry = self._entry(record)
        if entry is None:
            return self.demonym_code(record["name"]) if record["label"] == "MISC" else None
        return self._code(entry, day)

    def demonym_code(self, text: str) -> str | None:
        """"les Américains" → USA, "Européens" → EUR."""
        demonym = self.gazetteer.demonym(text)
        if demonym is None:
            return None
        return self._country(demonym.country_qid) or self.gazetteer.actor_codes.get(demonym.country_qid)

    def _entry(self, record: dict) -> KBEntry | None:
        if record["kb_id"]:
            return self.gazetteer.entry(record["kb_id"])
        found = self.gazetteer.lookup(record["name"], record["label"])
        return found[0] if len(found) == 1 else None

    def _code(self, entry: KBEntry, day: dt.date | None) -> str | None:
        if entry.type in _COUNTRIES:
            return entry.country
        if entry.type == "PERSON":
            return self._role_code(entry.qid, day)
        if entry.type in _PLACES:
            country = self.gazetteer.country_of(entry.qid)
            return country.country if country else self.gazetteer.actor_codes.get(entry.qid)
        code = self.gazetteer.actor_codes.get(entry.qid)
        return f"{code} IGO" if code and entry.type == "IGO" else code

    def _role_code(self, qid: str, day: dt.date | None) -> str | None:
        """The government or organisation a person acts for on ``day`` (without a day: a role still held)."""
        for role in self.gazetteer.roles_by_person.get(qid, []):
            held = role.active_on(day) if day else role.end is None
            of = self.gazetteer.entry(role.of_qid) if held else None
            if of is not None and of.type in _COUNTRIES and of.country:
                return f"{of.country} GOV"
            if of is not None and of.type == "IGO" and of.qid in self.gazetteer.actor_codes:
                return f"{self.gazetteer.actor_codes[of.qid]} IGO"
        return None

    def _country(self, qid: str | None) -> str | None:
        entry = self.gazetteer.entry(qid) if qid else None
        return entry.country if entry is not None and entry.type in _COUNTRIES else None
