"""Who said it: from the subject of a reporting verb (or the X of "selon X") to an entity of the document.

The coreference stage already made one entity per referent, with names, descriptions and subject pronouns as
mentions (``doc._.veille_entities``, character offsets). A speaker phrase resolves, in order:

1. to the entity one of whose mentions lies in the phrase (its head first), but not a name in the phrase's
   complement ("les syndicats de la SNCF" are not the SNCF): "Iouri Ouchakov, conseiller …", "-il" in
   "a-t-il souligné", "le numéro un russe";
2. for a relative "qui", to the noun the relative clause hangs on (or the word before the first of coordinated
   relatives: "M. X que nous avons rencontré et qui réfute …");
3. for "ces derniers"/"ceux-ci", to the group named last in the previous sentence ("les Américains et les
   Européens"), as a speaker with ``members``; for "les deux pays" (a class noun counted by two), to the two
   entities of its kind coordinated last within three sentences ("l'Iran et l'Arabie saoudite");
4. for a bare pronoun ("lui", "il") or a definite description of a person ("le directeur", "l'ailier droit") that
   the coreference stage left alone, to the person named last before it within three sentences, else for a
   pronoun to an unnamed person's description within two ("la victime … celle-ci");
5. a document or "la même source" ("le communiqué précise …"), and a pronoun or possessive still unresolved
   ("selon ses déclarations"), is marked ``refers_back``: the extractor gives it the speaker of the statement
   reported just before, if any;
6. otherwise to the phrase itself, unlinked: a named speaker is never invented.

A mention standing for something else ("Moscou" for Russia) speaks for what it stands for.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.tokens import Doc, Span, Token

from .. import lang
from .extensions import ENTITIES_KEY
from .misreadings import verb_read_as_noun
from .quotation_marks import quoted_segments
from .syntax import (coordinated_subject, is_addressed_organisation, is_aside_phrase, is_bare_time_noun, is_setting,
                     picks_one_of, preposition)

_CACHED = 8
_APPOSITION_REACH = 16  # tokens after a description's head where its name may stand


@dataclass
class EntityIndex:
    """The document's entities, looked up by token: which entity and which mention a token belongs to.

    ``EntityIndex.of(doc)`` builds it once per Doc and state of its entities: the quotation and event stages both
    read it. It is kept beside the Doc, not in it: it holds the Doc's tokens, which ``doc.user_data`` could not
    carry between processes.
    """

    doc: Doc
    records: list[dict]
    by_token: dict[int, tuple[dict, dict]]
    person_nouns: frozenset[str]
    description_heads: dict[str, frozenset[str]]
    class_nouns: dict[str, frozenset[str]]
    words: lang.WordClasses
    lemmas: numpy.ndarray  # the LEMMA array: where else a description's head noun occurs

    @classmethod
    def of(cls, doc: Doc) -> EntityIndex:
        """The index of ``doc``'s entities as ``veille_coref`` left them (built at the first call, then reused)."""
        payload = doc.user_data.get(ENTITIES_KEY)
        cached = _built.get(id(doc))
        if cached is not None and cached[0]() is doc and cached[1] is payload:
            return cached[2]
        index = cls._build(doc)
        _built[id(doc)] = (weakref.ref(doc), payload, index)
        while len(_built) > _CACHED:
            del _built[next(iter(_built))]
        return index

    @classmethod
    def _build(cls, doc: Doc) -> EntityIndex:
        records = doc._.veille_entities or []  # decoded from JSON at each access: once here
        by_token = {}
        for record in sorted(records, key=lambda r: bool(r.get("unnamed"))):  # a named entity first
            for mention in record["mentions"]:
                span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                for token in span or []:
                    by_token.setdefault(token.i, (record, mention))
        lexicon = lang.load(doc.lang_)
        return cls(doc, records, by_token, lexicon.person_words, lexicon.description_heads, lexicon.class_nouns,
                   lexicon.words, doc.to_array("LEMMA"))

    def speaker(self, phrase: Span, head: Token | None = None) -> dict:
        """The contract's speaker object for the phrase that says something (see the module docstring)."""
        head = head if head is not None else phrase.root
        found = self.by_token.get(head.i) or self._named_in(phrase, person=head.lower_ in self.person_nouns)
        if found:
            return _from_mention(self.doc, *found)
        words = self.words
        noun = relative_antecedent(head, words) if head.lower_ in words.subject_relatives else None
        if noun is not None and (noun.i in self.by_token or noun.pos_ in {"NOUN", "PROPN"}):
            return self.speaker(self.doc[noun.i : noun.i + 1], noun)
        if head.lower_ in words.group_anaphors:
            group = self._last_group(head)
            if group:
                return group
        if head.lower_ in words.plural_subject_pronouns and (group := self._subject_group(head)) is not None:
            return {**group, "mention": _text_span(self.doc, _phrase_of(head))}
        if self.is_pair_anaphor(head):
            pair = self._last_pair(head, self.class_nouns[head.lemma_.lower()])
            if pair:
                return pair
        if head.lower_ in words.ordinal_anaphors and self._is_definite(head) and \
                not any(c.pos_ in {"NOUN", "PROPN"} for c in head.children):  # not "le premier ministre" misread
            return self._one_of_pair(head)
        types = self.description_heads.get(head.lower_, frozenset())
        if "SOURCE" in types and not self._is_indefinite(head):  # "une source policière" is a new one
            words = _phrase_of(head)
            return {"entity": None, "name": words.text, "mention": _text_span(self.doc, words), "refers_back": True}
        named = self._name_in_apposition(head) if head.pos_ in {"NOUN", "PROPN"} else None
        if named is not None:
            return _from_mention(self.doc, *named)
        described = self._same_description(head) if self._is_definite(head) and head.pos_ == "NOUN" else None
        if described is not None and described["entity"] is not None:
            return described
        if self._is_definite(head) and types:
            named = self._last_of_type(head, types, gender=self._article_gender(head) if "PERSON" in types else None)
            if named is not None:
                speaker = _from_mention(self.doc, *named)
                speaker["mention"] = _text_span(self.doc, _phrase_of(head))
                return speaker
        if described is not None:
            return described
        if head.lower_ in words.person_pronouns or head.lower_ in words.possessive_determiners or \
                self._is_person_description(head):
            if head.lower_ in words.person_pronouns and self._after_an_unknown_subject(head):
                return {"entity": None, "name": None, "mention": _text_span(self.doc, _phrase_of(head))}
            salient = self._salient_referent(head) if head.lower_ in words.person_pronouns else None
            if salient is not None:
                return salient
            person = None if head.lower_ in words.plural_pronouns else \
                self._last_of_type(head, frozenset({"PERSON"}), salient=head.pos_ == "NOUN",
                                   gender=_GENDER_OF_FEATURE.get(words.pronoun_genders.get(head.lower_))
                                   or (self._article_gender(head) if head.pos_ == "NOUN" else None))
            if person is not None:  # "selon elles" is never one named person
                speaker = _from_mention(self.doc, *person)
                speaker["mention"] = _text_span(self.doc, _phrase_of(head))
                return speaker
            description = self._last_description(head) if head.lower_ in words.person_pronouns else None
            if description is not None:  # "la victime … elle a affirmé": an unnamed person, by its description
                return {"entity": None, "name": description.text, "mention": _text_span(self.doc, _phrase_of(head))}
            organisation = self._organisation_subject_before(head) if head.lower_ in words.person_pronouns else None
            if organisation is not None:
                speaker = _from_mention(self.doc, *organisation)
                speaker["mention"] = _text_span(self.doc, _phrase_of(head))
                return speaker
            if not self._is_person_description(head):  # "selon ses déclarations": whoever spoke just before
                return {"entity": None, "name": None, "mention": _text_span(self.doc, _phrase_of(head)), "refers_back": True}
        words = _phrase_of(head)
        named = head.pos_ != "PRON" or picks_one_of(head)  # "l'un des officiers" names whom, "il" does not
        return {"entity": None, "name": words.text if named else None, "mention": _text_span(self.doc, words)}

    def record_of(self, speaker: dict) -> dict | None:
        """The entity record a speaker (or ref) names, if any."""
        return next((r for r in self.records if r["id"] == speaker.get("entity")), None)

    def is_outlet(self, speaker: dict) -> bool:
        """Whether a speaker (or ref) is a news medium, which relays what others said."""
        record = self.record_of(speaker)
        return record is not None and record.get("type") == "MEDIA"

    def gender_of(self, speaker: dict) -> str | None:
        """A speaker's grammatical gender ("Masc", "Fem"): its entity's, else its description's; None if unknown."""
        record = self.record_of(speaker)
        if record is not None and record.get("gender"):
            return _FEATURE_OF_GENDER[record["gender"]]
        mention = speaker.get("mention")
        span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand") if mention else None
        genders = span.root.morph.get("Gender") if span is not None and span.root.pos_ == "NOUN" else []
        return genders[0] if len(genders) == 1 else None

    def _named_in(self, phrase: Span, *, person: bool = False) -> tuple[dict, dict] | None:
        """An entity named inside the speaker's phrase, a person first: "le porte-parole du département d'Etat Mark
        Toner" is Mark Toner, not the department. A name in a complement ("les syndicats de la SNCF", "le cadre de
        l'Insee") is not the speaker: it only says whose the speaker is; nor, in a person's description (``person``),
        an organisation or place without a preposition: "le maire PS de Rouen" is no party."""
        named = [self.by_token[t.i] for t in phrase if t.i in self.by_token and t.pos_ not in {"DET", "PRON"}
                 and not self._in_complement(t)]  # "son porte-parole", "X, ils …": no possessor nor pronoun
        people = [found for found in named if found[0]["label"] == "PER"]
        if people:
            return people[0]
        return named[0] if named and not person else None

    def _in_complement(self, token: Token) -> bool:
        """Whether the name ``token`` belongs to (or the word itself, when it is in no name) is introduced by a
        preposition ("de la SNCF", "au maire de Pau")."""
        if token.i not in self.by_token:
            return preposition(token) is not None
        mention = self.by_token[token.i][1]
        while token.head.i != token.i and mention["start"] <= token.head.idx < mention["end"]:
            token = token.head
        return preposition(token) is not None

    def _name_in_apposition(self, head: Token) -> tuple[dict, dict] | None:
        """The person named right after a description, past its complements, a parenthesis, a hyphen or a comma:
        "le directeur de l'Union suisse des arts et métiers (usam) Urs Furrer", "le colonel-major Amadou Abdramane",
        "le porte-parole du Kremlin, Dmitri Peskov". A name in a complement ("l'avocat de Paul Martin") is not it,
        nor an unnamed person after the comma: "Selon la magistrate, le suspect était connu" is the clause's subject;
        nor the name after a verb's addressee: in "a dit à la presse M. Sonko", Sonko is the verb's subject."""
        if head.head.pos_ == "VERB" and preposition(head) == "à":
            return None
        doc, i = self.doc, head.i + 1
        end = min(head.sent.end, head.i + _APPOSITION_REACH)
        while i < end:
            token = doc[i]
            found = self.by_token.get(i) if token.pos_ != "PRON" else None  # "Aux dires des témoins, ils …"
            if found is not None and found[0].get("unnamed"):
                return None
            if found is not None and found[0]["label"] == "PER":
                return None if self._in_complement(token) else found
            if token.text == "(":
                i = next((t.i for t in doc[i:end] if t.text == ")"), end)
            elif _describes_the_post(token, head):
                pass  # "le ministre délégué *chargé* des Réformes, Mamani Nassiré": the post's participle
            elif token.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or "\n" in token.text or \
                    (token.is_punct and token.text not in {",", "-"}):
                return None
            elif token.text == "," and (i + 1 >= end or self.by_token.get(i + 1, ({"label": None},))[0]["label"] != "PER"):
                return None
            i += 1
        return None

    def _same_description(self, head: Token) -> dict | None:
        """Another occurrence of the same description ("le directeur de l'usam" … "le directeur de l'Union suisse des
        arts et métiers (usam) Urs Furrer", "l'armée" … "l'armée burkinabè"): what it names, else — the description
        introduced earlier, still unnamed — that earlier description as an unnamed speaker. Same head noun, and the
        words of this one all among the other's. Earlier occurrences first, the nearest first; a later one only with
        a name ("le gouverneur régional" … "le gouverneur régional Oleg Sinegoubov")."""
        doc = self.doc
        wanted = _qualifiers(head)
        same = [i for i in numpy.flatnonzero(self.lemmas == head.lemma) if i != head.i]
        earlier = sorted((i for i in same if i < head.i), reverse=True)
        later = [i for i in same if i > head.i]
        unnamed = None
        for i in [*earlier, *later]:
            other = doc[i]
            if other.pos_ != "NOUN" or not _same_number(head, other) or not wanted <= {t.lemma_ for t in other.subtree}:
                continue
            if i > head.i and not _qualifiers(other) <= wanted | _name_words(other):
                continue  # a later one only for the same post: "le ministre" is no "Premier ministre" named after it
            found = self.by_token.get(i) or self._name_in_apposition(other)
            if found is not None:
                speaker = _from_mention(doc, *found)
                speaker["mention"] = _text_span(doc, _phrase_of(head))
                return speaker
            if i < head.i:
                unnamed = other  # the earliest one: the description that introduced the speaker
        if unnamed is None:
            return None
        mention = _phrase_of(head)
        return {"entity": None, "name": _phrase_of(unnamed).text, "mention": _text_span(doc, mention)}

    def _is_indefinite(self, token: Token) -> bool:
        return any(child.dep_ == "det" and child.lower_ in self.words.indefinite_determiners for child in token.children)

    def _is_definite(self, token: Token) -> bool:
        return any(child.dep_ == "det" and child.lower_ in self.words.definite_determiners for child in token.children)

    def _is_person_description(self, token: Token) -> bool:
        """A definite description of a person: "le directeur", "l'ailier droit", "la chancelière", "les
        organisateurs" (a person noun's form or lemma)."""
        return self._is_definite(token) and self._is_person_noun(token)

    def _is_person_noun(self, token: Token) -> bool:
        return token.lower_ in self.person_nouns or token.lemma_ in self.person_nouns

    def _is_group_description(self, token: Token) -> bool:
        """"les organisateurs", "ces manifestants", "les syndicats": people, or organisations that speak, a plural
        pronoun after them goes on with (not places: "les deux pays" is a pair)."""
        definite_plural = self.words.plural_articles - self.words.indefinite_determiners
        organisations = self.class_nouns.get(token.lemma_, frozenset()) - _PLACE_TYPES
        return any(c.dep_ == "det" and c.lower_ in definite_plural for c in token.children) and \
            (self._is_person_noun(token) or bool(organisations))

    def _is_organisation_subject(self, token: Token) -> bool:
        """"Le syndicat a publié un communiqué. « … », dénonce-t-il": an organisation named by its class, definite and
        singular, as a clause's subject, which a singular pronoun of its gender goes on with when no one is named."""
        organisations = self.class_nouns.get(token.lemma_, frozenset()) - _PLACE_TYPES
        definite_singular = self.words.definite_determiners - self.words.plural_articles
        return token.dep_.startswith("nsubj") and bool(organisations) and \
            any(c.dep_ == "det" and c.lower_ in definite_singular for c in token.children)

    def _organisation_subject_before(self, pronoun: Token) -> tuple[dict, dict] | None:
        """"L'armée soudanaise a rejeté l'appel. Dans un communiqué, elle accuse …": when no person answers to a
        singular pronoun, the organisation the sentence before (or its own) made its subject, of the pronoun's
        gender by its noun or article ("l'armée", "la CGT" for "elle"; "le Hamas" for "il"); none past a pronoun of
        that gender, which goes on with someone else, nor inside quotation marks the pronoun is outside of."""
        gender = self.words.pronoun_genders.get(pronoun.lower_)
        if gender is None or pronoun.lower_ in self.words.plural_pronouns:
            return None
        outside = pronoun.i not in self.quoted
        for token in reversed(self.doc[_window_start(pronoun, 1) : pronoun.i]):
            if self._pronoun_of_gender(token, gender):
                return None
            found = self.by_token.get(token.i)
            if found is None or (outside and token.i in self.quoted) or found[0]["type"] not in _ORGANISATION_TYPES:
                continue
            head = self.doc.char_span(found[1]["start"], found[1]["end"], alignment_mode="expand").root
            genders = head.morph.get("Gender") if head.pos_ == "NOUN" else \
                [_FEATURE_OF_GENDER[g] for g in [self._article_gender(head)] if g]
            if head.dep_.startswith("nsubj") and "Plur" not in head.morph.get("Number") and genders == [gender]:
                return found
        return None

    def _introduces_someone(self, token: Token) -> bool:
        """An indefinite description of a person as the subject of a clause or of an incise ("« … », dénonce une
        ouvrière", "Un témoin raconte …"): the one a pronoun after it goes on with, when no one is named."""
        indefinite = any(c.dep_ == "det" and c.lower_ in self.words.indefinite_singular for c in token.children)
        subject = token.dep_.startswith("nsubj") or (token.head.pos_ == "VERB" and token.head.i < token.i
                                                     and token.head.i > 0 and token.doc[token.head.i - 1].text == ",")
        return indefinite and subject and self._is_person_noun(token)

    def _last_description(self, pronoun: Token) -> Span | None:
        """The definite description of a person a pronoun picks up when no named person is near ("la victime"); none
        when a pronoun of its gender comes between them ("c'est elle qui frappe la victime. Elle …": the second
        "elle" goes on with the first, whoever she is, not with the victim named in passing). A pronoun outside
        quotation marks takes up no description inside them."""
        gender = self.words.pronoun_genders.get(pronoun.lower_)
        plural = pronoun.lower_ in self.words.plural_pronouns
        start = self.doc[max(pronoun.sent.start - 1, 0)].sent.start
        start = self.doc[max(start - 1, 0)].sent.start  # within the two sentences before
        outside = pronoun.i not in self.quoted
        for token in reversed(self.doc[start : pronoun.i]):
            if gender is not None and self._pronoun_of_gender(token, gender):
                return None
            if outside and token.i in self.quoted:
                continue  # "« Le directeur nous ment », dénonce-t-il": the speaker is not whom the words name
            described = self._is_person_description(token) or self._introduces_someone(token) or \
                (plural and self._is_group_description(token)) or (not plural and self._is_organisation_subject(token))
            if described and \
                    token.i not in self.by_token and _agrees_in_form(token, gender, plural):
                return _phrase_of(token)  # "l'avocate générale", not "l'avocate"
        return None

    def _last_of_type(self, token: Token, types: frozenset[str], sentences_back: int = 3, *,
                      salient: bool = False, gender: str | None = None) -> tuple[dict, dict] | None:
        """The entity of one of ``types`` mentioned last before ``token``, within a few sentences, of ``gender``
        ("m", "f") when coreference knows the entity's ("elle" is not Jérôme Cahuzac).

        salient (bool): only a mention that is no noun's or preposition's complement: a description ("le chef de file
        des Insoumis", "le chef de l'ONU") takes up someone the text spoke of, not a name in passing ("les comptes
        d'Emmanuel Macron", "cité par son porte-parole X"), nor a possessive, which only repeats an earlier link
        that may be wrong ("lors de son point de presse"); and when the description names whose post it
        is ("le porte-parole du ministère français des Affaires étrangères"), not someone the text gives another
        post ("le ministre algérien des Affaires étrangères X"; someone with no post said may be the one). A
        description is never someone the text gave another specific post ("Le chef libéral, X" is no "le
        ministre").
        """
        window_start = _window_start(token, sentences_back)
        owners = self._entities_within(_phrase_of(token), but=token) if salient else set()
        title = token.lemma_ if token.pos_ == "NOUN" else None
        for i in range(token.i - 1, window_start - 1, -1):
            found = self.by_token.get(i)
            if found and found[0]["type"] in types and not found[0].get("unnamed") and \
                    (gender is None or found[0].get("gender", gender) == gender) and not (salient and self._in_passing(self.doc[i])):
                if not (salient and self.doc[i].pos_ == "DET") and (found[0]["type"] == "MEDIA" or
                                                                     self._may_hold_post_of(found[0], owners, title)) \
                        and not (title in self.words.court_roles and self._tried(found[0])):
                    return found  # (an outlet's class nouns are one: "le journal X" … "le quotidien")
        return None

    def _tried(self, record: dict) -> bool:
        """Whether the text tries, charges or sentences the person ("a condamné *Karim B.*", "X a été mis en
        examen"): a defendant, who is never the court's magistrate nor a lawyer ("L'avocat général avait requis …")."""
        for mention in record["mentions"]:
            span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            head = span.root if span is not None else None
            if head is not None and head.dep_ in {"obj", "nsubj:pass"} and head.head.lemma_ in self.words.trying_verbs:
                return True
        return False

    def _article_gender(self, noun: Token) -> str | None:
        """The gender a person's description gives by its article ("le Premier ministre" is no woman, "la
        ministre" no man), None when the article does not say ("l'avocat")."""
        return next((self.words.gendered_articles[c.lower_] for c in noun.children
                     if c.dep_ == "det" and c.lower_ in self.words.gendered_articles), None)

    def _may_hold_post_of(self, record: dict, owners: set[str], title: str | None = None) -> bool:
        """Whether a person may hold a post of ``owners``, or with the head ``title``: no post of theirs is said, or
        one names an owner ("Le secrétaire général des Nations unies, Antonio Guterres" may be "le chef de l'ONU");
        with no owner named, a specific title is theirs only if a post of theirs has it ("son secrétaire général,
        Olivier Joly" is not "le ministre des Transports"), unless a post of theirs or the title is generic ("le
        chef de la diplomatie", "le responsable", "la magistrate")."""
        posts = self._posts_of(record)
        if not posts:
            return True
        if owners:
            return any(owners & self._entities_within(post) for post in posts)
        generic = self.words.generic_post_heads
        if title is None or title in generic or any(post.root.lemma_ in generic and not self._of_a_field(post.root)
                                                     for post in posts):
            return True  # ("le chef de la diplomatie, X" … "le ministre": a generic post may be any title)
        return any(title in {t.lemma_ for t in post if t.pos_ == "NOUN"} for post in posts)

    def _of_a_field(self, post: Token) -> bool:
        """"le chef *libéral*", "la dirigeante *syndicale*": a generic post head that an adjective gives a field or a
        party of its own, which no state title is."""
        fields = self.words.field_adjectives | self.words.party_adjectives
        return any(c.dep_ == "amod" and c.lower_ in fields for c in post.children)

    def _posts_of(self, record: dict) -> list[Span]:
        """The descriptions a person's mentions are or stand in apposition with ("Le ministre algérien des Affaires
        étrangères X", "X, secrétaire général de l'ONU")."""
        posts = []
        for mention in record["mentions"]:
            span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.pos_ == "NOUN":
                posts.append(span)
            apposed = [root.head] if root.dep_ in {"appos", "flat:name"} and root.head.pos_ == "NOUN" else []
            posts += [_phrase_of(noun) for noun in [*apposed, *(c for c in root.children if c.dep_ == "appos")]]
        return posts

    def _entities_within(self, span: Span, but: Token | None = None) -> set[str]:
        """The entities with a name or description inside ``span`` (less one mention holding ``but``)."""
        start, end = span.start_char, span.end_char
        return {record["id"] for record in self.records for mention in record["mentions"]
                if start <= mention["start"] and mention["end"] <= end
                and not (but is not None and mention["start"] <= but.idx < mention["end"])}

    def _after_an_unknown_subject(self, pronoun: Token, sentences_back: int = 2) -> bool:
        """Whether a subject pronoun of its gender that no one was found for comes before it, nearer than anyone
        known ("une voisine a frappé la victime. Plus tard, elle est partie. « … », a-t-elle dit"): the pronoun goes
        on with that unknown one, never with the person named farther back. Pronouns inside quotation marks are the
        quoted speaker's words, not the article's."""
        gender = self.words.pronoun_genders.get(pronoun.lower_)
        if gender is None:
            return False
        for token in reversed(self.doc[_window_start(pronoun, sentences_back) : pronoun.i]):
            found = self.by_token.get(token.i)
            if found is not None and found[0]["type"] == "PERSON" and _agrees(gender, found[0].get("gender")):
                return False  # someone known comes first
            if token.i not in self.quoted and (token.dep_.startswith("nsubj") or is_cleft_focus(token)) and \
                    self._pronoun_of_gender(token, gender):
                return True
        return False

    def _pronoun_of_gender(self, token: Token, gender: str) -> bool:
        """A person pronoun of that gender ("elle", "-elle", "celle-ci" for "Fem")."""
        return token.lower_ in self.words.person_pronouns and self.words.pronoun_genders.get(token.lower_) == gender

    @cached_property
    def quoted(self) -> frozenset[int]:
        """The tokens inside quotation marks: the quoted speaker's own words (read once per Doc, when first asked)."""
        return frozenset(t.i for segment in quoted_segments(self.doc) for t in segment)

    def _salient_referent(self, pronoun: Token, sentences_back: int = 3) -> dict | None:
        """The person a pronoun that coreference left alone stands for, when one is salient: in the sentence of the
        nearest person before it (named or described, of its gender and number, within a few sentences), the
        nearest one who is no complement ("Le président de la région a réagi au discours de Paul Arnaud. Pour lui,
        …" is the president, not Paul Arnaud; "L'avocate générale requiert … avec la victime. Selon elle, …" is the
        prosecutor). A description stands for the name it has elsewhere ("… Jean Le Goff … Le président de la
        région …"), else for itself, unnamed; a pronoun outside quotation marks takes up no one inside them. None when
        that sentence has no salient one: the caller takes the nearest then ("l'intervention de François Hollande à
        travers laquelle il a promis …")."""
        sentence, outside = None, pronoun.i not in self.quoted
        for token in reversed(self.doc[_window_start(pronoun, sentences_back) : pronoun.i]):
            if sentence is not None and token.i < sentence.start:
                return None
            if outside and token.i in self.quoted:
                continue  # "« Le directeur nous ment », dénonce-t-il": not whom the words name
            referent = self._agreeing_person(token, pronoun)
            if referent is None:
                continue
            sentence = sentence or token.sent
            if not self._in_passing(token):
                return {**referent, "mention": _text_span(self.doc, _phrase_of(pronoun))}
        return None

    def _agreeing_person(self, token: Token, pronoun: Token) -> dict | None:
        """The person ``token`` names or describes, if it agrees with the pronoun in gender and number; a possessive
        names no one here (it only repeats a link coreference made)."""
        gender = self.words.pronoun_genders.get(pronoun.lower_)
        plural = pronoun.lower_ in self.words.plural_pronouns
        found = self.by_token.get(token.i)
        if found is not None:
            record, mention = found
            head = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand").root
            agrees = not plural and _agrees(gender, record.get("gender")) if head.pos_ == "PROPN" else \
                _agrees_in_form(head, gender, plural)  # "quatre soldats", "les employés" are not "il"
            usable = record["type"] == "PERSON" and head.pos_ != "DET" and agrees
            return _from_mention(self.doc, *found) if usable else None
        if (self._is_person_description(token) or self._possessed_person_subject(token)) and \
                _agrees_in_form(token, gender, plural):
            return self._described(token)
        return None

    def _possessed_person_subject(self, token: Token) -> bool:
        """"*Son avocat* a dénoncé …": a person the subject names through a possessive, someone other than the
        possessor (never "il" for the client)."""
        return token.dep_.startswith("nsubj") and self._is_person_noun(token) and \
            any(c.dep_ == "det" and c.lower_ in self.words.possessive_determiners for c in token.children)

    def _described(self, description: Token) -> dict:
        """Whom a person's description stands for: the name beside it or on another occurrence of it, else the
        description itself as an unnamed speaker."""
        named = self._name_in_apposition(description)
        if named is not None:
            return _from_mention(self.doc, *named)
        same = self._same_description(description)
        if same is not None and same["entity"] is not None:
            return same
        phrase = _phrase_of(description)
        return {"entity": None, "name": phrase.text, "mention": _text_span(self.doc, phrase)}

    def _in_passing(self, token: Token) -> bool:
        """Whether a name is a complement, itself or the noun it is in apposition to ("son porte-parole X")."""
        while token.dep_ in {"flat:name", "appos", "flat"} and token.head.i != token.i:
            if self._in_complement(token):
                return True
            token = token.head
        return self._in_complement(token)

    def is_pair_anaphor(self, token: Token) -> bool:
        """"Les deux pays", "ces deux organisations": a definite class noun counted by two."""
        words = self.words
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.class_nouns and \
            any(c.dep_ == "nummod" and c.lower_ in words.pair_numerals for c in token.children) and \
            any(c.dep_ == "det" and c.lower_ in words.plural_articles - words.indefinite_determiners
                for c in token.children)

    def _one_of_pair(self, token: Token) -> dict:
        """"Paul Roux et Anne Vidal … Le premier a accusé …": the pair's member at the ordinal's place; no one (an
        unresolved speaker, not the last person named) when no pair of people was named just before."""
        pair = self._last_pair(token, frozenset({"PERSON"}))
        if pair is None:
            return {"entity": None, "name": None, "mention": _text_span(self.doc, _phrase_of(token))}
        member = dict(pair["members"][self.words.ordinal_anaphors[token.lower_]])
        member["mention"] = _text_span(self.doc, _phrase_of(token))
        return member

    def _last_pair(self, token: Token, types: frozenset[str], sentences_back: int = 3) -> dict | None:
        """The two entities last coordinated before ``token`` within a few sentences ("l'Iran et l'Arabie saoudite …
        les deux pays"), both of one of the ``types`` (those the class noun names), as a group with ``members``; none
        when the nearest coordination is of other kinds or of more than two."""
        for i in range(token.i - 1, _window_start(token, sentences_back) - 1, -1):
            first = self.doc[i]
            conjuncts = [t for t in first.conjuncts if t.i > i]
            if i not in self.by_token or not conjuncts or any(t.i < i for t in first.conjuncts):
                continue
            found = [self.by_token.get(t.i) for t in (first, *conjuncts)]
            if len(found) != 2 or any(f is None or f[0]["type"] not in types or f[0].get("unnamed") for f in found) \
                    or found[0][0] is found[1][0]:
                return None
            members = [_from_mention(self.doc, *f) for f in found]
            return {"entity": None, "name": " et ".join(m["name"] for m in members),
                    "mention": _text_span(self.doc, _phrase_of(token)), "members": members}
        return None

    def coordinated_speaker(self, head: Token) -> dict | None:
        """"L'Azerbaïdjan et l'Arménie se sont accusés …", "Les syndicats FGTB et CSC ont annoncé …": a reporting
        verb's subject of coordinated names, each a different entity, speaks as a group with ``members``; None when
        one of them is no name veille follows ("Paul Arnaud et son avocat": ``speaker`` gives the name alone then)."""
        named = next((c for c in head.children if c.dep_ in {"nmod", "appos"} and c.pos_ == "PROPN"),
                     None) if head.pos_ == "NOUN" else None  # "Les syndicats FGTB et CSC": the names it introduces
        conjuncts = [t for t in (named or head).children if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}
                     and not _apposed_after_comma(t)]
        conjuncts += [t for t in [coordinated_subject(head)] if t is not None]  # two subjects the parser left apart
        head = named or head
        if not conjuncts or head.dep_ == "conj" or head.i not in self.by_token:
            return None
        found = [self.by_token.get(t.i) for t in (head, *conjuncts)]
        if any(f is None or f[0].get("unnamed") for f in found):
            return None
        found = list({f[1]["start"]: f for f in found}.values())  # "Royaume-Uni", three tokens: one mention
        if len({f[0]["id"] for f in found}) < len(found) or len(found) < 2:
            return None
        members = [_from_mention(self.doc, *f) for f in found]
        words = self.doc.char_span(found[0][1]["start"], found[-1][1]["end"], alignment_mode="expand")
        return {"entity": None, "name": " et ".join(m["name"] for m in members), "members": members,
                "mention": _text_span(self.doc, words)}

    def _subject_group(self, pronoun: Token) -> dict | None:
        """"Paul Martin et Julie Roy sont jugés depuis lundi. Ils ont affirmé …": a plural subject pronoun that
        coreference left alone takes up the names joined as the subject of the sentence before, as a group."""
        if not pronoun.dep_.startswith("nsubj") or pronoun.sent.start == 0:
            return None
        previous = self.doc[pronoun.sent.start - 1].sent
        subject = next((t for t in previous if t.dep_.startswith("nsubj") and t.head == previous.root), None)
        return self.coordinated_speaker(subject) if subject is not None else None

    def _last_group(self, token: Token) -> dict | None:
        """"Ces derniers": the coordinated names at the end of the previous sentence, as a group speaker; names
        that only complete a noun ("les élus *de Lyon et de Grenoble*") say whose that noun's people are: they are
        the group, by their description."""
        sentence = token.sent
        if sentence.start == 0:
            return None
        previous = self.doc[sentence.start - 1].sent
        for token_ in reversed(previous):
            conjuncts = [t for t in token_.conjuncts if t.i in self.by_token]
            first = min([token_, *conjuncts], key=lambda t: t.i)
            if token_.i in self.by_token and conjuncts and first.dep_ == "nmod" and first.head.pos_ == "NOUN" \
                    and preposition(first) is not None:
                return {"entity": None, "name": _phrase_of(first.head).text,
                        "mention": _text_span(self.doc, _phrase_of(token))}
            if token_.i in self.by_token and conjuncts:
                members = [_from_mention(self.doc, *self.by_token[t.i]) for t in sorted([token_, *conjuncts])]
                names = " et ".join(member["name"] for member in members)
                return {
                    "entity": None,
                    "name": names,
                    "mention": _text_span(self.doc, _phrase_of(token)),
                    "members": members,
                }
        return None


def _window_start(token: Token, sentences_back: int) -> int:
    """The first token of the sentence ``sentences_back`` sentences before ``token``'s (or of the document)."""
    sentences = list(token.doc.sents)
    here = next(n for n, sent in enumerate(sentences) if sent.start <= token.i < sent.end)
    return sentences[max(here - sentences_back, 0)].start


def relative_antecedent(pronoun: Token, words: lang.WordClasses) -> Token | None:
    """The noun a relative "qui" stands for, through coordinated relative clauses ("que nous avons rencontré et qui …").

    The parser does not always call the clause a relative one; the noun it hangs on is taken whatever the label, and
    when it hangs on no noun, the word right before the (first) relative pronoun. A name set off right before the
    relative wins over the parser's noun, which it only describes: in "des déclarations du président, Ilham Aliev,
    qui avait menacé …" Aliev threatened, not the statements.
    """
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.head.i != verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
        return _name_right_before(pronoun, verb.head) or verb.head
    doc, i = pronoun.doc, pronoun.i - 1
    if i >= 0 and doc[i].lower_ in words.coordinators:  # "X que nous avons rencontré et qui …"
        i = next((t.i for t in reversed(doc[pronoun.sent.start : i]) if t.lower_ in words.relative_pronouns), 0) - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def _name_right_before(pronoun: Token, noun: Token) -> Token | None:
    """The head of a name that ends right before ", qui" inside the phrase of ``noun`` (which it follows)."""
    doc, i = pronoun.doc, pronoun.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    last = doc[i - 1]
    name = last.head if last.dep_ == "flat:name" else last
    if name.pos_ != "PROPN" or not name.ent_type_ or name.i <= noun.i:
        return None
    return name if noun.left_edge.i <= name.i <= noun.right_edge.i else None


_PLACE_TYPES = frozenset({"GPE", "CITY"})  # class nouns of places, which no plural pronoun takes up as a group
_ORGANISATION_TYPES = frozenset({"ORG", "IGO", "PARTY", "COMPANY", "ARMED_GROUP", "MEDIA"})  # what "elle", "il" may be

_GENDER_OF_FEATURE = {"Masc": "m", "Fem": "f"}  # pronoun_genders (morphology) → coreference's
_FEATURE_OF_GENDER = {gender: feature for feature, gender in _GENDER_OF_FEATURE.items()}


def is_cleft_focus(pronoun: Token) -> bool:
    """"c'est *elle* qui frappe": the pronoun a cleft puts forward is the subject of its relative clause."""
    children = list(pronoun.children)
    return any(c.dep_ == "cop" for c in children) and any(c.dep_ == "expl:subj" for c in children) and \
        any(c.dep_ == "acl:relcl" and any(d.dep_ == "nsubj" and d.lower_ == "qui" for d in c.children)
            for c in children)


def _agrees(gender: str | None, entity_gender: str | None) -> bool:
    """A pronoun's gender ("Masc", "Fem", None) and an entity's ("m", "f", None): unknown agrees."""
    return gender is None or entity_gender is None or _GENDER_OF_FEATURE[gender] == entity_gender


def _apposed_after_comma(conjunct: Token) -> bool:
    """A common noun the parser coordinated right after a comma, with no "et" or "ou" of its own or after it, is an
    apposition ("L'Iran et l'Arabie saoudite, poids lourds du Moyen-Orient, …"), not another member of the group
    (a list's "X, Y et Z" keeps Y, which the "et" of Z follows). So is a name when no member of the list has an "et"
    or "ou" ("Jean Dupont, président du parti, l'Union démocrate (UD), a appelé …": the party is his apposition)."""
    doc = conjunct.doc
    first, last = conjunct.left_edge.i, conjunct.right_edge.i
    own_coordinator = any(c.dep_ == "cc" for c in conjunct.children)
    before_coordinator = any(t.dep_ == "cc" for t in doc[last + 1 : last + 3])
    after_comma = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")  # the comma may be its own
    unlisted = conjunct.pos_ == "NOUN" or (conjunct.pos_ == "PROPN" and not any(
        c.dep_ == "cc" for member in conjunct.conjuncts for c in member.children))
    return unlisted and after_comma and not own_coordinator and not before_coordinator


def _agrees_in_form(noun: Token, gender: str | None, plural: bool) -> bool:
    """Whether a noun has the pronoun's gender and number, by its inflection (unknown agrees)."""
    genders, numbers = noun.morph.get("Gender"), noun.morph.get("Number")
    return (gender is None or not genders or gender in genders) and (not numbers or ("Plur" in numbers) == plural)


def _same_number(token: Token, other: Token) -> bool:
    """Singular and plural are two referents ("le syndicat" is not "les syndicats"); unknown number agrees."""
    number, other_number = token.morph.get("Number"), other.morph.get("Number")
    return not number or not other_number or number == other_number


def _describes_the_post(token: Token, head: Token) -> bool:
    """A past participle on a description's head that says what the post is in charge of ("le ministre *chargé* des
    Réformes", "la secrétaire d'Etat *chargée* de la Mer")."""
    return token.dep_ == "acl" and token.head == head and "Part" in token.morph.get("VerbForm") and \
        "Past" in token.morph.get("Tense")


def _name_words(head: Token) -> set[str]:
    """The lemmas of the names in a description's phrase ("le gouverneur régional *Oleg Sinegoubov*")."""
    return {t.lemma_ for t in _phrase_of(head) if t.pos_ == "PROPN"}


def _qualifiers(head: Token) -> set[str]:
    """The lemmas of what a description says beyond its head: adjectives and complements ("régional", "usam")."""
    return {t.lemma_ for t in _phrase_of(head) if t.i != head.i and not t.is_punct and t.pos_ not in {"DET", "ADP"}}


def _from_mention(doc: Doc, record: dict, mention: dict) -> dict:
    """The speaker a mention names: its entity, or for an unnamed referent its description ("l'avocate générale")."""
    stands_for = mention.get("stands_for")
    return {
        "entity": None if record.get("unnamed") else record["id"],
        "name": stands_for["name"] if stands_for else record["name"],
        "mention": {"start": mention["start"], "end": mention["end"], "text": mention["text"]},
    }


def _phrase_of(head: Token) -> Span:
    """The noun phrase of ``head``: its determiner, adjectives and complements, not its relative clauses, nor a day,
    an addressee or a setting the parser hung on it ("a rencontré le ministre *mardi*", "a dit le porte-parole *à
    l'AFP*", "*dans un communiqué*"), nor quoted words ("dénoncée par l'opposition comme « … »")."""
    doc = head.doc
    left = min((t.i for t in head.lefts if t.dep_ in {"det", "amod", "nummod"}), default=head.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in {"amod", "nmod", "flat:name", "fixed"} and not is_aside_phrase(child) \
                and child.pos_ != "PRON" and not verb_read_as_noun(child):
            right = max(right, child.right_edge.i)  # (not "Le syndicat a *de son côté* …", "Le maire, *lui*, …",
            # "Le maire *juge* que …", misparsed)
    hung = next((t for t in doc[head.i + 1 : right + 1]  # "a déclaré le porte-parole *dans un communiqué*"
                 if is_bare_time_noun(t) or is_addressed_organisation(t) or is_setting(t)), None)
    end = hung.left_edge.i if hung is not None else right + 1
    quote = next((t.i for t in doc[head.i + 1 : end] if t.is_quote), None)
    if quote is not None:  # "l'opposition comme « une erreur »": the words it said are no part of it
        end = quote
        while end > head.i + 1 and doc[end - 1].pos_ in {"ADP", "SCONJ", "CCONJ", "DET", "PUNCT"}:
            end -= 1
    while end > head.i + 1 and doc[end - 1].is_punct:
        end -= 1  # "l'un d'eux, sous couvert d'anonymat": not the comma before the setting
    return doc[left:end]


def _text_span(doc: Doc, span: Span) -> dict:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


_built: dict[int, tuple[weakref.ref, str | None, EntityIndex]] = {}
"""The indexes of the last few Docs (by id, checked against a weak reference and the entities' payload)."""
