"""How sure the text is of an event, from the words around its trigger (``lang/fr/event_cues.tsv``).

The trigger's own clause speaks first: a negation ("n'a pas signé", "aucune frappe", "sans attaquer"), a hedging
or planning modifier ("la conclusion possible", "la visite prévue"), a relative clause in the future on a noun ("la
visite qu'il effectuera"), a conditional subordinator ("s'il est signé"), the future ("seront signés") or the
conditional mood; a noun alone in quotation marks is a label kept at a
distance ("« sabotage »": alleged). Then the verbs that govern it, nearest first: a modal or
planning verb ("pourrait être signé", "doit se rendre", "est attendu pour une visite"), an accusation ("ont accusé
X de livrer": alleged), a refusal ("refuse de négocier": negated), a call ("appelle à manifester": requested). A
governor whose own negation is a litotes ("n'a pas manqué de remercier") leaves the event asserted. The ascent
stops at a reporting verb's clause ("il a précisé que la Russie a soutenu …"): reported speech is asserted by its
speaker, who becomes the event's source. A noun inside a larger noun phrase climbs to that phrase's head first ("la
table des négociations"), and a coordinated infinitive to the first one ("cherche à assurer … et à ramener"); a
negated verb of checking makes what it governs alleged, not negated ("l'attaque n'a pas été vérifiée").
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lang
from .lexicon import EventLexicon
from ..doc.syntax import is_bare_time_noun, preposition
from ..doc.misreadings import infinitive_hung_on_object, verb_lemma
from .syntax import is_reflexive

# Dependencies through which a verb or noun is the complement of the verb above it.
_VERB_COMPLEMENTS = {"xcomp"}
_NOUN_COMPLEMENTS = {"obj", "nsubj", "nsubj:pass", "obl:arg", "xcomp"}
_OPENING_QUOTES = {'"', "«", "“"}
_CLOSING_QUOTES = {'"', "»", "”"}


def modality(trigger: Token, lexicon: EventLexicon, *, event_type: str = "",
             accusing: frozenset[int] = frozenset()) -> tuple[str, Token | None]:
    """The event's modality and the governing verb that sets it (None when the trigger's own clause does).

    trigger (Token): the verb or noun that reports the event.
    lexicon (EventLexicon): the cue words.
    event_type (str): the event's PLOVER type (a REQUEST is never itself "requested").
    accusing (frozenset[int]): the token indices of ACCUSE triggers, whose complements are the charge (alleged).
    RETURNS (tuple[str, Token | None]): a contract modality and, for governed events, the governor (whose subject
        is the source of an alleged event).
    """
    own = "alleged" if _scare_quoted(trigger) else _clause_cue(trigger, lexicon, check_negation=True)
    governed, governor = _governed(trigger, lexicon, accusing, accusation=event_type == "ACCUSE")
    if own and not (own == "possible" and governed == "alleged"):  # "accuse X des possibles attaques": alleged
        return own, None
    if governed == "requested" and event_type == "REQUEST":  # the call a request supports is not itself requested
        return "asserted", None
    if governed == "negated" and event_type in _SPEECH_ACTS and trigger.pos_ == "NOUN":
        return "asserted", None  # "a rejeté cet appel", "rejette les accusations": made; the answer is no
    return governed, governor


_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # acts made in words, which a refusal answers


def _scare_quoted(trigger: Token) -> bool:
    """A noun alone between quotation marks ("des activités de « sabotage »") is the claimant's label, which the
    text keeps at a distance: alleged. A quoted verb ("a « reconnu »") cites the word of an act that took place, and
    a longer quote is reported speech, whose source the quote stage gives."""
    doc = trigger.doc
    if trigger.pos_ != "NOUN" or trigger.i == 0 or trigger.i + 1 >= len(doc):
        return False
    return doc[trigger.i - 1].text in _OPENING_QUOTES and doc[trigger.i + 1].text in _CLOSING_QUOTES


def _governed(trigger: Token, lexicon: EventLexicon, accusing: frozenset[int], *,
              accusation: bool) -> tuple[str, Token | None]:
    """The modality the verbs above the trigger give it, nearest first. A governor's negation reaches a noun only
    as the subject of a verb of occurrence or through a light verb ("n'a pas eu lieu", "n'a pas mené de frappes";
    not "ne céderont pas à la menace": the threat was made), and as a passive subject only of a light verb or one
    of checking ("l'attentat n'a pas été *condamné*" happened; no one condemned it). An accusation governed by an
    accusing verb ("porter plainte") is that act, not its content."""
    node = _first_conjunct(_phrase_head(trigger))
    while _is_complement(node, lexicon, accusing):
        governor = _verb_above(node, lexicon)
        transparent = governor.lemma_ in lexicon.cues["transparent"] or any(  # "ne devraient pas *tarder*"
            c.dep_ == "xcomp" and c.lemma_ in lexicon.cues["transparent"] for c in governor.children)
        carried = node.pos_ != "NOUN" or (node.dep_ != "nsubj" and governor.lemma_ in lexicon.cues["light"]) or (
            node.dep_ == "nsubj" and _occurs_by(governor, lexicon)) or (
            node.dep_ == "nsubj:pass" and governor.lemma_ in lexicon.cues["unverified"])
        cue = lexicon.cue("governor", governor.lemma_) or _clause_cue(governor, lexicon, check_negation=False)
        if cue == "negated" and _negated(governor, lexicon):
            return "possible", governor  # "n'exclut pas une grève", "ne refuse pas de négocier": it may happen
        if carried and not transparent and _negated(governor, lexicon):
            return ("alleged" if governor.lemma_ in lexicon.cues["unverified"] else "negated"), governor
        if governor.i in accusing and not accusation:  # "mis en examen pour viol": the content of a charge
            return "alleged", governor
        if cue:
            return cue, governor
        node = _first_conjunct(governor)
    return "asserted", None


def _occurs_by(verb: Token, lexicon: EventLexicon) -> bool:
    """A verb that says whether its subject's event takes place ("la rencontre *n'a pas eu lieu*", "ne s'est pas
    tenue", "ne figure pas à l'*agenda*", a reflexive light verb: "ne se fera pas"): its negation cancels the
    event; most verbs' does not ("les pourparlers n'ont abouti à rien", "les frappes n'ont pas fait de victimes":
    they took place)."""
    if verb.lemma_ in lexicon.cues["light"] and is_reflexive(verb):
        return True  # "la visite ne se fera pas"
    occur = lexicon.cues["occur"]
    return verb_lemma(verb, occur) in occur or any(c.dep_.startswith(("obj", "obl")) and c.lemma_ in occur
                                                    for c in verb.children)


def _first_conjunct(node: Token) -> Token:
    """Coordinated infinitives, and coordinated nouns, share their governor: in "cherche à assurer … et à
    *ramener*", chercher governs ramener through assurer, whose own words say nothing of ramener; in "requiert seize
    ans de réclusion et vingt ans de *prison*", requérir governs both terms."""
    while node.dep_ == "conj" and (
        (node.head.pos_ == "VERB" and _is_infinitive(node) and _is_infinitive(node.head))
        or (node.pos_ == "NOUN" and node.head.pos_ == "NOUN")
    ):
        node = node.head
        if node.pos_ == "NOUN":
            node = _phrase_head(node)
    return node


def _phrase_head(noun: Token) -> Token:
    """A noun inside a larger noun phrase shares that phrase's fate: "ramener X à la table des *négociations*",
    "l'authenticité des images de l'*attaque* n'a pas été vérifiée" (not a day's: "a requis vendredi vingt ans
    de *réclusion*", the term hung on the day, is the verb's object; a sentence's length is no day: "a requis six
    mois de *prison*")."""
    durations = lang.words_of(noun).sentence_durations
    while noun.pos_ == "NOUN" and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and not (
            is_bare_time_noun(noun.head) and noun.head.lemma_ not in durations):
        noun = noun.head
    return noun


def _verb_above(node: Token, lexicon: EventLexicon) -> Token:
    """The word ``node`` depends on: its head, or the verb a day it was hung on depends on when ``node`` has no
    preposition (the verb's object: not "à l'issue d'une réunion"), or the verb whose object the parser hung a "de"
    infinitive on."""
    head = node.head
    hung = node.pos_ == "NOUN" and preposition(node) is None and is_bare_time_noun(head) and head.head != head
    return head.head if hung else (infinitive_hung_on_object(node, lexicon.cues["control"]) or head)


def _is_infinitive(verb: Token) -> bool:
    return "Inf" in verb.morph.get("VerbForm")


def _is_complement(node: Token, lexicon: EventLexicon, accusing: frozenset[int]) -> bool:
    """Whether ``node`` is governed by a verb whose modality it takes (not a reporting verb's clause): its object or
    subject, a "pour" complement of a light verb or of an accusation, or an infinitive."""
    head = _verb_above(node, lexicon)
    if head == node or head.pos_ not in {"VERB", "AUX"}:
        return False
    if node.pos_ == "NOUN":
        if head.i != node.head.i:
            return True  # hung on a day: the verb's object
        charged = head.lemma_ in lexicon.cues["light"] or head.i in accusing
        return node.dep_ in _NOUN_COMPLEMENTS or (charged and node.dep_.startswith("obl") and preposition(node) == "pour")
    return node.dep_ in _VERB_COMPLEMENTS or (node.dep_ == "obj" and "Inf" in node.morph.get("VerbForm")) or \
        infinitive_hung_on_object(node, lexicon.cues["control"]) is not None


def _clause_cue(token: Token, lexicon: EventLexicon, *, check_negation: bool) -> str | None:
    if check_negation and _negated(token, lexicon):
        return "negated"
    for child in token.children:
        if child.dep_ in {"amod", "advmod", "acl"} and (cue := _modifier_cue(child, lexicon)):
            return cue
        if child.dep_ == "mark" and (cue := lexicon.cue("marker", child.lower_)):
            return cue
        if token.pos_ == "NOUN" and child.dep_ == "acl:relcl" and _tense(child) == "planned":
            return "planned"  # "la peine *que devra purger* X", "la visite qu'il effectuera"
    return _tense(token)


def _modifier_cue(word: Token, lexicon: EventLexicon) -> str | None:
    """The cue of a modifier in any gender and number ("potentielle", "prévue", "présumées" → the masculine
    singular the lexicon lists), read on its lemma or its form (the tagger lemmatises some as nouns or verbs)."""
    morphology = lang.load(word.lang_).morphology
    for form in (word.lemma_, word.lower_):
        for candidate in (form, *morphology.masculine_singular(form)):
            if cue := lexicon.cue("modifier", candidate):
                return cue
    return None


def _future_form(word: Token) -> bool:
    """A verb in the regular future ("signera"), which the tagger sometimes misses."""
    return word.pos_ == "VERB" and lang.load(word.lang_).morphology.is_regular_future(word.lemma_, word.lower_)


def _negated(token: Token, lexicon: EventLexicon) -> bool:
    return any(child.lower_ in lexicon.cues["negation"] for child in token.children if child.dep_ in {"advmod", "det", "case", "mark", "cc"})


def _tense(token: Token) -> str | None:
    """Future → planned, conditional → possible, read on the verb or on its auxiliary or copula (or on a regular
    verb's ending, which the tagger sometimes misses: "signera"); the past conditional of a fact the text does not
    vouch for ("l'armée aurait bombardé un hôpital", "aurait été tué") → alleged, as the guidelines read the
    journalist's conditional, unless a condition makes it a hypothesis ("si …, il aurait signé")."""
    for word in (token, *(c for c in token.children if c.dep_ in {"aux", "aux:tense", "aux:pass", "cop"})):
        if "Fut" in word.morph.get("Tense") or _future_form(word):
            return "planned"
        if "Cnd" in word.morph.get("Mood"):
            return "alleged" if _hearsay_past(token, word) else "possible"
    return None


def _hearsay_past(verb: Token, auxiliary: Token) -> bool:
    """"aurait bombardé", "serait mort": a past participle under a conditional auxiliary, with no "si" in the
    sentence."""
    if auxiliary.i == verb.i or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
        return False
    words = lang.words_of(verb)
    return not any(t.lower_ in words.condition_markers and t.dep_ == "mark" for t in verb.sent)
