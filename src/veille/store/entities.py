"""Cross-article identity: which corpus entity a document's entity is.

The rule is conservative, because a wrong merge mixes two people's quotes while a missed one only splits a
profile: an entity linked to the knowledge base is the corpus entity with that KB id; an unlinked one is the
unlinked corpus entity with the same normalised name (``veille.kb.normalize_alias``) and the same fine type.
An unlinked "Poutine" therefore stays apart from the linked Vladimir Poutine (Q7747).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..kb.normalize import normalize_alias
from .models import Entity, EntityAlias


def name_key(name: str) -> str:
    """The normalised form names are merged and looked up by (the KB's alias key, so both agree)."""
    return normalize_alias(name) or name.strip().casefold()


class EntityResolver:
    """Finds or creates corpus entities within one session, remembering what it saw (one query per referent)."""

    def __init__(self, session: Session):
        self.session = session
        self._entities: dict[tuple, Entity] = {}
        self._aliases: dict[int, set[str]] = {}

    def resolve(self, entity: dict[str, Any]) -> Entity:
        """The corpus entity of a contract entity object, created when new; its name mentions become aliases."""
        row = self._find_or_create(entity)
        names = [entity["name"]] + [m["text"] for m in entity["mentions"] if m["kind"] == "name"]
        self._add_aliases(row, {name_key(name) for name in names})
        return row

    def _find_or_create(self, entity: dict[str, Any]) -> Entity:
        key = name_key(entity["name"])
        identity = ("kb", entity["kb_id"]) if entity["kb_id"] else ("name", key, entity["type"])
        if identity in self._entities:
            return self._entities[identity]
        if entity["kb_id"]:
            query = select(Entity).where(Entity.kb_id == entity["kb_id"])
        else:
            query = select(Entity).where(Entity.kb_id.is_(None), Entity.key == key, Entity.type == entity["type"])
        row = self.session.scalars(query).first()
        if row is None:
            row = Entity(kb_id=entity["kb_id"], name=entity["name"], key=key, label=entity["label"],
                         type=entity["type"])
            self.session.add(row)
            self.session.flush()
        self._entities[identity] = row
        return row

    def _add_aliases(self, row: Entity, keys: set[str]) -> None:
        if row.id not in self._aliases:
            stored = self.session.scalars(select(EntityAlias.key).where(EntityAlias.entity_id == row.id))
            self._aliases[row.id] = set(stored)
        for key in keys - self._aliases[row.id]:
            self.session.add(EntityAlias(entity_id=row.id, key=key))
        self._aliases[row.id] |= keys
