"""Cross-article identity: which corpus entity a document's entity is.

The rules are conservative, because a wrong merge mixes two people's quotes while a missed one only splits a
profile:

1. An entity linked to the knowledge base is the corpus entity with that KB id.
2. An unlinked one is the unlinked corpus entity with the same normalised name (``veille.kb.normalize_alias``) and
   the same fine type. An unlinked "Poutine" therefore stays apart from the linked Vladimir Poutine (Q7747).
3. An unlinked person no name matched may be the same person under a shorter or longer name: a surname alone
   ("Sorokine") and a full name ending with it ("Anatoli Sorokine"). They are merged only by context: the
   corpus entity must already be seen, in its articles, with at least ``MIN_SHARED_CONTEXT`` of the entities of
   this document, and be the only such candidate. A full name arriving after its surname renames the entity.
"""

from __future__ import annotations


from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from ..kb.normalize import normalize_alias
from ..model import Entity as DocumentEntity
from .models import ArticleEntity, Entity, EntityAlias

CONTEXT_TYPES = frozenset({"PERSON"})
MIN_SHARED_CONTEXT = 2


def name_key(name: str) -> str:
    """The normalised form names are merged and looked up by (the KB's alias key, so both agree)."""
    return normalize_alias(name) or name.strip().casefold()


def _identity(entity: DocumentEntity) -> tuple:
    return ("kb", entity.kb_id) if entity.kb_id else ("name", name_key(entity.name), entity.type)


class EntityResolver:
    """Finds or creates corpus entities within one session, remembering what it saw (one query per referent)."""

    def __init__(self, session: Session):
        self.session = session
        self._entities: dict[tuple, Entity] = {}
        self._aliases: dict[int, set[str]] = {}

    def resolve_all(self, entities: list[DocumentEntity]) -> list[Entity]:
        """The corpus entities of one document's entities (the contract's records), in order, created when new.

        Rules 1 and 2 first, so that what they find is the context rule 3 compares; every name mention of an
        entity becomes an alias of its corpus entity.
        """
        found = [self._find(entity) for entity in entities]
        context = {row.id for row in found if row is not None}
        rows = []
        for entity, row in zip(entities, found):
            row = row or self._by_context(entity, context) or self._create(entity)
            names = [entity.name] + [m.text for m in entity.mentions if m.kind == "name"]
            self._add_aliases(row, {name_key(name) for name in names})
            rows.append(row)
        return rows

    def _find(self, entity: DocumentEntity) -> Entity | None:
        """Rules 1 and 2: the corpus entity with the same KB id, or unlinked with the same name and type."""
        identity = _identity(entity)
        if identity not in self._entities:
            if entity.kb_id:
                query = select(Entity).where(Entity.kb_id == entity.kb_id)
            else:
                query = select(Entity).where(Entity.kb_id.is_(None), Entity.key == identity[1],
                                             Entity.type == entity.type)
            row = self.session.scalars(query).first()
            if row is None:
                return None
            self._entities[identity] = row
        return self._entities[identity]

    def _create(self, entity: DocumentEntity) -> Entity:
        """A new corpus entity (or the one this document created a moment ago under the same identity)."""
        identity = _identity(entity)
        if identity not in self._entities:
            row = Entity(kb_id=entity.kb_id, name=entity.name, key=name_key(entity.name),
                         label=entity.label, type=entity.type)
            self.session.add(row)
            self.session.flush()
            self._entities[identity] = row
        return self._entities[identity]

    def _by_context(self, entity: DocumentEntity, context: set[int]) -> Entity | None:
        """Rule 3: the one unlinked person under a shorter or longer name seen with enough of ``context``."""
        if entity.kb_id or entity.type not in CONTEXT_TYPES or len(context) < MIN_SHARED_CONTEXT:
            return None
        key = name_key(entity.name)
        words = key.split()
        if len(words) == 1:
            escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            same_name = Entity.key.like("% " + escaped, escape="\\")
        else:
            same_name = Entity.key == words[-1]
        query = select(Entity).where(Entity.kb_id.is_(None), Entity.type == entity.type, same_name)
        fitting = [row for row in self.session.scalars(query)
                   if len(self._context_of(row.id) & context) >= MIN_SHARED_CONTEXT]
        if len(fitting) != 1:
            return None
        row = fitting[0]
        if len(words) > 1:
            self._rename(row, entity.name, key)
        return row

    def _context_of(self, entity_id: int) -> set[int]:
        """The corpus entities seen in the same articles as this one."""
        this, other = aliased(ArticleEntity), aliased(ArticleEntity)
        query = (select(other.entity_id).join(this, this.article_id == other.article_id)
                 .where(this.entity_id == entity_id, other.entity_id != entity_id).distinct())
        return set(self.session.scalars(query))

    def _rename(self, row: Entity, name: str, key: str) -> None:
        """Give a surname-only entity the full name that was found to be its (rule 3)."""
        self._entities.pop(("name", row.key, row.type), None)
        self.session.execute(update(Entity).where(Entity.id == row.id).values(name=name, key=key))
        self._entities[("name", key, row.type)] = row

    def _add_aliases(self, row: Entity, keys: set[str]) -> None:
        if row.id not in self._aliases:
            stored = self.session.scalars(select(EntityAlias.key).where(EntityAlias.entity_id == row.id))
            self._aliases[row.id] = set(stored)
        for key in keys - self._aliases[row.id]:
            self.session.add(EntityAlias(entity_id=row.id, key=key))
        self._aliases[row.id] |= keys
