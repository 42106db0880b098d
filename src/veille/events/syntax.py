"""Reading the parse around a trigger: passives, negation — small helpers the argument and modality
rules share."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lang
from ..doc.syntax import is_bare_time_noun, preposition


def is_passive(verb: Token) -> bool:
    """A passive verb ("a été signé"), not a pronominal one the parser reads as passive ("la Bolivie *s'est
    retirée*": its subject acts), nor the compound past of a verb of motion ("sont descendus"), nor a compound past
    with "avoir" alone ("Alger *a* accusé Rabat", a subject the parser called passive): the French passive is made
    with "être"."""
    words = lang.words_of(verb)
    if verb.lemma_ in words.etre_verbs and not any(c.dep_ == "obl:agent" for c in verb.children):
        return False  # "ses partisans sont descendus dans la rue": a compound past with "être"
    if any(c.dep_ == "aux:pass" and c.lemma_ in words.passive_auxiliaries for c in verb.children):
        return not is_pronominal(verb)  # not "avait *par* ailleurs demandé", a word misread as the auxiliary
    with_avoir = any(c.dep_ == "aux:tense" and c.lemma_ in words.active_auxiliaries for c in verb.children)
    return any(child.dep_ == "nsubj:pass" for child in verb.children) and not with_avoir and not is_pronominal(verb)


def is_pronominal(verb: Token) -> bool:
    """"La Bolivie *s'est retirée*": a reflexive clitic (which the parser calls a passive or a complement marker)
    with no passive auxiliary; its "passive" subject is the subject."""
    reflexives = lang.words_of(verb).reflexive_pronouns
    return (any(c.dep_.startswith("expl") and c.lower_ in reflexives for c in verb.children)
            and not any(c.dep_ == "aux:pass" for c in verb.children))


def is_reflexive(verb: Token) -> bool:
    """A reflexive verb ("se rendre", "s'entretenir"): its clitic, whatever the parser calls it."""
    reflexives = lang.words_of(verb).reflexive_pronouns
    return any(child.lower_ in reflexives and child.i < verb.i for child in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` with one of ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def needs_met(token: Token, word: str) -> bool:
    """Whether a dependent of ``token`` (or its preposition) is ``word``: "rendre hommage", "appeler à", "tirer sur";
    or a dependent of its object, where the parser often hangs an attribute or a complement ("déclarer X *persona*
    non grata", "placer le suspect *en garde* à vue", "condamner l'homme *à* seize ans")."""
    return any(c.lemma_ == word or c.lower_ == word or preposition(c) == word for c in verb_dependents(token))


def verb_dependents(token: Token) -> list[Token]:
    """The dependents of ``token`` and those of its direct object, also of a noun the parser took for a predicative
    complement ("a condamné le prévenu à deux ans", with "prévenu" read as the participle of "prévenir") or of a name
    read as a clause ("a condamné l'opposant Ousmane Sonko à deux ans"), or hung on a day before it ("a bloqué
    mercredi l'adoption")."""
    objects = [c for c in token.children if c.dep_ == "obj" or (c.dep_ == "ccomp" and c.pos_ == "PROPN")]
    if (misread := determined_complement(token)) is not None:
        objects.append(misread)
    hung = [] if objects else [o for o in [object_past_time(token)] if o is not None]  # "a bloqué mercredi l'adoption"
    return [*token.children, *hung, *(d for o in [*objects, *hung] for d in o.children)]


def determined_complement(verb: Token) -> Token | None:
    """A noun with its article, or a name, that the parser made the verb's predicative complement: an object ("a
    condamné *le prévenu* à deux ans", "prévenu" read as the participle of "prévenir"; "a exhorté *Washington* à
    cesser"); a predicative noun has none ("l'a nommé ministre")."""
    return next((c for c in verb.rights if c.dep_ == "xcomp" and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and (
        any(d.dep_ == "det" for d in c.children) or c.nbor(-1).pos_ == "DET")))), None)


def object_past_time(verb: Token) -> Token | None:
    """"a interpellé *lundi soir* deux suspects", "a appelé *mercredi* les parties à": a bare time noun right after
    the verb, under which the parser hung the object that follows it; the first noun of that phrase with a
    determiner or a number of its own and no preposition, or a name (capitalised, whatever the tagger called it:
    "condamné mardi M.A."), is the verb's object."""
    when = next((c for c in verb.rights if is_bare_time_noun(c) and c.dep_ in {"obl:mod", "obj", "nmod"}), None)
    if when is None or any(not (t.is_punct or t.pos_ == "ADV") for t in verb.doc[verb.i + 1 : when.left_edge.i]):
        return None
    for word in when.subtree:
        if word == when or word.pos_ not in {"NOUN", "PROPN"} or is_bare_time_noun(word) or preposition(word) is not None:
            continue
        if word.text[:1].isupper() or any(c.dep_ in {"det", "nummod"} for c in word.children):
            return word
    return None
