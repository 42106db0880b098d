"""The entity stage: spaCy components that fix the model's entities, link them to the knowledge base and cluster
every mention of one referent into one entity (``veille_entity_fixes``, ``veille_linker``, ``veille_coref``).

Importing this package registers the three factories, so they can be added to any French spaCy pipeline:
``nlp.add_pipe("veille_linker")``. The whole pipeline is assembled by ``veille.pipeline``.
"""

from .coref import MentionClusterer, make_coref
from .entity_fixes import EntityFixes, make_entity_fixes
from .linker import EntityLinker, make_linker

__all__ = ["EntityFixes", "EntityLinker", "MentionClusterer", "make_coref", "make_entity_fixes", "make_linker"]
