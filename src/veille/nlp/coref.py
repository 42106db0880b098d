"""``veille_coref``: one entity per referent within a document.

Mentions are gathered in three passes, each able to attach to the entities the previous ones built:

1. names: mentions linked to the same QID are one entity; an unlinked person name joins the person whose longer name
   ends with it ("Poutine" → "Vladimir Poutine"); other unlinked names group by their normalised text and label;
2. descriptions: a role title ("le président russe", "le numéro un russe", "le secrétaire général de l'Otan") or a
   person noun ("le directeur", "l'ailier droit") resolves, in order, through an apposition in the text ("Jens
   Stoltenberg, le secrétaire général de l'Otan", "le directeur, M. Djemaa Nacer"), through a role the document
   already attached to an entity, through the knowledge base's role holders when exactly one of them is named in the
   document (or, with a publication date, holds the role on that date), through the same words the document put in
   apposition to one person before ("le directeur" again), or, for a description with its determiner, through that
   apposition later in the same or the next sentence ("…, a indiqué son porte-parole. « … », a dit Stéphane
   Dujarric, porte-parole du secrétaire général"). A role "of" something ("le porte-parole du Kremlin") never takes the same role of something
   else ("le porte-parole de la Maison Blanche");
3. subject pronouns (il, elle and the inverted -il, -elle) resolve to the most salient person of agreeing gender in
   the same or the two previous sentences: subjects and sources ("selon X") before other mentions, nearer before
   farther, never a name inside a noun's complement ("conseiller de Vladimir Poutine").

A capital or city used as the subject or object of a verb ("Moscou les a appuyés", "remercier Pyongyang") is kept
as the city but marked as standing for its country.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..kb import normalize_alias
from ..kb.normalize import is_wikidata_id
from .. import lang
from ..lang import Title
from ..doc.extensions import boilerplate_tokens
from ..doc.quotation_marks import quoted_segments
from ..doc.gazetteer import Gazetteer, ReadsKnowledgeBase

_SALIENT_DEPS = {"nsubj", "nsubj:pass", "obl:agent", "appos", "ROOT"}
_ACTOR_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj"}


@dataclass
class _Mention:
    start: int  # token offsets
    end: int
    kind: str
    stands_for: dict | None = None


@dataclass
class _Entity:
    name: str
    label: str
    type: str
    kb_id: str | None
    gender: str | None = None
    mentions: list[_Mention] = field(default_factory=list)
    roles: set[tuple[str, str]] = field(default_factory=set)
    appositions: list[tuple[tuple[str, ...], str, int]] = field(default_factory=list)  # (title words, "of", token)


@Language.factory(
    "veille_coref",
    assigns=["doc._.veille_entities"],
    requires=["doc.ents", "doc._.veille_fine_types", "token.dep", "token.morph"],
    default_config={"kb_path": None},
)
def make_coref(nlp: Language, name: str, kb_path: str | None) -> MentionClusterer:
    return MentionClusterer(nlp, name, kb_path=kb_path)


class MentionClusterer(ReadsKnowledgeBase):
    """Builds ``doc._.veille_entities`` from names, role descriptions and subject pronouns."""

    def __init__(self, nlp: Language, name: str = "veille_coref", *, kb_path: str | None = None):
        super().__init__(kb_path)
        self.name = name
        french = lang.load(nlp.lang)
        self.words = french.words
        self.honorifics = frozenset(word for word, kind in french.name_prefixes.items() if kind == "honorific")
        titled = {title.words for title in french.titles}
        nouns = (Title((noun,), (), None) for noun in sorted(french.person_nouns) if (noun,) not in titled)
        self.titles = (*french.titles, *nouns)  # a person noun is a title that names no KB position
        self.pronoun_hashes = numpy.array([nlp.vocab.strings.add(p) for p in self.words.gendered_subject_pronouns],
                                          dtype="uint64")
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for index, title in enumerate(self.titles):
            self.matcher.add(str(index), [Doc(nlp.vocab, words=list(title.words))])

    def __call__(self, doc: Doc) -> Doc:
        entities = self._cluster_names(doc)
        self._add_descriptions(doc, entities)
        self._add_pronouns(doc, entities)
        doc._.veille_entities = [_to_record(doc, entity, n) for n, entity in enumerate(_ordered(entities), start=1)]
        return doc

    # 1. names
    def _cluster_names(self, doc: Doc) -> list[_Entity]:
        entities: list[_Entity] = []
        by_key: dict[str, _Entity] = {}
        # longest names first, so that a bare surname finds the full name it belongs to
        typed = zip(doc.ents, doc._.veille_fine_types or ["MISC"] * len(doc.ents))
        for ent, fine_type in sorted(typed, key=lambda pair: (-len(pair[0]), pair[0].start)):
            entity = self._entity_for_name(ent, fine_type, by_key, entities)
            entity.mentions.append(_Mention(ent.start, ent.end, "name", self._stands_for(ent, fine_type)))
        return entities

    def _entity_for_name(self, span: Span, fine_type: str, by_key: dict[str, _Entity], entities: list[_Entity]) -> _Entity:
        """The entity a name mention (an entity of ``doc.ents``, with its QID) belongs to."""
        label = span.label_
        if span.kb_id_:
            key = f"kb:{span.kb_id_}"
        elif label == "PER" and (person := _person_ending_with(span, entities)) is not None:
            return person
        else:
            key = f"{label}:{normalize_alias(span.text)}"
        if key not in by_key:
            entry = self.gazetteer.entry(span.kb_id_) if span.kb_id_ else None
            name = entry.name if entry else span.text
            by_key[key] = _Entity(name, label, fine_type, span.kb_id_ or None)
            entities.append(by_key[key])
        return by_key[key]

    def _stands_for(self, span: Span, fine_type: str) -> dict | None:
        """A capital acting or acted upon stands for its country's government ("Moscou les a appuyés")."""
        if fine_type != "CITY" or not span.kb_id_:
            return None
        root = span.root
        if any(child.dep_ == "case" for child in root.children) or _grammatical_role(root) not in _ACTOR_DEPS:
            return None
        country = self.gazetteer.country_of(span.kb_id_)
        return {"name": country.name, "kb_id": country.qid} if country else None

    # 2. descriptions
    def _add_descriptions(self, doc: Doc, entities: list[_Entity]) -> None:
        owner = {i: entity for entity in entities for m in entity.mentions for i in range(m.start, m.end)}
        blocked = boilerplate_tokens(doc)
        unresolved = []
        for match_id, start, title_end in self._title_matches(doc):
            if start in blocked:
                continue
            title = self.titles[int(doc.vocab.strings[match_id])]
            start = start - 1 if start > 0 and doc[start - 1].pos_ == "DET" else start
            if any(i in owner for i in range(start, title_end)):
                continue
            end, of_qid = self._role_complement(doc, title_end, owner)
            of, of_end = _of_complement(doc, title_end)
            apposed = self._apposed(doc, start, max(end, of_end), owner)
            if apposed is not None:
                apposed.appositions.append((title.words, of, start))
            holder = self._holder(doc, title, of_qid, entities) if title.positions and apposed is None else None
            entity = apposed or holder or _same_apposition(title.words, of, entities)
            if entity is None:
                unresolved.append((start, end, title.words, of))
                continue
            self._attach(doc, entity, start, end, title, of_qid, owner)
        apposing = [entity for entity in entities if entity.appositions]
        for start, end, words, of in unresolved if apposing else []:
            entity = _apposed_next(doc, start, words, of, apposing)
            if entity is not None and doc[start].pos_ == "DET" and not any(i in owner for i in range(start, end)):
                entity.mentions.append(_Mention(start, end, "nominal"))

    def _attach(self, doc: Doc, entity: _Entity, start: int, end: int, title: Title, of_qid: str | None,
                owner: dict[int, _Entity]) -> None:
        """Make ``doc[start:end]`` a nominal mention of ``entity``, which thereby holds the title's role."""
        entity.mentions.append(_Mention(start, end, "nominal"))
        entity.roles.update((position, of_qid) for position in title.positions if of_qid)
        entity.gender = entity.gender or title.gender or _gender(doc[start])
        owner.update({i: entity for i in range(start, end)})

    def _title_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Title matches in text order, the longest where they overlap ("conseiller diplomatique", not "conseiller")."""
        matches = self.matcher(doc)
        spans = filter_spans([Span(doc, start, end, label=match_id) for match_id, start, end in matches])
        return [(span.label, span.start, span.end) for span in spans]

    def _role_complement(self, doc: Doc, end: int, owner: dict[int, _Entity]) -> tuple[int, str | None]:
        """Extend a title over what it is the title of: "russe", "de l'Otan". Returns (end, QID of the country/org)."""
        if end < len(doc) and (demonym := self.gazetteer.demonym(doc[end].text)) and demonym.pos == "adj":
            return end + 1, demonym.country_qid
        cursor = end
        if cursor < len(doc) and doc[cursor].lower_ in self.words.de_forms:
            cursor += 1
            if cursor < len(doc) and doc[cursor].pos_ == "DET":
                cursor += 1
            entity = owner.get(cursor)
            if entity is not None and entity.kb_id:
                while cursor < len(doc) and owner.get(cursor) is entity:
                    cursor += 1
                return cursor, entity.kb_id
        return end, None

    def _apposed(self, doc: Doc, start: int, end: int, owner: dict[int, _Entity]) -> _Entity | None:
        """The person a description is in apposition to: "X, le …", "le … X", "le …, X", "le …, M. X"."""
        after = end + 1 if end < len(doc) and doc[end].text == "," else end
        while after < len(doc) and doc[after].lower_ in self.honorifics:
            after += 1
        candidates = [owner.get(end), owner.get(after) if after > end else None]
        if start >= 2 and doc[start - 1].text == ",":
            candidates.append(owner.get(start - 2))
        return next((entity for entity in candidates if entity is not None and entity.label == "PER"), None)

    def _holder(self, doc: Doc, title: Title, of_qid: str | None, entities: list[_Entity]) -> _Entity | None:
        """The entity holding the role: one the document named with it, else the KB's holder named in the text.

        A bare title ("la chancelière", "le président") resolves only when exactly one person named in the
        document held such a position anywhere.
        """
        if of_qid is None:
            holders = [e for e in entities if e.kb_id and self.gazetteer.positions_of(e.kb_id) & set(title.positions)]
            return _one_holder(holders, title, self.gazetteer)
        roles = {(position, of_qid) for position in title.positions}
        known = [entity for entity in entities if entity.roles & roles]
        if len(known) == 1:
            return known[0]
        holders = {role.person_qid for position, _ in roles for role in self.gazetteer.role_holders(position, of_qid)}
        named = [entity for entity in entities if entity.kb_id in holders]
        if len(named) == 1:
            return named[0]
        return self._holder_on_date(doc, roles, entities)

    def _holder_on_date(self, doc: Doc, roles: set[tuple[str, str]], entities: list[_Entity]) -> _Entity | None:
        """With a publication date, the one person holding the role that day, added as a new entity."""
        if not doc._.veille_dct:
            return None
        day = dt.date.fromisoformat(doc._.veille_dct)
        active = {role.person_qid: role for key in roles for role in self.gazetteer.role_holders(*key) if role.active_on(day)}
        if len(active) != 1:
            return None
        role = next(iter(active.values()))
        entity = _Entity(role.person_name, "PER", "PERSON", role.person_qid)
        entities.append(entity)
        return entity

    # 3. pronouns
    def _add_pronouns(self, doc: Doc, entities: list[_Entity]) -> None:
        skipped = boilerplate_tokens(doc) | {t.i for segment in quoted_segments(doc) for t in segment}
        sentence_starts = [sent.start for sent in doc.sents]
        for i in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), self.pronoun_hashes)).tolist():
            token = doc[i]
            if not _is_personal_subject(token) or i in skipped:
                continue
            gender = self.words.gendered_subject_pronouns[token.lower_]
            entity = self._antecedent(doc, token, gender, entities, sentence_starts)
            if entity is not None:
                entity.mentions.append(_Mention(token.i, token.i + 1, "pronoun"))
                entity.gender = entity.gender or gender

    def _antecedent(
        self, doc: Doc, pronoun: Token, gender: str, entities: list[_Entity], sentence_starts: list[int]
    ) -> _Entity | None:
        here = _sentence_index(sentence_starts, pronoun.i)
        best, best_score = None, None
        for entity in entities:
            if entity.label != "PER" or (entity.gender and entity.gender != gender):
                continue
            for mention in entity.mentions:
                if mention.start >= pronoun.i:
                    continue
                distance = here - _sentence_index(sentence_starts, mention.start)
                if distance > 2 or _in_noun_complement(doc[mention.start : mention.end]):
                    continue
                score = (distance, 0 if _is_salient(doc[mention.start : mention.end]) else 1, -mention.start)
                if best_score is None or score < best_score:
                    best, best_score = entity, score
        return best



def _of_complement(doc: Doc, end: int) -> tuple[str, int]:
    """What a role is "of", normalised, and where that complement ends: "du Kremlin" after "le porte-parole" →
    ("kremlin", its end); ("", end) when nothing follows."""
    if end >= len(doc) or doc[end].lower_ not in lang.words_of(doc).de_forms:
        return "", end
    last = end + 1
    while last < min(end + 8, len(doc)) and not (doc[last].is_punct or doc[last].pos_ in {"VERB", "AUX"}):
        last += 1
    return normalize_alias(doc[end + 1 : last].text), last


def _compatible(of: str, other: str) -> bool:
    """Two descriptions can be of one person unless each says whose role it is and they differ."""
    return not of or not other or of == other


def _same_apposition(words: tuple[str, ...], of: str, entities: list[_Entity]) -> _Entity | None:
    """The one person the document gave these title words in apposition before ("le directeur, M. X" … "le
    directeur")."""
    holders = [e for e in entities if any(w == words and _compatible(of, o) for w, o, _ in e.appositions)]
    return holders[0] if len(holders) == 1 else None


def _apposed_next(doc: Doc, start: int, words: tuple[str, ...], of: str, entities: list[_Entity]) -> _Entity | None:
    """The person who bears these title words in apposition in the same or the next sentence (cataphora)."""
    limit = doc[start].sent.end
    while limit < len(doc) and all(t.is_punct or t.is_space for t in doc[limit].sent):
        limit = doc[limit].sent.end  # a lone quotation mark the parser made a sentence
    limit = doc[limit].sent.end if limit < len(doc) else limit
    found = [
        entity
        for entity in entities
        if any(w == words and _compatible(of, o) and start < at < limit for w, o, at in entity.appositions)
    ]
    return found[0] if len(found) == 1 else None


def _person_ending_with(span: Span, entities: list[_Entity]) -> _Entity | None:
    """The one person whose fuller name ends with ``span``'s words ("Poutine" in "Vladimir Poutine")."""
    words = [t.text for t in span]
    matches = []
    for entity in entities:
        if entity.label != "PER":
            continue
        for mention in entity.mentions:
            if mention.kind != "name":
                continue
            other = [t.text for t in span.doc[mention.start : mention.end]]
            if len(other) > len(words) and other[-len(words) :] == words:
                matches.append(entity)
                break
    return matches[0] if len(matches) == 1 else None


def _is_personal_subject(token: Token) -> bool:
    """A subject pronoun that names someone: "il a précisé", "a-t-il souligné" — not "il faut", "semble-t-il".

    The parser often calls the inverted clitic of an incise an expletive; it is one only with impersonal verbs.
    """
    if token.dep_.startswith("nsubj"):
        return True
    if not token.text.startswith("-"):
        return False
    verb = token.head.head if token.head.pos_ == "AUX" else token.head  # "a-t-il" often hangs on the auxiliary
    impersonal = lang.words_of(token).impersonal_verbs
    return verb.lemma_ not in impersonal and token.head.lemma_ not in impersonal


def _agrees(entity: _Entity, title: Title) -> bool:
    return not (entity.gender and title.gender and entity.gender != title.gender)


def _one_holder(holders: list[_Entity], title: Title, gazetteer: Gazetteer) -> _Entity | None:
    """Among people who held a position like the title's, the one it designates: the only one, else the only one
    whose KB role bears this very title ("chancelière" for Merkel, not Trump's presidency), else the only one of
    the title's gender."""
    holders = [holder for holder in holders if _agrees(holder, title)]
    if len(holders) > 1:
        words = " ".join(title.words)
        titled = [holder for holder in holders if words in gazetteer.titles_of(holder.kb_id)]
        gendered = [holder for holder in holders if title.gender and holder.gender == title.gender]
        holders = titled if len(titled) == 1 else gendered
    return holders[0] if len(holders) == 1 else None


def _grammatical_role(token: Token) -> str:
    """The role of the phrase a token heads, seen through coordination and names: "Poutine et Moscou sont …"."""
    while token.dep_ in {"conj", "flat:name", "appos"} and token.head is not token:
        token = token.head
    if token.dep_ == "obl:mod" and token.head.pos_ == "VERB" and token.i < token.head.i:
        return "nsubj"  # a bare noun before its verb that the parser took for an adverbial: "Moscou les a appuyés"
    return token.dep_


def _in_noun_complement(span: Span) -> bool:
    """A name that modifies a noun ("conseiller de Vladimir Poutine") is not what a later pronoun picks up."""
    return span.root.dep_ == "nmod"


def _is_salient(span: Span) -> bool:
    root = span.root
    if root.dep_ in _SALIENT_DEPS:
        return True
    return any(child.dep_ == "case" and child.lower_ in lang.words_of(root).source_prepositions for child in root.children)


def _gender(token: Token) -> str | None:
    value = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(value[0]) if value else None


def _sentence_index(starts: list[int], i: int) -> int:
    """The index of the sentence holding token ``i``, given the sorted sentence starts."""
    return max(bisect.bisect_right(starts, i) - 1, 0)


def _ordered(entities: list[_Entity]) -> list[_Entity]:
    kept = [entity for entity in entities if entity.mentions]
    for entity in kept:
        entity.mentions.sort(key=lambda mention: mention.start)
    return sorted(kept, key=lambda entity: entity.mentions[0].start)


def _to_record(doc: Doc, entity: _Entity, number: int) -> dict:
    """Plain data (character offsets) so the Doc pickles and the converter reads it without spaCy objects.

    Entries the KB holds under a local id (no Wikidata QID yet) cluster like any other but are reported unlinked.
    """
    mentions = []
    for mention in entity.mentions:
        span = doc[mention.start : mention.end]
        text = span.text.lstrip("-") if mention.kind == "pronoun" else span.text
        start = span.end_char - len(text)
        record = {"start": start, "end": span.end_char, "text": text, "kind": mention.kind}
        if mention.stands_for:
            record["stands_for"] = mention.stands_for
        mentions.append(record)
    return {
        "id": f"E{number}",
        "name": entity.name,
        "label": entity.label,
        "type": entity.type,
        "kb_id": entity.kb_id if is_wikidata_id(entity.kb_id) else None,
        "mentions": mentions,
    }
