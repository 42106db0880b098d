"""An event noun that takes up an event told before is that event again, and takes its actor and target.

News tells an event once with its parties ("les rebelles ont attaqué la base"), then names it again by a definite
or demonstrative noun alone: "cette attaque", "les combats", "l'appel a été suivi". Read by itself, such a mention
has no argument in its sentence, and the event would lose who did it. The determiner is the cue that the noun
continues a referent the reader knows (as "l'homme" continues "un homme"); the text must make the link sure:

a definite or demonstrative noun ("l'attaque", "cette attaque", "les combats") takes up the nearest event before it
of the same PLOVER type named by the same noun or by the verb of its family: "la rencontre" after "une rencontre" or
"a rencontré", "ces pourparlers" after "les négociations" (families of synonyms: ``words.yaml`` event_families).
The type alone is not enough: "cette attaque" may take up "un tir de roquette" told before the strikes that
answered it, and the nearest ASSAULT would then be the wrong one.

Only an event with neither actor nor target of its own takes anything up, only from that nearest event (never a
farther one when the nearest has no actor: the chain is broken), and only within a few sentences.

A protest is told the other way too: once with its protesters ("les agriculteurs ont bloqué l'autoroute"), then by
nouns of any family and determiner ("des rassemblements sont en cours", "un cortège s'est formé"), all of them the
same movement's. A protest noun with no actor of its own takes the protesters of the protests told before it when
they are one group: with two groups in the streets, which one marched is the text's to say.

A mutual event is told the same way: once with its parties ("l'armée et les rebelles se sont affrontés", "les
deux pays ont signé"), then by nouns alone ("les combats", "des pourparlers"): a mutual event with no parties of its
own takes the group that did the earlier mutual events, or the earlier events with no target, when it is always
the same group (a war has the same two sides throughout; with two pairs, which one fought is the text's to say).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lang

_REACH = 4  # sentences back: farther, another event of the same kind is as likely as the same one
_ONE_SIDE_TYPES = frozenset({"PROTEST"})  # kinds of act a story's one protagonist does throughout (not an attack:
# in a war, both sides strike)


def resume_arguments(doc: Doc, events: list[tuple[Token, dict]], mutual: frozenset[int] = frozenset()) -> None:
    """Fill, in place, the actor and target of each event (with its trigger token) that takes up an earlier one.

    mutual (frozenset[int]): the trigger tokens of mutual events ("les combats", "la rencontre"), whose parties
    act together.
    """
    continuing = lang.continuing_determiners(lang.words_of(doc))
    sentence_of = {sent.start: number for number, sent in enumerate(doc.sents)}
    for index, (token, event) in enumerate(events):
        if token.pos_ != "NOUN" or event["actor"] is not None or event["target"] is not None:
            continue
        determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
        if determiner in continuing:  # "les combats", not "des combats"
            antecedent = _antecedent(events[:index], token, event, sentence_of)
            if antecedent is not None and antecedent["actor"] is not None:
                event["actor"], event["target"] = antecedent["actor"], antecedent["target"]
        if event["actor"] is None and event["type"] in _ONE_SIDE_TYPES:
            event["actor"] = _sole_actor(events[:index], event["type"])
        if event["actor"] is None and token.i in mutual:
            event["actor"] = _sole_sides(events[:index], mutual)


def _antecedent(before: list[tuple[Token, dict]], token: Token, event: dict, sentence_of: dict[int, int]) -> dict | None:
    """The nearest earlier event of the same type and word family within reach."""
    here = sentence_of[token.sent.start]
    for other, earlier in reversed(before):
        if here - sentence_of[other.sent.start] > _REACH:
            return None
        if earlier["type"] == event["type"] and _same_word(other, token):
            return earlier
    return None


def _sole_actor(before: list[tuple[Token, dict]], event_type: str) -> dict | None:
    """The actor of the earlier events of this type, when they all have the same one (None when none has any)."""
    return _only_one([earlier["actor"] for _, earlier in before
                      if earlier["type"] == event_type and earlier["actor"] is not None])


def _sole_sides(before: list[tuple[Token, dict]], mutual: frozenset[int]) -> dict | None:
    """The parties of the earlier mutual events that name them, or of the earlier events that a group did with no
    target ("X et Y se sont mutuellement accusés", "ont signé"), when they are always the same group (None when
    none names any)."""
    return _only_one([earlier["actor"] for other, earlier in before
                      if (other.i in mutual or earlier["target"] is None) and earlier["actor"] is not None
                      and len(earlier["actor"].get("members") or ()) > 1])


def _only_one(refs: list[dict]) -> dict | None:
    """The ref of the one referent all ``refs`` designate (None for none, or for several)."""
    found = {_referent(ref): ref for ref in refs}
    return next(iter(found.values())) if len(found) == 1 else None


def _referent(ref: dict) -> tuple:
    """Who a ref designates: its entity, else its name; a group by its members."""
    if ref.get("members"):
        return tuple(sorted(_referent(member) for member in ref["members"]))
    return (ref.get("entity") or ref.get("name"),)


def _same_word(earlier: Token, noun: Token) -> bool:
    """The same noun, or the verb it names ("ont attaqué" … "l'attaque", "a rencontré" … "la rencontre"): one word
    family, told by the first letters both share (five at least, or the whole of a shorter noun), or by the
    families the lexicon lists ("les négociations" … "ces pourparlers", ``event_families``)."""
    families = lang.words_of(noun).event_families
    if (family := families.get(noun.lemma_)) is not None and family == families.get(earlier.lemma_):
        return True
    if earlier.pos_ == "NOUN":
        return earlier.lemma_ == noun.lemma_
    return earlier.pos_ == "VERB" and earlier.lemma_.startswith(noun.lemma_[:5])
