"""The custom attributes and span groups veille's components share, registered once at import.

Stages talk through the Doc, never by re-parsing text:

- ``doc.spans["veille_boilerplate"]``: site furniture ("> A lire aussi : …") marked at ingest; no stage extracts from it.
- ``doc.ents``: named-entity mentions with coarse labels (PER, ORG, LOC, MISC), corrected by ``veille_entity_fixes``;
  ``ent.kb_id_`` holds the Wikidata QID once ``veille_linker`` has run.
- ``doc._.veille_fine_types``: the fine type (PERSON, GPE, CITY, IGO, MEDIA, NORP, …) of each of ``doc.ents``, in
  order (a list of strings: cheaper to send between processes than a second span group).
- ``doc._.veille_entities``: the document's entities after clustering (``veille_coref``): plain data, so the Doc
  pickles for ``nlp.pipe(n_process=…)`` and round-trips through ``DocBin(store_user_data=True)``.
  These three layers are kept as JSON strings in ``doc.user_data`` and decoded at each access: read them once.
- ``doc._.veille_quotes``: reported statements (``veille_quotes``), contract-shaped dicts with character offsets
  (the quoted text itself is ``doc.text[start:end]``).
- ``doc._.veille_events``: coded events (``veille_events``), contract-shaped dicts with character offsets.
- ``doc._.veille_timexes``: time expressions (``veille_timex``), contract-shaped dicts without their text.
- ``doc._.veille_dct_inference``: how ``veille_timex`` inferred the publication date of an undated article, or None.
- ``doc._.veille_dct``: the publication date (ISO string) the article came with, used to date roles;
  ``doc._.veille_dct_partial``: its year or month ("2018-03") when only that much is known.

Document signals, computed at their first read and kept in ``doc.user_data`` (so the stages that need one share
it, across processes too):

- ``doc._.veille_sports_report``: at least three distinct words of sport, one of them of sport only
  (``lang/<code>/sports_words.tsv``): a match report, where places play and "attaques" are the game's.
"""

from __future__ import annotations

import json

import numpy
from spacy.tokens import Doc

from .. import lang

BOILERPLATE = "veille_boilerplate"
ENTITIES_KEY = "veille_entities:json"
_SPORTS_REPORT_KEY = "veille_sports_report"

_DOC_ATTRIBUTES = {
    "veille_id": None,
    "veille_dct": None,
    "veille_dct_partial": None,
}

# Layers are stored as one JSON string each under these user_data keys and read back through getters: a Doc crosses
# process boundaries (``nlp.pipe(n_process=…)``, Ray) as bytes, and one string serialises several times faster
# than nested lists of dicts.
_JSON_LAYERS = (
    "veille_fine_types",
    "veille_entities",
    "veille_quotes",
    "veille_timexes",
    "veille_dct_inference",
    "veille_events",
)


def _json_layer(name: str):
    key = f"{name}:json"

    def get(doc: Doc):
        payload = doc.user_data.get(key)
        return None if payload is None else json.loads(payload)

    def set_(doc: Doc, value) -> None:
        doc.user_data[key] = json.dumps(value, ensure_ascii=False)

    return get, set_


def sports_report(doc: Doc) -> bool:
    """The ``veille_sports_report`` signal (see the module docstring), computed once per Doc."""
    if _SPORTS_REPORT_KEY not in doc.user_data:
        lexicon = lang.load(doc.lang_)
        strings = doc.vocab.strings
        sports = numpy.array([strings.add(word) for word in lexicon.sports_words], dtype="uint64")
        strong = numpy.array([strings.add(word) for word in lexicon.strong_sports_words], dtype="uint64")
        lemmas = doc.to_array("LEMMA")
        distinct = numpy.unique(lemmas[numpy.isin(lemmas, sports)])
        doc.user_data[_SPORTS_REPORT_KEY] = len(distinct) >= 3 and bool(numpy.isin(distinct, strong).any())
    return doc.user_data[_SPORTS_REPORT_KEY]


for _name, _default in _DOC_ATTRIBUTES.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
for _name in _JSON_LAYERS:
    if not Doc.has_extension(_name):
        _getter, _setter = _json_layer(_name)
        Doc.set_extension(_name, getter=_getter, setter=_setter)
if not Doc.has_extension(_SPORTS_REPORT_KEY):
    Doc.set_extension(_SPORTS_REPORT_KEY, getter=sports_report)


def boilerplate_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside marked boilerplate, which no stage extracts from."""
    if BOILERPLATE not in doc.spans:
        return set()
    return {i for span in doc.spans[BOILERPLATE] for i in range(span.start, span.end)}
