"""The tense of the clause a time expression sits in, from the parse the model already made.

"mardi" is last Tuesday in "a appelé mardi" and next Tuesday in "se rendra mardi": the direction comes from the
verb governing the expression. French marks the future in several ways the morphology alone misses: the near
future ("va signer"), modal verbs ("doit rencontrer"), and verbs of expectation ("est attendu", "prévue").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lang
from .calendar import FUTURE, PAST, PRESENT
from .grammar import TenseVerbs

_VERBAL = {"VERB", "AUX"}


def clause_tense(span: Span, verbs: TenseVerbs = TenseVerbs()) -> tuple[str | None, str, bool]:
    """The tense (past, present, future or None) governing ``span``, the part of speech of the word it depends on
    ("ADJ" in "aujourd'hui forte de 500 000 personnes"), and whether that tense is only an adjectival participle's
    ("des législatives anticipées à l'automne": a weak past, said of the noun, not of the clause).

    verbs: the verbs whose compound past takes "être" and that have no passive ("intervenir", "décéder"): "sont
    intervenus samedi" is the past even where the parser reads a passive present; and those whose infinitive looks
    ahead ("peuvent rêver du podium dimanche").
    """
    root = span.root
    head_pos = root.head.pos_ if root.head.i != root.i else "VERB"
    directed_by = lang.words_of(span.doc).direction_prepositions  # "depuis mardi", "d'ici le 30 juin"
    if span.start > 0 and (direction := directed_by.get(span.doc[span.start - 1].lower_)):
        return direction, head_pos, False
    verb = _governing_verb(root) or _nearest_verb(span)
    if verb is None:
        return None, head_pos, False
    return verb_tense(verb, verbs), head_pos, _adjectival_participle(verb)


def _adjectival_participle(verb: Token) -> bool:
    return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and not any(
        child.dep_.startswith("aux") or child.dep_ == "cop" for child in verb.children
    )


def _is_verbal(token: Token) -> bool:
    return token.pos_ in _VERBAL or any(child.dep_ in {"cop", "aux:tense"} for child in token.children)


def _governing_verb(token: Token) -> Token | None:
    """The verb (or copula-bearing word) the expression depends on, a few steps up the tree at most."""
    for _ in range(4):
        if _is_verbal(token):
            return token
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _nearest_verb(span: Span) -> Token | None:
    """When the parse hangs the expression on a noun ("Le ministre démissionnera lundi" misread as a noun phrase),
    the finite verb of its sentence nearest to it."""
    verbs = [t for t in span.sent if t.pos_ in _VERBAL and "Fin" in t.morph.get("VerbForm")]
    return min(verbs, key=lambda t: abs(t.i - span.start), default=None)


def verb_tense(verb: Token, verbs: TenseVerbs = TenseVerbs()) -> str | None:
    """Past for the compound past and imperfect, future for the future, conditional, subjunctive, near future
    and verbs of expectation, present otherwise."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux:tense", "aux", "cop", "aux:pass"}]
    words = lang.words_of(verb)
    if "Inf" in verb.morph.get("VerbForm"):
        if any(aux.lemma_ in words.near_future_auxiliaries for aux in auxiliaries) or verb.head.lemma_ in words.future_verbs:
            return FUTURE
        if verb.head.i != verb.i and verb.head.pos_ in _VERBAL:
            tense = verb_tense(verb.head, verbs)
            return FUTURE if tense == PRESENT and verb.head.lemma_ in verbs.prospective else tense
        return None
    tense_bearer = next((aux for aux in auxiliaries if aux.dep_ == "aux:tense"), None)
    if tense_bearer is not None:
        return _compound_tense(tense_bearer)
    finite = next((aux for aux in auxiliaries if aux.dep_ in {"aux:pass", "cop"}), verb)
    if finite.i != verb.i and verb.lemma_.lower() in verbs.etre:
        return _compound_tense(finite)
    return _simple_tense(finite, verb)


def _compound_tense(auxiliary: Token) -> str:
    """"a appelé" (past), "aura appelé" (future), "aurait appelé" (conditional: reported, in the past)."""
    tense = auxiliary.morph.get("Tense")
    if "Fut" in tense:
        return FUTURE
    return PAST


def _simple_tense(finite: Token, verb: Token) -> str | None:
    tense = finite.morph.get("Tense")
    mood = finite.morph.get("Mood")
    if "Fut" in tense or "Cnd" in mood or "Sub" in mood:
        return FUTURE  # the subjunctive of news is that of plans and wishes: "qu'il soit rendu public lundi"
    if verb.lemma_ in lang.words_of(verb).future_verbs:
        return FUTURE
    if "Part" in verb.morph.get("VerbForm") and finite.i == verb.i:
        return PAST  # an adjectival participle: "la roquette tirée lundi"
    if "Imp" in tense or ("Past" in tense and "Fin" in finite.morph.get("VerbForm")):
        return PAST
    if "Pres" in tense:
        return PRESENT
    return None
