"""Pass 3 of the quotation stage: quotation marks (« », “ ”, " ", ‹ ›) not yet covered. A direct quote takes its
speaker from an incise right after it ("« … », a-t-il souligné"), from the clause before a colon that introduces
it, or — a cue-less continuation — from the quote just before it; short quoted labels with no cue ("la « patrouille
improvisée »") are no statements."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.referents import EntityIndex
from .clauses import (cue_of, follows_its_words, inverted_subject_of, is_bare_participle, is_someone, marked_source,
                      next_reporting_verb, noun_after, one_word, opens_sentence, side_of, subject_after_incise,
                      subject_of, subject_phrase)
from .found import FoundQuote, covers
from .sources import SourcePass, whose_words


_MIN_UNCUED_QUOTE_WORDS = 4


class MarkPass(SourcePass):
    """Direct quotes in quotation marks."""

    def _direct(self, doc, index, segments, found) -> list[FoundQuote]:
        quotes, previous = [], None
        for whole in segments:
            for part_number, segment in enumerate(self._split_at_incise(doc, whole)):
                quote = self._direct_quote(doc, segment, index, found, previous, resumed=part_number > 0)
                if quote is not None:
                    quotes.append(quote)
                previous = quote or next((q for q in found if q.overlaps(segment.start_char, segment.end_char)), previous)
        return quotes

    def _direct_quote(self, doc, segment, index, found, previous, *, resumed: bool) -> FoundQuote | None:
        """One quoted segment as a direct quote, or None when it is covered, a label, or has no speaker.

        resumed (bool): the segment is the part after an incise ("« A, explique X. B »"): it keeps A's cue and speaker.
        """
        start, end = segment.start_char, segment.end_char
        if any(covers(q, start, end) and not _nested_in(q, start, end) for q in found):
            return None  # already reported, as the content of a verb or a source
        if resumed and previous is not None:
            return FoundQuote(start, end, "direct", previous.cue, previous.speaker)
        cue, speaker = self._incise_after(doc, segment, index) or self._colon_before(doc, segment, index) \
            or self._verb_before(doc, segment, index) or (None, None)
        if speaker is None and previous is not None and _continues(doc, previous, segment):
            cue, speaker = previous.cue, previous.speaker
        elif speaker is None and previous is not None and _speaks_on(doc, previous, segment):
            speaker = previous.speaker  # the interviewee goes on, in the first person, a sentence later
        elif speaker is None and (last := _last_statement_before(found, segment)) is not None \
                and _next_sentence_quoted(doc, last, segment) and not index.is_outlet(last.speaker):
            speaker = last.speaker  # "Selon lui, P. « Q. »": a quoted sentence goes on with the statement before
            # (not an outlet's: "Selon Le Parisien, P. « Q. »" quotes someone the outlet heard)
        elif speaker is None and (subject := _person_told_of_before(doc, segment, index)) is not None:
            speaker = index.speaker(subject_phrase(subject), subject)  # "X ne décolère pas. « Nous irons … »"
        if speaker is None or (cue is None and len(segment) < _MIN_UNCUED_QUOTE_WORDS):
            return None
        return FoundQuote(start, end, "direct", cue, speaker)

    def _split_at_incise(self, doc: Doc, segment: Span) -> list[Span]:
        """"« A, explique X. B »" is two quotes by X: the segment is cut around the incise.

        The first part then ends just before the comma, so the incise is found "after" it; the second part
        continues it without a cue.
        """
        for token in segment:
            if token.text != "," or token.i + 1 >= segment.end:
                continue
            verb = next_reporting_verb(doc, token.i + 1, self.lexicon)
            if verb is None or verb.i >= segment.end or is_bare_participle(verb):
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
        verb = next_reporting_verb(doc, i, self.lexicon, reach=6 if after_colon else 4)
        if verb is None or (not after_colon and _subject_before_quote(verb, segment)):
            return None  # "des policiers « hors-service » poursuivent le malfrat": the verb has its own subject
        # "« … », souffle X": the subject follows the verb; "« … » : Washington dément …": it precedes it
        subject = subject_of(verb) if after_colon else (inverted_subject_of(verb) or noun_after(verb) or subject_after_incise(verb))
        if subject is None:
            return None
        subject = side_of(subject) or subject  # "« … », affirme-t-on chez Renault": Renault
        return cue_of(verb), index.speaker(subject_phrase(subject), subject)

    def _verb_before(self, doc: Doc, segment: Span, index: EntityIndex):
        """"Les manifestants scandaient « … »", "a lancé « … » aux députés": the words right after a reporting verb,
        which the parser left unattached to it, are its subject's."""
        before = segment.start - 2  # the word before the opening mark
        verb = doc[before] if before >= 0 else None
        if verb is None or verb.pos_ != "VERB" or not self.lexicon.lemma_of(verb) or follows_its_words(verb):
            return None
        subject = subject_of(verb)
        if subject is None or not is_someone(subject):
            return None
        return cue_of(verb), index.speaker(subject_phrase(subject), subject)

    def _colon_before(self, doc: Doc, segment: Span, index: EntityIndex):
        """"X a déclaré : « … »" / "Josep Borrell, … : « … »" / "X s'est montré plus amer : « … »": the clause
        before the colon says it, through a reporting verb, or else its subject when it has a verb (the owner of a
        subject that names words: "Le message du président est clair : « … »"), or the name it holds."""
        colon = segment.start - 2
        while colon > 0 and doc[colon].is_space:
            colon -= 1  # "X a pris la parole :" ending its paragraph, the quotation opening the next
        if colon < 0 or doc[colon].text != ":":
            return None
        sentence = doc[colon].sent
        marker = next(iter(self._source_markers(doc, set(), within=doc[sentence.start : colon])), None)
        if marker is not None and (opens_sentence(doc, marker.start) or doc[marker.start - 1].text == ","):
            # "Selon X : « … »", "Le motif, selon lui, est le suivant : « … »"; not "représentant pour les Affaires :"
            source = marked_source(marker)
            return marker, index.speaker(one_word(source), source)
        verbs = [t for t in doc[sentence.start : colon] if self.lexicon.lemma_of(t) and t.pos_ not in {"NOUN", "PROPN"}]
        if verbs and (subject := subject_of(verbs[-1])) is not None:
            return cue_of(verbs[-1]), index.speaker(one_word(subject), subject)
        clause = doc[sentence.start : colon]
        predicate = clause.root.pos_ in {"VERB", "AUX", "ADJ"} or any(c.dep_ == "cop" for c in clause.root.children)
        subject = subject_of(clause.root) if predicate else None
        subject = whose_words(subject) if subject is not None else None  # "Le message de X est clair : « … »"
        if predicate and not _acts_on_a_thing(clause.root) and subject is not None \
                and subject.i >= sentence.start and is_someone(subject) and not _a_document(subject, index) \
                and subject.lower_ not in self.words.indefinite_subjects:  # "on pouvait lire : « … »"
            return doc[colon : colon + 1], index.speaker(one_word(subject), subject)  # "X s'est montré amer : « … »"
        # a name or a noun of a mention, not its article ("La directrice de l'hôpital, Claire Martin, tire …")
        mentioned = [t for t in clause if t.i in index.by_token and t.pos_ in {"PROPN", "NOUN"}]
        person = next((t for t in mentioned if index.by_token[t.i][0]["label"] == "PER"), None)
        named = next(iter(mentioned), None)
        head = person or (named if named is not None and named.i - sentence.start <= 2 else clause.root)
        if head.i == clause.root.i and (subject := _subject_of_misread_verb(head)) is not None:
            head = subject  # "la porte-parole a botté en touche : « … »" with "botté" read as a noun
        if head.pos_ in {"PROPN", "NOUN"} and not _auxiliary_of(head):
            return doc[colon : colon + 1], index.speaker(one_word(head), head)
        return None


def _nested_in(quote: FoundQuote, start: int, end: int) -> bool:
    """Whether a statement was reported by a verb inside the quotation ``[start, end)``: someone the quoted speaker
    reports ("« Il a expliqué avoir agi sous l'emprise de l'alcool », a ajouté le procureur"), no report of the
    quotation itself."""
    return quote.cue is not None and start <= quote.cue.start_char < end


def _subject_of_misread_verb(head: Token) -> Token | None:
    """The subject of a clause head the tagger took for a noun although an auxiliary shows it is a verb."""
    if head.pos_ != "NOUN" or not _auxiliary_of(head):
        return None
    return next((c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"} and is_someone(c)), None)


def _auxiliary_of(token: Token) -> bool:
    return any(c.dep_.startswith("aux") for c in token.children)


def _person_told_of_before(doc: Doc, segment: Span, index: EntityIndex) -> Token | None:
    """"Paul Martin ne décolère pas. « Nous irons devant le tribunal. »": a cue-less quotation in the first person
    that stands as the sentence after one whose subject is a person, the only person that sentence names, in the
    same paragraph: that person's words."""
    mark, close = segment.start - 1, segment.end
    first_person = any(t.lower_ in lang.words_of(doc).first_person_words for t in segment)
    if not first_person or len(segment) < 6 or mark < 1 or not opens_sentence(doc, mark) or close >= len(doc):
        return None
    ends = close + 1 >= len(doc) or doc[close + 1].is_sent_start or "\n" in doc[close].whitespace_ \
        or doc[close + 1].text == "." or segment[-1].text in {".", "!", "?"}
    before = doc[mark - 1].sent
    if not ends or any("\n" in t.whitespace_ for t in before):
        return None
    people = {index.by_token[t.i][0]["id"] for t in before if t.i in index.by_token
              and index.by_token[t.i][0]["label"] == "PER"}
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or len(people) != 1 or subject.i not in index.by_token:
        return None
    return subject if index.by_token[subject.i][0]["id"] in people else None


def _acts_on_a_thing(verb: Token) -> bool:
    """"Les enquêteurs ont retrouvé une lettre : « … »": the quotation is what the object says, whose author the
    clause does not name; words named as the object are the subject's own ("a eu ces mots : « … »"), and an
    adjective the parser made the object is the subject's attribute ("s'est montré plus *prudent* : « … »")."""
    words_nouns = lang.words_of(verb).words_nouns
    return any(c.dep_ == "obj" and c.pos_ != "ADJ" and c.lemma_ not in words_nouns for c in verb.children)


def _a_document(subject: Token, index: EntityIndex) -> bool:
    """"Le texte prévoit deux mesures : « … »": a document (a SOURCE description head) quotes no one, but the same
    source does ("Une source proche du dossier est formelle : « … »")."""
    noun = subject.lemma_.lower()
    return noun not in lang.words_of(subject).anonymous_sources and "SOURCE" in index.description_heads.get(noun, ())


def _subject_before_quote(verb: Token, segment: Span) -> bool:
    """Whether the verb after a quotation has its subject before it, or is a short quoted label the parser made its
    subject: the label qualifies that subject ("des policiers « hors-service » poursuivent …"), the verb is no
    incise. (A long quotation often passes for the incise's subject: "« … », a dit X".)"""
    label = len(segment) < _MIN_UNCUED_QUOTE_WORDS
    return any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < (segment.end if label else segment.start) for c in verb.children)


def _continues(doc: Doc, previous: FoundQuote, segment: Span) -> bool:
    """A cue-less quote right after another one continues it: nothing but punctuation, or the previous quote's own
    cue and speaker ("« A » a martelé l'avocate « B »"), lies between them, or the rest of the incise's sentence
    when the quote opens the next sentence of the paragraph ("« A », a déclaré X lors d'une conférence de presse.
    « B »")."""
    between = doc.char_span(previous.end, segment.start_char, alignment_mode="expand")
    if between is None:
        return False
    if _ends_the_incise_sentence(doc, previous, between, segment):
        return True
    covered = [(previous.cue.start_char, previous.cue.end_char)] if previous.cue is not None else []
    if previous.speaker.get("mention"):
        mention = previous.speaker["mention"]
        covered.append((mention["start"], mention["end"] + 12))  # with a title or adjective after the name
    words = [t for t in between if not t.is_punct and not t.is_space]
    outside = [t for t in words if not any(start <= t.idx < end for start, end in covered)]
    return len(outside) == 0 or len(words) <= 3


def _ends_the_incise_sentence(doc: Doc, previous: FoundQuote, between: Span, segment: Span) -> bool:
    """Whether ``between`` is the end of the sentence of the previous quote's incise (its cue after the quote) and the
    quotation mark that opens ``segment`` begins the next sentence, in the same paragraph."""
    cue, mark = previous.cue, segment.start - 1
    if cue is None or cue.start_char < previous.end or mark < 0 or not opens_sentence(doc, mark):
        return False
    sentence = doc[cue.start].sent
    return sentence.end == mark and between.start >= sentence.start and \
        not any("\n" in t.text or "\n" in t.whitespace_ for t in between)


def _last_statement_before(found: list[FoundQuote], segment: Span) -> FoundQuote | None:
    """The statement of another pass (a verb's, a source's) that ends last before the quotation."""
    before = [q for q in found if q.end <= segment.start_char]
    return max(before, key=lambda q: q.end) if before else None


def _next_sentence_quoted(doc: Doc, last: FoundQuote, segment: Span) -> bool:
    """Whether the quotation is the whole next sentence after the one that holds the statement, in the same paragraph
    ("Selon lui, les chauffeurs … . « La direction fait la sourde oreille. »"): the speaker goes on."""
    mark, close = segment.start - 1, segment.end
    statement = doc.char_span(last.start, last.end, alignment_mode="expand")
    if statement is None or mark < 0 or close >= len(doc) or len(segment) < 6 or not opens_sentence(doc, mark):
        return False
    between = doc[statement.end : mark]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in between) or sum(t.text in {".", "!", "?"} for t in between) > 1:
        return False
    ends = close + 1 >= len(doc) or doc[close + 1].is_sent_start or "\n" in doc[close].whitespace_ \
        or doc[close + 1].text == "." or segment[-1].text in {".", "!", "?"}
    return ends and doc[statement.start].sent.end >= mark - 1


def _speaks_on(doc: Doc, previous: FoundQuote, segment: Span) -> bool:
    """A cue-less quotation in the first person that stands as a sentence (not words quoted inside the writer's own
    sentence: "… que X « a lui-même définies pour notre pays »"), within two sentences of the last quote: the same
    speaker goes on."""
    first_person = any(t.lower_ in lang.words_of(segment.doc).first_person_words for t in segment)
    between = doc.char_span(previous.end, segment.start_char, alignment_mode="expand")
    mark = segment.start - 1
    standing = mark >= 0 and (opens_sentence(doc, mark) or (mark > 0 and doc[mark - 1].text == ":"))
    if not first_person or len(segment) < 6 or between is None or not standing:
        return False
    return sum(1 for t in between if t.is_sent_start) <= 2
