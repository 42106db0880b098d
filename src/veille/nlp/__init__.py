"""The entity stage: spaCy components that fix the model's entities, link them to the knowledge base and cluster
every mention of one referent into one entity (``veille_entity_fixes``, ``veille_linker``, ``veille_coref``), then
add the descriptions the KB lists for organisations as their mentions (``veille_descriptions``).

Importing this package registers the four factories, so they can be added to any French spaCy pipeline:
``nlp.add_pipe("veille_linker")``. The whole pipeline is assembled by ``veille.pipeline``.
"""

from .coref import MentionClusterer, make_coref
from .descriptions import DescriptionMentions, make_descriptions
from .entity_fixes import EntityFixes, make_entity_fixes
from .linker import EntityLinker, make_linker

__all__ = ["DescriptionMentions", "EntityFixes", "EntityLinker", "MentionClusterer", "make_coref", "make_descriptions",
           "make_entity_fixes", "make_linker"]
