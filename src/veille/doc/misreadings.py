"""The tagger's and the parser's misreadings that stages repair the same way, so that they read the parse alike."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lang
from .syntax import is_infinitive


def is_name_read_as_verb(token: Token, verb: Token) -> bool:
    """"a accusé *Rabat* de …", "a félicité *Donald* Trump": a name right after ``verb`` that the tagger read as a
    verb ("rabattre") or as a foreign word (X) and the parser hung on it as its complement is its object."""
    return token.pos_ in {"VERB", "X"} and bool(token.ent_type_) and token.head == verb and token.i == verb.i + 1 \
        and token.dep_ in {"xcomp", "obj"}


def subject_of_verb_read_as_noun(token: Token) -> Token | None:
    """"Un homme *écope* de onze ans", "Le syndicat *dénonce* …" with the verb tagged a noun: a noun with no
    determiner of its own, right after the noun the parser made the root of a sentence that has no finite verb, and
    hung on it; that root noun is the verb's subject (None otherwise)."""
    head = token.head
    if token.pos_ != "NOUN" or head.i != token.i - 1 or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} \
            or token.dep_ not in {"nmod", "amod", "appos"} or any(c.dep_ == "det" for c in token.children):
        return None
    finite = any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in token.sent)
    return None if finite else head


def verb_read_as_noun(token: Token) -> bool:
    """"La fédération *juge* qu'elle …", "Le maire juge que …": a verb's form the tagger took for a noun ("le
    juge"), with no determiner of its own and a "que" clause right after it."""
    doc = token.doc
    return token.pos_ == "NOUN" and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "SCONJ" and \
        doc[token.i + 1].lower_ in lang.words_of(token).que and not any(c.dep_ == "det" for c in token.children)


_FINITE_ER_ENDINGS = ("ent", "es", "e")  # present forms of -er verbs the lemmatizer leaves as they are
_PARTICIPLE_ER_ENDINGS = ("ées", "és", "ée", "é")  # past participles of -er verbs the tagger reads as adjectives


_PRESENT_PARTICIPLE_ENDINGS = (("geant", "ger"), ("çant", "cer"), ("issant", "ir"), ("ant", "er"))
_COMPLEMENT_MARKS = frozenset({"à", "de", "d'", "d’", "que", "qu'", "qu’"})


def present_participle_read_as_adjective(token: Token) -> bool:
    """"…, les *encourageant* à déposer un dossier", "…, *menaçant* de suspendre les aides": a present participle the
    tagger took for the adjective of the same form, as its complement's "à", "de" or "que" shows."""
    doc = token.doc
    return token.pos_ == "ADJ" and token.lower_.endswith("ant") and token.i + 1 < len(doc) and \
        doc[token.i + 1].lower_ in _COMPLEMENT_MARKS


def is_present_participle(token: Token) -> bool:
    """A present participle ("soulignant"), also one the tagger called an adjective."""
    morph = token.morph
    return ("Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense")) or \
        present_participle_read_as_adjective(token)


def is_participle_read_as_adjective(token: Token) -> bool:
    """"il l'a *violentée*", "a *gelé* les avoirs": a past participle with its tense auxiliary that the tagger called
    an adjective."""
    return token.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in token.children)


def is_past_participle(token: Token) -> bool:
    """A past participle, also one of an -er verb the tagger called an infinitive ("un accord « *négocié* en
    secret »": no infinitive ends in "é")."""
    forms = token.morph.get("VerbForm")
    if "Part" in forms:
        return "Past" in token.morph.get("Tense")
    return "Inf" in forms and token.lower_.endswith(_PARTICIPLE_ER_ENDINGS)


def infinitive_hung_on_object(verb: Token, control_verbs: frozenset[str]) -> Token | None:
    """"accuse l'armée israélienne *d'avoir bombardé* une école": a "de" infinitive the parser hung on the object of
    a verb of ``control_verbs`` (whose object does what the infinitive says) completes that verb; that verb, else
    None ("faire le choix de rejoindre …" is the choice's)."""
    if verb.dep_ != "acl" or verb.head.dep_ != "obj" or verb.head.head.lemma_ not in control_verbs:
        return None
    de = lang.words_of(verb).de
    return verb.head.head if is_infinitive(verb) and any(c.dep_ == "mark" and c.lower_ in de for c in verb.children) else None


def participle_before_infinitive(verb: Token, known: frozenset[str]) -> Token | None:
    """"des entreprises *soupçonnées* d'aider la Russie", "un homme *accusé* de vol": the past participle right
    before a "de" infinitive, of one of the ``known`` verbs, on the noun it describes (whatever the tagger called it:
    "soupçonnées" a noun), when the parser hung the infinitive elsewhere; None otherwise."""
    doc, de = verb.doc, lang.words_of(verb).de
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in de and c.i < verb.i]
    if not marks or marks[0].i < 2 or not is_infinitive(verb):
        return None
    participle = doc[marks[0].i - 1]
    if participle == verb.head or participle.dep_ not in {"acl", "amod", "nmod"} or participle.head.i > participle.i:
        return None
    lemma = participle.lemma_ if participle.pos_ == "VERB" else er_participle_infinitive(participle)
    return participle if lemma in known else None


def er_participle_infinitive(token: Token) -> str | None:
    """The infinitive a form of an -er verb's past participle is of, whatever the tagger called it ("Cité par
    l'agence Tass", tagged the noun "cité": "citer"); None for any other form."""
    return next((token.lower_[: -len(ending)] + "er" for ending in _PARTICIPLE_ER_ENDINGS
                 if token.lower_.endswith(ending)), None)


def participle_before_agent(agent: Token) -> Token | None:
    """"deux enquêtes *ouvertes* par le parquet" with the agent hung on the sentence's verb: the past participle on a
    noun right before the agent's "par", whose agent it is; None otherwise."""
    case = next((c for c in agent.children if c.dep_ == "case" and c.i < agent.i), None)
    if case is None or case.i == 0:
        return None
    participle = agent.doc[case.i - 1]
    on_noun = participle.dep_ in {"amod", "acl"} and participle.head.pos_ in {"NOUN", "PROPN"}
    # (an adjective the tagger called it: a word on a noun right before "par" and its agent is a participle)
    return participle if participle != agent.head and on_noun and participle.pos_ in {"VERB", "ADJ"} else None


def verb_lemma(token: Token, known: set[str] | frozenset[str] | dict) -> str:
    """A verb's lemma, or when the lemmatizer left a present form of a regular -er verb as it is ("L'ennemi
    *bombarde* les quartiers": lemma "bombarde") or took a participle for an adjective ("a *gelé* les avoirs": lemma
    "gelé"), the infinitive among ``known`` lemmas that the form is of."""
    if token.lemma_ in known:
        return token.lemma_
    if present_participle_read_as_adjective(token):
        return next((infinitive for ending, verb_ending in _PRESENT_PARTICIPLE_ENDINGS if token.lower_.endswith(ending)
                     and (infinitive := token.lower_[: -len(ending)] + verb_ending) in known), token.lemma_)
    if token.pos_ == "VERB" and token.lemma_ == token.lower_:
        endings = _FINITE_ER_ENDINGS
    elif is_participle_read_as_adjective(token):
        endings = _PARTICIPLE_ER_ENDINGS
    else:
        return token.lemma_
    for ending in endings:
        if token.lower_.endswith(ending) and (infinitive := token.lower_[: -len(ending)] + "er") in known:
            return infinitive
    return token.lemma_
