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
communiqué précise …") finally takes the speaker reported just before it. Nothing inside boilerplate is extracted,
a negated, refused or not yet made statement ("n'a mentionné aucun dommage", "va proposer", "doit préciser") is
none, and one statement is never reported twice (nested ones are: "« qui hurlait que … »").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.extensions import boilerplate_tokens
from ..doc.quotation_marks import quoted_segments
from .lexicon import QuoteLexicon, load_quote_lexicon
from ..doc.referents import EntityIndex

_MIN_UNCUED_QUOTE_WORDS = 4
_BULLETS = {"-", "–", "—", "•", "*"}


@dataclass
class _Quote:
    start: int  # characters
    end: int
    kind: str
    cue: Span | None
    speaker: dict

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@Language.factory(
    "veille_quotes",
    assigns=["doc._.veille_quotes"],
    requires=["doc._.veille_entities", "token.dep", "token.lemma"],
)
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)


class QuoteExtractor:
    """Fills ``doc._.veille_quotes`` with contract-shaped quote records (character offsets)."""

    def __init__(self, nlp: Language, name: str = "veille_quotes"):
        self.name = name
        self.lexicon: QuoteLexicon = load_quote_lexicon(nlp.lang)
        self.person_nouns = lang.load(nlp.lang).person_words
        self.words = lang.load(nlp.lang).words
        strings = nlp.vocab.strings
        self.verb_hashes = numpy.array([strings.add(lemma) for lemma in self.lexicon.verbs], dtype="uint64")
        self.form_hashes = numpy.array([strings.add(form) for form in [*self.lexicon.forms, *self.lexicon.multiword]], dtype="uint64")
        self.marker_hashes = numpy.array([strings.add(m[0]) for m in self.lexicon.source_markers], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        index = EntityIndex.of(doc)
        blocked = boilerplate_tokens(doc)
        segments = [s for s in quoted_segments(doc) if s.start not in blocked]
        quotes: list[_Quote] = []
        quoted = {t.i for segment in segments for t in segment}
        for verb in self._reporting_verbs(doc, blocked):
            if verb.i in quoted and not _reports_within_quote(verb):
                continue  # inside a quote only someone else's reported speech counts ("« qui hurlait que … »")
            quotes.extend(self._from_verb(doc, verb, index, segments, quotes))
        for marker in self._source_markers(doc, blocked):
            quotes.extend(self._from_source(doc, marker, index, segments, quotes))
        quotes.extend(self._direct(doc, index, segments, quotes))
        quotes = _resolve_back_references(sorted(quotes, key=lambda q: q.start))
        doc._.veille_quotes = [_record(quote) for quote in quotes]
        return doc

    # 1. reporting verbs
    def _reporting_verbs(self, doc: Doc, blocked: set[int]) -> Iterable[Token]:
        """Reporting verbs, found first in the attribute arrays (lemma or form), then checked one by one."""
        attributes = doc.to_array(["LEMMA", "LOWER"])
        hits = numpy.isin(attributes[:, 0], self.verb_hashes) | numpy.isin(attributes[:, 1], self.form_hashes)
        for i in numpy.flatnonzero(hits).tolist():
            token = doc[i]
            if i not in blocked and self.lexicon.lemma_of(token) and token.pos_ not in {"NOUN", "PROPN"}:
                if not _negated(token):
                    yield token

    def _from_verb(self, doc: Doc, verb: Token, index: EntityIndex, segments: list[Span], found: list[_Quote]) -> list[_Quote]:
        contents, embedded = _listed_items(verb), True
        subject = _subject_before(verb) if contents else _subject(verb)
        if not contents:
            content, embedded = self._complement(verb)
            if content is None:
                content, embedded = _interrupted_clause(verb, segments) or _sentence_before_incise(verb), False
            contents = [content] if content is not None else []
        if not contents or subject is None or not self._can_speak(subject, index):
            return []
        speaker = index.speaker(_subject_phrase(subject), subject)
        quotes: list[_Quote] = []
        for content in contents:
            if not _says_something(content):
                continue  # "Le motif", "lundi": no statement
            start, end = _trim(content)
            if end - start < 2 or any(_covers(q, start, end) for q in [*found, *quotes]):
                continue
            kind, start, end = _kind(start, end, segments, embedded)
            quotes.append(_Quote(start, end, kind, _cue(verb), dict(speaker)))
        return quotes

    def _complement(self, verb: Token) -> tuple[Span | None, bool]:
        """What the verb reports through one of its frames: que-clause, infinitive, object, "X de Y", "à Y".

        RETURNS (tuple): the content, and whether it is syntactically embedded (False for the speaker's own words
        after a colon or in quotation marks: "a écrit : « … »").
        """
        frames = self.lexicon.frames[self.lexicon.lemma_of(verb)] | {"speech"}
        if _follows_its_words(verb):
            frames -= {"obj"}  # "…, a rappelé la même source": the noun after an incise's verb is its subject
        parts = [c for c in verb.rights if _frame_of(c) in frames]
        quoted_before = [c for c in verb.lefts if c.dep_ in {"advcl", "ccomp", "parataxis"} and _follows_its_words(verb)]
        if quoted_before and _noun_after(verb) is None and not any(t.is_quote for t in quoted_before[0].subtree):
            quoted_before = []  # "Contacté par la rédaction, X a réagi": no incise without a quote or a subject after it
        if not parts and quoted_before:
            return quoted_before[0].doc[quoted_before[0].left_edge.i : quoted_before[0].right_edge.i + 1], False
        if not parts:
            return _linear_complement(verb), True
        first = parts[0]
        embedded = _frame_of(first) != "speech"
        if _frame_of(first) == "que":  # "a prévenu que Washington « envisagerait … »": a clause the parser split
            parts = [first, *(part for part in parts[1:] if _frame_of(part) in {"que", "speech"})]
        if not embedded and any(c.dep_ == "obj" for c in verb.children):
            return None, True  # "précise certaines choses : « … »": the words after the colon are a new statement
        if _frame_of(first) == "obj" and _anaphoric(first):
            return None, True  # "a réagi à cette déclaration", "avaient évoqué ce thème": no statement of its own
        if _frame_of(first) == "obj" and first.lemma_ in self.words.words_nouns:
            return _spelled_out(first), True  # "maintient sa version : P" says P; "maintient sa version" names words
        obj = next((c for c in verb.rights if c.dep_ == "obj" and c.i < first.i), None)
        if _frame_of(first) == "de" and obj is not None:
            first = obj  # "accuser les Nord-Coréens de livrer …", "assurer Pyongyang de son soutien"
        if _frame_of(first) != "que":
            parts = [first, *_attached_after(verb, first, frames)]
        doc = verb.doc
        start, end = first.left_edge.i, max(part.right_edge.i for part in parts) + 1
        while start < end and doc[start].dep_ == "mark" and doc[start].lower_ in self.words.que:
            start += 1
        return doc[start:end], embedded

    def _can_speak(self, subject: Token, index: EntityIndex) -> bool:
        """A subject that can say something: not a date ("lundi"), not an indefinite thing ("Des menaces"), not a
        place that is no state or city ("la péninsule coréenne")."""
        if subject.lower_ in self.lexicon.time_nouns:
            return False
        found = index.by_token.get(subject.i)
        if found is not None:
            return found[0]["label"] != "LOC" or found[0]["type"] in {"GPE", "CITY"}
        indefinite = any(c.dep_ == "det" and c.lower_ in self.words.indefinite_determiners for c in subject.children)
        return not (subject.pos_ == "NOUN" and indefinite and subject.lower_ not in self.person_nouns)

    # 2. source phrases
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

    def _from_source(self, doc, marker: Span, index, segments, found) -> list[_Quote]:
        """"Selon X, P" / "Pour X, P" (opening the sentence) and "P, selon X" (closing it): X said P."""
        source, sentence, first = _marked_source(marker), marker.sent, marker.start
        opinion = marker.text.lower() in self.words.opinion_prepositions
        if opinion and source.lower_ in self.words.subject_relatives and first >= 2 and doc[first - 1].text == ",":
            return self._source_quote(doc[source.i + 1 : sentence.end], marker, doc[first - 2], index, segments, found)
        phrase = _source_phrase(source, segments) or {source.i}
        follows = doc[max(phrase) + 1].text if max(phrase) + 1 < len(doc) else ""
        opening = _opens_sentence(doc, first)
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
            content = doc[sentence.start : first - 1]
        else:
            return []
        return self._source_quote(content, marker, source, index, segments, found)

    def _source_quote(self, content: Span | None, marker: Span, source: Token, index, segments, found) -> list[_Quote]:
        """What the source X of "selon X" / "pour X" said, unless it says nothing or was already reported."""
        if content is None or not _says_something(content):
            return []
        start, end = _trim(content)
        if end - start < 2 or any(q.overlaps(start, end) for q in found):
            return []
        kind, start, end = _kind(start, end, segments, embedded=False)
        source = _whose_words(source)
        return [_Quote(start, end, kind, marker, index.speaker(_subject_phrase(source), source))]

    # 3. quotation marks
    def _direct(self, doc, index, segments, found) -> list[_Quote]:
        quotes, previous = [], None
        for whole in segments:
            for part_number, segment in enumerate(self._split_at_incise(doc, whole)):
                quote = self._direct_quote(doc, segment, index, found, previous, resumed=part_number > 0)
                if quote is not None:
                    quotes.append(quote)
                previous = quote or next((q for q in found if q.overlaps(segment.start_char, segment.end_char)), previous)
        return quotes

    def _direct_quote(self, doc, segment, index, found, previous, *, resumed: bool) -> _Quote | None:
        """One quoted segment as a direct quote, or None when it is covered, a label, or has no speaker.

        resumed (bool): the segment is the part after an incise ("« A, explique X. B »"): it keeps A's cue and speaker.
        """
        start, end = segment.start_char, segment.end_char
        if any(2 * (min(end, q.end) - max(start, q.start)) >= end - start for q in found):
            return None  # already reported, as the content of a verb or a source
        if resumed and previous is not None:
            return _Quote(start, end, "direct", previous.cue, previous.speaker)
        cue, speaker = self._incise_after(doc, segment, index) or self._colon_before(doc, segment, index) or (None, None)
        if speaker is None and previous is not None and _continues(doc, previous, segment):
            cue, speaker = previous.cue, previous.speaker
        elif speaker is None and previous is not None and _speaks_on(doc, previous, segment):
            speaker = previous.speaker  # the interviewee goes on, in the first person, a sentence later
        if speaker is None or (cue is None and len(segment) < _MIN_UNCUED_QUOTE_WORDS):
            return None
        return _Quote(start, end, "direct", cue, speaker)

    def _split_at_incise(self, doc: Doc, segment: Span) -> list[Span]:
        """"« A, explique X. B »" is two quotes by X: the segment is cut around the incise.

        The first part then ends just before the comma, so the incise is found "after" it; the second part
        continues it without a cue.
        """
        for token in segment:
            if token.text != "," or token.i + 1 >= segment.end:
                continue
            verb = _next_reporting_verb(doc, token.i + 1, self.lexicon)
            if verb is None or verb.i >= segment.end:
                continue
            sentence_end = next((t.i for t in doc[verb.i : segment.end] if t.text in {".", "!", "?"}), None)
            first = doc[segment.start : token.i - 1 + 1]
            if sentence_end is None or sentence_end + 1 >= segment.end:
                return [first]
            return [first, doc[sentence_end + 1 : segment.end]]
        return [segment]

    def _incise_after(self, doc: Doc, segment: Span, index: EntityIndex):
        """"« … », a-t-il souligné" / "« … » a martelé l'avocate": the reporting verb right after the marks."""
        i = segment.end + 1  # past the closing mark
        while i < len(doc) and doc[i].is_punct and doc[i].text in {",", "»", '"', "”", "."} and doc[i].text != ":":
            if doc[i].text == ".":
                return None
            i += 1
        after_colon = i > 0 and doc[i - 1].text == ":" or (i < len(doc) and doc[i].text == ":")
        i += 1 if i < len(doc) and doc[i].text == ":" else 0
        verb = _next_reporting_verb(doc, i, self.lexicon, reach=6 if after_colon else 4)
        if verb is None:
            return None
        # "« … », souffle X": the subject follows the verb; "« … » : Washington dément …": it precedes it
        subject = _subject(verb) if after_colon else (_inverted_subject(verb) or _noun_after(verb))
        if subject is None:
            return None
        return _cue(verb), index.speaker(_subject_phrase(subject), subject)

    def _colon_before(self, doc: Doc, segment: Span, index: EntityIndex):
        """"X a déclaré : « … »" / "Josep Borrell, … : « … »": the clause before the colon says it."""
        colon = segment.start - 2
        if colon < 0 or doc[colon].text != ":":
            return None
        sentence = doc[colon].sent
        marker = next(iter(self._source_markers(doc, set(), within=doc[sentence.start : colon])), None)
        if marker is not None and (_opens_sentence(doc, marker.start) or doc[marker.start - 1].text == ","):
            # "Selon X : « … »", "Le motif, selon lui, est le suivant : « … »"; not "représentant pour les Affaires :"
            source = _marked_source(marker)
            return marker, index.speaker(_phrase(source), source)
        verbs = [t for t in doc[sentence.start : colon] if self.lexicon.lemma_of(t) and t.pos_ not in {"NOUN", "PROPN"}]
        if verbs and (subject := _subject(verbs[-1])) is not None:
            return _cue(verbs[-1]), index.speaker(_phrase(subject), subject)
        clause = doc[sentence.start : colon]
        person = next((t for t in clause if t.i in index.by_token and index.by_token[t.i][0]["label"] == "PER"), None)
        named = next((t for t in clause if t.i in index.by_token), None)
        head = person or (named if named is not None and named.i - sentence.start <= 2 else clause.root)
        if head.pos_ in {"PROPN", "NOUN"}:
            return doc[colon : colon + 1], index.speaker(_phrase(head), head)
        return None

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the lexicons ship with the package."""

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> QuoteExtractor:
        return self


def _negated(verb: Token) -> bool:
    """"n'a pas précisé", "n'a mentionné aucun dommage", "a refusé de préciser": no statement was made; nor is one
    yet in "va proposer", "doit préciser", "pourrait annoncer" (an infinitive under a verb of future or modality)."""
    words = lang.words_of(verb)
    if any(child.dep_ == "advmod" and child.lower_ in words.negation_adverbs for child in verb.children):
        return True
    if any(c.dep_ == "obj" and any(d.lower_ in words.negative_determiners for d in c.children) for c in verb.children):
        return True
    if _yet_to_come(verb):
        return True
    return verb.head.lemma_ in words.refusal_verbs


def _yet_to_come(verb: Token) -> bool:
    """A verb under an infinitive governed by a verb of future or modality, not in the past: "va proposer", "doit
    faire le choix … en s'engageant à" (but "a dû préciser" was said)."""
    token, modals = verb, lang.words_of(verb).modal_verbs
    for _ in range(4):
        head = token.head
        if head is token:
            return False
        if "Inf" in token.morph.get("VerbForm") and head.lemma_ in modals and "Part" not in head.morph.get("VerbForm"):
            return True
        token = head
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of a reporting verb, through auxiliaries and coordination ("et affirme qu'…")."""
    euphonic = lang.words_of(verb).euphonic_t
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and child.lower_ not in euphonic:
            return child  # "Il a simplement indiqué que …": a reporting verb's "il" is never impersonal
    if verb.dep_ == "conj" and verb.head is not verb:
        return _subject(verb.head)
    if verb.dep_ in {"advcl", "advmod", "xcomp"} and verb.head is not verb and not _follows_its_words(verb):
        return _subject(verb.head)  # "précisant que …", "en soutenant que …": the subject of the main verb
    if _follows_its_words(verb):
        # "…, souligne-t-il", "…, a écrit le numéro un russe", "Comme le rapporte Le Figaro": an inverted subject the
        # parser often takes for a dependent, an object or a complement
        clitic = _inverted_subject(verb)
        if clitic is not None:
            return clitic
        inverted = (c for c in verb.rights if c.dep_ in {"obj", "nmod", "obl:mod", "obl:arg"} and c.pos_ in {"NOUN", "PROPN"})
        return next((c for c in inverted if not _bare_noun(c)), None) or _subject_before_parenthesis(verb)
    if verb.dep_ in {"acl:relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if verb.pos_ not in {"VERB", "AUX"}:  # a misread verb ("Washington dément être lié"): the noun before it
        before = verb.doc[verb.sent.start : verb.i]
        return next((t for t in reversed(before) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
    return None


def _listed_items(verb: Token) -> list[Span]:
    """"L'arrêté indique :" then one statement per bulleted line ("- la vente … est interdite")."""
    doc = verb.doc
    i = verb.i + 1
    if i + 2 >= len(doc) or doc[i].text != ":" or "\n" not in doc[i + 1].text:
        return []
    items, i = [], i + 2
    while i < len(doc) and doc[i].text in _BULLETS:
        end = next((t.i for t in doc[i + 1 :] if "\n" in t.text), len(doc))
        items.append(doc[i + 1 : end])
        i = end + 1
    return items


def _subject_before(verb: Token) -> Token | None:
    """The verb's own subject, else the noun right before it: the parser often hangs a verb that opens a list on the
    sentence before ("La préfecture a pris cet arrêté … Dans le détail, l'arrêté préfectoral indique :")."""
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    before = verb.doc[verb.sent.start : verb.i]
    return own or next((t for t in reversed(before) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)


def _subject_before_parenthesis(verb: Token) -> Token | None:
    """"François Hollande, qui a été applaudi …, a soutenu que …": the name before a parenthesis between commas,
    a subject the parser often loses (here to the clause before it)."""
    doc = verb.doc
    first = _cue(verb).start
    if first < 2 or doc[first - 1].text != ",":
        return None
    opening = next((t.i for t in reversed(doc[verb.sent.start : first - 1]) if t.text == ","), None)
    head = doc[opening - 1] if opening else None
    return head if head is not None and head.pos_ in {"PROPN", "NOUN"} and not _bare_noun(head) else None


def _reports_within_quote(verb: Token) -> bool:
    """A reporting verb inside quoted words reports a third party's speech ("« qui hurlait que … »"), not the quoted
    speaker's own wording ("« nous établissons un indice pour indiquer que … »")."""
    subject = _subject(verb)
    first_person = subject is not None and subject.lower_ in lang.words_of(verb).first_person_subjects
    return not first_person and subject is not None and any(_frame_of(c) in {"que", "inf"} for c in verb.rights)


def _marked_source(marker: Span) -> Token:
    """The source a marker introduces: the head of its last preposition ("aux yeux de X" → X, "d'après X" → X)."""
    preposition = next((t for t in reversed(marker) if t.dep_ == "case"), marker[0])
    return preposition.head


def _whose_words(source: Token) -> Token:
    """"selon les dires de celle-ci", "d'après les propos du ministre", "selon ses déclarations": the one who spoke."""
    words = lang.words_of(source)
    if source.lemma_ not in words.words_nouns and source.lower_ not in words.words_nouns:
        return source
    owner = next((c for c in source.children if c.dep_ in {"nmod", "nmod:poss"}
                  or (c.dep_ == "det" and c.lower_ in words.possessive_determiners)), None)
    return owner if owner is not None else source


def _spelled_out(obj: Token) -> Span | None:
    """"la version de son client : P", "sa position : P": what follows the colon after words named by a noun."""
    doc, colon = obj.doc, obj.right_edge.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or doc[colon + 1].is_quote:
        return None
    end = next((t.i for t in doc[colon + 1 : obj.sent.end] if t.text in {".", ";"} or "\n" in t.text), obj.sent.end)
    return doc[colon + 1 : end] if end > colon + 1 else None


def _names_someone(source: Token, index: EntityIndex) -> bool:
    """"Pour lui", "Pour Jens Stoltenberg", "Pour le directeur": a person, a named entity or a pronoun."""
    return source.i in index.by_token or source.pos_ in {"PRON", "PROPN"} or source.lower_ in index.person_nouns


def _says_something(content: Span) -> bool:
    """A statement has a verb or at least three words: "Le motif", "lundi", "l'armée israélienne" are none."""
    words = 0
    for token in content:  # stops at the third word: contents can be long
        if not token.is_punct:
            words += 1
            if words >= 3 or token.pos_ in {"VERB", "AUX"}:
                return True
    return False


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence, even one the parser ran into the previous line ("…l'Ukraine.\nSelon")."""
    return doc[i].is_sent_start or i == 0 or doc[i - 1].is_space or doc[i - 1].text in {".", "!", "?"}


def _opens_quotation(span: Span) -> bool:
    """Whether a colon in the span opens a quotation ("… est le suivant : « … »")."""
    return any(t.text == ":" and t.i + 1 < len(t.doc) and t.nbor().is_quote for t in span)


def _anaphoric(obj: Token) -> bool:
    """An object that only points back: a pronoun, or a noun with a demonstrative ("cette déclaration")."""
    demonstratives = lang.words_of(obj).demonstrative_determiners
    return obj.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in demonstratives for c in obj.children)


def _attached_after(verb: Token, first: Token, frames: frozenset[str]) -> list[Token]:
    """What completes the first complement: "de Y" after the object of "accuser X de Y", an oblique right after an
    object ("un prétexte à une nouvelle escalade")."""
    if _frame_of(first) != "obj":
        return []
    after = [c for c in verb.rights if c.i > first.right_edge.i]
    if "de" in frames and (with_de := [c for c in after if _frame_of(c) == "de"]):
        return with_de[:1]
    following = [c for c in after if c.dep_.startswith("obl") and c.left_edge.i == first.right_edge.i + 1]
    coordinated = [c for c in after if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]  # "X, mais aussi Y"
    return following[:1] + coordinated


def _linear_complement(verb: Token) -> Span | None:
    """When the parser gave the verb no complement (a misread "dément"), read one off the words: "que …" or an
    infinitive right after it, up to the end of the clause."""
    doc = verb.doc
    start = verb.i + 1
    if start >= len(doc):
        return None
    words = lang.words_of(verb)
    if doc[start].lower_ in words.que:
        start += 1
    elif "Inf" not in doc[start].morph.get("VerbForm"):
        return None
    end = start
    while end < verb.sent.end and not (doc[end].text in {".", ";", ":"} or (doc[end].lower_ in words.conjunction_and and end + 1 < len(doc) and doc[end + 1].pos_ == "VERB")):
        end += 1
    return doc[start:end] if end > start else None


def _frame_of(child: Token) -> str | None:
    """Which frame a dependent of a reporting verb fills: que, inf, obj, de or a (None for anything else)."""
    marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "case"}}
    words = lang.words_of(child)
    if child.dep_ == "ccomp" and marks & words.que:
        return "que"
    if child.dep_ in {"ccomp", "parataxis"} and child.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
        return "speech"  # a clause with no "que": the words themselves, quoted or after a colon
    if child.dep_ in {"xcomp", "obl:arg", "obl", "obl:mod", "ccomp"} and child.pos_ == "VERB":
        if marks & words.de:
            return "de"
        return "a" if marks & words.a else "inf"
    if child.dep_ in {"obl:arg", "obl", "obl:mod"} and child.pos_ in {"NOUN", "PROPN"}:
        return "a" if marks & words.a_forms else ("de" if marks & words.de_forms else None)
    if child.dep_ == "obj" and child.pos_ in {"NOUN", "PROPN"}:
        return "obj"
    return None


def _apposition_after(doc: Doc, last: int, sentence_end: int) -> set[int]:
    """", le secrétaire général de l'Otan," after a name: a verbless phrase between commas is part of the source."""
    if last + 1 >= sentence_end or doc[last + 1].text != ",":
        return set()
    for i in range(last + 2, sentence_end):
        if doc[i].text == ",":
            return set(range(last + 1, i + 1))
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_quote:
            return set()
    return set()


def _source_phrase(source: Token, segments: list[Span]) -> set[int]:
    """The tokens of "X" (with its apposition) in "selon X, …", stopping at any quotation."""
    quoted = {t.i for segment in segments for t in segment} | {s.start - 1 for s in segments}
    phrase = set()
    for token in source.subtree:
        if token.i in quoted:
            break
        phrase.add(token.i)
    return phrase


def _follows_its_words(verb: Token) -> bool:
    """A reporting verb after the words it reports, its subject after it: an incise ("…, a-t-il souligné",
    "« … » souffle l'ailier droit") or a "comme" clause ("Comme le rapporte Le Figaro")."""
    doc = verb.doc
    if any(c.dep_.startswith("nsubj") and c.i < verb.i and not c.text.startswith("-") for c in verb.children):
        return False
    words = lang.words_of(verb)
    if any(c.dep_ == "mark" and c.lower_ in words.gerund_markers for c in verb.children) or "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        return False  # "…, en soutenant que …", "…, précisant que …": a participle clause, not an incise
    first = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux") or c.dep_ in {"mark", "det"})])
    return first > 0 and (doc[first - 1].text in {",", "»", '"', "”"} or doc[first].lower_ in words.as_conjunctions)


def _inverted_subject(verb: Token) -> Token | None:
    """The subject after the verb of an incise: "-il" in "a-t-il souligné" (wherever the parser hung it), "X" in
    "a martelé X"."""
    euphonic = lang.words_of(verb).euphonic_t
    clitic = next((t for t in _cue(verb) if t.text.startswith("-") and t.lower_ not in euphonic), None)
    if clitic is not None:
        return clitic
    for child in verb.rights:
        if child.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and child.lower_ not in euphonic:
            return child
    return None


def _subject_phrase(subject: Token) -> Span:
    """The subject's noun phrase up to the first punctuation: "le porte-parole du département d'Etat Mark Toner"."""
    doc = subject.doc
    end = subject.i + 1
    while end <= subject.right_edge.i and not doc[end].is_punct:
        end += 1
    return doc[subject.i : end]


def _noun_after(verb: Token) -> Token | None:
    """The first name, noun or subject pronoun right after a verb: its inverted subject in an incise."""
    for token in verb.doc[verb.i + 1 : verb.i + 6]:
        if (token.pos_ in {"PROPN", "NOUN"} and not _bare_noun(token)) or token.lower_ in lang.words_of(verb).subject_clitics:
            return token
        if token.is_punct:
            return None
    return None


def _bare_noun(token: Token) -> bool:
    """A common noun with no determiner and no name: after a verb, an adverbial ("a annoncé lundi la présidente"),
    not its subject ("rapporte actu.fr" is one)."""
    return token.pos_ == "NOUN" and not token.ent_type_ and not any(child.dep_ == "det" for child in token.children)


def _phrase(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def _cue(verb: Token) -> Span:
    """The verb group: auxiliaries and adverbs before the verb, an inverted subject clitic after it."""
    doc = verb.doc
    start = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux"))])
    end = verb.i + 1
    words = lang.words_of(verb)
    while end < len(doc) and (doc[end].lower_ in words.subject_clitics or doc[end].lower_ in words.euphonic_t):
        end += 1
    return doc[start:end]


def _interrupted_clause(verb: Token, segments: list[Span]) -> Span | None:
    """An incise or "comme" clause reports the clause it interrupts: "…, a-t-il souligné" / "Comme le rapporte X, P".

    The reported words are those of the interrupted clause before the incise, or after it when it opens the sentence
    or follows mere adverbials ("Par contre, souligne-t-il, « … »").
    """
    words = lang.words_of(verb)
    inverted = any(c.lower_ in words.subject_clitics for c in verb.children)
    as_comme = any(c.dep_ == "mark" and c.lower_ in words.as_conjunctions for c in verb.children)
    if not (inverted or as_comme) or verb.dep_ not in {"advcl", "parataxis"}:
        return None
    own = [t.i for t in verb.subtree]
    main = [t.i for t in verb.head.subtree if t.i not in set(own)]
    doc = verb.doc
    quoted = {t.i for segment in segments for t in segment}
    ends = (t.i for t in reversed(doc[: own[0]]) if (t.text in {".", "!", "?"} and t.i not in quoted) or "\n" in t.text)
    stop = next(ends, -1)
    before = [i for i in main if stop < i < own[0]]  # not into a sentence the parser ran this one into
    after = [i for i in main if i > own[-1]]
    said_before = before and _says_something(doc[before[0] : before[-1] + 1])
    words = before if said_before and not as_comme else after
    return doc[min(words) : max(words) + 1] if words else None


def _covers(quote: _Quote, start: int, end: int) -> bool:
    """Whether a statement already found covers at least half of ``[start, end)``: nested speech is allowed, the
    same statement twice is not."""
    return 2 * (min(end, quote.end) - max(start, quote.start)) >= end - start


def _sentence_before_incise(verb: Token) -> Span | None:
    """"P, rapporte actu.fr." when the parser did not hang the incise on P: the words of the sentence before it."""
    if not _follows_its_words(verb) or _noun_after(verb) is None:
        return None
    first = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux"))])
    start = verb.sent.start
    return verb.doc[start : first - 1] if first - 1 > start + 2 else None


def _trim(span: Span) -> tuple[int, int]:
    """Character offsets of a content span without surrounding punctuation and spaces.

    A content stops at the end of its paragraph, and at a colon that opens a quotation: what follows is a new,
    direct statement.
    """
    tokens = [t for t in span]
    for n, token in enumerate(tokens):
        if "\n" in token.text or (token.text == ":" and n + 1 < len(tokens) and tokens[n + 1].is_quote):
            tokens = tokens[:n]  # a reported content ends with its paragraph, or where a quotation opens
            break
    while tokens and (tokens[0].is_punct and tokens[0].text not in {"«", '"', "“"}):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {"»", '"', "”", "?", "!"}:
        tokens.pop()
    if not tokens:
        return span.start_char, span.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _kind(start: int, end: int, segments: list[Span], embedded: bool) -> tuple[str, int, int]:
    """The kind of a reported content and its final extent.

    A content entirely within quotation marks keeps only the inside: ``mixed`` when it is a verb's complement
    ("a soutenu que « … »"), ``direct`` when the speaker is named around it ("« … », a-t-il souligné", "Selon X,
    « … »"). Otherwise ``mixed`` when quoted words lie inside (the closing mark included when the quote starts
    inside), else ``indirect``.
    """
    marked = [(segment, *_with_marks(segment)) for segment in segments]
    touching = [(segment, opening, closing) for segment, opening, closing in marked if opening < end and start < closing]
    for segment, opening, closing in touching:
        if opening <= start and end <= closing:
            return ("mixed" if embedded else "direct"), segment.start_char, segment.end_char
    if touching:
        return "mixed", start, max([end, *(closing for segment, opening, closing in touching if opening >= start)])
    return "indirect", start, end


def _with_marks(segment: Span) -> tuple[int, int]:
    """Character extent of a quoted segment with its marks, however they are spaced ("« … »", "«…»")."""
    doc = segment.doc
    closing = doc[segment.end] if segment.end < len(doc) else None
    end = closing.idx + len(closing.text) if closing is not None and not closing.is_space else segment.end_char
    return doc[segment.start - 1].idx, end


def _next_reporting_verb(doc: Doc, i: int, lexicon: QuoteLexicon, reach: int = 4) -> Token | None:
    """A reporting verb starting at token ``i``, allowing for its auxiliary and an inverted "-t-".

    Right after a quote the tagger often misreads the verb ("», souffle l'ailier": a noun): its form counts too.
    """
    for j in range(i, min(i + reach, len(doc))):
        if lexicon.lemma_of(doc[j]):
            return doc[j]
        if doc[j].is_punct or (reach <= 4 and not (doc[j].pos_ == "AUX" or doc[j].text.startswith("-") or doc[j].pos_ == "ADV")):
            return None
    return None


def _continues(doc: Doc, previous: _Quote, segment: Span) -> bool:
    """A cue-less quote right after another one continues it: nothing but punctuation, or the previous quote's own
    cue and speaker ("« A » a martelé l'avocate « B »"), lies between them."""
    between = doc.char_span(previous.end, segment.start_char, alignment_mode="expand")
    if between is None:
        return False
    covered = [(previous.cue.start_char, previous.cue.end_char)] if previous.cue is not None else []
    if previous.speaker.get("mention"):
        mention = previous.speaker["mention"]
        covered.append((mention["start"], mention["end"] + 12))  # with a title or adjective after the name
    words = [t for t in between if not t.is_punct and not t.is_space]
    outside = [t for t in words if not any(start <= t.idx < end for start, end in covered)]
    return len(outside) == 0 or len(words) <= 3


def _resolve_back_references(quotes: list[_Quote]) -> list[_Quote]:
    """"Le communiqué précise …", "selon la même source", a pronoun no one near answers to ("selon ses
    déclarations"): the speaker of the statement reported just before, if any — for a document, the speaker last
    reported as issuing one ("…, a dit X dans un communiqué" … "ajoute le communiqué")."""
    spoken: list[_Quote] = []
    for quote in quotes:
        if quote.speaker.pop("refers_back", False) and spoken:
            issuer = _issuer(quote.speaker["mention"]["text"].split()[-1].lower(), spoken)
            quote.speaker = {**(issuer or spoken[-1]).speaker, "mention": quote.speaker["mention"]}
        if quote.speaker.get("name"):
            spoken.append(quote)
    return quotes


def _issuer(document: str, spoken: list[_Quote]) -> _Quote | None:
    """The last statement whose reporting sentence introduces the document ("dans un communiqué"), if any."""
    for quote in reversed(spoken):
        sentence = quote.cue.sent if quote.cue is not None else []
        if any(t.lower_ == document and t.i > 0 and t.nbor(-1).lower_ in lang.words_of(t).indefinite_singular
               for t in sentence):
            return quote
    return None


def _speaks_on(doc: Doc, previous: _Quote, segment: Span) -> bool:
    """A cue-less quotation in the first person, within two sentences of the last quote: the same speaker goes on."""
    first_person = any(t.lower_ in lang.words_of(segment.doc).first_person_words for t in segment)
    between = doc.char_span(previous.end, segment.start_char, alignment_mode="expand")
    if not first_person or len(segment) < 6 or between is None:
        return False
    return sum(1 for t in between if t.is_sent_start) <= 2


def _record(quote: _Quote) -> dict:
    """The quote as plain data; its text is ``doc.text[start:end]`` (left out: rebuilding ``doc.text`` is costly)."""
    cue = quote.cue
    return {
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "cue": {"start": cue.start_char, "end": cue.end_char, "text": cue.text} if cue is not None else None,
        "speaker": quote.speaker,
    }
