"""Reading the parse: the small questions every stage asks of a word, answered once. What introduces it (is a name in
a complement, "de la SNCF", after a source preposition, "selon lui", or a participant one, "avec Téhéran"?), whether
it is a day the parser hung on a phrase, an audience words were given to, a court's term, one picked out of a group,
an aside ("pour sa part") the parser hung a verb on."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lang


def preposition(token: Token) -> str | None:
    """The preposition that introduces ``token`` ("à la Russie" → "à", "du Nord" → "de"), if any: contracted and
    elided forms ("au", "du", "d'") read as the preposition they stand for."""
    for child in token.children:
        if child.dep_ in {"case", "mark"} and child.i < token.i:
            lower = child.lower_
            return lang.words_of(token).preposition_forms.get(lower, lower)
    return None


def is_bare_time_noun(token: Token) -> bool:
    """A day, month or part of the day with no preposition ("le maire *dimanche*", "a interpellé *lundi soir*"): when
    something happened, never its object nor part of a noun phrase the parser may hang it on."""
    return token.lower_ in lang.load(token.lang_).time_nouns and preposition(token) is None


def is_addressed_organisation(noun: Token) -> bool:
    """"a assuré leur porte-parole *à l'AFP*", "a déclaré l'un des officiers *à la télévision*": an organisation's
    name or an audience after "à" says whom words were given to, which the parser may hang on the speaker's noun; no
    part of the speaker's description (a portfolio, "le secrétaire d'État aux Transports", is no name)."""
    return preposition(noun) == "à" and (noun.ent_type_ == "ORG" or noun.lemma_ in lang.words_of(noun).audience_nouns)


def is_sentence_term(dependent: Token) -> bool:
    """"condamné *à six mois*", "*à une amende*", "*à verser* des dommages": what a court sentences to (which makes
    "condamner" a conviction, not words of condemnation)."""
    if preposition(dependent) != "à":
        return False
    words = lang.words_of(dependent)
    counted = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in words.indefinite_singular)
                  for c in dependent.children)  # "à six mois", "à un an"; not "à quelques mois des élections"
    return ((dependent.lemma_ in words.sentence_durations and counted) or dependent.lemma_ in words.sentence_terms
            or "Inf" in dependent.morph.get("VerbForm"))


def picks_one_of(pronoun: Token) -> bool:
    """"*l'un* des officiers", "*plusieurs* d'entre eux": a pronoun that picks someone out of the group its "de"
    complement names, and so names whom (which "il" does not)."""
    return pronoun.lower_ in lang.words_of(pronoun).partitive_pronouns and \
        any(c.dep_ == "nmod" and preposition(c) == "de" for c in pronoun.children)


def is_infinitive(verb: Token) -> bool:
    """An infinitive, simple or compound ("livrer", "avoir abattu")."""
    auxiliaries = (c for c in verb.children if c.dep_ == "aux:tense")
    return any("Inf" in word.morph.get("VerbForm") for word in (verb, *auxiliaries))


def is_finite_verb(token: Token) -> bool:
    """A conjugated verb or auxiliary ("ont échoué", "a"), which no name holds and which ends a subject's phrase."""
    return token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm")


def coordinated_subject(subject: Token) -> Token | None:
    """"La FGTB et la CSC ont annoncé …" parsed as two subjects of the verb: the second one, after "et" (None when
    the parser coordinated them, or the subjects are not joined so); also when the parser made the verb a conjunct
    of the first (:func:`pair_read_as_root`)."""
    if subject.head == subject:
        verb = next((c for c in subject.children if c.dep_ == "conj" and pair_read_as_root(c)), None)
        return pair_read_as_root(verb)[1] if verb is not None else None
    if not subject.dep_.startswith("nsubj"):
        return None
    words = lang.words_of(subject)
    for other in subject.head.children:
        if other.i > subject.i and other.dep_ == subject.dep_ and other.pos_ in {"NOUN", "PROPN"}:
            between = subject.doc[subject.right_edge.i + 1 : other.left_edge.i]
            return other if len(between) == 1 and between[0].lower_ in words.coordinating_and else None
    return None


def pair_read_as_root(verb: Token) -> tuple[Token, Token] | None:
    """"*Kiev* et *Moscou* ont signé …", "*Joe Biden* et *Xi Jinping* se sont rencontrés": two names joined by "et"
    that the parser split, making the first the sentence's root, the verb its conjunct and the second a dependent of
    the verb: the two subjects (None when the verb is no such conjunct)."""
    first = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or first.pos_ not in {"PROPN", "NOUN"} or first.head != first:
        return None
    doc, words = verb.doc, lang.words_of(verb)
    name_end = max([first.i, *(c.i for c in first.children if c.dep_ == "flat:name" and c.i < verb.i)])
    joined = name_end + 1 < verb.i and doc[name_end + 1].lower_ in words.coordinating_and \
        and doc[name_end + 1].head == verb
    second = next((c for c in verb.children if name_end + 1 < c.i < verb.i and c.pos_ == "PROPN"
                   and c.dep_ in {"nsubj", "advmod", "dep", "obl:mod"} and preposition(c) is None), None)
    return (first, second) if joined and second is not None else None


def name_read_as_predicate(verb: Token) -> Token | None:
    """"La France *insoumise* souligne …", "Les Verts *européens* dénoncent …": a name ending in an adjective, right
    before a verb that has no subject, which the parser read as the sentence's predicate and the verb as its
    complement; the name (the word the adjective's subject was) is the verb's subject."""
    name = verb.head
    if verb.dep_ not in {"xcomp", "advcl", "ccomp"} or name.i != verb.i - 1 or name.pos_ != "ADJ" \
            or name.ent_iob_ not in {"B", "I"} or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    return next((c for c in name.children if c.dep_.startswith("nsubj") and c.ent_iob_ in {"B", "I"}), name)


def object_past_comparison(verb: Token) -> Token | None:
    """"excluait, *tout comme son homologue*, l'éventualité d'une grève": a "comme" phrase set off by commas after
    the verb, on which the parser hung the verb's object as a conjunct; that object (None otherwise)."""
    words = lang.words_of(verb)
    for phrase in (c for c in verb.rights if c.dep_.startswith("obl") and preposition(c) in words.as_conjunctions):
        if not _set_off_by_comma(phrase):
            continue
        obj = next((c for c in phrase.rights if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                    and _set_off_by_comma(c) and not any(d.dep_ == "cc" for d in c.children)), None)
        if obj is not None:
            return obj
    return None


def _set_off_by_comma(phrase: Token) -> bool:
    """Whether a comma opens the phrase or comes right before it (the parser hangs it either way)."""
    first = phrase.left_edge
    return first.text == "," or (first.i > 0 and phrase.doc[first.i - 1].text == ",")


def is_setting(noun: Token) -> bool:
    """A phrase that sets the scene of a speech act, never part of who speaks: "*devant* le tribunal", "*dans* un
    communiqué", "*à la sortie* de l'audience", "*au micro* de RTL" (``setting_prepositions``, ``setting_nouns``)."""
    words, case = lang.words_of(noun), preposition(noun)
    return case in words.setting_prepositions or (case == "à" and noun.lemma_ in words.setting_nouns)


def is_aside_phrase(noun: Token) -> bool:
    """"de son côté", "pour sa part", "à son tour", "au contraire": an adverbial that sets the subject apart, the
    noun with a possessive (or none, for "au contraire", "en revanche"), never anyone itself (also when the parser
    hung it on the subject: "Le syndicat a de son côté …")."""
    words = lang.words_of(noun)
    introduced = any(c.dep_ == "case" for c in noun.children)  # "de son côté" the parser made an object or the root
    role = noun.dep_.startswith(("obl", "nmod")) or (noun.dep_ in {"obj", "ROOT"} and introduced)
    if noun.pos_ != "NOUN" or not role:
        return False
    if noun.lemma_ in words.bare_aside_nouns:  # "au contraire", "en revanche"
        return not any(c.dep_ == "det" for c in noun.children)
    return noun.lemma_ in words.aside_nouns and \
        any(c.dep_ == "det" and c.lower_ in words.possessive_determiners for c in noun.children)


def subject_past_aside(verb: Token) -> Token | None:
    """The subject of a verb the parser hung on an aside as its participle clause ("Washington a pour sa part
    *appelé* à …", "X a affirmé de son côté *avoir abattu* …"): the subject of the verb the aside hangs on, else
    the first noun of the sentence that no preposition introduces and that is no day ("Ottawa, partenaire de Kigali,
    a pour sa part appelé …", with "partenaire" the parser's root); None when the verb hangs on no aside."""
    aside = verb.head
    if verb.dep_ != "acl" or not is_aside_phrase(aside):
        return None
    subject = next((c for c in aside.head.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < aside.i), None)
    if subject is not None:
        return subject
    return next((t for t in verb.doc[verb.sent.start : aside.i] if t.pos_ in {"NOUN", "PROPN", "PRON"}
                 and preposition(t) is None and not is_bare_time_noun(t)), None)


def subject_in_fronted_clause(verb: Token) -> Token | None:
    """"Critiquant la réforme, *Paul Martin*, député de la Somme, a appelé …": a verb left without a subject because
    the parser hung it, with its appositions, on the object of the participle clause that opens the sentence. The
    name is the first one set off by a comma inside that clause, the clause running to the comma before the verb's
    phrase; None when the verb has a subject or no clause opens its sentence."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.pos_ in {"VERB", "ADJ"} and c.i == verb.sent.start),
                  None)  # (a participle the tagger may call an adjective: "Raillant …")
    first = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux"))])
    doc = verb.doc
    if clause is None or doc[first - 1].text != "," or clause.right_edge.i < first - 2:
        return None
    return next((t for t in clause.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and doc[t.i - 1].text == ","
                 and t.head.i != clause.i), None)


def latter_before_clitic(subject: Token) -> Token:
    """"Cette *dernière* lui a reproché …": the parser made the dative clitic the subject and "cette dernière" its
    modifier; the subject is "dernière" (``subject`` itself otherwise)."""
    words = lang.words_of(subject)
    if subject.lower_ not in words.dative_clitics:
        return subject
    return next((c for c in subject.lefts if c.lower_ in words.latter_words and c.i + 1 == subject.i), subject)


def name_left_as_subject(verb: Token) -> Token | None:
    """"*Moscou* les a appuyés", "*Shigeru Tanaka* s'est engagé à …": a proper name before a verb that has no
    subject, which the parser hung on it as a bare oblique or an unlabelled dependent: the verb's subject; so is
    "ce dernier" hung on it as a modifier ("Ces *derniers* lui ont promis …", read as the verb's adjective)."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    words = lang.words_of(verb)
    return next((c for c in verb.lefts if ((c.dep_.startswith("obl") or c.dep_ == "dep") and c.pos_ == "PROPN"
                                           and preposition(c) is None)
                 or (c.dep_ in {"amod", "advmod", "dep"} and c.lower_ in words.latter_words and c.i > 0
                     and c.nbor(-1).lower_ in words.demonstrative_determiners)), None)


def subject_on_auxiliary(verb: Token) -> Token | None:
    """"*Il* a pour sa part estimé …": the subject of a verb that has none, which the parser hung on the verb's
    auxiliary (an aside between the two misleads it)."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    return next((s for aux in verb.lefts if aux.dep_.startswith("aux") for s in aux.children
                 if s.dep_.startswith("nsubj")), None)
