"""A statement as the passes find it, and what is done with all of them at the end: a document that speaks
("le communiqué précise …") takes the speaker reported before it, and each becomes a contract record."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from .. import lang
from ..doc.referents import EntityIndex


@dataclass
class FoundQuote:
    start: int  # characters
    end: int
    kind: str
    cue: Span | None
    speaker: dict
    via: dict | None = None  # the outlet that only relayed the words (``relays``)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def covers(quote: FoundQuote, start: int, end: int) -> bool:
    """Whether a statement already found covers at least half of ``[start, end)``: nested speech is allowed, the
    same statement twice is not."""
    return 2 * (min(end, quote.end) - max(start, quote.start)) >= end - start


def resolve_back_references(quotes: list[FoundQuote], index: EntityIndex) -> list[FoundQuote]:
    """"Le communiqué précise …", "selon la même source", a pronoun no one near answers to ("selon ses
    déclarations"): the speaker of the statement reported just before, if any — for a document, the speaker last
    reported as issuing one ("…, a dit X dans un communiqué" … "ajoute le communiqué"); a pronoun only when that
    speaker may have its gender ("Claire Dubois … Il appelle à …" is not hers).

    Quotes that share one speaker (the parts of a quote split by an incise, "« … », ajoute-t-il, affirmant « … »")
    may share its dict: each gets a dict of its own, so that the first one resolved leaves the others theirs to
    resolve."""
    spoken: list[FoundQuote] = []
    for quote in quotes:
        refers_back = quote.speaker.get("refers_back", False)
        quote.speaker = {key: value for key, value in quote.speaker.items() if key != "refers_back"}
        if refers_back and spoken:
            issuer = _issuer(quote.speaker["mention"]["text"].split()[-1].lower(), spoken)
            earlier = issuer or spoken[-1]
            if _may_have_gender(earlier.speaker, quote.speaker["mention"]["text"], index):
                quote.speaker = {**earlier.speaker, "mention": quote.speaker["mention"]}
        if quote.speaker.get("name"):
            spoken.append(quote)
    return quotes


def _may_have_gender(speaker: dict, mention: str, index: EntityIndex) -> bool:
    """Whether a speaker may be what a mention refers to by gender: "il" is no woman named before. (An organisation
    may be taken up through its writing, "la gendarmerie … dans un communiqué … ajoute-t-il"; a possessive or a
    noun says nothing here.)"""
    gender = lang.words_of(index.doc).pronoun_genders.get(mention.lower())
    record = index.record_of(speaker)
    if gender is None or record is None or record["type"] != "PERSON":
        return True
    return index.gender_of(speaker) in (None, gender)


def speakers_carried_into_incises(quotes: list[FoundQuote], index: EntityIndex) -> list[FoundQuote]:
    """"Selon le ministère public, le prévenu était l'auteur des faits. « … », avait-il avancé": after a statement
    reported by a source phrase ("selon X", "pour X"), the clitic of the next sentence's incise goes on with X when
    their genders agree, not with the person coreference found (often the subject of what X said). After a verb
    the clitic is left to coreference: the verb's subject is what it finds."""
    for previous, quote in zip(quotes, quotes[1:]):
        if _is_incise_clitic(quote) and previous.cue is not None and previous.cue.root.pos_ == "ADP" and \
                previous.speaker.get("name") and _in_sentence_before(previous.cue, quote.cue):
            words = lang.words_of(quote.cue.doc)
            gender = words.pronoun_genders.get(quote.speaker["mention"]["text"].lower().lstrip("-"))
            if gender is not None and index.gender_of(previous.speaker) == gender:
                quote.speaker = {**previous.speaker, "mention": quote.speaker["mention"]}
    return quotes


def _is_incise_clitic(quote: FoundQuote) -> bool:
    """Whether the speaker is the inverted clitic of its cue ("a-t-il ajouté"): a pronoun inside the cue."""
    mention, cue = quote.speaker.get("mention"), quote.cue
    return mention is not None and cue is not None and cue.start_char <= mention["start"] < cue.end_char and \
        mention["text"].lower().lstrip("-") in lang.words_of(cue.doc).person_pronouns


def _in_sentence_before(earlier: Span, later: Span) -> bool:
    """Whether ``earlier`` is in the sentence before ``later``'s, past the lone quotation mark the parser may make
    a sentence of."""
    doc = later.doc
    sentence = doc[later.start].sent
    while sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        if any(not (t.is_punct or t.is_space) for t in sentence):
            return sentence.start <= earlier.start < sentence.end
    return False


def _issuer(document: str, spoken: list[FoundQuote]) -> FoundQuote | None:
    """The last statement whose reporting sentence introduces the document ("dans un communiqué"), if any."""
    for quote in reversed(spoken):
        sentence = quote.cue.sent if quote.cue is not None else []
        if any(t.lower_ == document and t.i > 0 and t.nbor(-1).lower_ in lang.words_of(t).indefinite_singular
               for t in sentence):
            return quote
    return None


def to_record(quote: FoundQuote) -> dict:
    """The quote as plain data; its text is ``doc.text[start:end]`` (left out: rebuilding ``doc.text`` is costly)."""
    cue = quote.cue
    return {
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "cue": {"start": cue.start_char, "end": cue.end_char, "text": cue.text} if cue is not None else None,
        "speaker": quote.speaker,
        "via": quote.via,
    }
