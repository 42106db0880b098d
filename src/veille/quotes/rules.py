"""What every pass of the quotation stage reads: the language's quotation lexicon, its word classes and person
nouns, and the hashes that find reporting verbs and source markers in a Doc's attribute arrays."""

from __future__ import annotations

import numpy
from spacy.language import Language

from .. import lang
from .lexicon import QuoteLexicon, load_quote_lexicon


class QuoteRules:
    """The lexicons the passes share, loaded once per component."""

    def __init__(self, nlp: Language):
        self.lexicon: QuoteLexicon = load_quote_lexicon(nlp.lang)
        self.person_nouns = lang.load(nlp.lang).person_words
        self.words = lang.load(nlp.lang).words
        strings = nlp.vocab.strings
        self.verb_hashes = numpy.array([strings.add(lemma) for lemma in [*self.lexicon.verbs, *self.lexicon.verb_nouns]],
                                       dtype="uint64")
        self.form_hashes = numpy.array([strings.add(form) for form in [*self.lexicon.forms, *self.lexicon.multiword]],
                                       dtype="uint64")
        self.marker_hashes = numpy.array([strings.add(m[0]) for m in self.lexicon.source_markers], dtype="uint64")
