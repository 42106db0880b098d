"""``veille_linker``: link each named mention to the knowledge base and give it a fine type.

Linking never guesses: a mention gets a QID only when the KB has exactly one entry of the mention's coarse label under
that name (after normalisation: case, accents, apostrophes, leading article). When two entries compete, an entry whose
usual name is exactly the mention wins; otherwise the mention stays unlinked. A bare surname the KB does not hold as an
alias ("Poutine" when only "Vladimir Poutine" is listed) is linked later, by clustering with the full name.

Fine types: a linked mention takes the KB type (a country or territory is a GPE); an unlinked one is PERSON, LOC,
ORG, MEDIA (web domains), NORP (demonyms) or MISC.
"""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb import KBEntry
from .entity_fixes import looks_like_domain, looks_like_demonym
from ..doc.gazetteer import FINE_TYPE, LABEL_OF_TYPE, ReadsKnowledgeBase

_UNLINKED_TYPE = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


@Language.factory(
    "veille_linker",
    assigns=["doc.ents", "doc._.veille_fine_types"],
    requires=["doc.ents"],
    default_config={"kb_path": None},
)
def make_linker(nlp: Language, name: str, kb_path: str | None) -> EntityLinker:
    return EntityLinker(nlp, name, kb_path=kb_path)


class EntityLinker(ReadsKnowledgeBase):
    """Sets ``ent.kb_id_`` and ``doc._.veille_fine_types`` (one fine type per entity of ``doc.ents``)."""

    def __init__(self, nlp: Language, name: str = "veille_linker", *, kb_path: str | None = None):
        super().__init__(kb_path)
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        linked, fine_types = [], []
        for ent in doc.ents:
            entry = self.link(ent.text, ent.label_)
            linked.append(Span(doc, ent.start, ent.end, label=ent.label_, kb_id=entry.qid if entry else ""))
            fine_types.append(self.fine_type(ent, entry))
        doc.ents = linked
        doc._.veille_fine_types = fine_types
        return doc

    def link(self, text: str, label: str) -> KBEntry | None:
        """The one KB entry ``text`` names with this coarse label, or None when there is none or several. A name
        the KB does not hold may be one it holds and its own country's adjective ("département d'Etat américain"),
        and a person's two names may be written surname first ("Saïed Kaïs")."""
        candidates = {entry.qid: entry for entry in self.gazetteer.lookup(text, label)}
        if not candidates and label == "PER" and len(words := text.split()) == 2:
            candidates = {entry.qid: entry for entry in self.gazetteer.lookup(" ".join(reversed(words)), label)}
        if not candidates and " " in text:
            name, adjective = text.rsplit(" ", 1)
            candidates = {entry.qid: entry for entry in self.gazetteer.of_own_nationality(name, adjective)
                          if LABEL_OF_TYPE.get(entry.type, entry.label) == label}
        if len(candidates) == 1:
            return next(iter(candidates.values()))
        exact = [entry for entry in candidates.values() if text in {entry.name, entry.name_en}]
        return exact[0] if len(exact) == 1 else None

    def fine_type(self, ent: Span, entry: KBEntry | None) -> str:
        if entry is not None:
            return FINE_TYPE.get(entry.type, entry.type)
        if ent.label_ == "MISC" and (self.gazetteer.demonym(ent.text) or looks_like_demonym(ent)):
            return "NORP"
        if ent.label_ == "ORG" and looks_like_domain(ent.text):
            return "MEDIA"
        return _UNLINKED_TYPE.get(ent.label_, ent.label_)
