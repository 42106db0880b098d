"""Reading the parse: the small questions every stage asks of a word, answered once. What introduces it (is a name in
a complement, "de la SNCF", after a source preposition, "selon lui", or a participant one, "avec Téhéran"?), whether
it is a day the parser hung on a phrase, an audience words were given to, a court's term, one picked out of a group."""

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
    return (dependent.lemma_ in words.sentence_durations or dependent.lemma_ in words.sentence_terms
            or "Inf" in dependent.morph.get("VerbForm"))


def picks_one_of(pronoun: Token) -> bool:
    """"*l'un* des officiers", "*plusieurs* d'entre eux": a pronoun that picks someone out of the group its "de"
    complement names, and so names whom (which "il" does not)."""
    return pronoun.lower_ in lang.words_of(pronoun).partitive_pronouns and \
        any(c.dep_ == "nmod" and preposition(c) == "de" for c in pronoun.children)
