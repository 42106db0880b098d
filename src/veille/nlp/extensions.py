"""The custom attributes and span groups veille's components share, registered once at import.

Stages talk through the Doc, never by re-parsing text:

- ``doc.spans["veille_boilerplate"]``: site furniture ("> A lire aussi : …") marked at ingest; no stage extracts from it.
- ``doc.ents``: named-entity mentions with coarse labels (PER, ORG, LOC, MISC), corrected by ``veille_entity_fixes``;
  ``ent.kb_id_`` holds the Wikidata QID once ``veille_linker`` has run.
- ``doc._.veille_fine_types``: the fine type (PERSON, GPE, CITY, IGO, MEDIA, NORP, …) of each of ``doc.ents``, in
  order (a list of strings: cheaper to send between processes than a second span group).
- ``doc._.veille_entities``: the document's entities after clustering (``veille_coref``): plain dicts, so the Doc
  pickles for ``nlp.pipe(n_process=…)`` and round-trips through ``DocBin(store_user_data=True)``.
- ``doc._.veille_quotes``: reported statements (``veille_quotes``), contract-shaped dicts with character offsets
  (the quoted text itself is ``doc.text[start:end]``).
- ``doc._.veille_dct``: the publication date (ISO string) the article came with, used to date roles.
"""

from __future__ import annotations

from spacy.tokens import Doc

BOILERPLATE = "veille_boilerplate"

_DOC_ATTRIBUTES = {
    "veille_id": None,
    "veille_dct": None,
    "veille_fine_types": None,
    "veille_entities": None,
    "veille_quotes": None,
}

for _name, _default in _DOC_ATTRIBUTES.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def boilerplate_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside marked boilerplate, which no stage extracts from."""
    if BOILERPLATE not in doc.spans:
        return set()
    return {i for span in doc.spans[BOILERPLATE] for i in range(span.start, span.end)}
