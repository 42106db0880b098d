"""The outlet that only carries a speaker's words: the contract's Quote ``via``, kept apart from the speaker.

An outlet is a media entity (type MEDIA) named as a complement of what carried the words: the reporting verb ("a-t-il
déclaré à l'AFP", "a dit sur France Inter"), a channel ("dans une tribune publiée par Rodong Sinmun et l'agence
KCNA", "dans les colonnes du Monde", "au micro de RTL", ``words.relay_channels``) or an outlet's act ("interrogé
par BFMTV", ``words.relay_verbs``). A media entity that is the speaker ("Comme le rapporte Le Figaro"), the subject
of the reporting verb, or a name inside the reported words is no relay.

A statement whose own sentence names no outlet takes one from a sentence near it where its speaker is the subject
of such a channel ("Il s'est exprimé dans une tribune publiée par X. Il a précisé que …"): in the two sentences after
it while no one else is quoted between, or in one of the three before it when the statement names the same channel
("Dans une tribune, il a assuré …" … "dans une tribune publiée par X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lang
from ..doc.misreadings import er_participle_infinitive
from ..doc.referents import EntityIndex
from ..doc.syntax import preposition
from .found import FoundQuote

_CARRIED_SENTENCES = 2  # sentences after a relay where its speaker's statements still go through it
_NAMED_LATER_SENTENCES = 3  # sentences before the relay is named where "dans une tribune" is that one


def assign_relays(doc: Doc, index: EntityIndex, quotes: list[FoundQuote]) -> list[FoundQuote]:
    """Sets each quote's ``via`` (see the module docstring); ``quotes`` are in text order."""
    relays = _sentence_relays(doc, index)
    if not relays:
        return quotes
    sentence_of = {sent.start: n for n, sent in enumerate(doc.sents)}
    for n, quote in enumerate(quotes):
        if quote.cue is None or not quote.speaker.get("name"):
            continue
        sentence = quote.cue.sent
        here = sentence_of[sentence.start]
        own = [o for o in relays.get(here, ([], None))[0] if _outside(o, quote) and _carries(o[2], quote)]
        if own:
            quote.via = _ref(own)
        elif quote.speaker.get("entity") is not None:  # an unnamed speaker is not followed from sentence to sentence
            quote.via = _carried(doc, quotes, n, here, relays, sentence_of)
    return quotes


def _sentence_relays(doc: Doc, index: EntityIndex) -> dict[int, tuple[list[tuple[dict, dict, Token]], str | None]]:
    """For each sentence naming an outlet: the outlets (entity record, mention, what it is the complement of) and the
    entity that spoke through them (the subject of the clause the channel hangs on), if one."""
    words = lang.words_of(doc)
    relays: dict[int, tuple[list, str | None]] = {}
    sentences = {sent.start: n for n, sent in enumerate(doc.sents)}
    for record in index.records:
        if record["type"] != "MEDIA":
            continue
        for mention in record["mentions"]:
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            carrier = _carrier(span.root, words) if span is not None else None
            if carrier is None:
                continue
            n = sentences[span.sent.start]
            outlets, speaker = relays.get(n, ([], None))
            subject = _speaker_through(carrier, index) if _is_channel(carrier) else None
            relays[n] = ([*outlets, (record, mention, carrier)], speaker or subject)
    return relays


def _carrier(outlet: Token, words) -> Token | None:
    """What the outlet is the complement of, when it carries words: a verb, a channel noun or a relaying act."""
    head = outlet
    while head.dep_ in {"conj", "appos", "flat:name", "nmod"} and head.head.i != head.i and preposition(head) is None \
            and head.head.pos_ in {"PROPN", "NOUN"} and head.head.lemma_ not in words.relay_channels:
        head = head.head  # "Rodong Sinmun et l'agence KCNA": the first of the coordination (not "X à l'AFP")
    if preposition(head) is None or head.head.i == head.i:
        return None
    carrier, before = head.head, head.left_edge.i - 1
    if carrier.pos_ == "ADV" and carrier.dep_ == "advmod":
        carrier = carrier.head  # "a réagi auprès de l'AFP", with "auprès" read as an adverb
    if carrier.pos_ == "VERB" and before >= 0 and outlet.doc[before].lemma_ in words.relay_channels:
        carrier = outlet.doc[before]  # "dans les colonnes de Libération" with the name hung on the verb
    return carrier if carrier.pos_ in {"VERB", "NOUN"} else None


def _carries(carrier: Token, quote: FoundQuote) -> bool:
    """Whether the outlet carried these words: it completes a channel, a relaying act or the reporting verb itself
    ("a déclaré à l'AFP"), or the incise's subject the parser hung it on ("a assuré leur porte-parole à l'AFP"), not
    any verb of the sentence ("a porté plainte contre Le Monde et affirmé …")."""
    mention = quote.speaker.get("mention")
    on_speaker = mention is not None and quote.cue.start_char < mention["start"] and \
        mention["start"] <= carrier.idx < mention["end"]
    return _is_channel(carrier) or carrier.i == quote.cue.root.i or on_speaker


def _is_channel(carrier: Token) -> bool:
    words = lang.words_of(carrier)
    return carrier.lemma_ in words.relay_channels or carrier.lemma_ in words.relay_verbs or \
        er_participle_infinitive(carrier) in words.relay_verbs  # "Cité par X", tagged the noun "cité"


def _speaker_through(carrier: Token, index: EntityIndex) -> str | None:
    """The entity that is the subject of the clause the carrier belongs to ("Il s'est exprimé dans une tribune …")."""
    token = carrier
    for _ in range(6):
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is not None:
            found = index.by_token.get(subject.i)
            return found[0]["id"] if found is not None else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _outside(outlet: tuple[dict, dict, Token], quote: FoundQuote) -> bool:
    """An outlet that is neither in the reported words nor the speaker."""
    record, mention, _ = outlet
    return not quote.start <= mention["start"] < quote.end and record["id"] != quote.speaker.get("entity")


def _carried(doc: Doc, quotes: list[FoundQuote], n: int, here: int, relays, sentence_of) -> dict | None:
    """The outlet of a nearby sentence where this quote's speaker spoke through a channel (module docstring)."""
    quote, sentences = quotes[n], list(doc.sents)
    speaker = quote.speaker["entity"]
    channels = {t.lemma_ for t in sentences[here] if t.lemma_ in lang.words_of(doc).relay_channels}
    later = next((k for k in range(here + 1, min(here + 1 + _NAMED_LATER_SENTENCES, len(sentences))) if k in relays), None)
    if channels and later is not None and relays[later][1] == speaker and \
            any(t.lemma_ in channels for t in sentences[later]):
        return _ref(_channelled(relays[later][0]))
    for back in range(1, _CARRIED_SENTENCES + 1):
        found = relays.get(here - back)
        if found is None:
            continue
        between = [q for q in quotes[:n] if q.cue is not None and here - back <= sentence_of[q.cue.sent.start] < here]
        if found[1] == speaker and all(q.speaker.get("entity") == speaker for q in between):
            return _ref(_channelled(found[0]))
        return None
    return None


def _channelled(outlets: list[tuple[dict, dict, Token]]) -> list[tuple[dict, dict, Token]]:
    """The outlets a channel or a relaying act carried (what carries on to the next sentences)."""
    return [outlet for outlet in outlets if _is_channel(outlet[2])]


def _ref(outlets: list[tuple[dict, dict, Token]]) -> dict | None:
    """The contract's ref for one outlet, or for several as a group with members (None for none)."""
    members = []
    for record, mention, _ in outlets:
        if all(m["entity"] != record["id"] for m in members):
            members.append({"entity": record["id"], "name": record["name"],
                            "mention": {"start": mention["start"], "end": mention["end"], "text": mention["text"]}})
    if len(members) <= 1:
        return members[0] if members else None
    return {"entity": None, "name": " et ".join(m["name"] for m in members), "members": members}
