"""Pass 3 of ``veille_coref``: what the text refers to without a name.

1. Descriptions no entity holds. A demonstrative or a qualified description of a class ("ce pays", "le mouvement
   islamiste": ``lang/<code>/class_nouns.tsv``) is the entity of that type the text named last, within three
   sentences; a bare definite description whose noun heads an organisation's name ("le Conseil" after "le Conseil
   fédéral") is that organisation. A description headed by a referent noun (person nouns, titles,
   ``referent_nouns.tsv``) opens an *unnamed referent*, which a later definite description with the same noun
   continues ("un homme … l'homme", "l'avocate générale … L'avocate générale"); an institution with its seat
   ("le parquet de Lyon") is left to ``veille_descriptions``, which makes it an entity.
2. Subject pronouns (il, elle, ils, elles, the inverted -il…), stressed ones after a preposition ("selon lui",
   "contre elle": never the subject of their own clause), demonstrative ones ("celle-ci": the nearest, whatever
   its role), object and dative clitics ("la police l'a interpellé", "elle lui a porté un coup": the latest
   person, unless a noun phrase of its gender and number lies between) and possessive determiners (son, sa, ses, leur, leurs) outside quotation marks pick up the most salient antecedent that agrees in number, and for il/elle in gender (a person whose gender
   the text never gave agrees; a thing must show its gender): in the same sentence, then the one or two before;
   subjects and sources before other mentions, nearer before farther (for a possessive, the nearest mention of its
   own sentence first: "livrer des munitions à la Russie pour son assaut"). Every subject noun phrase competes,
   even one veille follows no further ("le communiqué", "la décision"): when it wins, the pronoun stays unresolved
   rather than going to someone farther back. Names inside quotation marks are not picked up from outside them,
   and sentences wholly quoted are not counted ("« … Sarkozy … », affirme-t-elle" is the speaker). A wrong link
   costs more than a missing one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.gazetteer import MERE_PLACE_TYPES
from ..doc.referents import is_cleft_focus
from ..doc.syntax import latter_before_clitic, name_left_as_subject, preposition
from .clusters import Cluster, ClusterMention, gender_of, is_plural

_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_SALIENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent", "appos", "ROOT"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})
_PRONOUN_REACH = 2  # sentences back a subject pronoun looks
_POSSESSIVE_REACH = 1
_CLASS_REACH = 3  # sentences back "ce pays" looks for its country


@dataclass(eq=False)  # compared by identity: "the antecedent a pronoun picked up"
class _Antecedent:
    """A phrase a later pronoun may pick up; ``cluster`` None for one veille follows no further."""

    cluster: Cluster | None
    start: int  # token offsets
    end: int
    sentence: int
    prominence: int  # 0 a subject or a source, 1 another salient role, 2 any other
    gender: str | None
    plural: bool
    picks_up: _Antecedent | None = None  # for a subject pronoun, the antecedent it was resolved to


class Anaphora:
    """Descriptions, subject pronouns and possessives of one language (see the module docstring)."""

    def __init__(self, nlp: Language, lexicon: lang.Lexicon, is_nationality: Callable[[str], bool]):
        self.words = lexicon.words
        self.is_nationality = is_nationality  # "israélienne", "français": from the knowledge base's demonyms
        self.referent_nouns = lexicon.referent_nouns
        self.first_names = lexicon.first_names
        self.person_words = lexicon.person_words
        self.described_heads = frozenset(lexicon.description_heads)  # "le ministère" may be one the text named
        self.class_types = lexicon.class_nouns
        strings = nlp.vocab.strings
        pronouns = [*self.words.gendered_subject_pronouns, *self.words.plural_subject_pronouns,
                    *self.words.stressed_pronouns, *self.words.plural_stressed_pronouns,
                    *self.words.demonstrative_pronouns, *self.words.object_clitics, *self.words.dative_clitics,
                    *self.words.latter_words]
        self.pronoun_hashes = _hashes(strings, pronouns)
        self.possessive_hashes = _hashes(strings, self.words.possessive_numbers)
        self.noun_hashes = _hashes(strings, [*self.referent_nouns, *self.person_words, *self.class_types,
                                             *self.words.unnamed_roles])
        self.subject_hashes = _hashes(strings, _SUBJECT_DEPS)
        self.continuing_determiners = lang.continuing_determiners(self.words)

    def resolve(self, doc: Doc, clusters: list[Cluster], skipped: set[int]) -> None:
        """Add the descriptions, pronouns and possessives of ``doc`` to ``clusters`` (unnamed referents included)."""
        # sentences all in quotation marks don't count: "« … » a-t-il dit" looks back past the quote
        starts = [sent.start for sent in doc.sents if any(not t.is_punct and t.i not in skipped for t in sent)] or [0]
        owner = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
        antecedents = [self._named(doc, cluster, mention, starts) for cluster in clusters if not cluster.unnamed
                       for mention in cluster.mentions if mention.start not in skipped]
        antecedents += self._descriptions(doc, clusters, owner, skipped, starts)
        antecedents += self._subject_phrases(doc, owner, skipped, starts)
        antecedents = sorted((a for a in antecedents if a is not None), key=lambda a: a.start)
        lowers = doc.to_array("LOWER")
        found = numpy.isin(lowers, self.pronoun_hashes) | numpy.isin(lowers, self.possessive_hashes)
        for i in numpy.flatnonzero(found).tolist():
            if i not in skipped and i not in owner:
                self._pick_up(doc[i], antecedents, starts)

    # antecedents
    def _named(self, doc: Doc, cluster: Cluster, mention: ClusterMention, starts: list[int]) -> _Antecedent | None:
        span = doc[mention.start : mention.end]
        root = span.root
        if root.dep_ == "nmod" and preposition(root) == "de":
            return None  # "conseiller de Vladimir Poutine": a name in a noun's complement is not picked up
        if cluster.label == "PER" and cluster.gender is None:
            cluster.gender = self.name_gender(span)
        plural = cluster.plural or (cluster.label != "PER" and self._plural_phrase(root))
        gender = cluster.gender if cluster.label == "PER" else self.phrase_gender(root)
        return _Antecedent(cluster, mention.start, mention.end, _sentence(starts, mention.start),
                           self.prominence(span), gender, plural)

    def name_gender(self, name: Span) -> str | None:
        """A person's gender from the honorific before the name ("Mme Buzyn") or its first name ("Agnès Buzyn",
        "Jean-Paul Delevoye": the first part of a compound), when the name has a surname after it."""
        doc = name.doc
        if name.start > 0 and doc[name.start - 1].lower_ in self.words.honorific_genders:
            return self.words.honorific_genders[doc[name.start - 1].lower_]
        if len(name) < 2:
            return None
        first = name[0].text
        return self.first_names.get(first) or self.first_names.get(first.split("-")[0])

    def _descriptions(self, doc: Doc, clusters: list[Cluster], owner: dict[int, Cluster], skipped: set[int],
                      starts: list[int]) -> list[_Antecedent]:
        found = []
        lowers = doc.to_array("LOWER")
        heads = _hashes(doc.vocab.strings, {doc[m.start].lower_ for c in clusters if c.label == "ORG" and not c.unnamed
                                            for m in c.mentions if m.kind == "name" and m.end - m.start > 1})
        nouns = numpy.isin(doc.to_array("LEMMA"), self.noun_hashes) | numpy.isin(lowers, self.noun_hashes) | \
            numpy.isin(lowers, heads)  # "le Conseil" after "le Conseil fédéral"
        for i in numpy.flatnonzero(nouns).tolist():
            noun = doc[i]
            if noun.pos_ != "NOUN" or i in owner or i in skipped:
                continue
            phrase = self._phrase(noun)
            if phrase is None or any(t.i in owner for t in phrase):
                continue
            if self._has_seat(phrase, noun, owner):
                continue
            cluster = self._introduced_name(noun, phrase, owner) or self._class_entity(noun, phrase, clusters, starts) or \
                self._named_head(noun, phrase, clusters)
            if cluster is None:
                cluster = self._unnamed(noun, phrase, clusters)
            if cluster is None:
                continue
            cluster.mentions.append(ClusterMention(phrase.start, phrase.end, "nominal"))
            owner.update({t.i: cluster for t in phrase})
            found.append(_Antecedent(cluster, phrase.start, phrase.end, _sentence(starts, phrase.start),
                                     self.prominence(phrase), self.phrase_gender(noun), is_plural(noun)))
        return found

    def _introduced_name(self, noun: Token, phrase: Span, owner: dict[int, Cluster]) -> Cluster | None:
        """"le quotidien officiel Rodong Sinmun": a description right before a name introduces that name (not a
        plural one: "les syndicats CSC et CGSLB" are two; a person's noun introduces no organisation: "le député LR
        Éric Ciotti" is the deputy of the party, not the party)."""
        if is_plural(noun):
            return None
        cluster = owner.get(phrase.end)
        if cluster is None or cluster.unnamed:
            return None
        return None if _is_noun_of(noun, self.person_words) and cluster.label != "PER" else cluster

    def _phrase(self, noun: Token) -> Span | None:
        """The description a noun heads, as the text calls its referent: determiner (or number), adjectives, noun
        and the adjectives right after it ("l'avocate générale", "300 agriculteurs"); None without a determiner or
        with a possessive one ("son avocat" is someone's). A noun counted by a quantity noun is described with it
        ("plusieurs centaines d'agriculteurs")."""
        left = [c for c in noun.lefts if c.dep_ in {"det", "amod", "nummod"}]
        counted_by = noun.head if noun.dep_ == "nmod" and noun.head.lemma_ in self.words.quantity_nouns else None
        if not left and counted_by is not None and counted_by.i < noun.i and preposition(noun) == "de":
            left = [c for c in counted_by.lefts if c.dep_ in {"det", "amod", "nummod", "advmod", "fixed"}]
        determiners = [c for c in left if c.dep_ in {"det", "nummod"}]
        if not determiners or any(d.lower_ in self.words.possessive_determiners for d in determiners):
            return None
        if any(d.dep_ == "nummod" for d in determiners):  # "quelque 300 agriculteurs", "au moins onze personnes"
            left += [c for c in noun.lefts if c.dep_ in {"advmod", "fixed"} and c.i < determiners[0].i]
        end = noun.i + 1
        while end < len(noun.doc) and noun.doc[end].dep_ == "amod" and noun.doc[end].head.i == noun.i:
            end += 1
        return noun.doc[min(t.i for t in left) : end]

    def _has_seat(self, phrase: Span, noun: Token, owner: dict[int, Cluster]) -> bool:
        """An institution with the place it sits for ("le parquet de Grenoble", "la cour d'assises de la Mayenne"):
        an entity of its own, which ``veille_descriptions`` makes, not an unnamed referent."""
        doc = noun.doc
        if self.referent_nouns.get(noun.lemma_) != "ORG" or phrase.end + 1 >= len(doc) or \
                doc[phrase.end].lower_ not in self.words.de_forms:
            return False
        place = doc[phrase.end + 1] if doc[phrase.end + 1].pos_ != "DET" else doc[min(phrase.end + 2, len(doc) - 1)]
        cluster = owner.get(place.i)
        return cluster is not None and cluster.label == "LOC"

    def _class_entity(self, noun: Token, phrase: Span, clusters: list[Cluster], starts: list[int]) -> Cluster | None:
        """"ce pays", "cette organisation", "le mouvement islamiste": the entity of the class named last before."""
        types = self.class_types.get(noun.lemma_) or self.class_types.get(noun.lower_)
        if types is None or is_plural(noun):
            return None
        determiner = phrase[0].lower_
        qualified = any(t.dep_ == "amod" for t in phrase)
        relational = any(t.lower_ in self.words.relational_adjectives for t in phrase)
        if relational or not (determiner in self.words.demonstrative_determiners or
                              (determiner in self.words.definite_determiners and qualified)):
            return None  # "le pays voisin" is another country; "le pays" alone may be any
        here = _sentence(starts, noun.i)
        latest = None
        for cluster in clusters:
            if cluster.unnamed or cluster.type not in types:
                continue
            before = [m.start for m in cluster.mentions if m.start < phrase.start and
                      here - _sentence(starts, m.start) <= _CLASS_REACH]
            if before and (latest is None or max(before) > latest[0]):
                latest = (max(before), cluster)
        return latest[1] if latest else None

    def _named_head(self, noun: Token, phrase: Span, clusters: list[Cluster]) -> Cluster | None:
        """"le Conseil", "la Commission": a bare definite description whose noun opens exactly one organisation's
        name in the text is that organisation."""
        if len(phrase) != 2 or phrase[0].lower_ not in self.words.definite_determiners or is_plural(noun):
            return None
        doc = noun.doc
        named = {id(c): c for c in clusters if not c.unnamed and c.label == "ORG" and any(
            m.kind == "name" and m.start < noun.i and doc[m.start].lower_ == noun.lower_ and m.end - m.start > 1
            for m in c.mentions)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _unnamed(self, noun: Token, phrase: Span, clusters: list[Cluster]) -> Cluster | None:
        """The unnamed referent a description opens or continues (same noun and number, adjectives that agree).

        A group or an institution (``referent_nouns.tsv``: "les manifestants", "le parquet") opens one as soon as it
        is described ("le ministère public"; a bare "le syndicat" may be one the text named); a person only when
        introduced as someone new ("un homme", "une femme de 44 ans") or, by a role a story may never name
        (``words.unnamed_roles``), before the text names anyone ("L'homme arrêté mercredi", "le suspect"): a definite
        "la victime" after a name may be a person the text named, and a post ("le président") one it names before
        or after, which the later stages judge by the words around it, so it is left to them unless it continues
        such an introduction ("un homme … l'homme"). A person's description continues one of the same word and
        gender only ("le juge … la juge", "l'avocate … l'avocat de l'accusé": two people).
        """
        lemma, plural = noun.lemma_, is_plural(noun)
        label = self.referent_nouns.get(lemma) or self.referent_nouns.get(noun.lower_)
        role = lemma in self.words.unnamed_roles or noun.lower_ in self.words.unnamed_roles
        person = role or lemma in self.person_words or noun.lower_ in self.person_words
        if label is None and not person:
            return None
        known_by = lemma if label == "ORG" else noun.lower_  # "l'avocate … l'avocat de l'accusé": two people
        adjectives = frozenset(t.lower_ for t in phrase if t.dep_ == "amod")
        continuing = phrase[0].lower_ in self.continuing_determiners
        gender = self.phrase_gender(noun)
        if continuing:
            for cluster in reversed(clusters):
                if cluster.unnamed and cluster.known_by == known_by and cluster.plural == plural and \
                        _compatible(adjectives, cluster.qualifiers) and (gender is None or cluster.gender in {None, gender}):
                    if cluster.name_is_indefinite:
                        cluster.name, cluster.name_is_indefinite = _as_name(phrase), False
                    return cluster
            if label is None and not (role and not _named_person_before(noun, clusters)):
                return None  # "le président", "la victime" after a name: perhaps someone named before or after
            if label is not None and not adjectives and lemma in self.described_heads:
                return None  # "le syndicat": perhaps one named before
            if label == "ORG" and any(self.is_nationality(word) for word in adjectives):
                return None  # "l'armée israélienne", "la justice française": a country's, which the KB may name
        cluster = Cluster(_as_name(phrase), label or "PER", "ORG" if label == "ORG" else "PERSON", None,
                          gender=gender_of(noun) or gender, unnamed=True, plural=plural, known_by=known_by,
                          qualifiers=adjectives, name_is_indefinite=not continuing)
        clusters.append(cluster)
        return cluster

    def _subject_phrases(self, doc: Doc, owner: dict[int, Cluster], skipped: set[int],
                         starts: list[int]) -> list[_Antecedent]:
        """Subjects no cluster holds ("le communiqué", "la décision", "le président"): antecedents that resolve to
        nobody here; the later stages read such a description with the words around it."""
        deps = numpy.isin(doc.to_array("DEP"), self.subject_hashes)
        found = []
        for i in numpy.flatnonzero(deps).tolist():
            token = doc[i]
            named = any(child.dep_ == "flat:name" and child.i in owner for child in token.children)  # "Mme Roux"
            if token.pos_ in {"NOUN", "PROPN"} and i not in owner and i not in skipped and not named:
                found.append(_Antecedent(None, i, i + 1, _sentence(starts, i), 0, self.phrase_gender(token),
                                         self._plural_phrase(token)))
        return found

    # pronouns
    def _pick_up(self, token: Token, antecedents: list[_Antecedent], starts: list[int]) -> None:
        """Resolve one pronoun or possessive; a subject pronoun then competes as an antecedent itself."""
        here, end = _sentence(starts, token.i), token.i + 1  # the mention: "celle-ci" is three tokens
        possessive = self.words.possessive_numbers.get(token.lower_)
        if possessive is not None:
            if token.pos_ != "DET" and token.dep_ not in {"det", "nmod:poss"}:
                return  # "il leur a dit": an object pronoun
            plural = possessive == "plural"
            if token.head.lower_ in self.words.adversative_nouns:  # "a requis dix ans *à son encontre*": someone
                best = self._best(antecedents, token.i, here, _POSSESSIVE_REACH, None, plural, nearest=True,
                                  outside=_coreferent(antecedents, _clause_subjects(token)))  # else than the subject
            else:
                best = _coordinated_with(token, antecedents, plural) or \
                    _judged_object(token, antecedents, plural, self.words.crediting_verbs) or \
                    _demanded_of(token, antecedents, plural, self.words.demanding_verbs) or \
                    _clause_subject(token, antecedents, plural) or \
                    self._best(antecedents, token.i, here, _POSSESSIVE_REACH, None, plural, nearest=True)
        elif token.lower_ in self.words.demonstrative_pronouns or token.lower_ in self.words.latter_words:
            latter = token.lower_ in self.words.latter_words  # "celle-ci", "ce dernier": the referent named last
            end = _latter_end(token) if latter else _demonstrative_end(token)
            if end is None:
                return  # "celle de Paris", "le dernier rapport"
            if latter and is_plural(token):
                return  # "ces derniers": the names coordinated last, a group the later stages read (no one cluster)
            gender = (self.words.latter_words if latter else self.words.demonstrative_pronouns)[token.lower_]
            start = token.i - 1 if latter else token.i
            best = self._best(antecedents, start, here, _POSSESSIVE_REACH, gender, False, nearest=True, latest=True)
            named = token.doc[best.start : best.end] if best is not None else None
            if named is not None and _noun_named_after(named, start, gender, self.phrase_gender):
                return  # "… l'expulsion d'un imam. Celui-ci est accusé …": the imam, whom no cluster holds
            if best is not None and best.cluster is not None:
                best.cluster.mentions.append(ClusterMention(start, end, "pronoun"))
                # an antecedent in turn, and the subject whom "lui" after it is not: "Ce dernier lui a reproché …"
                bisect.insort(antecedents, _Antecedent(best.cluster, start, end, here, 0, gender, False, best),
                              key=lambda a: a.start)
            return
        elif token.lower_ in self.words.object_clitics:
            if token.pos_ != "PRON" or token.dep_ != "obj":
                return  # "l'homme": an article
            plural = token.lower_ == "les"
            gender = self.words.object_clitics[token.lower_] or _agreeing_participle_gender(token)
            best = _object_antecedent(token, antecedents, here, gender, plural,
                                      _coreferent(antecedents, _clause_subjects(token)))
        elif token.lower_ in self.words.dative_clitics and token.dep_ == "iobj":  # "elle lui transperce le poumon"
            best = _object_antecedent(token, antecedents, here, None, token.lower_ == "leur",
                                      _coreferent(antecedents, _clause_subjects(token)))
        elif preposition(token) is not None:  # a stressed pronoun: "selon lui", "contre elle", not the clitic "lui a dit"
            plural = token.lower_ in self.words.plural_stressed_pronouns
            gender = (self.words.plural_stressed_pronouns if plural else self.words.stressed_pronouns)[token.lower_]
            outside = _coreferent(antecedents, _clause_subjects(token))
            if preposition(token) in self.words.source_prepositions:  # "selon elle": someone who speaks
                outside += tuple(a for a in antecedents if _mere_place(a.cluster))
            best = self._best(antecedents, token.i, here, _PRONOUN_REACH, gender, plural, nearest=False,
                              outside=outside)
        else:
            if not is_personal_subject(token) or not (token.lower_ in self.words.plural_subject_pronouns
                                                      or token.lower_ in self.words.gendered_subject_pronouns):
                return  # (not "lui" the parser made a subject: "Cette dernière *lui* a reproché …")
            plural = token.lower_ in self.words.plural_subject_pronouns
            gender = (self.words.plural_subject_pronouns if plural else self.words.gendered_subject_pronouns)[token.lower_]
            speaking = token.text.startswith("-")  # "« … », a-t-il insisté": an incise's speaker
            before = _reported_clause_start(token) if speaking else token.i
            places = tuple(a for a in antecedents if _mere_place(a.cluster)) if speaking else ()  # no place speaks
            best = _demanded_of(token, antecedents, plural, self.words.demanding_verbs) or \
                self._best(antecedents, before, here, _PRONOUN_REACH, gender, plural, nearest=False, outside=places,
                           speaker_of=token.doc if speaking else None)
            cluster = best.cluster if best else None
            bisect.insort(antecedents, _Antecedent(cluster, token.i, token.i + 1, here, 0, gender, plural, best),
                          key=lambda a: a.start)
        if best is not None and best.cluster is not None:
            best.cluster.mentions.append(ClusterMention(token.i, end, "pronoun"))
            if possessive is None and not best.cluster.plural and best.cluster.label == "PER":
                best.cluster.gender = best.cluster.gender or best.gender or gender

    def _best(self, antecedents: list[_Antecedent], i: int, here: int, reach: int, gender: str | None, plural: bool,
              *, nearest: bool, latest: bool = False, outside: tuple[_Antecedent, ...] = (),
              speaker_of: Doc | None = None) -> _Antecedent | None:
        """The antecedent a pronoun picks up among those before token ``i`` (see the module docstring for the
        order); ``latest``: the nearest whatever its role; none of ``outside``; ``speaker_of`` (the doc of an
        incise's pronoun): the subject of an embedded clause after a main one ("X a affirmé que *Washington*
        s'opposait … « … », a-t-il insisté": X goes on speaking)."""
        best, best_score = None, None
        for antecedent in antecedents:
            if antecedent.start >= i:
                break
            if antecedent.end > i or antecedent in outside:
                continue  # the pronoun lies inside it, or it may not be the pronoun's referent
            distance = here - antecedent.sentence
            if distance > reach or antecedent.plural != plural or not _agrees(antecedent, gender):
                continue
            prominence = 0 if latest or (nearest and distance == 0) else antecedent.prominence
            if speaker_of is not None and prominence == 0 and _embedded(_role_head(speaker_of[antecedent.start]).head):
                prominence = 1
            score = (distance, prominence, -antecedent.start)
            if best_score is None or score < best_score:
                best, best_score = antecedent, score
        return best

    # features
    def salient(self, span: Span) -> bool:
        """A subject, a source ("selon X"), an agent, an apposition or a sentence root: what the text is about."""
        return self.prominence(span) < 2

    def prominence(self, span: Span) -> int:
        """0 for a subject or a source ("selon X"), which a later subject pronoun continues first; 1 for an agent,
        an apposition or a sentence root ("une tribune publiée par le quotidien X" is not what "Il a précisé" is
        about when the sentence's subject is a person); 2 for any other role."""
        root = _role_head(span.root)
        if root.dep_ == "appos" and _is_noun_of(root.head, self.person_words):
            root = _role_head(root.head)  # "son Premier ministre, Jean-Marc Ayrault" is what its noun is
        if root.dep_ in _SUBJECT_DEPS or _inverted_subject(root) or \
                preposition(root) in self.words.source_prepositions:
            return 0
        return 1 if root.dep_ in _SALIENT_DEPS else 2

    def phrase_gender(self, token: Token) -> str | None:
        """A phrase's gender: its article's ("la Russie", "le Canada"), else a feminine form of its noun's lemma
        ("Son *avocate*", which the tagger may call masculine), else its noun's."""
        for child in token.children:
            if child.dep_ == "det" and child.lower_ in self.words.gendered_articles:
                return self.words.gendered_articles[child.lower_]
        return "f" if token.pos_ == "NOUN" and _feminine_form(token) else gender_of(token)

    def _plural_phrase(self, token: Token) -> bool:
        return is_plural(token) or any(c.dep_ == "det" and c.lower_ in self.words.plural_articles for c in token.children)


_FEMININE_SUFFIXES = (("teur", ("trice", "trices")), ("eur", ("euse", "euses")), ("ien", ("ienne", "iennes")),
                      ("er", ("ère", "ères")), ("", ("e", "es")))  # a masculine lemma's ending, its feminine forms


def _mere_place(cluster: Cluster | None) -> bool:
    """A region, a sea, a continent ("l'Arctique"): never whom "selon elle" or an incise's "a-t-elle dit" is."""
    return cluster is not None and cluster.label == "LOC" and cluster.type in MERE_PLACE_TYPES


def _feminine_form(noun: Token) -> bool:
    """A noun written as the feminine of its (masculine) lemma: "avocate" of "avocat", "directrice" of "directeur",
    "présidente", "infirmière", "collégienne"."""
    lemma, form = noun.lemma_.lower(), noun.lower_
    if form == lemma or lemma.endswith("e"):
        return False
    for ending, feminines in _FEMININE_SUFFIXES:
        if lemma.endswith(ending) and any(form == lemma[: len(lemma) - len(ending)] + f for f in feminines):
            return True
    return False


def is_personal_subject(token: Token) -> bool:
    """A subject pronoun that names someone: "il a précisé", "a-t-il souligné", "c'est elle qui frappe" — not "il
    faut", "semble-t-il".

    The parser often calls the inverted clitic of an incise an expletive; it is one only with impersonal verbs.
    """
    if _existential(token):
        return False
    if token.dep_.startswith("nsubj") or is_cleft_focus(token):
        return True
    if token.dep_ == "expl:subj" and _of_a_compound_past(token):
        return True  # "Il y a rencontré X": "y" and a participle, no "il y a"
    if token.dep_ == "expl:subj" and _of_a_modal_s_act(token):
        return True  # "Il doit rencontrer X", "il va se rendre à Kiev"
    if not token.text.startswith("-"):
        return False
    verb = token.head.head if token.head.pos_ == "AUX" else token.head  # "a-t-il" often hangs on the auxiliary
    impersonal = lang.words_of(token).impersonal_verbs
    return verb.lemma_ not in impersonal and token.head.lemma_ not in impersonal


def _of_a_modal_s_act(pronoun: Token) -> bool:
    """"Il doit rencontrer X", "Il va signer": the parser's expletive on a modal verb whose infinitive someone does;
    not "il va falloir", "il doit y avoir", "il doit être noté que" (impersonal infinitives, "y", a copula)."""
    words = lang.words_of(pronoun)
    modal = pronoun.head
    act = next((c for c in modal.children if c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")), None)
    if modal.lemma_ not in words.modal_verbs or modal.lemma_ in words.impersonal_verbs or act is None:
        return False
    if act.lemma_ in words.impersonal_verbs or any(c.lower_ in words.existential_clitic for c in act.children):
        return False
    return act.lemma_ != "être"


def _existential(token: Token) -> bool:
    """"Il y a eu des heurts", "il y avait des blessés": the "il" of "il y a", unless a participle of another verb
    follows ("Il y a rencontré X": "y" is a place, "a" an auxiliary)."""
    words = lang.words_of(token)
    doc = token.doc
    if token.lower_ not in words.existential_pronoun or token.i + 2 >= len(doc) or \
            doc[token.i + 1].lower_ not in words.existential_clitic or doc[token.i + 2].lemma_ != "avoir":
        return False
    after = doc[token.i + 3] if token.i + 3 < len(doc) else None
    return not (after is not None and after.pos_ == "VERB" and "Part" in after.morph.get("VerbForm")
                and after.lemma_ != "avoir")


def _of_a_compound_past(token: Token) -> bool:
    """Whether an "expletive" subject is that of a compound past in the active of a verb that is no impersonal one
    ("Il y a rencontré X"; not "il y a eu des morts", "il a été décidé", "il a fallu")."""
    verb = token.head
    impersonal = lang.words_of(token).impersonal_verbs
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and verb.lemma_ not in impersonal \
        and verb.lemma_ != "avoir" and not any(c.dep_ == "aux:pass" for c in verb.children) \
        and any(c.dep_ == "aux:tense" for c in verb.children)


def _inverted_subject(token: Token) -> bool:
    """The subject of an incise, after its verb, which the parser often reads as its object: "…, a annoncé Mme
    Buzyn", "…, affirme le ministre"."""
    verb = token.head
    if token.dep_ != "obj" or verb.pos_ != "VERB" or token.i < verb.i or any(
            child.dep_ in _SUBJECT_DEPS or child.dep_ in {"xcomp", "ccomp"} for child in verb.children):
        return False  # "X, président du parti, a appelé le président à changer": a complement, no incise
    first = min([verb.i, *(child.i for child in verb.children if child.dep_.startswith("aux"))])
    return first > 0 and token.doc[first - 1].is_punct


def _object_antecedent(clitic: Token, antecedents: list[_Antecedent], here: int, gender: str | None, plural: bool,
                       outside: tuple[_Antecedent, ...]) -> _Antecedent | None:
    """The person or group an object clitic stands for ("Un homme a été interpellé. La police l'a placé en garde à
    vue"): the latest that agrees, in its sentence or the one before, not its clause's subject, and no other noun
    phrase of its gender and number between them ("Il a rédigé un texte. Il l'a signé": the text, not him); after
    a subject antecedent, a noun inside a prepositional phrase ("blessé par un retour de flamme") is no rival to
    it. (For a direct object, the caller reads the gender "l'" hides from the participle that agrees with it.)"""
    subjects = {i for a in outside for i in range(a.start, a.end)}
    candidates = [a for a in antecedents if a.end <= clitic.i and here - a.sentence <= 1 and a not in outside
                  and a.plural == plural and _agrees(a, gender) and a.cluster is not None and a.cluster.label == "PER"]
    if not candidates:
        return None
    best = candidates[-1]
    between = clitic.doc[best.end : clitic.i]
    blocked = any(token.pos_ == "NOUN" and token.i not in subjects and any(c.dep_ == "det" for c in token.children)
                  and is_plural(token) == plural and (gender is None or gender_of(token) in {gender, None})
                  and not (best.prominence == 0 and preposition(token) is not None)
                  for token in between)
    return None if blocked else best


def _agreeing_participle_gender(clitic: Token) -> str | None:
    """The gender of the past participle a direct object clitic governs with "avoir" ("la police l'a arrêtée": f,
    not "la fuite"), which agrees with it (a dative never does); None for another verb form."""
    verb = clitic.head
    if "Part" not in verb.morph.get("VerbForm") or not any(
            child.dep_ == "aux:tense" and child.lemma_ == "avoir" for child in verb.children):
        return None
    return gender_of(verb)


def _clause_subjects(token: Token) -> frozenset[int]:
    """The subjects of the clause a pronoun's phrase hangs on: "Le parquet a requis dix ans contre lui" — "lui"
    is someone else than the clause's subject (who would be "lui-même")."""
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [latter_before_clitic(child).i for child in verb.children if child.dep_ in _SUBJECT_DEPS]
    left = name_left_as_subject(verb) if not subjects and verb.pos_ in {"VERB", "AUX"} else None
    return frozenset(subjects if left is None else [left.i])  # ("Ce dernier lui a …", "dernier" read as a modifier)


def _coreferent(antecedents: list[_Antecedent], tokens: frozenset[int]) -> tuple[_Antecedent, ...]:
    """The antecedents holding one of ``tokens``, those their pronouns picked up, and those of the same cluster:
    "Le procureur a parlé. Il a requis dix ans contre lui": neither "Il" nor "Le procureur" is "lui"."""
    found = [a for a in antecedents if any(a.start <= i < a.end for i in tokens)]
    for antecedent in list(found):
        while antecedent.picks_up is not None and antecedent.picks_up not in found:
            antecedent = antecedent.picks_up
            found.append(antecedent)
    clusters = {id(a.cluster) for a in found if a.cluster is not None}
    return tuple(a for a in antecedents if a in found or (a.cluster is not None and id(a.cluster) in clusters))


def _demonstrative_end(token: Token) -> int | None:
    """Where "celle-ci" ends ("celle-ci", "celle" "-" "ci", or "celle" "-ci"); None for "celle de Paris"."""
    doc, i = token.doc, token.i
    if token.lower_.endswith("-ci"):
        return i + 1
    if i + 1 < len(doc) and doc[i + 1].lower_ == "-ci":
        return i + 2
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "ci":
        return i + 3
    return None


def _noun_named_after(antecedent: Span, end: int, gender: str, phrase_gender: Callable[[Token], str | None]) -> bool:
    """Whether a singular noun of ``gender`` with its own article (by the article's gender first: "un imam"; not a
    day or a time, nor a word of the antecedent's own apposition or complements: "Paul Roux, président *du club*")
    stands between the ``antecedent`` and ``end``, where "celui-ci" or "ce dernier" begins: they pick up what was
    named last, that noun."""
    doc = antecedent.doc
    time_nouns = lang.load(doc.lang_).time_nouns
    for token in doc[antecedent.end : end]:
        if token.pos_ != "NOUN" or is_plural(token) or token.lemma_ in time_nouns or token.lower_ in time_nouns or \
                not any(c.dep_ in {"det", "nummod"} for c in token.children) or phrase_gender(token) != gender:
            continue
        head = token
        while head.dep_ in {"nmod", "appos", "amod", "flat:name"} and head.head.i != head.i and \
                not antecedent.start <= head.i < antecedent.end:
            head = head.head
        if not antecedent.start <= head.i < antecedent.end:
            return True
    return False


def _latter_end(token: Token) -> int | None:
    """Where "ce dernier" ends: after "dernier" with a demonstrative before it and no noun after it (not "ce dernier
    rapport")."""
    doc, i = token.doc, token.i
    demonstrative = i > 0 and doc[i - 1].lower_ in lang.words_of(doc).demonstrative_determiners
    noun_after = i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "PROPN"}
    return i + 1 if demonstrative and not noun_after else None


def _reported_clause_start(pronoun: Token) -> int:
    """Where the words an incise reports begin ("Pyongyang doit choisir, a-t-il indiqué"): its speaker is named
    before them, so nothing inside them is its antecedent, even when the parser ran two sentences together."""
    sentence = pronoun.sent
    for token in reversed(sentence[: pronoun.i - sentence.start]):
        if token.text in _SENTENCE_ENDS:
            return token.i + 1
    return sentence.start


def _named_person_before(noun: Token, clusters: list[Cluster]) -> bool:
    """Whether the text named a person before ``noun``: "le suspect" may then be that person, unless nobody was
    named yet ("L'homme arrêté mercredi … Il a été mis en examen" opens an article about someone it never names)."""
    return any(not cluster.unnamed and cluster.label == "PER" and any(m.start < noun.i for m in cluster.mentions)
               for cluster in clusters)


def _coordinated_with(token: Token, antecedents: list[_Antecedent], plural: bool) -> _Antecedent | None:
    """"la Corée du Nord et son peuple": the possessor of a noun coordinated with a mention is that mention."""
    owned = token.head
    if owned.dep_ != "conj" or owned.head.i == owned.i:
        return None
    first = owned.head
    return next((a for a in antecedents if a.start <= first.i < a.end and a.cluster is not None
                 and a.plural == plural), None)


def _judged_object(token: Token, antecedents: list[_Antecedent], plural: bool,
                   verbs: frozenset[str]) -> _Antecedent | None:
    """"a remercié Ankara *pour son* soutien", "a félicité les policiers pour leur intervention": the possessor of
    what a verb of thanks, praise or blame (``crediting_verbs``) judges its object for is that object."""
    owned = token.head
    if preposition(owned) != "pour" or owned.head.lemma_ not in verbs:
        return None
    judged = next((c for c in owned.head.children if c.dep_ == "obj" or (c.dep_ == "xcomp" and c.pos_ == "PROPN")),
                  None)  # ("a remercié *Ankara*" with the name read as a predicative complement)
    return next((a for a in antecedents if judged is not None and a.start <= judged.i < a.end
                 and a.cluster is not None and a.plural == plural), None)


def _demanded_of(token: Token, antecedents: list[_Antecedent], plural: bool,
                 demanding: frozenset[str]) -> _Antecedent | None:
    """"Washington exige *de Téhéran* qu'*il* cesse *son* soutien": in the que-clause of a verb of demand, the subject
    (and its possessive) is whom the demand is made of, when it agrees in number (also when the parser hung the
    clause on that one as a relative clause)."""
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "acl:relcl" and preposition(verb.head) in {"de", "à"} and verb.head.head.lemma_ in demanding \
            and not any(t.text == "," for t in verb.doc[verb.head.i : verb.i]):
        addressee = verb.head  # "exige de Rabat qu'il cesse …" with the clause hung on Rabat as a relative one
    elif verb.dep_ == "ccomp" and verb.head.lemma_ in demanding:
        addressee = next((c for c in verb.head.children if c.i < verb.i and c.pos_ in {"PROPN", "NOUN"}
                          and preposition(c) in {"de", "à"}), None)
    else:
        return None
    if addressee is None:
        return None
    return next((a for a in antecedents if a.start <= addressee.i < a.end and a.plural == plural
                 and a.cluster is not None), None)


def _clause_subject(token: Token, antecedents: list[_Antecedent], plural: bool) -> _Antecedent | None:
    """A possessive's possessor is first the subject of the clauses it lies in, nearest first ("il a assuré
    Pyongyang de son soutien"), when one agrees in number; a subject that does not is passed over ("Ces derniers
    ont accusé X de livrer des munitions à la Russie pour son assaut")."""
    verb = token.head
    for _ in range(3):
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subjects = {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS}
        for antecedent in antecedents:
            if antecedent.start < token.i and any(antecedent.start <= i < antecedent.end for i in subjects):
                if antecedent.plural == plural:
                    return antecedent if antecedent.cluster is not None else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _agrees(antecedent: _Antecedent, gender: str | None) -> bool:
    """Gender agreement: any for a possessive (``gender`` None); a person of unknown gender agrees with both; a
    plural of unknown gender ("les Verts") with "ils", French's plural for any mix."""
    if gender is None or antecedent.gender == gender:
        return True
    if antecedent.gender is not None:
        return False
    person = antecedent.cluster is not None and antecedent.cluster.label == "PER" and not antecedent.cluster.unnamed
    return person or (antecedent.plural and gender == "m")


def _as_name(phrase: Span) -> str:
    """A description as a name: "L'avocate générale" → "l'avocate générale" (its determiner in lower case)."""
    text = phrase.text
    return text[0].lower() + text[1:] if phrase[0].pos_ in {"DET", "NUM"} else text


def _compatible(adjectives: frozenset[str], known: frozenset[str]) -> bool:
    """Two descriptions with the same noun are one referent unless both are qualified, differently ("le
    responsable local" and "le responsable syndical")."""
    return not adjectives or not known or bool(adjectives & known)


def _embedded(verb: Token) -> bool:
    """Whether a verb heads a clause inside another one: a reported, relative or adverbial clause."""
    return verb.dep_ in {"ccomp", "acl:relcl", "advcl", "acl", "csubj"}


def _role_head(token: Token) -> Token:
    """The head of the phrase a token belongs to, through coordination and names (not through an apposition: the
    parser often hangs a subject on the phrase before it as one)."""
    while token.dep_ in {"conj", "flat:name"} and token.head.i != token.i:
        token = token.head
    return token


def _is_noun_of(token: Token, nouns: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_ in nouns or token.lower_ in nouns)


def _sentence(starts: list[int], i: int) -> int:
    return max(bisect.bisect_right(starts, i) - 1, 0)


def _hashes(strings, words) -> numpy.ndarray:
    return numpy.array([strings.add(word) for word in words], dtype="uint64")
