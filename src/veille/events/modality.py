"""How sure the text is of an event, from the words around its trigger (``lang/fr/event_cues.tsv``).

The trigger's own clause speaks first: a negation ("n'a pas signé", "aucune frappe", "sans attaquer"), a hedging
or planning modifier ("la conclusion possible", "la visite prévue"), a conditional subordinator ("s'il est signé"),
the future ("seront signés") or the conditional mood. Then the verbs that govern it, nearest first: a modal or
planning verb ("pourrait être signé", "doit se rendre", "est attendu pour une visite"), an accusation ("ont accusé
X de livrer": alleged), a refusal ("refuse de négocier": negated), a call ("appelle à manifester": requested). A
governor whose own negation is a litotes ("n'a pas manqué de remercier") leaves the event asserted. The ascent
stops at a reporting verb's clause ("il a précisé que la Russie a soutenu …"): reported speech is asserted by its
speaker, who becomes the event's source.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon
from .syntax import preposition

# Dependencies through which a verb or noun is the complement of the verb above it.
_VERB_COMPLEMENTS = {"xcomp"}
_NOUN_COMPLEMENTS = {"obj", "nsubj", "nsubj:pass", "obl:arg", "xcomp"}
_FUTURE_ENDINGS = {"ai", "as", "a", "ons", "ez", "ont"}


def modality(trigger: Token, lexicon: EventLexicon) -> tuple[str, Token | None]:
    """The event's modality and the governing verb that sets it (None when the trigger's own clause does).

    trigger (Token): the verb or noun that reports the event.
    lexicon (EventLexicon): the cue words.
    RETURNS (tuple[str, Token | None]): a contract modality and, for governed events, the governor (whose subject
        is the source of an alleged event).
    """
    own = _clause_cue(trigger, lexicon, check_negation=True)
    if own:
        return own, None
    node = trigger
    while _is_complement(node, lexicon):
        governor = node.head
        transparent = governor.lemma_ in lexicon.cues["transparent"]
        if not transparent and _negated(governor, lexicon):
            return "negated", governor
        cue = lexicon.cue("governor", governor.lemma_) or _clause_cue(governor, lexicon, check_negation=False)
        if cue:
            return cue, governor
        node = governor
    return "asserted", None


def _is_complement(node: Token, lexicon: EventLexicon) -> bool:
    """Whether ``node`` is governed by a verb whose modality it takes (not a reporting verb's clause)."""
    if node.head is node or node.head.pos_ not in {"VERB", "AUX"}:
        return False
    if node.pos_ == "NOUN":
        light = node.head.lemma_ in lexicon.cues["light"]
        return node.dep_ in _NOUN_COMPLEMENTS or (light and node.dep_.startswith("obl") and preposition(node) == "pour")
    return node.dep_ in _VERB_COMPLEMENTS or (node.dep_ == "obj" and "Inf" in node.morph.get("VerbForm"))


def _clause_cue(token: Token, lexicon: EventLexicon, *, check_negation: bool) -> str | None:
    if check_negation and _negated(token, lexicon):
        return "negated"
    for child in token.children:
        if child.dep_ in {"amod", "advmod"} and (cue := lexicon.cue("modifier", child.lemma_) or lexicon.cue("modifier", child.lower_)):
            return cue
        if child.dep_ == "mark" and (cue := lexicon.cue("marker", child.lower_)):
            return cue
    return _tense(token)


def _future_form(word: Token) -> bool:
    """A regular future: the infinitive ("signer", "prendr(e)") plus a future ending ("signera", "prendront")."""
    lemma, form = word.lemma_, word.lower_
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return word.pos_ == "VERB" and lemma.endswith(("er", "ir", "re")) and form[len(stem) :] in _FUTURE_ENDINGS and form.startswith(stem)


def _negated(token: Token, lexicon: EventLexicon) -> bool:
    return any(child.lower_ in lexicon.cues["negation"] for child in token.children if child.dep_ in {"advmod", "det", "case", "mark", "cc"})


def _tense(token: Token) -> str | None:
    """Future → planned, conditional → possible, read on the verb or on its auxiliary or copula (or on a regular
    verb's ending, which the tagger sometimes misses: "signera")."""
    for word in (token, *(c for c in token.children if c.dep_ in {"aux", "aux:tense", "aux:pass", "cop"})):
        if "Fut" in word.morph.get("Tense") or _future_form(word):
            return "planned"
        if "Cnd" in word.morph.get("Mood"):
            return "possible"
    return None
