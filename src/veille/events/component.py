"""``veille_events``: the events an article reports, coded in PLOVER, with who did what to whom, when, where, how
sure the text is of it, and who says so.

1. triggers: tokens whose lemma is in ``lang/fr/event_triggers.tsv`` (found in the lemma array, then checked one by
   one: part of speech, reflexive clitic, required dependent). A noun naming what a governing trigger acts on ("signer
   un accord", "un accord pourrait être signé") is that trigger's event, not one of its own; in a sports report, or a
   sentence with a word of sport only, an "attaque" is the game's, not an ASSAULT;
2. arguments from the parse (``arguments.py``), resolved to refs (``referents.py``) through the mentions of the
   document's entities (names, descriptions, pronouns, "qui", "ces derniers"), the entity index the quotation stage
   reads too; compound phrases become refs with ``members``; a place standing for its country keeps the place as
   its ref and codes the country's government;
3. actor codes from the knowledge base, dated by the event (``codes.py``);
4. modality from cue words (``modality.py``); the source is the speaker of the quote the trigger lies in, else the
   subject of the accusation that makes it alleged. A speech act that is the report itself (guidelines §6) has its
   speaker as actor: the quote's reporting word ("X *accuse* Y de …", "X a *appelé* à …", whose source is then only
   an enclosing quote's speaker) or a first-person act in the quote ("« Nous *exigeons* … »", no source);
   first-person pronouns in a quote stand for its speaker; a target read as the actor again is dropped;
5. date: the nearest dated time expression of the sentence, else the publication date; place: a location the
   trigger or its light verb introduces with à, en or dans.
"""

from __future__ import annotations

import datetime as dt

import numpy
from spacy.language import Language
from spacy.symbols import ADJ, VERB
from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.extensions import boilerplate_tokens
from ..doc.gazetteer import ReadsKnowledgeBase
from ..doc.misreadings import is_participle_read_as_adjective, present_participle_read_as_adjective, verb_lemma
from .arguments import ON_NOUN, Arguments, find_arguments, object_past_adverbial, occasion_verb
from .codes import ActorCoder
from .lexicon import EventLexicon, Trigger, load_event_lexicon
from .modality import modality
from .referents import DocumentReferents, day_of, mention_span
from .resumption import resume_arguments
from ..doc.syntax import is_bare_time_noun, is_sentence_term, preposition
from .syntax import child, is_passive, is_reflexive, needs_met, object_past_time, verb_dependents

_SPORTS_SENSITIVE = {"ASSAULT", "THREATEN", "MOBILIZE", "SANCTION"}
_DATED = {"DATE", "TIME"}
# PLOVER's verbal categories: acts a speaker performs by saying them.
_VERBAL = {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


@Language.factory(
    "veille_events",
    assigns=["doc._.veille_events"],
    requires=["doc._.veille_entities", "doc._.veille_quotes", "doc._.veille_timexes", "token.dep", "token.lemma"],
    default_config={"kb_path": None},
)
def make_events(nlp: Language, name: str, kb_path: str | None) -> EventExtractor:
    return EventExtractor(nlp, name, kb_path=kb_path)


class EventExtractor(ReadsKnowledgeBase):
    """Fills ``doc._.veille_events`` with contract-shaped event records (character offsets).

    kb_path (str | None): the knowledge base that codes actors (None: the default KB).
    """

    def __init__(self, nlp: Language, name: str = "veille_events", *, kb_path: str | None = None):
        super().__init__(kb_path)
        self.name = name
        self.lexicon: EventLexicon = load_event_lexicon(nlp.lang)
        language = lang.load(nlp.lang)
        self.agent_nouns = language.agent_nouns | language.title_first_words | self.lexicon.participants
        self.strong_sports = language.strong_sports_words
        self.place_prepositions = language.words.place_prepositions
        self.trigger_hashes = numpy.array([nlp.vocab.strings.add(lemma) for lemma in self.lexicon.triggers],
                                          dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        lemmas, lowers, pos = doc.to_array("LEMMA"), doc.to_array("LOWER"), doc.to_array("POS")
        hits = numpy.isin(lemmas, self.trigger_hashes)
        misread = ((lemmas == lowers) & (pos == VERB)) | (pos == ADJ)  # "bombarde" left as written, "a gelé" an ADJ
        for i in numpy.flatnonzero(~hits & misread).tolist():
            hits[i] = doc[i].lemma_ != verb_lemma(doc[i], self.lexicon.triggers)
        hits = numpy.flatnonzero(hits).tolist()  # in text order, which resuming an event relies on
        if not hits:
            doc._.veille_events = []
            return doc
        context = _Context(doc, self, doc._.veille_sports_report)
        found = [(doc[i], trigger) for i in hits if (trigger := context.trigger(doc[i])) is not None]
        absorbed = {token.i for token, trigger in found if context.absorbed(token, trigger, found)}
        context.accusing = frozenset(  # a condemnation's content stays asserted (guidelines §4): not a charge
            token.i for token, trigger in found if trigger.type == "ACCUSE" and trigger.mode != "disapprove")
        events = [(token, context.event(token, trigger)) for token, trigger in found if token.i not in absorbed]
        mutual = frozenset(token.i for token, trigger in found if "mutual" in trigger.flags)
        resume_arguments(doc, events, mutual=mutual)
        doc._.veille_events = [event for _, event in events]
        return doc



_NAMED_PARTIES = frozenset({"ORG", "PER", "LOC"})  # labels of names no trigger inside them is an act of
_PLACE_TARGETS = frozenset({"ASSAULT"})  # event types whose target may be a place or a thing as such


class _Context(DocumentReferents):
    """One document read for events: its triggers, each trigger's event, and (from ``DocumentReferents``) who its
    arguments are."""

    def __init__(self, doc: Doc, extractor: EventExtractor, sports: bool):
        inference = doc._.veille_dct_inference
        dct = doc._.veille_dct or (inference["value"] if inference else None)
        super().__init__(doc, ActorCoder(extractor.gazetteer), extractor.agent_nouns, dct)
        self.lexicon = extractor.lexicon
        self.strong_sports = extractor.strong_sports
        self.place_prepositions = extractor.place_prepositions
        self.sports = sports
        self.accusing: frozenset[int] = frozenset()  # charges and suspicions: what they govern is alleged
        self.blocked = boilerplate_tokens(doc)
        self.timexes = [t for t in doc._.veille_timexes or [] if t["type"] in _DATED and t["value"][:1].isdigit()]

    # 1. triggers
    def trigger(self, token: Token) -> Trigger | None:
        """The lexicon row ``token`` instantiates, or None (wrong part of speech, missing clitic or dependent)."""
        if token.i in self.blocked or _court_party(token) or self._in_a_name(token):
            return None
        if any(c.dep_ == "obj" and c.lemma_ in lang.words_of(token).anonymity_nouns for c in token.children):
            return None  # "qui a requis l'anonymat": a source asking not to be named
        misread = is_participle_read_as_adjective(token) or present_participle_read_as_adjective(token)
        pos = "VERB" if token.pos_ in {"VERB", "AUX"} or misread else token.pos_
        for trigger in self.lexicon.triggers[verb_lemma(token, self.lexicon.triggers)]:
            if trigger.pos != pos or (trigger.reflexive and not is_reflexive(token)):
                continue
            if "passive" in trigger.flags and not (is_passive(token) or "Pass" in token.morph.get("Voice")):
                continue
            if trigger.needs and not needs_met(token, trigger.needs):
                continue
            if "sentenced" in trigger.flags and not any(is_sentence_term(c) for c in verb_dependents(token)):
                continue
            if "meeting" in trigger.flags and not any(self._is_meeting(c) for c in verb_dependents(token)):
                continue
            if "pact" in trigger.flags and not _seals_an_agreement(token):
                return None
            if "convicted" in trigger.flags and not self._convicted(token):
                continue
            if _excluded(token, trigger.flags) or ("victims" in trigger.flags and not self._names_victims(token)):
                return None
            if "nocasualty" in trigger.flags and self._casualty_object(token):
                return None
            if "noclause" in trigger.flags and any(_is_cue(token, q) for q in self.quotes):
                return None  # "« … », a-t-il soutenu", "a reconnu que son équipe « … »": words, no support
            if "noattribute" in trigger.flags and self._judged_object(token):
                return None
            if "someone" in trigger.flags and not self._done_to_someone(token):
                return None
            if "deontic" in trigger.flags and self._obliged(token) is None:
                return None
            if trigger.type in _SPORTS_SENSITIVE and self._sporting(token):
                return None
            if trigger.type == "ASSAULT" and trigger.pos == "VERB" and _struck_by_nature(token):
                return None
            return trigger
        return None

    def _in_a_name(self, token: Token) -> bool:
        """A word of an organisation's, a person's or a place's name ("le *Rassemblement* national", "les Forces de
        *soutien* rapide") names someone or somewhere, no act; an event's own name (MISC: "le *sommet* de l'Otan")
        may be one."""
        found = self.index.by_token.get(token.i)
        if found is None or found[1].get("kind") != "name" or found[0]["label"] not in _NAMED_PARTIES:
            return False
        mention = found[1]
        return mention["end"] - mention["start"] > len(token.text)

    def _convicted(self, verb: Token) -> bool:
        """"Il a été *condamné*", "Paul Arnaud, *condamné* par le tribunal": someone condemned by no one named, or
        by a court, is convicted; "l'attaque a été condamnée par l'ONU", something or by a critic, is condemned."""
        if verb.pos_ == "NOUN":
            return self._conviction(verb)
        if not (is_passive(verb) or "Pass" in verb.morph.get("Voice")):
            return False
        subject = child(verb, "nsubj:pass") or (verb.head if verb.dep_ == "acl" else None)
        agent = child(verb, "obl:agent")
        return (subject is not None and self.takes_part(subject) and subject.lemma_ not in self.lexicon.triggers
                and (agent is None or agent.lemma_ in lang.words_of(verb).court_nouns))

    def _conviction(self, noun: Token) -> bool:
        """"la *condamnation* de l'ancien maire", "une *condamnation* est tombée": a condemnation of a person, or one
        pronounced, is a conviction; "la condamnation de l'attaque", "de la Russie" is a disapproval."""
        if noun.dep_.startswith("nsubj") and noun.head.lemma_ in lang.words_of(noun).verdict_verbs:
            return True
        of = next((c for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de"), None)
        found = self.index.by_token.get(of.i) if of is not None else None
        return of is not None and ((found is not None and found[0]["label"] == "PER")
                                   or (found is None and of.lemma_ in self.index.person_nouns))

    def _judged_object(self, verb: Token) -> bool:
        """"a jugé ces propos *inacceptables*" read with the attribute on the object (quoted, as its apposition: "ce
        mouvement « irresponsable »"): the judgment is the adjective's event, not a trial."""
        return any(a.dep_ in ON_NOUN and any(t.pos == "ADJ" for t in self.lexicon.triggers.get(a.lemma_, ()))
                   for o in verb.children if o.dep_ == "obj" for a in o.children)

    def _obliged(self, verb: Token) -> Token | None:
        """"« Washington doit cesser de … »", "« le gouvernement devrait revoir sa copie »": in someone's quoted or
        reported words, the one "devoir" (present or conditional, with an infinitive) is said of, when that is
        someone other than the speaker; None for "nous devons" (one's own duty), "aurait dû" (a reproach), "doit
        arriver lundi" (a schedule, said by anyone: a time expression in the action's clause says when, not what is
        owed)."""
        morph = verb.morph
        if self.quote_of(verb) is None or child(verb, "aux:tense") is not None or not (
                "Pres" in morph.get("Tense") or "Cnd" in morph.get("Mood")):
            return None
        action = next((c for c in verb.children if c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")), None)
        subject = child(verb, "nsubj")
        if action is None or subject is None or subject.lower_ in lang.words_of(verb).first_person_subjects or \
                self._scheduled(action):
            return None
        return subject if subject.pos_ != "PRON" and self.takes_part(subject) else None

    def _is_meeting(self, noun: Token) -> bool:
        """A noun the lexicon makes a CONSULT ("sa visite", "une rencontre", "les négociations")."""
        return noun.pos_ == "NOUN" and any(t.type == "CONSULT" and t.pos == "NOUN"
                                           for t in self.lexicon.triggers.get(noun.lemma_, ()))

    def _scheduled(self, action: Token) -> bool:
        """Whether a date that is no deadline lies in the clause of ``action`` ("doit se rendre *mardi* à Kiev", not
        "doit retirer ce texte *d'ici lundi*")."""
        doc, deadline = action.doc, lang.words_of(action).deadline_words
        start, end = action.left_edge.idx, action.right_edge.idx + len(action.right_edge.text)
        for timex in doc._.veille_timexes or []:
            first = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
            if start <= timex["start"] < end and timex["type"] in _DATED and first is not None and not (
                    first[0].lower_ in deadline or (first.start > 0 and doc[first.start - 1].lower_ in deadline)):
                return True
        return False

    def _done_to_someone(self, verb: Token) -> bool:
        """"a reçu *le ministre*", "les partenaires vont être reçus", "Valls, reçu *par le président*": a verb whose
        object, passive subject or participle's noun is someone, or a passive one by someone (whoever it is said
        of was received by a person); not "a reçu une lettre", "un prix"."""
        time_nouns = lang.load(verb.lang_).time_nouns  # "reçu lundi": read as its object
        candidates = [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"} or
                      (c.dep_ == "obl:agent" and c.pos_ in {"NOUN", "PROPN"})]
        if verb.dep_ == "acl":
            candidates.append(verb.head)
        # "a reçu mardi à Ankara *son homologue*": an object the parser hung on a time or place phrase
        candidates += [o for o in (object_past_time(verb), object_past_adverbial(verb)) if o is not None]
        if verb.dep_ == "xcomp" and is_passive(verb):  # "vont être reçus": the subject of the raising verb
            candidates += [c for c in verb.head.children if c.dep_ == "nsubj"]
        quantities = lang.words_of(verb).quantity_nouns  # "a neutralisé une dizaine *d'assaillants*"
        candidates += [d for c in candidates if c.lemma_ in quantities for d in c.children if d.dep_ == "nmod"]
        return any(c.pos_ in {"NOUN", "PROPN", "PRON"} and c.lemma_ not in time_nouns and self.takes_part(c)
                   for c in candidates)

    def _names_victims(self, noun: Token) -> bool:
        """"onze *morts*", "des dizaines de *morts*", "la *mort* de quatre soldats": a casualty counted or whose; not
        "la peine de mort", "la mort de l'agriculture" (guidelines §1.10: metaphors are no events). Said of a subject,
        the victims counted: "deux soldats sont *morts*", "des dizaines de civils *meurent*" (not "le chanteur est
        mort", a death no casualty report counts, nor deaths in a fire or an accident)."""
        if self._death_by_mishap(noun):
            return False
        if _counted(noun):
            return True
        subject = child(noun, "nsubj", "nsubj:pass")
        if subject is not None and (_counted(subject) or subject.lemma_ in lang.words_of(noun).quantity_nouns):
            return True
        return noun.pos_ == "NOUN" and any(c.dep_ == "nmod" and preposition(c) == "de" and self.is_agent(c)
                                           for c in noun.children)

    def _death_by_mishap(self, casualty: Token) -> bool:
        """"Un incendie a ravagé un immeuble. Deux personnes sont mortes": deaths told with a fire, a flood or an
        accident in their sentence or the one before, and no attack there, are no assault."""
        sentence = casualty.sent
        before = casualty.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        words = lang.words_of(casualty)
        mishaps = words.natural_hazards | words.accident_nouns
        told = casualty.doc[before.start : sentence.end]
        if not any(t.lemma_ in mishaps for t in told):
            return False
        return not any(trigger.type == "ASSAULT" and not trigger.flags & {"result", "victims"}
                       for t in told for trigger in self.lexicon.triggers.get(t.lemma_, ()))

    def _casualty_object(self, verb: Token) -> bool:
        """"on déplore *la mort* de …": a verb whose object is a casualty reports losses."""
        obj = child(verb, "obj")
        return obj is not None and any("result" in t.flags for t in self.lexicon.triggers.get(obj.lemma_, ()))

    def _sporting(self, token: Token) -> bool:
        return self.sports or any(t.lemma_ in self.strong_sports for t in token.sent)

    def absorbed(self, token: Token, trigger: Trigger, found: list[tuple[Token, Trigger]]) -> bool:
        """One event, another trigger's, for: a "thing" noun whose governing word, or the verb that word raises
        ("pourrait être signé"), is a trigger; a noun that a multiword trigger needs, or its conjunct ("*porter
        plainte*", "*ouvrir le feu*", "une journée *de grèves et de manifestations*"); a sentence a conviction gives
        ("condamné à une *peine*", "à une *amende*"); a sentence's term after a conviction of its sentence ("une
        peine de huit ans de *prison*", "écope de huit ans de *prison*": the parse of these often strays); a
        casualty of an attack; a judgment on the object of a verb of the same type ("a dénoncé des violences
        *inacceptables*": one condemnation); a participle that says whom an event aims at ("des sanctions *ciblant*
        …")."""
        if "result" in trigger.flags:
            return self._result_of_attack(token, found)
        if token.dep_ in {"acl", "amod"} and token.lemma_ in lang.words_of(token).aiming_verbs and \
                any(t == token.head for t, _ in found):
            return True  # "des sanctions *ciblant* trois entreprises": whom the sanctions aim at
        if trigger.pos == "ADJ" and token.dep_ == "amod" and token.head.dep_ in {"obj", "obl:arg"}:
            return any(t == token.head.head and t_trigger.type == trigger.type for t, t_trigger in found)
        if token.head == token:
            return False
        first = token.head if token.dep_ == "conj" else token  # "une journée de grèves *et de manifestations*"
        needed = {token.lemma_, first.lemma_}
        if any(first in verb_dependents(t) and t_trigger.needs in needed for t, t_trigger in found):
            return True
        if "sentence" in trigger.flags:  # "une peine de huit ans de prison", "écope de huit ans de prison"
            return any(t_trigger.mode == "convict" and "sentence" not in t_trigger.flags and t.sent == token.sent
                       and t.i < token.i for t, t_trigger in found)
        if trigger.pos == "NOUN" and (trigger.mode == "convict" or is_sentence_term(token)):  # "condamné à une peine"
            return any(t == token.head and t_trigger.mode == "convict" for t, t_trigger in found)
        if "thing" not in trigger.flags:
            return False
        triggers = {t.i for t, _ in found}
        head = token.head
        return head.i in triggers or any(c.dep_ == "xcomp" and c.i in triggers for c in head.children)

    def _result_of_attack(self, token: Token, found: list[tuple[Token, Trigger]]) -> bool:
        """A casualty in the clause of the attack it results from (guidelines §1.1): "tués *dans une attaque*", "*les
        combats* ont fait des milliers de morts", "*les frappes* ont tué dix civils"."""
        attacks = {t.i for t, t_trigger in found if t_trigger.type == "ASSAULT" and t.pos_ == "NOUN"}
        node = token
        if node.dep_ == "nmod" and node.head.lemma_ in lang.words_of(node).quantity_nouns:  # "des milliers de morts"
            node = node.head
        verb = node.head if node.pos_ == "NOUN" and node.dep_.startswith(("obj", "obl")) else node
        if verb.dep_ == "acl:relcl" and verb.head.i in attacks:  # "des affrontements qui ont fait deux morts"
            return True
        if any(c.i in attacks for c in verb.children if c.dep_.startswith(("obl", "nsubj"))):
            return True
        return token.pos_ == "NOUN" and any(c.i in attacks for c in token.children if c.dep_.startswith("nmod"))

    # 2-5. one event
    def event(self, token: Token, trigger: Trigger) -> dict:
        arguments = find_arguments(token, trigger, self.lexicon, self)
        value, governor = modality(token, self.lexicon, event_type=trigger.type, accusing=self.accusing)
        sentence = token.sent
        date = self._date(token, sentence)
        day = day_of(date)
        place = trigger.type in _PLACE_TARGETS
        actor = self.ref(self._participant(self._acting(arguments.actor), token), day,
                         partner=self._participant(arguments.actor_partner, token), alone=arguments.alone)
        if self._locality(actor):
            actor = None
        target = self._acting(arguments.target, arguments.actor)
        target = self.ref(self._attacked(target) if place else self._participant(target, token), day,
                          partner=self._participant(arguments.target_partner, token))
        if target is None and trigger.mode == "convict" and trigger.pos == "NOUN":
            target = self.ref(self._sentenced(token), day)
        if not place and (self.mere_place(target) or self._where(arguments.target, target)):
            target = None
        cued = next((q for q in self.quotes if _is_cue(token, q)), None) if trigger.type in _VERBAL else None
        if cued is not None:  # "X a appelé à …": the call is X's, reported by the enclosing quote's speaker if any
            speaker = self.speaker_ref(cued["speaker"], day)  # not the one accused ("l'homme *accusé* de vol")
            if _incise_subject(cued, speaker, target):
                actor, target = speaker, None
            actor = speaker if _better_speaker(speaker, actor, target) else actor
        if actor is None and trigger.type == "CONSULT" and trigger.pos == "NOUN":
            actor = self._speaker_at(token, day, target)
        quote = self.quote_of(token)
        if "deontic" in trigger.flags:  # the speaker demands it of whom "doit" is said (of no one for a passive)
            actor = self.speaker_ref(quote["speaker"], day)
            action = next(c for c in token.children if c.dep_ == "xcomp")
            target = None if is_passive(action) else self.ref(self._obliged(token), day)
            value = "asserted"  # "devrait" demands as much as "doit": the demand is made, whatever its mood
        if actor is None and quote is not None and (_exclaimed(token, trigger) or trigger.pos == "ADJ"):
            actor = self.speaker_ref(quote["speaker"], day)
        performed = quote is not None and _performative(token, trigger)
        return {
            "type": trigger.type,
            "mode": trigger.mode,
            "cameo": trigger.cameo,
            "trigger": {"start": token.idx, "end": token.idx + len(token.text), "text": token.text},
            "actor": actor,
            "target": None if _same(actor, target) else target,
            "date": date,
            "place": self._place(token, arguments, day),
            "modality": value,
            "source": None if performed else self._source(token, value, governor, day, reported=cued is not None),
            "sentence": {"start": sentence.start_char, "end": sentence.end_char},
        }


    def _speaker_at(self, meeting: Token, day: dt.date | None, target: dict | None) -> dict | None:
        """"Le président a déclaré *lors d'une visite* au ministère : « … »": whoever reports a statement on the
        occasion of a meeting or visit (the quote's reporting word) takes part in it; not its target."""
        verb = occasion_verb(meeting)
        cued = next((q for q in self.quotes if _is_cue(verb, q)), None) if verb is not None else None
        speaker = self.speaker_ref(cued["speaker"], day) if cued is not None else None
        return None if _same(speaker, target) else speaker

    def _acting(self, token: Token | None, actor: Token | None = None) -> Token | None:
        """Supporting an offensive is supporting whoever leads it: an event noun stands for its actor. A treaty that
        is signed is what the event acts on, not a party to it. An event of the outer ``actor``'s own ("Eltsine a
        annulé une rencontre avec Aznar") stands for whom it is done to."""
        if token is None or token.pos_ != "NOUN" or token.lemma_ not in self.lexicon.triggers:
            return token
        trigger = self.trigger(token)
        if trigger is None:
            return token
        if "thing" in trigger.flags:
            return None
        inner = find_arguments(token, trigger, self.lexicon, self)
        if actor is not None and inner.actor == actor:
            return inner.target
        return inner.actor or token


    def _attacked(self, token: Token | None) -> Token | None:
        """What an attack may target: someone, a place, a thing; never another act ("des frappes *en riposte* à un
        tir"), which is its reason or its kind."""
        if token is not None and token.pos_ == "NOUN" and token.lemma_ in self.lexicon.triggers:
            return None
        return token

    def _locality(self, ref: dict | None) -> bool:
        """A mere place or a town that is no capital ("l'attentat *de Kidal*", "les bombardements *de Kharkiv*"): where
        the event happens or what it hits, never who does it; a capital, which the KB knows, stands for its state
        ("l'offensive de Moscou")."""
        record = self.records.get(ref["entity"]) if ref and ref.get("entity") else None
        if record is None or record["label"] != "LOC":
            return False
        entry = self.coder.gazetteer.entry(record["kb_id"]) if record.get("kb_id") else None
        return self.mere_place(ref) or (record.get("type") == "CITY" and (entry is None or entry.subtype != "capital"))

    def _where(self, argument: Token | None, ref: dict | None) -> bool:
        """"a réclamé un cessez-le-feu *à Gaza*": a town or region after a preposition of place is where the event
        happens, not whom it is aimed at (a state is: "a livré des armes *à l'Ukraine*")."""
        return argument is not None and preposition(argument) in self.place_prepositions and self._locality(ref)

    def _sentenced(self, sentence: Token) -> Token | None:
        """Whom a requested sentence is for: the target of the requisition that names it ("a requis dix ans de
        *prison* contre Paul Arnaud": Paul Arnaud, guidelines §5)."""
        node = sentence
        while node.dep_ in {"nmod", "conj"} and node.head.i != node.i:  # "dix ans de prison": up to "ans"
            node = node.head
        verb = node.head
        request = self.trigger(verb) if verb.lemma_ in self.lexicon.triggers and verb.pos_ == "VERB" else None
        if request is None or request.type != "REQUEST":
            return None
        return self._participant(find_arguments(verb, request, self.lexicon, self).target, verb)

    def _participant(self, token: Token | None, trigger: Token) -> Token | None:
        """``token`` if it can be someone, else None: what the event is about is no argument, nor is a word of the
        event's own name, which the trigger is part of ("l'*attentat de Kidal*", a MISC name, names no party)."""
        if token is None or not (self.takes_part(token) or _court_party(token)):
            return None
        named = self.index.by_token.get(trigger.i)
        if named is not None and named[0]["label"] == "MISC" and self.index.by_token.get(token.i) == named:
            return None
        return token

    def _place(self, token: Token, arguments: Arguments, day: dt.date | None) -> dict | None:
        heads = [token] + ([arguments.light] if arguments.light is not None else [])
        heads += [c for c in token.children if c.dep_ == "nmod"]
        for head in heads:
            for c in head.children:
                found = self.index.by_token.get(c.i)
                if found and found[0]["label"] == "LOC" and preposition(c) in self.place_prepositions:
                    ref = self.entity_ref(found[0], None, day, mention_span(found[1]))
                    return {**ref, "geo": found[0]["geo"]} if found[0].get("geo") else ref
        return None

    def _source(self, token: Token, value: str, governor: Token | None, day: dt.date | None, *,
                reported: bool) -> dict | None:
        """The speaker of the innermost quote holding the trigger; else, for an alleged event that is not itself a
        speech act (``reported``), the accuser."""
        quote = self.quote_of(token)
        if quote is not None:
            return self.speaker_ref(quote["speaker"], day)
        if value == "alleged" and governor is not None and not reported:
            subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
            return self.ref(subject, day)
        return None

    def _date(self, token: Token, sentence: Span) -> str | None:
        inside = [t for t in self.timexes if sentence.start_char <= t["start"] < sentence.end_char]
        if not inside:
            return self.dct[:10] if self.dct else None
        nearest = min(inside, key=lambda t: abs(t["start"] - token.idx))
        return nearest["value"][:10]


def _seals_an_agreement(token: Token) -> bool:
    """What a signature, a ratification or a conclusion acts on, if the text says: an agreement ("a signé un
    accord", "la signature d'un protocole d'accord", "ont signé avec Kiev"), not a decree or a speech."""
    pacts = lang.words_of(token).pact_nouns
    if token.pos_ == "NOUN":
        sealed = [c for c in token.children if c.dep_ == "nmod" and preposition(c) == "de"]
    else:
        sealed = [c for c in token.children if c.dep_ in {"obj", "nsubj:pass"}] or \
            ([token.head] if token.dep_ == "acl" and token.head.pos_ == "NOUN" else [])  # "le traité signé en 2010"
    return not sealed or any(noun.pos_ == "PRON" or noun.lemma_ in pacts  # "s'il est ratifié": unknown, so kept
                             or any(c.dep_ == "nmod" and c.lemma_ in pacts for c in noun.children) for noun in sealed)


def _struck_by_nature(verb: Token) -> bool:
    """"les inondations qui ont frappé Valence", "la ville frappée par un séisme": a natural disaster strikes, no one
    attacks."""
    words = lang.words_of(verb)
    causes = [c for c in verb.children if c.dep_ in {"nsubj", "obl:agent"}]
    relative = next((c for c in causes if c.lower_ in words.subject_relatives and c.i > 0), None)
    if relative is not None:  # "qui ont frappé": the noun the clause is on, or the word before "qui"
        causes += [verb.head, verb.doc[relative.i - 1]]
    if verb.dep_ == "acl" and not causes:
        causes = [c for c in verb.children if c.dep_.startswith("obl") and preposition(c) == "par"]
    return any(c.lemma_ in words.natural_hazards or c.lower_ in words.natural_hazards for c in causes)


def _counted(noun: Token) -> bool:
    """"onze morts", "des dizaines de morts": a number or a quantity noun counts it."""
    return any(c.dep_ == "nummod" for c in noun.children) or (
        noun.dep_ == "nmod" and noun.head.lemma_ in lang.words_of(noun).quantity_nouns)


def _excluded(token: Token, flags: frozenset[str]) -> bool:
    """A use that is not the event: a verb used as a noun ("*le mis en examen*"), a bare noun of manner ("sans
    *préavis*"); or one a lexicon flag names:
    "manifester *son soutien*" (noobj), "a soutenu *que* …" (noclause: an assertion), "avions *de combat*" (nobare:
    a kind of thing), "*s'*occuper de" (noself), "*jugé* inacceptable" (noattribute: an opinion), "à *peine*"
    (determined), "huit ans de *prison*" only (sentence: the term of a sentence), "*en riposte* à" (noreason),
    "à l'*aide* de gaz" (nomeans), "l'homme *accusé*" (nolabel)."""
    if _nominal_participle(token) or _manner(token):
        return True
    if "noobj" in flags and (obj := child(token, "obj")) is not None and not is_bare_time_noun(obj):
        return True  # (not "ont manifesté *mardi*", a day the parser made the object)
    if "noclause" in flags and child(token, "ccomp") is not None:
        return True
    if "nobare" in flags and _bare_noun_complement(token):
        return True
    if "noattribute" in flags and any((c.dep_ == "xcomp" and "Inf" not in c.morph.get("VerbForm"))
                                      or (c.dep_ == "obj" and c.pos_ == "ADJ") for c in token.children):
        return True  # "jugé inacceptable", "jugeant *impératif* de créer"
    if "determined" in flags and child(token, "det") is None:
        return True
    if "plural" in flags and "Plur" not in token.morph.get("Number"):
        return True  # "des violences", not "la violence du discours"
    if "sentence" in flags and _sentence_duration(token) is None:
        return True
    if "noreason" in flags and _reason_adverbial(token):
        return True
    if "nomeans" in flags and _means_locution(token):
        return True
    if "nolabel" in flags and _label(token):
        return True
    if "notopic" in flags and token.dep_ == "nmod" and token.head.pos_ == "NOUN" and preposition(token) == "de":
        return True  # "l'abolition de la peine de mort": what a measure is about
    return "noself" in flags and is_reflexive(token)


def _nominal_participle(token: Token) -> bool:
    """A past participle used as a noun, right after its article: "*le mis en examen*", "les déplacés" (a clitic
    before an infinitive, "à la relâcher", is no article)."""
    return (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")
            and not any(c.dep_.startswith("aux") for c in token.children)
            and any(c.pos_ == "DET" and c.i == token.i - 1 for c in token.children))


def _label(verb: Token) -> bool:
    """"l'homme *accusé*": a bare past participle on a noun, with no complement of its own, names the one it
    qualifies (here, the defendant) rather than reporting the act."""
    return (verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm")
            and all(c.dep_ in {"punct", "advmod", "cc"} for c in verb.children))


def _reason_adverbial(noun: Token) -> bool:
    """"*En riposte* à un tir, l'armée a frappé": a bare "en X" adverbial gives the reason of the act it modifies,
    which is the event."""
    return (noun.dep_.startswith("obl") and preposition(noun) in lang.words_of(noun).state_prepositions
            and child(noun, "det") is None)


def _means_locution(noun: Token) -> bool:
    """"a dispersé la foule *à l'aide de* gaz", "*à l'appui de* sa demande": "à l'X de Y" says by what means or on
    what grounds another act is done (not "grâce à l'aide de la France", which is help given)."""
    return (noun.dep_.startswith("obl") and preposition(noun) == "à" and child(noun, "det") is not None
            and any(c.dep_ == "nmod" and preposition(c) == "de" for c in noun.children))


def _sentence_duration(token: Token) -> Token | None:
    """"huit *ans* de prison": the length of time a sentence's term completes, if it does."""
    head = token.head
    durations = lang.words_of(token).sentence_durations
    if token.dep_ == "nmod" and preposition(token) == "de" and head.lemma_ in durations:
        return head
    return None


def _manner(noun: Token) -> bool:
    """"fermer *sans préavis*", "sans violence": a bare noun after "sans" says how something is done, it is no act."""
    return noun.pos_ == "NOUN" and preposition(noun) in lang.words_of(noun).privative_prepositions and \
        child(noun, "det") is None


def _bare_noun_complement(token: Token) -> bool:
    """"de combat" under a noun, with no determiner of its own."""
    return (token.dep_ == "nmod" and token.head.pos_ == "NOUN" and preposition(token) == "de"
            and child(token, "det") is None)


def _is_cue(token: Token, quote: dict) -> bool:
    """Whether ``token`` is the quote's reporting word: "X *accuse* Y de mentir" reports the accusation itself."""
    cue = quote.get("cue")
    return cue is not None and cue["start"] <= token.idx < cue["end"]


def _performative(token: Token, trigger: Trigger) -> bool:
    """A speech act the quote performs ("« Nous *exigeons* leur libération »"): a verbal act in the present, said by
    its first person. It is the article's report of the speaker's act, so the speaker acts and no one is its source
    (guidelines §6)."""
    if trigger.type not in _VERBAL or token.pos_ != "VERB" or "Pres" not in token.morph.get("Tense"):
        return False
    subject = child(token, "nsubj")
    return subject is not None and "1" in subject.morph.get("Person")


def _court_party(noun: Token) -> bool:
    """"*L'accusation* a requis", "*la défense* a plaidé": a bare definite singular subject names a party of a trial
    (the prosecution, the defence), not the act ("les accusations de Moscou", "l'accusation portée contre lui")."""
    return (noun.dep_ == "nsubj" and noun.lemma_ in lang.words_of(noun).court_parties
            and "Sing" in noun.morph.get("Number") and any(c.dep_ == "det" for c in noun.children)
            and not any(c.dep_.startswith(("nmod", "acl")) for c in noun.children))


def _exclaimed(token: Token, trigger: Trigger) -> bool:
    """A verbless speech act a quote utters ("« *Félicitations* aux combattants »"): a verbal noun, bare of any
    determiner, that heads its sentence. The one who utters it performs it."""
    return (trigger.type in _VERBAL and token.pos_ == "NOUN" and token.dep_ == "ROOT"
            and not any(c.dep_ in {"det", "nmod:poss"} for c in token.children))


def _better_speaker(speaker: dict | None, actor: dict | None, target: dict | None) -> bool:
    """Whether the quote's speaker, rather than the parse, says who performs a reported speech act: not when it is
    the target ("l'homme *accusé* de vol"), nor when it is unnamed while the parse names an entity ("les propos du
    ministre, Karl Weiss, qui avait *menacé*": the words are no speaker)."""
    if speaker is None or _same(speaker, target):
        return False
    unnamed = speaker.get("entity") is None and not speaker.get("members")
    return not (unnamed and actor is not None and actor.get("entity") is not None)


def _incise_subject(quote: dict, speaker: dict | None, target: dict | None) -> bool:
    """"« … », a dénoncé le vice-ministre, X": the parser may take the subject after an incise's verb for its object;
    the quote, whose words come before its reporting verb and whose speaker that noun is, says it acts; so does a
    title the speaker's name follows ("…, s'est félicitée la commissaire, X"). (Not "l'homme *accusé* de vol",
    whose target comes before the verb and says nothing before it.)"""
    mention = (target or {}).get("mention")
    if speaker is None or mention is None or not quote["end"] <= quote["cue"]["start"] < mention["start"]:
        return False
    named = ((quote["speaker"] or {}).get("mention") or {}).get("start")
    return _same(speaker, target) or (named is not None and mention["start"] <= named)


def _same(actor: dict | None, target: dict | None) -> bool:
    """An actor and target read as the same referent ("l'armée … a mené des frappes" read twice) are one argument
    misread: a target is never its own actor, nor one of the actor's members ("Paul Roux et Anne Vidal *lui* ont
    reproché …": a clitic is never its clause's subject, which would be "se")."""
    if actor is None or target is None:
        return False
    members = actor.get("members") or []
    if target.get("entity") is not None and any(member.get("entity") == target["entity"] for member in members):
        return True
    if actor.get("entity") is not None:
        return actor["entity"] == target.get("entity")
    return actor.get("mention") is not None and actor.get("mention") == target.get("mention")


