"""Who an event's argument is: a word of the parse resolved to a document entity, a people, a compound of named
members, or an unnamed referent as the text calls it ("les manifestants"), with the CAMEO-style code the knowledge
base gives it on the event's day and the mention it was read from.

Names, descriptions, pronouns, "qui", "ces derniers" resolve through the document's entity index
(``veille.doc.referents``), the one the quotation stage reads too; compound phrases become refs with ``members``
(an apposition misread as one, "le président, François Hollande", stays one referent); a description with a name
in apposition is read by the name ("le Britannique Richard Reid"); a place standing for its country keeps the
place as its ref and codes the country's government; a first-person pronoun in a quote is its speaker.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.gazetteer import MERE_PLACE_TYPES
from ..doc.referents import EntityIndex
from ..doc.syntax import preposition
from .codes import ActorCoder

_NAMING = frozenset({"flat:name", "appos"})  # the dependencies of a name on the noun it names


class DocumentReferents:
    """One document's lookups for arguments: its entities by token and id, its quotes, the actor coder and the
    publication date (for codes of undated events)."""

    def __init__(self, doc: Doc, coder: ActorCoder, agent_nouns: frozenset[str], dct: str | None):
        self.doc = doc
        self.coder = coder
        self.agent_nouns = agent_nouns
        self.dct = dct
        self.index = EntityIndex.of(doc)
        self.records = {record["id"]: record for record in self.index.records}
        self.quotes = sorted(doc._.veille_quotes or [], key=lambda q: q["end"] - q["start"])

    def quote_of(self, token: Token) -> dict | None:
        """The innermost quote whose words hold ``token``."""
        return next((q for q in self.quotes if q["start"] <= token.idx < q["end"]), None)

    def mere_place(self, ref: dict | None) -> bool:
        """A place that is not a state nor a city standing for one ("la péninsule coréenne", "l'Europe", a region):
        places are not targets, except a place attacked as such (guidelines §4.3)."""
        record = self.records.get(ref["entity"]) if ref and ref.get("entity") else None
        return record is not None and record["label"] == "LOC" and record.get("type") in MERE_PLACE_TYPES

    def ref(self, token: Token | None, day: dt.date | None, *, partner: Token | None = None,
            alone: bool = False) -> dict | None:
        """The ref of an argument: a people's adjective, a compound of named members (its conjuncts, and a
        ``partner`` acting with it), or one referent."""
        if token is None:
            return None
        if token.dep_ == "amod" and token.pos_ == "ADJ" and token.lower_ not in lang.words_of(token).latter_words:
            # not a noun the parser hung as one ("chasse un diplomate"), but "Ce *dernier* lui a …", a subject
            return self._demonym_ref(token) if self.is_demonym(token) else None
        token = self._apposed_name(token)
        conjuncts = [] if alone else [c for c in token.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        conjuncts += [partner] if partner is not None else []
        refs = [ref for t in (token, *conjuncts) if (ref := self._single(t, day))]
        # named members; with a partner ("opposant des policiers à des manifestants"), unnamed ones too
        members = _distinct([ref for ref in refs if ref["entity"] or partner is not None])
        if len(members) == 1 and conjuncts:  # "Le président, François Hollande": an apposition, one referent
            return members[0]
        if len(members) > 1:
            return {"entity": None, "name": " et ".join(m["name"] for m in members), "members": members}
        return self._single(token, day)

    def _apposed_name(self, token: Token) -> Token:
        """"le Britannique *Richard Reid*": a description with its name in apposition is mentioned by the name
        (guidelines §4.1), which the resolver links more surely than the description; so is a name right after its
        head, or after its adjectives, that the parser hung on it otherwise ("le groupe *État* islamique", "au groupe
        américain *Meta*"). The name must open an entity mention: "la Maison *Blanche*" misparsed as an apposition
        is not one."""
        if token.pos_ != "NOUN":
            return token
        doc = token.doc
        right_after = (c for c in token.rights if preposition(c) is None and c.dep_ in {"amod", "nmod", "flat:name"}
                       and all(t.pos_ == "ADJ" and t.head == token for t in doc[token.i + 1 : c.i]))
        return next((c for c in token.rights if c.dep_ == "appos" and self._opens_mention(c)), None) or \
            next((c for c in right_after if self._opens_mention(c)), token)

    def _opens_mention(self, token: Token) -> bool:
        found = self.index.by_token.get(token.i)
        return found is not None and found[1]["start"] == token.idx

    def _single(self, token: Token, day: dt.date | None) -> dict | None:
        """One referent: the entity the index links the word to, a speaker of its own ("qui", "ces derniers"), or an
        unnamed referent as the text calls it ("le commando"). A pronoun or possessive the index leaves unlinked is
        null: whom it stands for is the coreference stage's to say, and a guess would be a wrong fact."""
        if "1" in token.morph.get("Person") and token.pos_ == "PRON":
            return self._first_person(token, day)
        speaker = self.index.speaker(_name_phrase(token), token) if self._linked(token) else {"name": token.text}
        if speaker.get("members") or speaker.get("entity"):
            return self.speaker_ref(speaker, day)
        if token.pos_ in {"PRON", "DET"} or token.lower_ in lang.words_of(token).latter_words:
            # "il" for "le prévenu", "ce dernier": the unnamed referent, by its description
            found = self.index.by_token.get(token.i)
            if found is None or not found[0].get("unnamed"):
                return None
            return {"entity": None, "name": found[0]["name"], "code": None, "mention": speaker.get("mention")}
        if not speaker.get("name"):
            return None
        phrase = _short_phrase(token)
        return {"entity": None, "name": phrase.text, "code": self.coder.demonym_code(token.text),
                "mention": span_of(_noun_phrase(token))}

    def _linked(self, token: Token) -> bool:
        """Whether the index links the word, or its name, to an entity, or the word is a relative "qui", a "ces
        derniers" or an "ils" the index reads syntactically."""
        words = lang.words_of(token)
        if token.lower_ in words.subject_relatives or token.lower_ in words.group_anaphors or \
                token.lower_ in words.plural_subject_pronouns or self.index.is_pair_anaphor(token):
            return True
        return any(t.i in self.index.by_token for t in _name_phrase(token))

    def speaker_ref(self, speaker: dict, day: dt.date | None) -> dict | None:
        """A quote's speaker as a coded ref, with the mention it was read from (None for a speaker the quote stage
        could not name)."""
        mention = speaker.get("mention")
        if speaker.get("members"):
            members = [self._member(member, day) for member in speaker["members"]]
            return {"entity": None, "name": speaker["name"], "members": members, "mention": mention}
        record = self.records.get(speaker.get("entity"))
        if record is not None:
            return self.entity_ref(record, _stands_for(record, mention), day, mention)
        return {"entity": None, "name": speaker["name"], "mention": mention} if speaker.get("name") else None

    def _first_person(self, pronoun: Token, day: dt.date | None) -> dict | None:
        """"Nous *demandons*", "je *reconnais*" inside a quote: whoever speaks it, read from the pronoun."""
        quote = self.quote_of(pronoun)
        ref = self.speaker_ref(quote["speaker"], day) if quote is not None else None
        if ref is None:
            return None
        return {**ref, "mention": span_of(pronoun.doc[pronoun.i : pronoun.i + 1])}

    def _member(self, speaker: dict, day: dt.date | None) -> dict:
        record = self.records.get(speaker.get("entity"))
        if record is None:
            return {"entity": None, "name": speaker.get("name") or "", "code": None, "mention": speaker.get("mention")}
        return self.entity_ref(record, None, day, speaker.get("mention"))

    def entity_ref(self, record: dict, stands_for: dict | None, day: dt.date | None, mention: dict | None) -> dict:
        code = self.coder.entity_code(record, stands_for, day or day_of(self.dct))
        return {"entity": record["id"], "name": record["name"], "code": code, "mention": mention}

    def is_demonym(self, token: Token) -> bool:
        return token.pos_ == "ADJ" and self.coder.gazetteer.demonym(token.text) is not None

    def is_agent(self, token: Token) -> bool:
        """A name, a word of an entity mention ("des Etats-Unis" tagged as a noun), or a person or group noun
        ("de l'armée", "des cheminots"): someone who can do what a noun names."""
        return token.pos_ == "PROPN" or token.i in self.index.by_token or token.lemma_ in self.agent_nouns

    def takes_part(self, token: Token) -> bool:
        """Whether an argument word can be someone (guidelines §5): a name (or a noun a name hangs on: "M.
        Guterres"), a pronoun, a people's adjective, a word of an entity mention, a person or group noun ("le
        commando", "les manifestants"). Other common nouns ("seize ans de prison", "des garanties", "dimanche") are
        what the event is about, not who takes part."""
        if token.pos_ != "NOUN" or token.i in self.index.by_token or token.lemma_.lower() in self.agent_nouns:
            return True
        return any(c.dep_ in _NAMING and c.pos_ == "PROPN" for c in token.children) or self._apposed_name(token) != token

    def _demonym_ref(self, token: Token) -> dict | None:
        """"l'offensive russe": Russia, the document's entity for it when there is one; none for the adjective of a
        continent or region, which does not act ("une aide *européenne*" is the Union's, not Europe's)."""
        demonym = self.coder.gazetteer.demonym(token.text)
        entry = self.coder.gazetteer.entry(demonym.country_qid)
        if entry is not None and entry.type in MERE_PLACE_TYPES:
            return None
        entity = next((r["id"] for r in self.index.records if r["kb_id"] == demonym.country_qid), None)
        return {"entity": entity, "name": demonym.country_name, "code": self.coder.demonym_code(token.text),
                "mention": span_of(token.doc[token.i : token.i + 1])}


def _distinct(members: list[dict]) -> list[dict]:
    """Members that resolve to distinct entities: the parser reads an apposition ("le président, François
    Hollande") as a coordination, whose two "members" are one referent."""
    distinct: dict[str, dict] = {}
    for member in members:
        distinct.setdefault(member["entity"] or member["name"], member)
    return list(distinct.values())


def _stands_for(record: dict, mention: dict | None) -> dict | None:
    """What the entity's mention at ``mention`` stands for ("Pyongyang" for North Korea), if anything."""
    if not mention:
        return None
    found = next((m for m in record["mentions"] if m["start"] == mention["start"]), None)
    return found.get("stands_for") if found else None


def mention_span(mention: dict) -> dict:
    return {"start": mention["start"], "end": mention["end"], "text": mention["text"]}


def span_of(span: Span) -> dict:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def _name_phrase(token: Token) -> Span:
    """The token with the rest of its name ("Vladimir Poutine"), for the resolver."""
    end = max((c.i for c in token.children if c.dep_ in {"flat:name", "flat", "fixed"}), default=token.i)
    return token.doc[token.i : end + 1]


def _noun_phrase(token: Token) -> Span:
    """The words that call an unnamed referent, with its complements ("les représentants des harkis")."""
    left = min((c.i for c in token.lefts if c.dep_ in {"det", "amod", "nummod"}), default=token.i)
    right = max((c.right_edge.i for c in token.rights if c.dep_ in {"amod", "nmod", "flat:name", "fixed"}),
                default=token.i)
    return token.doc[left : right + 1]


def _short_phrase(token: Token) -> Span:
    """An unnamed referent as the text calls it: determiner, adjectives and noun ("les manifestants")."""
    left = min((c.i for c in token.lefts if c.dep_ in {"det", "amod", "nummod"}), default=token.i)
    right = max((c.i for c in token.rights if c.dep_ == "amod" and c.i == token.i + 1), default=token.i)
    return token.doc[left : right + 1]


def day_of(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
