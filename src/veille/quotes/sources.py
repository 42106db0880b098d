"""Pass 2 of the quotation stage: source phrases (``lang/<code>/source_markers.tsv``). "Selon X, P", "Pour X, P"
(opening the sentence), "P, selon X", "…, X, pour qui P": X said P; "selon ses déclarations" is said by whoever
made them."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.referents import EntityIndex
from ..doc.syntax import is_finite_verb, preposition
from .clauses import is_someone, marked_source, opens_sentence, subject_phrase
from .extents import kind_and_extent, says_something, trimmed
from .found import FoundQuote
from .rules import QuoteRules


class SourcePass(QuoteRules):
    """Statements reported by a source phrase."""

    def _source_markers(self, doc: Doc, blocked: set[int], within: Span | None = None) -> Iterable[Span]:
        """The source phrases' markers ("selon", "d'après", "aux yeux de"), matched word by word; the last word is a
        preposition whose head is the source."""
        scope = within if within is not None else doc[:]
        lowers = doc.to_array("LOWER")[scope.start : scope.end]
        for offset in numpy.flatnonzero(numpy.isin(lowers, self.marker_hashes)).tolist():
            i = scope.start + offset
            for words in self.lexicon.source_markers:
                span = doc[i : i + len(words)]
                if tuple(t.lower_ for t in span) == words and span[-1].dep_ in {"case", "fixed"} and i not in blocked:
                    yield span
                    break

    def _from_source(self, doc, marker: Span, index, segments, found) -> list[FoundQuote]:
        """"Selon X, P" / "Pour X, P" (opening the sentence) and "P, selon X" (closing it): X said P."""
        source, sentence, first = marked_source(marker), marker.sent, marker.start
        if _the_writers_own(source):
            return []  # "selon nos informations", "d'après nous": the article itself, not a speaker it reports
        if source.lower_ in self.words.source_relatives and source.head.dep_ == "acl:relcl":
            return self._relative_source(source, marker, index, segments, found)
        opinion = marker.text.lower() in self.words.opinion_prepositions
        if opinion and source.lower_ in self.words.subject_relatives and first >= 2 and doc[first - 1].text == ",":
            return self._source_quote(doc[source.i + 1 : sentence.end], marker, doc[first - 2], index, segments, found)
        phrase = _source_phrase(source, segments) or {source.i}
        follows = doc[max(phrase) + 1].text if max(phrase) + 1 < len(doc) else ""
        opening = opens_sentence(doc, first) or (  # "Mais pour X, P", "Et selon X, P"
            first > 0 and doc[first - 1].pos_ in {"CCONJ", "ADV"} and opens_sentence(doc, first - 1))
        if opinion and not (opening and follows == "," and _names_someone(source, index)):
            return []  # "pour" is a source only as "Pour X, …" opening the sentence, X someone ("Pour rappel" is not)
        phrase |= _apposition_after(doc, max(phrase), sentence.end)
        after = [t for t in sentence if t.i >= marker.end and t.i not in phrase and not t.is_punct]
        phrase_end = max(phrase) + 1
        if opening or doc[first - 1].is_quote:
            content = doc[after[0].i : sentence.end] if after else None
        elif doc[first - 1].text == "," and phrase_end < sentence.end and doc[phrase_end].text == "," and len(after) > 2:
            content = doc[sentence.start : sentence.end]  # "Cette situation l'a amené, selon ses déclarations, à …"
            if _opens_quotation(content):
                return []  # "Le motif, selon lui, est le suivant : « … »": the quotation is the statement
        elif doc[first - 1].text == ",":
            content = doc[_clause_start(doc, sentence.start, first - 1) : first - 1]
        else:
            return []
        return self._source_quote(content, marker, source, index, segments, found)

    def _relative_source(self, relative: Token, marker: Span, index, segments, found) -> list[FoundQuote]:
        """"un rapport selon lequel P", "des informations du Figaro selon lesquelles P", "l'accusation selon laquelle
        P": P is the words of the noun the relative stands for, said by whoever issued it: its "de" complement, or
        the subject of a verb that published it ("Le Monde a publié un rapport selon lequel …"); no one said when
        the text does not say ("l'accusation selon laquelle …")."""
        clause, noun, doc = relative.head, relative.head.head, relative.doc
        last = clause.right_edge.i + 1
        if noun.dep_.startswith("nsubj") and noun.head.i > relative.i:  # the main clause resumes after it
            last = max(last, min([noun.head.i, *(c.i for c in noun.head.lefts if c.dep_.startswith("aux"))]))
        if (predicate := _main_predicate(clause)) is not None:
            last = min(last, predicate)
        content = doc[relative.i + 1 : last]
        issuer = someone_of(noun)
        if issuer is None and noun.dep_ == "obj" and noun.head.lemma_ in self.words.relay_verbs:
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj" and is_someone(c)), None)
        if issuer is None:  # (nested in the words of who rejects it, "réfute l'accusation selon laquelle P")
            start, end = trimmed(content)
            if not says_something(content) or any(q.start == start and q.end == end for q in found):
                return []
            kind, start, end = kind_and_extent(start, end, segments, embedded=True)
            return [FoundQuote(start, end, kind, marker, {"entity": None, "name": None, "mention": None})]
        return self._source_quote(content, marker, issuer, index, segments, found)

    def _source_quote(self, content: Span | None, marker: Span, source: Token, index, segments, found) -> list[FoundQuote]:
        """What the source X of "selon X" / "pour X" said, unless it says nothing or was already reported."""
        if content is None or not says_something(content):
            return []
        start, end = trimmed(content)
        if end - start < 2 or any(q.overlaps(start, end) for q in found):
            return []
        kind, start, end = kind_and_extent(start, end, segments, embedded=False)
        source = whose_words(source)
        return [FoundQuote(start, end, kind, marker, index.speaker(subject_phrase(source, before_setting=False), source))]


def _clause_start(doc: Doc, start: int, end: int) -> int:
    """Where the words of "P, selon X" begin: at the sentence's start, or after a paragraph break or a full stop the
    parser ran it across ("… déplacés.\n\nPlus de 40 % du territoire …, selon des chiffres officiels")."""
    return next((t.i + 1 for t in reversed(doc[start:end]) if "\n" in t.text or t.text in {".", "!", "?"}), start)


def someone_of(noun: Token) -> Token | None:
    """The someone a noun's "de" complement names ("un communiqué *de la présidence*", "des informations *du
    Figaro*"): who issued what the noun names; None when no such complement names anyone."""
    return next((c for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de" and is_someone(c)), None)


def whose_words(source: Token) -> Token:
    """"selon les dires de celle-ci", "d'après les propos du ministre", "selon ses déclarations", "selon un
    communiqué de l'armée": the one who spoke or wrote.
    Sources are people, and their complement says where they sit, not who spoke ("selon des sources proches du
    dossier" is not the file's words)."""
    words = lang.words_of(source)
    said_in = words.words_nouns | words.document_nouns  # "selon un communiqué de l'armée": the army's words
    if source.lemma_ in words.anonymous_sources or (source.lemma_ not in said_in and source.lower_ not in said_in):
        return source
    owner = next((c for c in source.children if c.dep_ in {"nmod", "nmod:poss"}
                  or (c.dep_ == "det" and c.lower_ in words.possessive_determiners)), None)
    return owner if owner is not None else source


def _the_writers_own(source: Token) -> bool:
    """A source in the first person: the newsroom that writes ("selon nos informations", "selon nous")."""
    first_person = lang.words_of(source).first_person_words
    return source.lower_ in first_person or any(c.dep_ == "det" and c.lower_ in first_person for c in source.children)


def _names_someone(source: Token, index: EntityIndex) -> bool:
    """"Pour lui", "Pour Jens Stoltenberg", "Pour le directeur", "Pour l'ONG", "Pour les syndicats": a person, a
    named entity, a pronoun, or a definite description of a body that speaks, whose noun picks up a named entity
    ("le gouvernement", "l'ONG")."""
    if source.i in index.by_token or source.pos_ in {"PRON", "PROPN"} or source.lower_ in index.person_nouns:
        return True
    words = lang.words_of(source)
    definite_plural = words.plural_articles - words.indefinite_determiners  # "Pour les syndicats, …"
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners | words.possessive_determiners
                   | definite_plural for c in source.children)
    noun = source.lemma_.lower()
    return source.pos_ == "NOUN" and definite and (noun in index.description_heads or noun in index.class_nouns)


def _opens_quotation(span: Span) -> bool:
    """Whether a colon in the span opens a quotation ("… est le suivant : « … »")."""
    return any(t.text == ":" and t.i + 1 < len(t.doc) and t.nbor().is_quote for t in span)


def _apposition_after(doc: Doc, last: int, sentence_end: int) -> set[int]:
    """", le secrétaire général de l'Otan," after a name: a verbless phrase between commas is part of the source, and
    so is a relative clause on it (", qui s'exprimait lors d'un meeting,")."""
    if last + 2 >= sentence_end or doc[last + 1].text != ",":
        return set()
    relative = doc[last + 2].lower_ in lang.words_of(doc).subject_relatives
    for i in range(last + 2, sentence_end):
        if doc[i].text == ",":
            return set(range(last + 1, i + 1))
        if (doc[i].pos_ in {"VERB", "AUX"} and not relative) or doc[i].is_quote:
            return set()
    return set()


def _source_phrase(source: Token, segments: list[Span]) -> set[int]:
    """The tokens of "X" in "selon X, …", stopping at any quotation and at the comma after X: the parser often hangs
    the clause that follows on the source ("Selon la Cour, le prévenu a …" with the clause a conjunct of "Cour");
    an apposition between commas is added by ``_apposition_after``."""
    quoted = {t.i for segment in segments for t in segment} | {s.start - 1 for s in segments}
    phrase = set()
    for token in source.subtree:
        if token.i in quoted or (token.text == "," and token.i > source.i):
            break
        phrase.add(token.i)
    return phrase


def _main_predicate(clause: Token) -> int | None:
    """"La déclaration selon laquelle l'armée aurait bombardé une école *a été démentie* par Kiev": the main clause's
    predicate, which the parser hung inside the relative clause (a subjectless verb after it, with no "et"): where the
    relative's words end (None when there is none)."""
    for verb in clause.rights:
        if verb.dep_ in {"advcl", "ccomp", "parataxis"} and verb.pos_ in {"VERB", "AUX"} and \
                not any(c.dep_.startswith("nsubj") or c.dep_ == "cc" or c.dep_ == "mark" for c in verb.children):
            auxiliaries = [c for c in verb.lefts if c.dep_.startswith("aux")]
            if auxiliaries and is_finite_verb(auxiliaries[0]):
                return auxiliaries[0].i
    return None
