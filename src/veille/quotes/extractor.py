"""``veille_quotes``: every reported statement, with its content, cue, kind and speaker.

Three passes over the parsed document, in this order (a later pass skips what an earlier one covered):

1. reporting verbs (``lang/fr/speech_verbs.tsv``) with a complement: a que-clause ("Il a précisé que …"), an
   infinitive ("dément être lié à …"), an object ("a mentionné la conclusion possible …"), "accuser X de Y",
   "appeler à …"; the statement is ``indirect``, or ``mixed`` when it holds quotation marks (``direct`` content
   inside the marks when the marks hold all of it). A verb in an incise ("…, a-t-il souligné") or after "comme"
   ("Comme le rapporte Le Figaro, P") reports the clause it interrupts, within its own sentence; the noun after an
   incise's verb is its subject, not its object ("…, a rappelé la même source"). A verb followed by a colon and a
   bulleted list ("L'arrêté indique : - … - …") reports each item;
2. source phrases ("Selon X, P", "Pour X, P", "P, selon X", "…, X, pour qui P"): X said P;
3. quotation marks (« », “ ”, " ", ‹ ›) not yet covered: a ``direct`` quote, its speaker from an incise right
   after it, from the clause before a colon that introduces it, or — a cue-less continuation — from the quote just
   before it. Short quoted labels with no cue ("la « patrouille improvisée »") are no statements.

Speakers resolve through the document's entities (``quotes.speakers``); a statement a document makes ("le
communiqué précise …") finally takes the speaker reported just before it, and an outlet that only carried the
words ("a-t-il déclaré à l'AFP", "dans une tribune publiée par X") is the quote's ``via`` (``relays``). Nothing
inside boilerplate is extracted, a negated, refused or not yet made statement ("n'a mentionné aucun dommage", "va proposer", "doit préciser") is
none, and one statement is never reported twice (nested ones are: "« qui hurlait que … »").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..doc.extensions import boilerplate_tokens
from ..doc.quotation_marks import quoted_segments
from ..doc.referents import EntityIndex
from .clauses import reports_within_quote
from .found import FoundQuote, resolve_back_references, speakers_carried_into_incises, to_record
from .marks import MarkPass
from .relays import assign_relays
from .verbs import VerbPass


@Language.factory(
    "veille_quotes",
    assigns=["doc._.veille_quotes"],
    requires=["doc._.veille_entities", "token.dep", "token.lemma"],
)
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)


class QuoteExtractor(VerbPass, MarkPass):
    """Fills ``doc._.veille_quotes`` with contract-shaped quote records (character offsets), by the three passes
    of the module docstring (``verbs``, ``sources``, ``marks``).
    """

    def __init__(self, nlp: Language, name: str = "veille_quotes"):
        super().__init__(nlp)
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        index = EntityIndex.of(doc)
        blocked = boilerplate_tokens(doc)
        segments = [s for s in quoted_segments(doc) if s.start not in blocked]
        quotes: list[FoundQuote] = []
        quoted = {t.i for segment in segments for t in segment}
        for verb in self._reporting_verbs(doc, blocked):
            if verb.i in quoted and not reports_within_quote(verb):
                continue  # inside a quote only someone else's reported speech counts ("« qui hurlait que … »")
            quotes.extend(self._from_verb(doc, verb, index, segments, quotes))
        for marker in self._source_markers(doc, blocked):
            quotes.extend(self._from_source(doc, marker, index, segments, quotes))
        quotes.extend(self._direct(doc, index, segments, quotes))
        quotes = resolve_back_references(sorted(quotes, key=lambda q: q.start), index)
        quotes = assign_relays(doc, index, speakers_carried_into_incises(quotes, index))
        doc._.veille_quotes = [to_record(quote) for quote in quotes]
        return doc

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the lexicons ship with the package."""

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> QuoteExtractor:
        return self
