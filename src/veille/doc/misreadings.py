"""The tagger's and the parser's misreadings that stages repair the same way, so that they read the parse alike."""

from __future__ import annotations

from spacy.tokens import Token


def is_name_read_as_verb(token: Token, verb: Token) -> bool:
    """"a accusé *Rabat* de …": a name right after ``verb`` that the tagger read as a verb ("rabattre") and the
    parser hung on it as its complement is its object."""
    return token.pos_ == "VERB" and bool(token.ent_type_) and token.head == verb and token.i == verb.i + 1 and \
        token.dep_ in {"xcomp", "obj"}


_FINITE_ER_ENDINGS = ("ent", "es", "e")  # present forms of -er verbs the lemmatizer leaves as they are


def verb_lemma(token: Token, known: set[str] | frozenset[str] | dict) -> str:
    """A verb's lemma, or when the lemmatizer left a present form of a regular -er verb as it is ("L'ennemi
    *bombarde* les quartiers": lemma "bombarde"), the infinitive among ``known`` lemmas that the form is of."""
    if token.pos_ != "VERB" or token.lemma_ != token.lower_ or token.lemma_ in known:
        return token.lemma_
    for ending in _FINITE_ER_ENDINGS:
        if token.lower_.endswith(ending) and (infinitive := token.lower_[: -len(ending)] + "er") in known:
            return infinitive
    return token.lemma_
