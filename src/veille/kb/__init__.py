"""veille's entity knowledge base: seed facts (``data/*.tsv``), a SQLite builder, a read API and a Wikidata
dump importer. See :mod:`veille.kb.knowledge_base`."""

from .build import build_kb
from .knowledge_base import Demonym, KBEntry, KnowledgeBase, Role
from .normalize import normalize_alias
from .wikidata import import_wikidata_dump

__all__ = ["KnowledgeBase", "KBEntry", "Demonym", "Role", "build_kb", "import_wikidata_dump", "normalize_alias"]
