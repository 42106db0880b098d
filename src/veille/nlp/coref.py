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
3. what has no name (``veille.nlp.anaphora``): "ce pays", "le mouvement islamiste" and "le Conseil" take the
   entity they stand for; other descriptions of people and institutions ("l'avocate générale", "le parquet") become
   unnamed referents; subject pronouns (il, elle, ils, elles) and possessives (son, sa, ses, leur, leurs) take the
   most salient antecedent that agrees, or stay unresolved when the best one is a phrase veille does not follow.
   Unnamed referents are written after the entities, marked ``unnamed`` (``veille.nlp.clusters``): the stages
   after this one can name a speaker or an actor by them; they are no entities of the contract.

A capital or city used as the subject or object of a verb ("Moscou les a appuyés", "remercier Pyongyang") is kept
as the city but marked as standing for its country.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..kb import normalize_alias
from .. import lang
from ..lang import Title
from ..doc.extensions import boilerplate_tokens
from ..doc.quotation_marks import quoted_segments
from ..doc.syntax import preposition
from ..doc.gazetteer import Gazetteer, ReadsKnowledgeBase
from .acronyms import abbreviates, initials
from .anaphora import Anaphora
from .clusters import Cluster, ClusterMention, ordered, to_records

_ACTOR_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj"}


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
        self.anaphora = Anaphora(nlp, french, self._is_nationality)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for index, title in enumerate(self.titles):
            self.matcher.add(str(index), [Doc(nlp.vocab, words=list(title.words))])

    def _is_nationality(self, word: str) -> bool:
        demonym = self.gazetteer.demonym(word)
        return demonym is not None and demonym.pos == "adj"

    def __call__(self, doc: Doc) -> Doc:
        entities = self._cluster_names(doc)
        self._add_descriptions(doc, entities)
        skipped = boilerplate_tokens(doc) | {t.i for segment in quoted_segments(doc) for t in segment}
        self.anaphora.resolve(doc, entities, skipped)
        doc._.veille_entities = to_records(doc, ordered(entities))
        return doc

    # 1. names
    def _cluster_names(self, doc: Doc) -> list[Cluster]:
        entities: list[Cluster] = []
        by_key: dict[str, Cluster] = {}
        # longest names first, so that a bare surname finds the full name it belongs to
        typed = zip(doc.ents, doc._.veille_fine_types or ["MISC"] * len(doc.ents))
        for ent, fine_type in sorted(typed, key=lambda pair: (-len(pair[0]), pair[0].start)):
            entity = self._entity_for_name(ent, fine_type, by_key, entities)
            entity.mentions.append(ClusterMention(ent.start, ent.end, "name", self._stands_for(ent, fine_type)))
        return entities

    def _entity_for_name(self, span: Span, fine_type: str, by_key: dict[str, Cluster], entities: list[Cluster]) -> Cluster:
        """The entity a name mention (an entity of ``doc.ents``, with its QID) belongs to."""
        label = span.label_
        if span.kb_id_:
            key = f"kb:{span.kb_id_}"
        elif label == "PER" and (person := _person_of_the_same_name(span, entities)) is not None:
            return person
        elif label == "ORG" and (named := _organisation_spelled_by(span, entities)) is not None:
            by_key[f"{label}:{normalize_alias(span.text)}"] = named  # its other occurrences are the same one
            return named
        else:
            key = f"{label}:{normalize_alias(span.text)}"
        if key not in by_key:
            entry = self.gazetteer.entry(span.kb_id_) if span.kb_id_ else None
            name = entry.name if entry else span.text
            by_key[key] = Cluster(name, label, fine_type, span.kb_id_ or None)
            entities.append(by_key[key])
        return by_key[key]

    def _stands_for(self, span: Span, fine_type: str) -> dict | None:
        """A capital acting or acted upon stands for its country's government: the subject or object of a verb
        ("Moscou les a appuyés"), or introduced by a preposition of who takes part ("un accord avec Pékin",
        "l'attaque lancée par Bakou"), not by one of place ("à Moscou", "de Moscou")."""
        if fine_type != "CITY" or not span.kb_id_:
            return None
        phrase = _coordination_head(span.root)
        case = preposition(phrase)
        takes_part = case in self.words.participant_prepositions if case else _grammatical_role(phrase) in _ACTOR_DEPS
        if not takes_part:
            return None
        country = self.gazetteer.country_of(span.kb_id_)
        return {"name": country.name, "kb_id": country.qid} if country else None

    # 2. descriptions
    def _add_descriptions(self, doc: Doc, entities: list[Cluster]) -> None:
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
            other_field = end < len(doc) and doc[end].lower_ in self.words.field_adjectives
            holder = self._holder(doc, title, of_qid, entities, start) \
                if title.positions and apposed is None and not other_field else None  # "la dirigeante syndicale"
            entity = apposed or holder or _same_apposition(title.words, of, entities)
            if entity is None:
                unresolved.append((start, end, title.words, of))
                continue
            self._attach(doc, entity, start, end, title, of_qid, owner)
        apposing = [entity for entity in entities if entity.appositions]
        for start, end, words, of in unresolved:
            entity = _apposed_next(doc, start, words, of, apposing) if apposing else None
            entity = entity or self._topic_person(doc, start, end, words, owner, entities)
            if entity is not None and doc[start].pos_ == "DET" and not any(i in owner for i in range(start, end)):
                entity.mentions.append(ClusterMention(start, end, "nominal"))
                owner.update({i: entity for i in range(start, end)})

    def _topic_person(self, doc: Doc, start: int, end: int, words: tuple[str, ...], owner: dict[int, Cluster],
                      entities: list[Cluster]) -> Cluster | None:
        """A description as subject that carries on the one person who was the subject just before: "Jean-Paul
        Bachy … a réagi … Le président de la région n'est pas opposé …". Only when that person is the only one in
        view, agrees in gender, and the description is no role of an organisation or a people named in the text
        ("le directeur de l'usam" is not whoever spoke last)."""
        description = doc[start:end]
        if doc[start].lower_ not in self.words.definite_determiners or not self.anaphora.salient(description):
            return None
        complement_end = _of_complement(doc, end)[1]
        if any(owner[i].label != "LOC" for i in range(end, complement_end) if i in owner):
            return None
        sentence = description.sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
        window = range(previous.start if previous is not None else sentence.start, start)
        gender = self.anaphora.phrase_gender(description.root)
        people = {id(entity): entity for entity in entities if entity.label == "PER" and not entity.unnamed
                  and not (gender and (known := self._gender_of(doc, entity)) and known != gender)
                  and any(m.start in window and self.anaphora.salient(doc[m.start : m.end]) for m in entity.mentions)}
        person = next(iter(people.values())) if len(people) == 1 else None
        if person is not None and _described_otherwise(doc, person, description.root):
            return None  # "Le suspect Marc Vidal … Le juge …": another role is another person
        return person

    def _gender_of(self, doc: Doc, entity: Cluster) -> str | None:
        """A person's gender, from a name of theirs when coreference has not yet set it ("Julie Noir" is no "le
        Premier ministre")."""
        if entity.gender is not None:
            return entity.gender
        return next((gender for m in entity.mentions if m.kind == "name"
                     if (gender := self.anaphora.name_gender(doc[m.start : m.end]))), None)

    def _attach(self, doc: Doc, entity: Cluster, start: int, end: int, title: Title, of_qid: str | None,
                owner: dict[int, Cluster]) -> None:
        """Make ``doc[start:end]`` a nominal mention of ``entity``, which thereby holds the title's role; a first name
        says the person's gender before the title does ("Le chef de l'opposition, Marie Dupont … elle")."""
        entity.mentions.append(ClusterMention(start, end, "nominal"))
        entity.roles.update((position, of_qid) for position in title.positions if of_qid)
        entity.gender = self._gender_of(doc, entity) or title.gender or self.anaphora.phrase_gender(doc[start:end].root)
        owner.update({i: entity for i in range(start, end)})

    def _title_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Title matches in text order, the longest where they overlap ("conseiller diplomatique", not "conseiller")."""
        matches = self.matcher(doc)
        spans = filter_spans([Span(doc, start, end, label=match_id) for match_id, start, end in matches])
        return [(span.label, span.start, span.end) for span in spans]

    def _role_complement(self, doc: Doc, end: int, owner: dict[int, Cluster]) -> tuple[int, str | None]:
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

    def _apposed(self, doc: Doc, start: int, end: int, owner: dict[int, Cluster]) -> Cluster | None:
        """The person a description is in apposition to: "X, le …", "le … X", "le …, X", "le …, M. X"."""
        after = end + 1 if end < len(doc) and doc[end].text == "," else end
        while after < len(doc) and doc[after].lower_ in self.honorifics:
            after += 1
        candidates = [owner.get(end), owner.get(after) if after > end else None]
        if start >= 2 and doc[start - 1].text == "," and not _subject_before_its_verb(doc[start:end].root):
            candidates.append(owner.get(start - 2))  # not "Critiquant X, le député a …": the clause's own subject
        return next((entity for entity in candidates if entity is not None and entity.label == "PER"), None)

    def _holder(self, doc: Doc, title: Title, of_qid: str | None, entities: list[Cluster], start: int) -> Cluster | None:
        """The entity holding the role: one the document named with it, else the KB's holder named in the text.

        A bare title ("la chancelière", "le président") resolves only when exactly one person named in the document
        held such a position anywhere, named before it or in another sentence ("Le chancelier a félicité Donald
        Trump": not Trump, whom the same sentence names as someone else).
        """
        if of_qid is None:
            sentence = doc[start].sent
            holders = [e for e in entities if e.kb_id and self.gazetteer.positions_of(e.kb_id) & set(title.positions)
                       and any(m.kind == "name" and (m.start < start or m.start >= sentence.end) for m in e.mentions)]
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

    def _holder_on_date(self, doc: Doc, roles: set[tuple[str, str]], entities: list[Cluster]) -> Cluster | None:
        """With a publication date, the one person holding the role that day, added as a new entity."""
        if not doc._.veille_dct:
            return None
        day = dt.date.fromisoformat(doc._.veille_dct)
        active = {role.person_qid: role for key in roles for role in self.gazetteer.role_holders(*key) if role.active_on(day)}
        if len(active) != 1:
            return None
        role = next(iter(active.values()))
        entity = Cluster(role.person_name, "PER", "PERSON", role.person_qid)
        entities.append(entity)
        return entity


def _described_otherwise(doc: Doc, person: Cluster, noun: Token) -> bool:
    """Whether the text already described ``person`` by another noun than ``noun`` ("le suspect", not "le juge"), in
    a mention or a person's noun a name of theirs is in apposition with ("Le chef libéral, Paul Roy, …" is no "le
    ministre")."""
    heads = {doc[m.start : m.end].root for m in person.mentions if m.kind == "nominal"}
    people = lang.load(doc.lang_).person_words
    for name in (doc[m.start : m.end].root for m in person.mentions if m.kind == "name"):
        apposed = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
        heads |= {noun for noun in apposed if noun.lower_ in people}  # not "Contacté par la rédaction, X"
    return any(head.pos_ == "NOUN" and head.lemma_ != noun.lemma_ for head in heads)


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


def _same_apposition(words: tuple[str, ...], of: str, entities: list[Cluster]) -> Cluster | None:
    """The one person the document gave these title words in apposition before ("le directeur, M. X" … "le
    directeur")."""
    holders = [e for e in entities if any(w == words and _compatible(of, o) for w, o, _ in e.appositions)]
    return holders[0] if len(holders) == 1 else None


def _apposed_next(doc: Doc, start: int, words: tuple[str, ...], of: str, entities: list[Cluster]) -> Cluster | None:
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


def _person_of_the_same_name(span: Span, entities: list[Cluster]) -> Cluster | None:
    """The one person whose fuller name ends with ``span``'s words ("Poutine" in "Vladimir Poutine"), or, for a
    name of two words or more, has its words in another order ("Saïed Kaïs" for "Kaïs Saïed": a surname written
    first)."""
    words = [t.text for t in span]
    matches = []
    for entity in entities:
        if entity.label != "PER":
            continue
        names = [[t.text for t in span.doc[m.start : m.end]] for m in entity.mentions if m.kind == "name"]
        if any(len(other) > len(words) and other[-len(words) :] == words for other in names) or (
                len(words) > 1 and any(other != words and sorted(other) == sorted(words)
                                       for other in (*names, entity.name.split()))):
            matches.append(entity)
    return matches[0] if len(matches) == 1 else None


def _organisation_spelled_by(span: Span, entities: list[Cluster]) -> Cluster | None:
    """The organisation an acronym the KB does not know abbreviates: the name right before it, when it stands in
    parentheses after it ("l'Association suisse des locataires (Asloca)"); else the one organisation named in full
    whose content words' initials spell it ("PSG" after "Paris Saint-Germain", "CGT" after "Confédération générale
    du travail")."""
    acronym, doc = span.text, span.doc
    if len(span) != 1 or not (2 <= len(acronym) <= 8 and acronym.isalpha()):
        return None
    organisations = [entity for entity in entities if entity.label == "ORG"]
    if span.start >= 2 and doc[span.start - 1].text == "(":
        defined = next((entity for entity in organisations for m in entity.mentions if m.kind == "name"
                        and m.end == span.start - 1 and abbreviates(acronym, doc[m.start : m.end])), None)
        if defined is not None:
            return defined
    if len(acronym) > 6 or not acronym.isupper():
        return None
    matches = [entity for entity in organisations if any(
        m.kind == "name" and m.end - m.start > 1 and initials(doc[m.start : m.end]) == acronym for m in entity.mentions)]
    return matches[0] if len(matches) == 1 else None


def _subject_before_its_verb(noun: Token) -> bool:
    """"Critiquant la ministre, Claire Dubois, *le député* a appelé …": the subject of a verb still to come is no
    apposition of the name before its comma (unlike "répond John Kirby, *le porte-parole* …", after its verb)."""
    return noun.dep_.startswith("nsubj") and noun.head.i > noun.i


def _agrees(entity: Cluster, title: Title) -> bool:
    return not (entity.gender and title.gender and entity.gender != title.gender)


def _one_holder(holders: list[Cluster], title: Title, gazetteer: Gazetteer) -> Cluster | None:
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


def _coordination_head(token: Token) -> Token:
    """The first word of the phrase a token belongs to, through coordination and names: "Poutine" in "Poutine et
    Moscou"; it carries the phrase's role and preposition."""
    while token.dep_ in {"conj", "flat:name", "appos"} and token.head.i != token.i:
        token = token.head
    return token


def _grammatical_role(token: Token) -> str:
    """The role of the phrase a token heads, seen through coordination and names: "Poutine et Moscou sont …"."""
    token = _coordination_head(token)
    if token.dep_ == "obl:mod" and token.head.pos_ == "VERB" and token.i < token.head.i:
        return "nsubj"  # a bare noun before its verb that the parser took for an adverbial: "Moscou les a appuyés"
    return token.dep_


