"""The knowledge base as the NLP components see it: in-memory maps built once per process.

The components look names up for every entity of every document; a SQLite query each time would cost more than the
model. So the aliases, entries, demonyms and roles are read once from the KB into dicts, keyed by ``normalize_alias``.

The components that read the KB share ``ReadsKnowledgeBase``: they load it when first needed, and save the file they
read with the pipeline (``nlp.to_disk``), as spaCy's entity linker saves its KB: ``spacy.load`` of the saved folder
reads that copy, on any machine, and analyses as the pipeline that was saved.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..kb import Demonym, KBEntry, KnowledgeBase, Role, normalize_alias

# When one alias names several entries, the coarse label the model gave decides between them.
LABEL_OF_TYPE = {
    "PERSON": "PER",
    "COUNTRY": "LOC",
    "TERRITORY": "LOC",
    "CITY": "LOC",
    "REGION": "LOC",
    "CONTINENT": "LOC",
    "IGO": "ORG",
    "ORG": "ORG",
    "PARTY": "ORG",
    "COMPANY": "ORG",
    "MEDIA": "ORG",
    "ARMED_GROUP": "ORG",
    "EVENT": "MISC",
}

# The kinds of organisation news designates by a description the KB lists ("armée israélienne" for Tsahal).
DESCRIBED_TYPES = frozenset({"ORG", "PARTY", "ARMED_GROUP"})

# Places that are no state nor city (an unlinked place, a region, a continent): they neither act nor speak.
MERE_PLACE_TYPES = frozenset({"LOC", "REGION", "CONTINENT"})

# Fine types in the output: a country or territory is a GPE, a named event MISC; other KB types are kept as they are.
FINE_TYPE = {"COUNTRY": "GPE", "TERRITORY": "GPE", "EVENT": "MISC"}


@dataclass
class Gazetteer:
    """Alias → KB entries, surface forms that keep their article, demonyms, and role lookups."""

    entries: dict[str, list[KBEntry]]
    article_names: frozenset[str]
    demonyms_by_text: dict[str, Demonym]
    roles: dict[tuple[str, str], list[Role]]
    by_qid: dict[str, KBEntry]
    countries: dict[str, KBEntry]  # ISO3 → the country entry
    surfaces: frozenset[str]  # every alias as written
    roles_by_person: dict[str, list[Role]]
    actor_codes: dict[str, str]  # KB id → CAMEO actor code (organisations, regions)
    descriptions: dict[str, list[KBEntry]]  # a description, lowercase, of two words or more → the organisations
    lowercase_events: frozenset[str]  # named events French writes in lowercase ("ramadan")

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Gazetteer:
        by_qid: dict[str, KBEntry] = {}
        entries: dict[str, list[KBEntry]] = defaultdict(list)
        article_names, surfaces = set(), set()
        descriptions: dict[str, list[KBEntry]] = defaultdict(list)
        lowercase_events: set[str] = set()
        for alias, qid in kb.aliases():
            surfaces.add(alias)
            entry = by_qid.get(qid) or by_qid.setdefault(qid, kb.get(qid))
            if entry is None:
                continue
            if _is_description(alias, entry) and entry not in descriptions[alias]:
                descriptions[alias].append(entry)
            if entry.type == "EVENT" and alias == alias.lower() and " " not in alias:
                lowercase_events.add(alias)
            key = normalize_alias(alias)
            if entry not in entries[key]:
                entries[key].append(entry)
            if alias.split(" ", 1)[0].lower() in {"le", "la", "les"} or alias[:2].lower() in {"l'", "l’"}:
                article_names.add(alias)
        demonyms = {demonym.text: demonym for demonym in kb.demonyms()}
        roles: dict[tuple[str, str], list[Role]] = defaultdict(list)
        roles_by_person: dict[str, list[Role]] = defaultdict(list)
        for entry in by_qid.values():
            if entry.type == "PERSON":
                for role in kb.roles_of(entry.qid):
                    roles[role.position, role.of_qid].append(role)
                    roles_by_person[entry.qid].append(role)
        countries = {entry.country: entry for entry in by_qid.values() if entry.type == "COUNTRY" and entry.country}
        return cls(
            dict(entries),
            frozenset(article_names),
            demonyms,
            dict(roles),
            by_qid,
            countries,
            frozenset(surfaces),
            dict(roles_by_person),
            kb.actor_codes(),
            dict(descriptions),
            frozenset(lowercase_events),
        )

    def lookup(self, text: str, label: str | None = None) -> list[KBEntry]:
        """Entries named ``text``; with ``label``, only those whose coarse label agrees.

        Names are capitalised: a lowercase string ("monde", "la coupe du monde") is never looked up, although the
        normalised keys ignore case and articles ("Le Monde" → "monde").
        """
        if text == text.lower():
            return []
        found = self.entries.get(_key(text), [])
        if label is None:
            return found
        return [entry for entry in found if LABEL_OF_TYPE.get(entry.type, entry.label) == label]

    def of_own_nationality(self, name: str, adjective: str) -> list[KBEntry]:
        """The entries ``name`` names that belong to the country ``adjective`` names: the institution and the
        nationality adjective French writes after it ("département d'Etat" + "américain")."""
        demonym = self.demonyms_by_text.get(adjective)
        if demonym is None or demonym.pos != "adj":
            return []
        return [entry for entry in self.lookup(name)
                if (country := self.countries.get(entry.country or "")) is not None and country.qid == demonym.country_qid]

    def entry(self, qid: str) -> KBEntry | None:
        return self.by_qid.get(qid)

    def country_of(self, qid: str) -> KBEntry | None:
        """The country a place belongs to (a city's country; None for a country itself)."""
        entry = self.by_qid.get(qid)
        if entry is None or entry.type == "COUNTRY" or not entry.country:
            return None
        return self.countries.get(entry.country)

    def multiword_names(self) -> list[str]:
        """Every alias of two words or more, for a phrase matcher that finds names the model missed; a hyphen may
        join the two ("Addis-Abeba", which the tokenizer splits and the model reads as two places)."""
        return sorted({alias for alias in self.surfaces if " " in alias.strip() or "-" in alias.strip("-")})

    def demonym(self, text: str) -> Demonym | None:
        return self.demonyms_by_text.get(text)

    def titles_of(self, qid: str) -> set[str]:
        """The French titles of every role a person held, lowercased ("chancelière", "président")."""
        return {role.title_fr.lower() for role in self.roles_by_person.get(qid, []) if role.title_fr}

    def positions_of(self, qid: str) -> set[str]:
        """Every position a person held, whatever the country or organisation."""
        return {role.position for role in self.roles_by_person.get(qid, [])}

    def role_holders(self, position: str, of_qid: str) -> list[Role]:
        """Everyone who held ``position`` of ``of_qid``, at any date (the caller filters by date)."""
        return self.roles.get((position, of_qid), [])


def _is_description(alias: str, entry: KBEntry) -> bool:
    """An alias all in lowercase, of two words or more, of an organisation: a description, no name."""
    return entry.type in DESCRIBED_TYPES and alias == alias.lower() and " " in alias.strip()


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """``normalize_alias``, memoised: the same names recur across the documents of a batch."""
    return normalize_alias(text)


def load_gazetteer(kb_path: str | None = None) -> Gazetteer:
    """The gazetteer of the KB at ``kb_path`` (the default KB when None), read once per process and KB content:
    the copies each component saves of one KB give one gazetteer.

    The SQLite connection is closed before returning, so worker processes forked by ``nlp.pipe(n_process=…)``
    inherit plain dicts and no open database handle.
    """
    kb = KnowledgeBase.open(kb_path)  # builds the default KB on first use
    path = kb.path
    kb.close()
    return _gazetteer_of(hashlib.sha256(path.read_bytes()).hexdigest(), str(path))


@lru_cache(maxsize=4)
def _gazetteer_of(digest: str, path: str) -> Gazetteer:
    kb = KnowledgeBase.open(path)
    try:
        return Gazetteer.from_kb(kb)
    finally:
        kb.close()


class ReadsKnowledgeBase:
    """What a component that reads the KB has: ``kb_path`` (None: the default KB), the gazetteer loaded when first
    read, and ``to_disk``/``from_disk`` that save and read back the KB file itself (``from_disk`` forgets what was
    loaded from the former one)."""

    KB_FILE = "kb.sqlite"

    def __init__(self, kb_path: str | None):
        self.kb_path = kb_path
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(self.kb_path)
        return self._gazetteer

    def prepare(self, gazetteer: Gazetteer) -> None:
        """Build what the component derives from the KB (a phrase matcher of its names…), when it first needs it;
        nothing by default."""

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """Save the KB file the component reads (its lexicons ship with the package)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        kb = KnowledgeBase.open(self.kb_path)
        try:
            shutil.copyfile(kb.path, folder / self.KB_FILE)
        finally:
            kb.close()

    def from_disk(self, path, *, exclude: Iterable[str] = ()):
        """Read the KB file ``to_disk`` saved (loaded when first needed)."""
        self.kb_path = str(Path(path) / self.KB_FILE)
        self._gazetteer = None
        return self
