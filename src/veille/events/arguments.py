"""Who does the event to whom: the actor and target tokens of a trigger, read from the parse.

A verb's actor is its subject (for a relative "qui", the noun the clause hangs on; for an active participle clause,
"les soldats ayant combattu", the noun itself), the agent of a passive or of a bare past participle ("par X"), else
whoever holds its subject ("libérés … entre les mains d'une tribu"), a proper name the parser left as a bare oblique
before the verb ("Moscou les a appuyés"), the subject of the verb it is coordinated with, or, for an infinitive
without a subject, the object of a control verb ("ont accusé les Nord-Coréens de livrer"), the subject of a light
verb whose object it completes ("faire le choix de rejoindre") or else the governor's subject, which an adverbial
infinitive, a gerund or a present participle on a main clause shares too ("pour aider", "en s'engageant", "…,
dénonçant une mascarade"). A noun's actor is its subject under a copula ("le
président sera en déplacement"), "par X", a "de X" that can act ("la visite du président", "le retrait de l'armée"),
a nationality adjective on it or on the noun whose kind it names ("l'offensive russe", "les activités ukrainiennes de
sabotage": returned as the adjective), the one a charge names ("mis en examen pour viol"), the subject (or, when the
noun is its passive subject, the agent) of a light verb ("Poutine est attendu pour une visite", "une enquête a été
ouverte par le commissariat"), the subject of a verb that plans or cancels it ("a annulé une rencontre"), or else
its possessive determiner, which the resolver links to its antecedent ("sa visite"). The target comes from the
trigger's frame, slot by slot: the object (the subject of a passive), a prepositional complement of the trigger,
of its object, of its light verb or, for "contre", of a participle on it ("livrer des munitions à la Russie", "de
Vladimir Poutine à Pyongyang", "les accusations portées contre lui"); the noun a bare past participle qualifies is
its object ("les otages libérés"); a day or an adverbial phrase the parser hung the object under hides it not ("a
interpellé lundi soir deux suspects"). Whoever suffers an act a noun names is its target, never its actor ("Kiev a
subi une attaque", "fait l'objet d'une enquête": ``undergo`` and ``aimed`` cues). A mutual event (lexicon flag) with no actor named otherwise ("les combats entre X
et Y", "la rencontre entre les deux présidents", "les affrontements opposant X à Y") has all its parties as actor and
no target (guidelines §5, PLOVER §2.4.2); any other "entre X et Y" ("un accord signé entre X et Y") has X act with Y
as target; with an actor ("la médiation de la Norvège entre X et Y"), the parties are its target.
A place, holding or coming of someone stands for that someone ("les positions du Hamas", "la venue de Le Pen":
``event_owner_heads.tsv``). Whether the token found can take part at all (a person, a group, a place attacked) the
caller decides (``DocumentReferents.takes_part``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Token

from .. import lang
from ..doc.misreadings import (infinitive_hung_on_object, is_name_read_as_verb, is_past_participle,
                              is_present_participle, participle_before_agent, participle_before_infinitive,
                              subject_of_verb_read_as_noun, verb_lemma)
from .lexicon import EventLexicon, Trigger
from ..doc.syntax import (coordinated_subject, is_aside_phrase, is_bare_time_noun, is_infinitive,
                          latter_before_clitic, name_left_as_subject, name_read_as_predicate, object_past_comparison,
                          pair_read_as_root, preposition, subject_in_fronted_clause, subject_on_auxiliary,
                          subject_past_aside)
from .syntax import child, determined_complement, is_passive, object_past_time

ON_NOUN = frozenset({"amod", "appos"})  # an adjective on a noun ("ce mouvement « irresponsable »", quoted: appos)
_PREPOSITIONAL = ("obl", "obl:arg", "obl:mod", "nmod", "iobj", "obj")
_NOMINALS = {"NOUN", "PROPN", "PRON"}
_OWN_PLANS = {"planned", "possible", "negated"}  # modalities a governor gives its own subject's event
# what an announcer itself does ("annonce l'expulsion de …"), unlike an attack or a death it reports
_ANNOUNCED_MEASURES = {"SANCTION", "COERCE", "RETREAT", "AID", "MOBILIZE", "AGREE", "PROTEST"}


class Referents(Protocol):
    """What the document knows of a word: whether an adjective names a people ("russe"), which then acts for a noun
    trigger, and whether a noun names someone who can act (a name, an entity, a person or group noun)."""

    def is_demonym(self, token: Token) -> bool: ...

    def is_agent(self, token: Token) -> bool: ...


@dataclass
class Arguments:
    actor: Token | None
    target: Token | None
    light: Token | None  # the verb whose subject and complements a noun trigger takes
    # a party with the actor, or the target, that the parser did not make its conjunct: "opposant X *à Y*"
    actor_partner: Token | None = None
    target_partner: Token | None = None
    alone: bool = False  # "signé entre X et Y": X acts without its conjunct Y, the target


def find_arguments(
    token: Token, trigger: Trigger, lexicon: EventLexicon, referents: Referents
) -> Arguments:
    """The actor and target of the event ``token`` reports (see the module docstring)."""
    if trigger.pos == "ADJ":
        return Arguments(_judge(token, lexicon), _owner(_judged(token), lexicon), None)
    if (dead := _the_dead(token, trigger)) is not None:  # "des civils meurent": they are hit, by no one said
        return Arguments(None, _owner(dead, lexicon), None)
    frame = _frame(token, lexicon) if trigger.pos == "NOUN" else None
    carrier = frame or token  # the noun whose verbs and complements say who does the act
    sufferer = _sufferer(carrier, lexicon) if trigger.pos == "NOUN" else None
    if sufferer is not None:  # "Kiev a subi une attaque russe": the act's own words name its actor
        actor = _noun_actor(token, trigger, referents) or _possessor(carrier)
        target = sufferer if referents.is_agent(sufferer) else None  # not "au contraire", a misparse
        return Arguments(_owner(actor, lexicon), _owner(target, lexicon), None)
    light = _light_verb(carrier, lexicon) if trigger.pos == "NOUN" else None
    if trigger.pos == "VERB":
        actor = verb_actor(token, lexicon)
    else:
        actor = (_noun_actor(token, trigger, referents) or (_noun_actor(frame, trigger, referents) if frame else None)
                 or _detached_state(token) or _carrier(carrier, lexicon) or _charged(carrier, lexicon)
                 or (_light_actor(light, carrier, lexicon) if light is not None else None)
                 or (_own_plan_actor(carrier, lexicon) if trigger.type not in {"REQUEST", "ACCUSE"} else None)
                 # a mutual event's announcer is one of its parties, unless it names them (_party, below)
                 or (_announcer(carrier, lexicon) if _announced_measure(trigger) else None)
                 or _possessor(carrier) or _caller(carrier))  # "a rejeté un appel": someone else's
    if actor is not None and actor.lemma_ in lexicon.cues["instrument"]:
        actor = _wielder(actor, referents)
    target, between = _target(token, trigger, light, actor, frame)
    if actor is None and "mutual" in trigger.flags and not between:  # "les rebelles ont accepté un cessez-le-feu"
        actor = _party(carrier, lexicon)
    target = _body_part_owner(token, target) or target
    partner = _second_party(target, token) if between else None
    if between and actor is None and "mutual" not in trigger.flags:  # "un accord signé entre X et Y": X with Y
        second = partner or next(iter(target.conjuncts), None)
        if second is not None:
            return Arguments(_owner(target, lexicon), _owner(second, lexicon), light, alone=True)
    if between and actor is None:  # "les combats entre X et Y": all its parties act
        several = target.conjuncts or partner is not None or "Plur" in target.morph.get("Number")
        parties = target if several else None
        return Arguments(_owner(parties, lexicon), None, light, actor_partner=partner)
    if actor is None and trigger.pos == "NOUN" and (opposed := _opposed(token)) is not None:
        return Arguments(_owner(opposed[0], lexicon), None, light, actor_partner=opposed[1])
    if target is None and light is not None and _in_state(token):  # "placer le suspect en détention"
        target = child(light, "nsubj:pass") if is_passive(light) else _direct_object(light)
    if target is None:
        target = _anti(token) or _casualties(token, lexicon) or _aimed_at(token)
    actor_partner = coordinated_subject(actor) if actor is not None else None  # "La FGTB et la CSC ont …"
    actor, target = _owner(actor, lexicon), _owner(target, lexicon)
    if "swap" in trigger.flags:
        actor, target = target, actor
        actor_partner, partner = partner, actor_partner
    return Arguments(actor, target, light, target_partner=partner, actor_partner=actor_partner)


def _judge(adjective: Token, lexicon: EventLexicon) -> Token | None:
    """Who judges: the subject of the verb of judgment whose attribute the adjective is ("Paris juge ces propos
    *inacceptables*", which the parser may read as an adjective of the object); in a quote, the quote's speaker,
    whom the caller knows."""
    verb = adjective.head if adjective.dep_ == "xcomp" else adjective.head.head if adjective.dep_ in ON_NOUN else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in lang.words_of(adjective).judging_verbs:
        return None
    return verb_actor(verb, lexicon)


def _judged(adjective: Token) -> Token | None:
    """What or whom the adjective is said of: its subject ("ces frappes sont *inacceptables*"), the object it is the
    attribute of ("juge *ces propos* inacceptables"), the noun it qualifies ("une *décision* irresponsable")."""
    if adjective.dep_ == "xcomp" and adjective.head.pos_ == "VERB":
        return _direct_object(adjective.head)
    if adjective.dep_ in ON_NOUN:
        return adjective.head
    return child(adjective, "nsubj")


def _wielder(instrument: Token, referents: Referents) -> Token | None:
    """A weapon is never the actor: whoever it belongs to is ("les jets de combat *de l'armée* ont frappé", "des
    drones *ukrainiens*": the people's adjective), else no one ("des drones ont frappé": whoever sent them is not
    said)."""
    for c in instrument.children:
        if c.dep_ == "nmod" and preposition(c) == "de":
            return c if referents.is_agent(c) else _wielder(c, referents)
    return _demonym(instrument, referents)


def _anti(token: Token) -> Token | None:
    """"une manifestation *anti-Le Pen*": the name after an "anti-" prefix the tokenizer split off with the name's
    first word is what the event is aimed at."""
    for c in token.children:
        if c.lower_.startswith("anti-") and c.i + 1 < len(c.doc):
            following = c.doc[c.i + 1]
            if following.pos_ == "PROPN" and following.head in (token, c):
                return following
    return None


def _owner(argument: Token | None, lexicon: EventLexicon) -> Token | None:
    """A place, holding or coming of someone, or a whole or part of a group, stands for that someone: "cibler les
    positions *du Hamas*", "manifester contre la venue *de Le Pen*", "requis *à son encontre*", "l'ensemble *du
    système des Nations unies*" (``event_owner_heads.tsv``): its "de" complement, else its possessive determiner
    (which the resolver links, or not, to its possessor); members of a named group stand for it ("les représentants
    *de la FNSEA*")."""
    if argument is None:
        return None
    words = lang.words_of(argument)
    if argument.lemma_ in words.quantity_nouns:  # "des milliers *de personnes* ont manifesté"
        counted = next((c for c in argument.children if c.dep_ == "nmod" and preposition(c) == "de"), None)
        return counted or argument
    if argument.lemma_ in words.member_nouns and "Plur" in argument.morph.get("Number"):
        group = next((c for c in argument.children if c.dep_ == "nmod" and preposition(c) == "de"
                      and (c.pos_ == "PROPN" or c.ent_type_ in {"ORG", "MISC"})), None)
        return group or argument  # "des responsables *du Hamas*", not "les responsables de la sécurité"
    if argument.lemma_ not in lexicon.owned:
        return argument
    owner = next((c for c in argument.children if c.dep_.startswith("nmod") and c.pos_ in _NOMINALS
                  and preposition(c) == "de"), None)
    return owner or _possessor(argument) or argument


def verb_actor(verb: Token, lexicon: EventLexicon) -> Token | None:
    """Who does what ``verb`` says."""
    if is_passive(verb) or _passive_participle(verb) or _shared_passive(verb) or _fronted_subject(verb) is not None:
        return _agent(verb) or _holder(verb, lexicon)
    if (pair := pair_read_as_root(verb)) is not None:  # "Kiev et Moscou ont signé", misparsed
        return pair[0]
    if (name := name_read_as_predicate(verb)) is not None:  # "La France insoumise dénonce", misparsed
        return name
    subject = _subject(verb)
    if subject is None:  # "la Bolivie s'est retirée", "Alger a accusé", parsed as passives
        subject = child(verb, "nsubj:pass")
    if subject is not None:
        relative = "Rel" in subject.morph.get("PronType") or subject.lower_ in lang.words_of(verb).subject_relatives
        return _antecedent(verb) if relative else subject
    if infinitive_hung_on_object(verb, lexicon.cues["control"]) is not None:  # "accuse l'armée d'avoir bombardé …"
        return verb.head
    if _active_participle(verb) and not _gerund(verb):  # "les soldats ayant combattu", "une milice attaquant …"
        if _subject_s_further_act(verb):  # "a démenti toute implication, rejetant …": the subject rejects
            return verb_actor(verb.head.head, lexicon)
        return verb.head
    if (bare := name_left_as_subject(verb) or subject_on_auxiliary(verb)) is not None:
        return bare
    if (subject := subject_past_aside(verb)) is not None:  # "a affirmé de son côté avoir abattu …", hung on "côté"
        return subject
    if (described := participle_before_infinitive(verb, lexicon.cues["control"])) is not None:
        return described.head  # "des entreprises soupçonnées d'aider", the infinitive hung elsewhere: they aid
    governor = verb.head
    if governor == verb:
        return _stranded_subject(verb) or subject_in_fronted_clause(verb)
    if verb.dep_ == "conj":  # "est inquiet … et a appelé": the first predicate's subject
        if governor.pos_ == "NOUN":  # "a mené des frappes dans la bande de Gaza et ciblé": misattached to a complement
            governor = next((a for a in governor.ancestors if a.pos_ == "VERB"), governor)
        return child(governor, "nsubj", "nsubj:pass") or verb_actor(governor, lexicon)
    if is_infinitive(verb) and _light_noun(governor, lexicon):  # "Pyongyang doit faire le choix *de rejoindre*"
        return verb_actor(governor.head, lexicon)
    if _gerund(verb) and governor.pos_ not in {"VERB", "AUX"}:  # "suivre la situation, tout *en condamnant*"
        governor = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), governor)
    if is_infinitive(verb) and governor.lemma_ in lang.words_of(verb).intent_nouns and governor.pos_ == "NOUN":
        return _possessor(governor)  # "leur intention *de faire appel*", "sa volonté de négocier": theirs
    if _readiness(governor, verb):  # "s'est dit prêt *à accepter*", "est déterminé *à poursuivre*"
        subject = child(governor, "nsubj", "nsubj:pass")
        return subject or (verb_actor(governor.head, lexicon) if governor.dep_ == "xcomp" else None)
    if governor.pos_ not in {"VERB", "AUX"}:  # "X sera à Marseille *pour manifester*": a copula clause's subject
        return child(governor, "nsubj") if verb.dep_ == "advcl" and is_infinitive(verb) else None
    if verb.dep_ in {"xcomp", "obj", "ccomp"} and is_infinitive(verb):
        if governor.lemma_ in lexicon.cues["control"]:
            return _addressee(governor, verb, lexicon)
        return verb_actor(governor, lexicon)
    if (verb.dep_ == "advcl" and is_infinitive(verb)) or _gerund(verb) or _adverbial_participle(verb):
        if is_passive(governor):  # "l'ONU était mobilisée pour aider": the one mobilised aids
            return child(governor, "nsubj:pass") or verb_actor(governor, lexicon)
        return verb_actor(governor, lexicon)
    return None


def _readiness(adjective: Token, verb: Token) -> bool:
    """An infinitive with "à" on an adjective of readiness (``readiness_adjectives``), or a participle used as one
    ("est déterminé à", not "a obligé X à"): its subject's act."""
    if adjective.pos_ == "VERB":
        used_as_adjective = "Part" in adjective.morph.get("VerbForm") and not any(
            c.dep_ in {"nsubj", "aux:tense"} for c in adjective.children)
    else:
        used_as_adjective = adjective.pos_ == "ADJ"
    return (used_as_adjective and verb.dep_ == "xcomp" and is_infinitive(verb)
            and adjective.lemma_ in lang.words_of(verb).readiness_adjectives
            and any(c.dep_ == "mark" and c.lower_ == "à" for c in verb.children))


def _subject(verb: Token) -> Token | None:
    """The verb's subject; not an object relative the parser called one ("Washington, *qu'*elle accuse de
    violations": "elle" accuses, :func:`_relative_object` says whom). Of two subjects, which a sentence the parser
    failed to end gives ("Les représailles de Pékin tarderont. « Le Japon a décidé …"), the nearer one before the
    verb."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "expl:subj"} and not _object_relative(c)
                and not any(d.dep_ == "case" and d.i < c.i for d in c.children)]  # not "selon un proche, …, Alger …"
    subjects = [latter_before_clitic(c) for c in subjects]  # "Cette dernière lui a …", misparsed
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1 and coordinated_subject(before[-2]) == before[-1]:
        return before[-2]  # "La FGTB et la CSC ont annoncé": the first of two joined by "et"
    if len(before) > 1 and any(c.dep_ == "conj" and c.i + 1 == before[-1].i for c in before[-2].children):
        return before[-2]  # "Kim Jong Un et Vladimir Poutine ont signé" with "Poutine" split from its conjunct
    return before[-1] if before else next(iter(subjects), None)


def _object_relative(token: Token) -> bool:
    return "Rel" in token.morph.get("PronType") and token.lower_ in lang.words_of(token).que


def _relative_object(verb: Token) -> Token | None:
    """Whom an object relative stands for ("le diplomate *qu'*Ottawa expulse", "Washington, *qu'*elle accuse de
    violations"): the noun the relative clause hangs on; else, the parser having hung the clause elsewhere, the noun
    right before the relative's comma. A "que" after no comma may be a conjunction ("a dit au juge qu'il …")."""
    relative = next((c for c in verb.children if c.dep_ in {"obj", "nsubj"} and _object_relative(c)), None)
    if relative is None:
        relative = _relative_read_as_conjunction(verb)
    if relative is None:
        return None
    if verb.dep_ == "acl:relcl" and verb.head.pos_ in _NOMINALS:
        return verb.head
    doc = verb.doc
    if relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    noun = doc[relative.i - 2]
    while noun.pos_ not in _NOMINALS and noun.head.i < noun.i:  # "le pays voisin, qu'…": up to "pays"
        noun = noun.head
    return noun if noun.pos_ in _NOMINALS else None


def _relative_read_as_conjunction(verb: Token) -> Token | None:
    """"la France, *qu'*il accuse d'ingérence" with "qu'" read as a conjunction: a "que" right after a comma and a
    noun, on a verb with no bare object of its own, is the relative standing for that noun."""
    que = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in lang.words_of(verb).que), None)
    if que is None or que.i < 2 or verb.doc[que.i - 1].text != "," or verb.doc[que.i - 2].pos_ not in _NOMINALS:
        return None
    return que if not any(c.dep_ == "obj" and preposition(c) is None for c in verb.children) else None


def _stranded_subject(verb: Token) -> Token | None:
    """"Marine Dupont, présidente du parti, | a exigé …": a subject made long by its apposition, which the parser cut
    off as a sentence of its own; the verb's sentence opens on the comma, with only auxiliaries and adverbs before
    the verb. The cut-off sentence's root, a name, is the subject."""
    sentence = verb.sent
    if sentence.start == 0 or sentence[0].text != ",":
        return None
    if any(t.dep_ not in {"punct", "advmod"} and not t.dep_.startswith("aux") for t in verb.doc[sentence.start : verb.i]):
        return None
    root = verb.doc[sentence.start - 1].sent.root
    return root if root.pos_ == "PROPN" else None


def _light_noun(noun: Token, lexicon: EventLexicon) -> bool:
    """The object of a light verb, whose infinitive is the light verb's subject's act: "faire le choix de
    rejoindre"."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.lemma_ in lexicon.cues["light"]


def _adverbial_participle(verb: Token) -> bool:
    """"X a quitté la salle, *dénonçant* une mascarade": a present participle on a main clause shares its subject.
    On a reported clause ("a annoncé que son pays rompait, *accusant* …") it may be the reporter's act or the
    clause's, so neither."""
    return (verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
            and verb.head.dep_ not in {"ccomp", "xcomp"})


def _gerund(verb: Token) -> bool:
    """"*en* s'engageant": a present participle after "en" (which the parser may call a pronoun: "tout *en*
    condamnant"), whose subject is its clause's, wherever the parser hangs it."""
    markers = lang.words_of(verb).gerund_markers
    if "Part" not in verb.morph.get("VerbForm"):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (any(c.dep_ == "mark" and c.lower_ in markers for c in verb.children)
            or (before is not None and before.lower_ in markers and "Pres" in verb.morph.get("Tense")))


def _agent(verb: Token) -> Token | None:
    """A passive's agent, also one the parser hung on a day or time after the verb ("reçus *lundi* par la
    ministre"); not a participle's the parser hung on the verb ("menées dans le cadre d'enquêtes *ouvertes* par X")."""
    agent = child(verb, "obl:agent") or next((a for c in verb.children if is_bare_time_noun(c) for a in c.children
                                              if a.dep_ == "obl:agent"), None)
    return None if agent is not None and participle_before_agent(agent) is not None else agent  # (a participle's)


def _holder(verb: Token, lexicon: EventLexicon) -> Token | None:
    """"libérés … *entre les mains d'une tribu*", "retenus *aux mains des rebelles*": whoever holds the passive's
    subject is who does it (releases, detains)."""
    obliques = [c for c in verb.children if c.dep_.startswith("obl")]
    nested = [n for o in obliques for n in o.children if n.dep_.startswith("nmod")]  # "après un mois entre les mains"
    for c in obliques + nested:
        if c.lemma_ in lexicon.cues["holder"] and preposition(c) in lang.words_of(verb).holder_prepositions:
            return next((o for o in c.children if o.dep_.startswith("nmod") and o.pos_ in _NOMINALS), None)
    return None


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs on: "les hommes *qui* ont affronté …" are the hommes, a referent the
    resolver may leave unnamed, which "qui" alone could not carry; a name in apposition right before the relative
    ("après les propos du ministre, *Karl Weiss*, qui avait menacé …", however the parser hangs the name) is whom
    it speaks of."""
    if verb.dep_ != "acl:relcl" or verb.head.pos_ not in _NOMINALS:
        return child(verb, "nsubj")
    relative = verb.left_edge
    apposed = next((c for c in verb.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                    and c.right_edge.i < relative.i
                    and all(t.is_punct for t in verb.doc[c.right_edge.i + 1 : relative.i])), None)
    return apposed or verb.head


def _active_participle(verb: Token) -> bool:
    """A participle clause on a noun whose subject it is: present ("attaquant") or compound ("ayant combattu"); a
    bare past participle ("les otages libérés") is passive and its noun is the target."""
    if verb.dep_ != "acl" or verb.head.pos_ not in _NOMINALS:
        return False
    if is_present_participle(verb):  # (also one tagged the adjective: "…, *menaçant* de suspendre …")
        return True
    return "Part" in verb.morph.get("VerbForm") and any(c.dep_ == "aux:tense" and "Inf" not in c.morph.get("VerbForm")
                                                        for c in verb.children)  # not "avoir subi", an infinitive


def _passive_participle(verb: Token) -> bool:
    """A bare past participle on a noun ("les positions ciblées"), or after its verb's object, which the parser may
    make the verb's complement ("a critiqué un accord *négocié* en secret"): the noun undergoes the action."""
    if not is_past_participle(verb) or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return (verb.dep_ == "acl" and verb.head.pos_ in _NOMINALS and not is_aside_phrase(verb.head)) or \
        _object_s_predicate(verb) is not None  # ("a de son côté *accusé* …": the parser hung the verb on the aside)


def _object_s_predicate(participle: Token) -> Token | None:
    """The object a participle the parser made its verb's complement is said of: "a critiqué *un accord* négocié
    …"; None when no object comes before it ("il a été retrouvé blessé")."""
    if participle.dep_ != "xcomp":
        return None
    return next((c for c in participle.head.children if c.dep_ == "obj" and c.i < participle.i), None)


def _subject_s_further_act(participle: Token) -> bool:
    """A present participle after a comma, hung on a thing or a place the main verb acts on ("a démenti toute
    *implication*, rejetant …", "rompait ses relations avec *l'Algérie*, accusant …"): the main subject's next act,
    not the thing's (nor the state's)."""
    noun, doc = participle.head, participle.doc
    agents = lang.load(participle.lang_).agent_nouns
    return participle.i > 0 and doc[participle.i - 1].text == "," and noun.dep_ in {"obj", "obl:arg", "obl:mod"} \
        and noun.head.pos_ in {"VERB", "AUX"} and noun.ent_type_ not in {"PER", "ORG"} and noun.lemma_ not in agents


def _fronted_subject(verb: Token) -> Token | None:
    """"*Accusé* de corruption, le maire a démissionné", "*Interpellé* mardi, le suspect a été placé …": a bare past
    participle fronted before its clause (which the parser may cut off as a sentence of its own) is said of the
    clause's subject, who undergoes it."""
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
        return None
    if any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        clause = verb.head
    elif verb.dep_ == "ROOT" and verb.sent.end < len(verb.doc) and verb.doc[verb.sent.end].text == ",":
        clause = verb.doc[verb.sent.end].sent.root
    else:
        return None
    subject = child(clause, "nsubj", "nsubj:pass")
    return subject if subject is not None and subject.i > verb.i else None


def _shared_passive(verb: Token) -> bool:
    """A bare past participle coordinated with a passive verb shares its auxiliary and subject: "il a été mis en
    examen et *placé* en garde à vue"."""
    return (verb.dep_ == "conj" and verb.head.pos_ == "VERB" and is_passive(verb.head)
            and "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)
            and child(verb, "nsubj", "nsubj:pass") is None)


def _noun_actor(noun: Token, trigger: Trigger, referents: Referents) -> Token | None:
    subject = child(noun, "nsubj") or subject_of_verb_read_as_noun(noun)  # "Un homme *écope* de …", misparsed
    if subject is not None:
        return subject
    # "son retrait de la Cédéao": with a possessive, the possessor acts and "de" says from what
    agentive_de = "de" not in trigger.slots and _possessor(noun) is None
    for c in _with_complements(noun):
        if not c.dep_.startswith(("nmod", "obl")) or _needed_word(c, trigger):
            continue  # (not the word the trigger needs: "la prise *du pouvoir*", "le coup *d'Etat*")
        via = preposition(c)
        if (via == "par" or (via == "de" and agentive_de and _of_the_noun(c, noun))) and referents.is_agent(c):
            return c  # (not a means: "la prise du pouvoir *par la force*")
    return _attributed_to(noun) or _demonym(noun, referents) or \
        (_demonym(noun.head, referents) if _kind_of_act(noun) else None)


def _attributed_to(noun: Token) -> Token | None:
    """"une attaque *attribuée aux jihadistes*", "l'attentat, imputé au Hamas, …", "a attribué ces tueries à des
    groupes jihadistes": the author an attribution verb names through "à", as a participle on the noun (also when
    the parser hung the participle set off by commas on the verb) or with the noun as its object."""
    verbs = lang.words_of(noun).attribution_verbs
    participles = [c for c in noun.children if c.dep_ in {"acl", "amod"}]
    participles += [c for c in noun.head.children if c.i == noun.i + 2 and noun.doc[noun.i + 1].text == ","]
    participles += [noun.head] if noun.dep_ == "obj" else []
    participle = next((p for p in participles if p.lemma_ in verbs), None)
    if participle is None:
        return None
    return next((c for c in participle.children if c.pos_ in _NOMINALS and preposition(c) == "à"), None)


def _needed_word(token: Token, trigger: Trigger) -> bool:
    return trigger.needs is not None and trigger.needs in {token.lemma_, token.lower_}


def _of_the_noun(complement: Token, noun: Token) -> bool:
    """A "de" complement of the noun itself or of one of its own "de" complements ("la visite d'Etat *d'Emmanuel
    Macron*"), not the owner of its partner ("une rencontre avec le président *du gouvernement espagnol*") nor of a
    place ("des manifestations dans des dizaines de villes *de France*", "une visite au siège *du ministère*")."""
    head = complement.head
    return head == noun or (preposition(head) == "de" and head.head == noun)


def _demonym(noun: Token, referents: Referents) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "amod" and referents.is_demonym(c)), None)


def _kind_of_act(noun: Token) -> bool:
    """"les activités ukrainiennes *de sabotage*": the trigger names the kind of a noun that carries the people's
    adjective, whose act it is."""
    return noun.dep_.startswith("nmod") and noun.head.pos_ == "NOUN" and preposition(noun) == "de"


def _detached_state(noun: Token) -> Token | None:
    """"Wendy Dupré, *en visite* à Oslo, a …", "les cheminots, *en grève* depuis lundi": a bare "en" phrase set off
    by a comma after a noun says what that noun is doing (the parser hangs it on the noun, even as its conjunct).
    After a verb's object ("a reçu la ministre, en visite …") it could be the subject's or the object's: no one."""
    head = noun.head
    if noun.dep_ not in {"nmod", "appos", "conj"} or head.pos_ not in _NOMINALS or head.i > noun.i:
        return None
    case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
    if (case is None or preposition(noun) not in lang.words_of(noun).state_prepositions or child(noun, "det")
            or case.i == 0 or noun.doc[case.i - 1].text != ","):
        return None
    return head


def _own_plan_actor(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"Eltsine a *annulé* une rencontre avec Aznar", "a *prévu* une visite": a verb that plans, cancels or
    envisages an event its object names is said by the event's own actor. A request or a charge ("exiger le
    retrait", "accuser d'une attaque") is another party's, so only these modalities; a control verb's "à" or "de"
    complement is its addressee's act ("accuse Kiev *d'une attaque*", "appelle les syndicats *à la grève*")."""
    verb = noun.head
    if noun.dep_ == "obl:arg" and verb.lemma_ in lexicon.cues["control"]:
        return _addressee(verb, noun, lexicon)
    if noun.dep_ != "obj" or lexicon.cues["governor"].get(verb.lemma_) not in _OWN_PLANS:
        return None
    return verb_actor(verb, lexicon)


def _announced_measure(trigger: Trigger) -> bool:
    return trigger.type in _ANNOUNCED_MEASURES and "mutual" not in trigger.flags


def _announcer(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"Moscou a annoncé *l'expulsion* de cinq diplomates", "la junte a décrété *la suspension* de RFI": who announces
    a measure, as its verb's object, takes it (only measures: an attack or a death announced is someone else's)."""
    verb = noun.head
    return verb_actor(verb, lexicon) if noun.dep_ == "obj" and verb.lemma_ in lexicon.cues["announce"] else None


def _party(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"Les rebelles ont accepté *un cessez-le-feu*": who accepts, signs, breaks or announces a mutual event (its
    verb's object) is one of its parties; with its partner ("Kiev et Moscou ont annoncé *une trêve*"), all of them.
    Not when the noun names its parties itself ("un cessez-le-feu entre X et Y"): the caller asks only then."""
    verb = noun.head
    return verb_actor(verb, lexicon) if noun.dep_ == "obj" and verb.lemma_ in lexicon.cues["party"] else None


def _addressee(control: Token, act: Token, lexicon: EventLexicon) -> Token | None:
    """Who does what a control verb governs: its object ("ont accusé *les Nord-Coréens* de livrer", "appelle *Moscou*
    à revenir"), or of a passive, its subject or the noun its participle is on ("l'Iran, accusé de fournir …"); with
    none, a call to protest is the caller's own side's ("*l'intersyndicale* appelle à une journée de grèves",
    "appellent à manifester"), any other act no one said."""
    addressee = _direct_object(control) or child(control, "iobj")
    if addressee is None and (is_passive(control) or _passive_participle(control)):
        # "X a été accusé de fournir …", "l'Iran, accusé de fournir …": the one accused
        addressee = child(control, "nsubj:pass") or (control.head if control.dep_ == "acl" else None)
    if addressee is not None:
        return addressee
    calls = lexicon.cues["governor"].get(control.lemma_) == "requested"
    protest = any(t.type == "PROTEST" for t in lexicon.triggers.get(act.lemma_, ()))
    return verb_actor(control, lexicon) if calls and protest else None


def _sufferer(noun: Token, lexicon: EventLexicon) -> Token | None:
    """Who suffers the act the noun names (``undergo`` cues): the subject of a verb whose object it is ("Kiev a
    *subi* une attaque", "le convoi a *essuyé* des tirs"), the subject of a verb or copula whose undergo noun it
    completes with "de" ("le maire fait l'*objet* d'une enquête", "il a été *victime* d'une agression", "est la
    *cible* de critiques"); the passive subject of an ``aimed`` verb whose agent it is ("le député est *visé* par
    une enquête")."""
    undergo = lexicon.cues["undergo"]
    head = noun.head
    if head == noun:
        return None
    if noun.dep_ == "obj" and head.pos_ == "VERB" and head.lemma_ in undergo:
        return verb_actor(head, lexicon)
    via = preposition(noun)
    if via == "par" and head.lemma_ in lexicon.cues["aimed"] and is_passive(head):
        return child(head, "nsubj:pass")
    if via != "de":
        return None
    if head.lemma_ in undergo and head.pos_ != "VERB":  # "victime d'une agression", hung on the noun or adjective
        return child(head, "nsubj") or (verb_actor(head.head, lexicon) if head.dep_ == "obj" else None)
    if head.pos_ == "VERB" and any(c.dep_ == "obj" and c.lemma_ in undergo for c in head.children):
        return verb_actor(head, lexicon)  # "fait l'objet d'une enquête", the complement hung on the verb
    return None


def occasion_verb(noun: Token) -> Token | None:
    """The verb whose occasion the noun names: "a déclaré *lors d'une visite*", "a annoncé *au cours d'un
    entretien*", "a dit *pendant la réunion*" (the parser hangs "de X" on "lors" or "cours", or "pendant X" on the
    verb)."""
    words = lang.words_of(noun)
    via, head = preposition(noun), noun.head
    if via in words.occasion_prepositions and noun.dep_.startswith("obl") and head.pos_ == "VERB":
        return head
    if via == "de" and head.lemma_ in words.occasion_words and head.head.pos_ == "VERB" and head.i < noun.i:
        return head.head
    return None


def _charged(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"L'agresseur a été mis en examen *pour viol*", "inculpé *de meurtre*": the act a charge names is the charged
    one's (alleged) act, whose object, or passive subject, is then its actor. Coordinated acts share the charge."""
    first = noun.head if noun.dep_ == "conj" else noun
    verb = first.head
    charged = lang.words_of(verb).charge_prepositions
    if not first.dep_.startswith("obl") or preposition(first) not in charged or not _charges(verb, lexicon):
        return None
    return child(verb, "nsubj:pass") if is_passive(verb) else child(verb, "obj")


def _charges(verb: Token, lexicon: EventLexicon) -> bool:
    """A verb of charging, or one whose "en" phrase is ("mettre en examen", "placer en garde à vue")."""
    charge = lexicon.cues["charge"]
    states = lang.words_of(verb).state_prepositions
    return verb.lemma_ in charge or any(c.lemma_ in charge and preposition(c) in states for c in verb.children)


def _carrier(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"les frappes *menées par l'armée*", "l'offensive *lancée par* les rebelles": the agent of a participle of a
    light verb on the noun does the act (also when the parser hung it on the sentence's verb: "dans le cadre
    d'enquêtes *ouvertes par* le parquet"); of any other verb, not ("l'attaque *condamnée par* l'ONU")."""
    light, irregular = lexicon.cues["light"], lang.words_of(noun).irregular_participles
    for participle in noun.children:
        lemma = irregular.get(participle.lemma_) or verb_lemma(participle, light)
        if participle.dep_ in {"acl", "amod"} and lemma in light:
            agent = next((c for c in participle.children if c.dep_ == "obl:agent" or
                          (c.dep_.startswith("obl") and preposition(c) == "par")), None)
            following = participle.nbor() if participle.i + 1 < len(participle.doc) else None
            hung = following.head if following is not None and following.dep_ == "case" else None
            if agent is None and hung is not None and participle_before_agent(hung) == participle:
                agent = hung
            if agent is not None:
                return agent
    return None


def _casualties(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"quatre soldats ont été tués *dans une attaque*", "les frappes ont tué onze personnes": whoever a casualty verb
    counts, in the clause of the attack that causes it (one event, guidelines §1.1), is whom the attack hits."""
    verb = noun.head
    if verb.pos_ != "VERB" or not any("result" in t.flags for t in lexicon.triggers.get(verb.lemma_, ())):
        return None
    if noun.dep_ == "nsubj" and not is_passive(verb):
        return _direct_object(verb)  # "les bombardements ont tué onze personnes"
    return child(verb, "nsubj:pass") if noun.dep_.startswith("obl") and is_passive(verb) else None


def _aimed_at(noun: Token) -> Token | None:
    """"une enquête *visant* l'ancien ministre", "des sanctions ciblant trois entreprises": the object of a present
    participle on the noun that says whom it is aimed at (``words.aiming_verbs``)."""
    aiming = lang.words_of(noun).aiming_verbs
    participle = next((c for c in noun.children if c.dep_ in {"acl", "amod"} and c.lemma_ in aiming
                       and c.lower_.endswith("ant")), None)  # (the tagger's tense of "ciblant" errs)
    if participle is None:
        return None
    right_after = participle.i + 1  # "une plainte visant *le maire* a été déposée", the object read as the subject
    return child(participle, "obj") or next((t for t in participle.doc[right_after : right_after + 4]
                                             if t.pos_ in _NOMINALS and t.left_edge.i == right_after), None)


def _body_part_owner(verb: Token, target: Token | None) -> Token | None:
    """"elle *lui* transperce le poumon", "il leur a cassé le bras": a body part struck is its owner's, whom the
    dative clitic names (French gives the possessor of a body part as the indirect object)."""
    if target is None or verb.pos_ != "VERB" or target.lemma_ not in lang.words_of(verb).body_parts:
        return None
    return next((c for c in verb.children if c.dep_ == "iobj" and c.pos_ == "PRON"), None)


def _the_dead(token: Token, trigger: Trigger) -> Token | None:
    """"des civils *meurent*", "deux soldats sont *morts*": the subject of a casualty verb, or of a casualty noun
    through its copula, is whom it hits, never who acts."""
    if "victims" not in trigger.flags or (trigger.pos == "NOUN" and child(token, "cop", "aux:pass") is None):
        return None
    return child(token, "nsubj", "nsubj:pass")


def _caller(noun: Token) -> Token | None:
    """"une grève *à l'appel des syndicats*", "un concert de casseroles a retenti *à l'appel de* l'opposant": with no
    one else named, whoever calls for the act leads it. The call hangs on the noun or on the verb it is the subject
    of."""
    holders = [noun] + ([noun.head] if noun.dep_.startswith("nsubj") else [])
    words = lang.words_of(noun)
    for call in (c for h in holders for c in h.children):
        if call.lemma_ in words.call_nouns and preposition(call) == "à":
            return next((c for c in call.children if c.dep_ == "nmod" and preposition(c) == "de"), None)
    return None


def _possessor(noun: Token) -> Token | None:
    """"*son* assaut", "*leur* offensive": the possessive determiner, which the resolver links to its antecedent."""
    return next((c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)


def _light_actor(verb: Token, noun: Token, lexicon: EventLexicon) -> Token | None:
    """The subject of a light verb, passive or not: "Poutine est attendu pour une visite" is Poutine's visit; when
    the noun itself is the passive subject, the agent: "une enquête a été ouverte *par le commissariat*"."""
    if noun.dep_ == "nsubj:pass" or (_in_state(noun) and is_passive(verb)):
        return _agent(verb)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and not _object_relative(c)), None)
    return subject or verb_actor(verb, lexicon)


def _object_clause(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` heads a relative clause on ``noun`` whose object the noun is ("l'offensive *que* l'armée a
    lancée"), its "que" read as a relative pronoun or, with no object of its own, as a subordinator."""
    if verb.dep_ not in {"acl", "acl:relcl"} or verb.head != noun:
        return False
    if _relative_object(verb) == noun:
        return True
    que = lang.words_of(verb).que
    return (any(c.dep_ == "mark" and c.lower_ in que and c.i > noun.i for c in verb.children)
            and child(verb, "obj") is None)


def _frame(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"une *campagne* de menaces", "une *série* de réunions", "une *tentative* de meurtre": the noun (``frame`` cues)
    whose bare "de" complement the trigger is, which carries the act's verbs and complements."""
    head = noun.head
    if (noun.dep_ == "nmod" and preposition(noun) == "de" and child(noun, "det") is None
            and head.lemma_ in lexicon.cues["frame"]):
        return head
    return None


def _light_verb(noun: Token, lexicon: EventLexicon) -> Token | None:
    """The verb a noun trigger is the complement, or the passive subject, of, when that verb only carries it
    ("attendu pour une visite", "une enquête a été ouverte"), or through an object relative ("l'offensive *qu'*elle
    a *lancée*")."""
    relative = next((c for c in noun.children if c.lemma_ in lexicon.cues["light"] and _object_clause(c, noun)),
                    None)
    if relative is not None:
        return relative
    head = noun.head
    if head != noun and _in_state(noun):
        return head
    if _stray_object(noun):  # "a lancé dans la journée *un ultimatum*", hung on "journée"
        head = head.head
    if head == noun or head.lemma_ not in lexicon.cues["light"] or _attributed(head):
        return None
    carried = lang.words_of(noun).light_prepositions
    if (noun.dep_ in {"obj", "obl:arg", "nsubj:pass"} or (noun.dep_.startswith("obl") and preposition(noun) in carried)
            or _stray_object(noun)):
        return head
    return None


def _attributed(verb: Token) -> bool:
    """"a *rendu publique* l'enquête": a verb with an adjective attribute says what its subject makes of its object,
    not that the subject does the act the object names."""
    return any(c.dep_ == "xcomp" and c.pos_ == "ADJ" for c in verb.children)


def _stray_object(noun: Token) -> bool:
    """"a lancé plus tôt dans la journée *un ultimatum*": a determined noun with no preposition that the parser hung
    as a complement of the verb's adverbial phrase is the verb's object; so is one after "des" or "du" read as "de"
    + article ("a mené dans la nuit *des frappes*"), when the verb has no object of its own; and a determined noun
    right after the verb that the parser hung on the adverbial phrase after it."""
    head = noun.head
    if noun.dep_ != "nmod" or not head.dep_.startswith("obl") or head.head.pos_ != "VERB":
        return False
    if head.i > noun.i:  # "a arrêté *deux suspects* après l'attaque", hung on the phrase after it
        return head.head.i < noun.i and preposition(noun) is None and \
            any(c.dep_ in {"det", "nummod"} for c in noun.children)
    if preposition(noun) is None:
        return child(noun, "det") is not None
    article = noun.left_edge
    return (article.dep_ == "case" and article.lower_ in lang.words_of(noun).partitive_articles
            and child(head.head, "obj") is None)


def _in_state(noun: Token) -> bool:
    """A noun trigger in a verb's "en" phrase, which the verb only carries: "placé *en détention*", "venir *en aide*
    à", "mis *en garde à vue*". The verb's subject acts (for a passive, its agent) and its object, or passive
    subject, is the target when the noun's own frame names none."""
    return (noun.dep_.startswith("obl") and preposition(noun) in lang.words_of(noun).state_prepositions
            and noun.head.pos_ == "VERB"
            and noun.i > noun.head.i)  # not a fronted "En riposte à …"


def _target(token: Token, trigger: Trigger, light: Token | None, actor: Token | None,
            frame: Token | None = None) -> tuple[Token | None, bool]:
    """The target, and whether it came from "entre X et Y" (X: the parties' first word)."""
    candidates = _complements(token, light) + (_complements(frame, None) if frame is not None else [])
    if "mutual" in trigger.flags:
        candidates += _parties_of_its_predicate(token)
    for slot in trigger.slots:
        found = _fill(slot, token, trigger, candidates)
        if found is None or found == actor:
            continue
        return found, slot in lang.words_of(token).reciprocal_prepositions
    return None, False


def _parties_of_its_predicate(noun: Token) -> list[Token]:
    """"Les combats, *qui font rage* depuis un an *entre X et Y*", "des discussions *ont eu lieu entre X et Y*": the
    parties of a mutual event that the verb it is the subject of (itself or through "qui") takes, or one of the
    verb's complements, where the parser may hang them ("depuis le 3 mai entre X et Y")."""
    words = lang.words_of(noun)
    predicates = [noun.head] if noun.dep_ == "nsubj" and noun.head.pos_ in {"VERB", "AUX"} else []
    predicates += [c for c in noun.children if c.dep_ == "acl:relcl"
                   and any(s.dep_ == "nsubj" and s.lower_ in words.subject_relatives for s in c.children)]
    complements = [c for verb in predicates for c in verb.children if c.dep_.startswith(("obl", "obj"))]
    return [c for c in complements + [n for o in complements for n in o.children if n.dep_ == "nmod"]
            if c.pos_ in _NOMINALS and preposition(c) in words.reciprocal_prepositions]


def _second_party(first: Token, trigger: Token) -> Token | None:
    """"entre X et Y": Y, which the parser makes X's conjunct, or the trigger's ("les discussions entre le Venezuela
    *et la Colombie*"), a noun right after X with no preposition of its own. None for "entre les deux pays" (one
    phrase names all parties) or a lone singular "entre l'armée" (the parser hung the partner elsewhere)."""
    if first.conjuncts:
        return None  # the ref reads the conjuncts itself
    return next((c for c in trigger.children if c.dep_ == "conj" and c.i > first.i and c.pos_ in _NOMINALS
                 and preposition(c) is None), None) or _phrase_after_et(first)


def _phrase_after_et(first: Token) -> Token | None:
    """"Les combats entre l'armée et *les rebelles* ont fait dix morts", the parser making "les rebelles" a subject
    of the verb: the head of the noun phrase right after the "et" that follows the first party."""
    doc, after = first.doc, first.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ not in lang.words_of(first).coordinating_and:
        return None
    return next((t for t in doc[after + 1 : first.sent.end] if t.left_edge.i == after + 1 and t.pos_ in _NOMINALS
                 and preposition(t) is None and not (t.head.left_edge.i == after + 1 and t.head.pos_ in _NOMINALS)),
                None)


def _opposed(noun: Token) -> tuple[Token, Token] | None:
    """"les affrontements *opposant* X *à* Y", "des combats ont opposé X à Y": the participle on the trigger, or the
    verb it is the subject of, that pits one party against the other; its object and its (or its object's) "à"
    complement are the parties."""
    opposing = lang.words_of(noun).opposing_verbs
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ in opposing), None)
    if verb is None and noun.dep_ == "nsubj" and noun.head.lemma_ in opposing:
        verb = noun.head  # "des combats *ont opposé* l'armée aux rebelles"
    first = child(verb, "obj") if verb is not None else None
    if first is None:
        return None
    second = next((c for c in (*verb.children, *first.children) if c.dep_.startswith(("obl", "nmod"))
                   and c.pos_ in _NOMINALS and preposition(c) == "à"), None)
    return (first, second) if second is not None else None


def _with_complements(noun: Token) -> list[Token]:
    """A noun's dependents, then those of its nominal complements: "la visite d'Etat d'Emmanuel Macron en
    Allemagne" hangs the visitor on "Etat" and the country on the visitor."""
    first = list(noun.children)
    second = [c for d in first if d.dep_.startswith("nmod") for c in d.children]
    third = [c for d in second if d.dep_.startswith("nmod") for c in d.children]
    return first + second + third


def _complements(token: Token, light: Token | None) -> list[Token]:
    """The trigger's dependents, those of its object and nominal complements, the "contre" or "sur" complement of a
    participle on it ("les accusations *portées contre lui*", "un viol *commis sur* une femme": a participle's "à"
    may be a place, "lancé à Beyrouth") and those of its light verb."""
    found = _with_complements(token) + [c for o in token.children if o.dep_ in {"obj", "obl:arg"} for c in o.children]
    against = lang.words_of(token).against_prepositions
    found += [c for p in token.children if p.dep_ == "acl" and _passive_participle(p) for c in p.children
              if preposition(c) in against]
    if light is not None:
        found += list(light.children)
    return [c for c in found if c.pos_ in _NOMINALS and c != token]


def _participle_noun(participle: Token) -> Token:
    """The noun a past participle set off by a comma is said of: the nearest before the comma that agrees with it in
    number and gender ("les combats entre l'armée et les rebelles du M23, *soutenus* par le Rwanda": the rebels,
    though the parser hangs it on "combats"); else the parser's head."""
    doc = participle.doc
    if (predicated := _object_s_predicate(participle)) is not None:
        return predicated
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return participle.head
    number, gender = participle.morph.get("Number"), _participle_gender(participle)
    head = participle.head
    if head.i == participle.i - 2 and head.pos_ in {"NOUN", "PROPN"} and not (
            _differ(head.morph.get("Number"), number) or _differ(head.morph.get("Gender"), gender)):
        return head  # "avec l'Ukraine, *accusée* de …": the name right before the comma, which the parser chose
    for token in reversed(doc[participle.sent.start : participle.i - 1]):
        if token.pos_ in {"NOUN", "PROPN"} and token.morph.get("Number") == number and (
                not gender or not token.morph.get("Gender") or token.morph.get("Gender") == gender):
            return token
    return participle.head


def _participle_gender(participle: Token) -> list[str]:
    """A participle's gender as its ending says it ("accusée": feminine, whatever the tagger said), else the
    tagger's."""
    form = participle.lower_
    if form.endswith(("ée", "ées")):
        return ["Fem"]
    if form.endswith(("é", "és")):
        return ["Masc"]
    return participle.morph.get("Gender")


def _differ(features: list[str], others: list[str]) -> bool:
    """Two words' values of one morphological feature both given and different."""
    return bool(features) and bool(others) and features != others


def _fill(slot: str, token: Token, trigger: Trigger, candidates: list[Token]) -> Token | None:
    if slot == "obj":
        if trigger.pos != "VERB":
            return None
        if _passive_participle(token):  # "les otages *libérés* par la tribu"
            return _participle_noun(token)
        if _shared_passive(token):  # "a été mis en examen et *placé* en garde à vue"
            return child(token.head, "nsubj:pass")
        if (fronted := _fronted_subject(token)) is not None:  # "*Interpellé* mardi, le suspect …"
            return fronted
        if is_passive(token):
            return child(token, "nsubj:pass") or _someone_the_passive_completes(token)
        return _direct_object(token) or _needed_object(token, trigger)
    if slot == "iobj":
        return child(token, "iobj")
    return next((c for c in candidates if c.dep_ in _PREPOSITIONAL and preposition(c) == slot), None)


def _someone_the_passive_completes(verb: Token) -> Token | None:
    """"Les syndicats *vont* être reçus": the subject of the verb a passive infinitive completes, when it names
    someone (a thing acted on, "un accord pourrait être signé entre X et Y", is no party)."""
    subject = child(verb.head, "nsubj") if verb.dep_ == "xcomp" else None
    agents = lang.load(verb.lang_).agent_nouns
    return subject if subject is not None and (subject.pos_ == "PROPN" or subject.lemma_ in agents) else None


def _needed_object(verb: Token, trigger: Trigger) -> Token | None:
    """The noun a trigger needs, bare on the verb, when the parser gave it another label than object: "chasse un
    *diplomate*" read as an adjective."""
    return next((c for c in verb.rights if c.lemma_ == trigger.needs and c.pos_ == "NOUN" and preposition(c) is None),
                None) if trigger.needs else None


def _direct_object(verb: Token) -> Token | None:
    """The verb's object: whom its object relative stands for ("Washington, *qu'*elle accuse de violations", where
    the parser may take the charge for the object); else its object, not a "que" the parser called one ("a annoncé
    *qu'*elle accusait le Pérou")."""
    found = _relative_object(verb) or next((c for c in verb.children if c.dep_ == "obj" and not _object_relative(c)
                                            and not is_bare_time_noun(c) and not _echoed_subject(c)
                                            and not _past_full_stop(verb, c)), None)
    found = found or _partitive_object(verb) or object_past_time(verb) or object_past_adverbial(verb) or \
        object_past_comparison(verb) or \
        next((c for c in verb.rights if is_name_read_as_verb(c, verb)), None) or _object_read_as_subject(verb)
    if found is not None and found.lower_ in lang.words_of(verb).reflexive_pronouns:
        return None
    if found is None or found.pos_ == "DET":  # "a condamné le prévenu", "prévenu" read as the participle
        return determined_complement(verb) or found
    return found


def _echoed_subject(pronoun: Token) -> bool:
    """"Le porte-parole accuse *lui* les Etats-Unis": a stressed pronoun after the verb echoes its subject; it is
    never its direct object (which would be a clitic before it: "le", "la")."""
    words = lang.words_of(pronoun)
    return pronoun.i > pronoun.head.i and (pronoun.lower_ in words.stressed_pronouns
                                           or pronoun.lower_ in words.plural_stressed_pronouns)


def object_past_adverbial(verb: Token) -> Token | None:
    """"accuse sans détour *les Etats-Unis* de …": the object the parser hung under an adverbial phrase of the verb
    (:func:`_stray_object`), with no punctuation before it ("à l'issue d'une réunion : la CGT, FO …" lists)."""
    return next((n for c in verb.rights if c.dep_.startswith("obl") for n in c.children if _stray_object(n)
                 and n.pos_ in {"NOUN", "PROPN"} and not n.like_num and not is_bare_time_noun(n)
                 and not any(t.is_punct for t in verb.doc[verb.i + 1 : n.i])), None)


def _object_read_as_subject(verb: Token) -> Token | None:
    """"Les gendarmes ont arrêté *le conducteur*": a determined noun right after a verb that has its subject before
    it, which the parser took for a second, inverted subject, is the verb's object."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not subjects[0].i < verb.i < subjects[1].i:
        return None
    doc, after = verb.doc, subjects[1]
    if any(t.is_punct for t in doc[subjects[0].right_edge.i + 1 : after.i]):
        return None  # "P, a affirmé X": an incise's subject
    return after if after.pos_ == "NOUN" and child(after, "det") is not None else None


def _past_full_stop(verb: Token, word: Token) -> bool:
    """A word after a full stop that follows the verb lies in the next sentence, which the parser failed to end
    ("… à Kiev. Dmitri Peskov « ment »"): it is none of the verb's arguments."""
    return word.i > verb.i and any(t.text in {".", "!", "?"} for t in verb.doc[verb.i + 1 : word.i])


def _partitive_object(verb: Token) -> Token | None:
    """"ciblé *des positions*": a noun right after the verb whose "des" the parser took for "de les", making it a
    complement; after a verb with no object it is the indefinite article of the object."""
    for c in verb.rights:
        case = [w for w in c.children if w.dep_ == "case"]
        if (c.dep_.startswith(("nmod", "obl")) and c.pos_ in {"NOUN", "PROPN"} and len(case) == 1
                and case[0].lower_ in lang.words_of(verb).partitive_articles and case[0].i == verb.i + 1):
            return c
    return None
