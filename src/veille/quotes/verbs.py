"""Pass 1 of the quotation stage: reporting verbs (``lang/<code>/speech_verbs.tsv``) with a complement.

A que-clause ("Il a précisé que …"), an infinitive ("dément être lié à …"), an object ("a mentionné la conclusion
possible …"), "accuser X de Y", "appeler à …"; the statement is ``indirect``, or ``mixed`` when it holds quotation
marks. A verb in an incise ("…, a-t-il souligné") or after "comme" ("Comme le rapporte Le Figaro, P") reports the
clause it interrupts, within its own sentence; a verb followed by a colon and a bulleted list reports each item.
A negated, refused or not yet made statement ("n'a mentionné aucun dommage", "va proposer") is none."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.symbols import ADJ
from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.misreadings import is_past_participle, verb_read_as_noun
from ..doc.referents import EntityIndex, relative_antecedent
from ..doc.quotation_marks import PAIRS
from ..doc.syntax import (is_aside_phrase, is_bare_time_noun, is_finite_verb, is_sentence_term,
                          object_past_comparison, preposition, subject_in_fronted_clause)
from .clauses import cue_of, disagrees_in_number, follows_its_words, frame_of, is_bare_noun, is_someone, noun_after, side_of, subject_of, subject_phrase
from .extents import kind_and_extent, says_something, trimmed
from .found import FoundQuote, covers
from .rules import QuoteRules
from .sources import someone_of


_BULLETS = {"-", "–", "—", "•", "*"}
_UNSAID = {"entity": None, "name": None, "mention": None}  # the speaker of a statement whose speaker is not said


class VerbPass(QuoteRules):
    """Statements reported by a verb and its complement."""

    def _reporting_verbs(self, doc: Doc, blocked: set[int]) -> Iterable[Token]:
        """Reporting verbs, found first in the attribute arrays (lemma or form), then checked one by one."""
        attributes = doc.to_array(["LEMMA", "LOWER", "POS"])
        hits = numpy.isin(attributes[:, 0], self.verb_hashes) | numpy.isin(attributes[:, 1], self.form_hashes) | \
            (attributes[:, 2] == ADJ)  # "…, les encourageant à …": a present participle tagged the adjective
        for i in numpy.flatnonzero(hits).tolist():
            token = doc[i]
            if i not in blocked and self.lexicon.lemma_of(token) and (token.pos_ not in {"NOUN", "PROPN"}
                                                                     or verb_read_as_noun(token)):
                if not _negated(token) and not _sentences(token):
                    yield token

    def _from_verb(self, doc: Doc, verb: Token, index: EntityIndex, segments: list[Span], found: list[FoundQuote]) -> list[FoundQuote]:
        contents, embedded = _listed_items(verb), True
        passive = _passive(verb) or (verb.dep_ in {"acl", "amod"} and _agent(verb) is not None)  # "qualifiée de … par X"
        subject = _subject_before(verb) if contents else _agent(verb) if passive else subject_of(verb)
        if verb.lemma_ in self.words.learning_verbs:  # "…, a appris l'AFP auprès du parquet": the parquet said it
            subject = _informant(verb)
        if subject is not None and (side := side_of(subject)) is not None:
            subject = side  # "Du côté de la mairie, on assure que …": the town hall says it
        if subject is not None and (issuer := _issuer(subject, index)) is not None:
            subject = issuer  # "Un communiqué de la présidence indique que …": the presidency says it
        if not contents:
            content, embedded = self._complement(verb)
            if content is None:
                content, embedded = _interrupted_clause(verb, segments) or _sentence_before_incise(verb), False
            contents = [content] if content is not None else []
        if not contents or subject is None or not self._can_speak(subject, index):
            return []
        if verb.pos_ == "NOUN" and subject.i not in index.by_token and not (subject.head == verb
                                                                         and subject.dep_ == "nsubj") \
                and not _phrase_right_before(subject, verb):
            return []  # a verb read as a noun: only a named subject, one the parser gave it, or the phrase right
            # before it is sure ("La Fédération X juge que …", "La cheffe de file des députés juge que …", "Le
            # maire, lui, juge que …")
        speaker = index.coordinated_speaker(subject) or index.speaker(subject_phrase(subject), subject)
        acts: list[Token] = []
        if len(contents) == 1:
            contents[0], acts = self._before_next_acts(contents[0], segments)
        if (shares := _respective_shares(verb, contents, speaker)) is not None:
            return [quote for member, part in shares
                    for quote in self._statements(verb, [part], embedded, member, segments, found)]
        quotes = self._statements(verb, contents, embedded, speaker, segments, found)
        # "a dit suivre la situation, tout en condamnant X": X is the same speaker's; who acts is not said when the
        # content has a subject of its own ("a annoncé que son pays rappelait …, accusant …"): no speaker then
        act_speaker = _UNSAID if acts and _another_subject(contents[0], speaker, index) else speaker
        for act in acts:
            content, act_embedded = self._complement(act)
            if content is not None:  # "avant de" has the main clause's subject, whatever the content's
                own = speaker if _marked_by(act, self.words.sequence_markers) else act_speaker
                quotes += self._statements(act, [content], act_embedded, own, segments, [*found, *quotes])
        return quotes

    def _statements(self, verb: Token, contents: list[Span], embedded: bool, speaker: dict, segments: list[Span],
                    found: list[FoundQuote]) -> list[FoundQuote]:
        """The statements a verb makes through its contents, less those that say nothing or were already found."""
        quotes: list[FoundQuote] = []
        for content in contents:
            if not (says_something(content) or self._short_claim(verb, content) or self._self_description(verb)
                    or any(t.is_quote for t in content)) or content.root.lemma_ in self.words.anonymity_nouns:
                continue  # "Le motif", "lundi", "a requis l'anonymat": no statement ("s'est dite « soulagée »" is one)
            start, end = trimmed(content)
            if end - start < 2 or any(covers(q, start, end) for q in [*found, *quotes]):
                continue
            around = [s for s in segments if not s.start <= verb.i < s.end]  # not the quotation the verb is in:
            kind, start, end = kind_and_extent(start, end, around, embedded)  # another's words ("« Il a expliqué
            quotes.append(FoundQuote(start, end, kind, cue_of(verb), dict(speaker)))  # avoir agi … », a dit X")
        return quotes

    def _before_next_acts(self, content: Span, segments: list[Span]) -> tuple[Span, list[Token]]:
        """A content ends before ", précisant que …", ", tout en condamnant …", ", quelques heures après avoir
        annoncé …": a reporting verb that is no finite one, after a comma outside quotation marks, is the speaker's
        statement, which the parser hangs inside the content.

        RETURNS (tuple): the content up to that comma, and the verbs of the acts after it.
        """
        doc = content.doc
        quoted = {t.i for segment in segments for t in segment}
        for token in content:
            if token.text != "," or token.i in quoted:
                continue
            act = self._act_after(doc, token.i, content.end)
            if act is not None and token.i > content.start:
                return doc[content.start : token.i], [act]
        return content, []

    def _act_after(self, doc: Doc, comma: int, end: int) -> Token | None:
        """The non-finite reporting verb of a clause that opens at the comma (within a few words), if any."""
        for token in doc[comma + 1 : min(comma + 6, end)]:
            if token.is_punct or "Fin" in token.morph.get("VerbForm"):
                return None
            if token.pos_ == "VERB" and self.lexicon.lemma_of(token) and _non_finite(token):
                return token
        return None

    def _complement(self, verb: Token) -> tuple[Span | None, bool]:
        """What the verb reports through one of its frames: que-clause, infinitive, object, "X de Y", "à Y".

        RETURNS (tuple): the content, and whether it is syntactically embedded (False for the speaker's own words
        after a colon or in quotation marks: "a écrit : « … »").
        """
        frames = self.lexicon.frames[self.lexicon.lemma_of(verb)] | {"speech"}
        if (described := self._self_description(verb)) is not None:
            return described, True
        if _agent(verb) is not None and (label := _agent_s_quoted_label(verb)) is not None:
            return label, True
        if "as" in frames:
            return _self_label(verb) or _quoted_object(verb), True
        if "quoted" in frames and _object_quotes(verb):
            frames |= {"obj"}  # "a salué « un signal fort »", "a défendu des mesures « nécessaires »": words
        if "prospect" in frames and not any(c.dep_ == "obj" and is_someone(c) for c in verb.children):
            frames |= {"obj"}  # "exclut toute hausse des impôts": what the speaker rules out
        noun_after_verb = next((c for c in verb.rights if frame_of(c) == "obj"), None)
        if follows_its_words(verb) and not (noun_after_verb is not None and disagrees_in_number(noun_after_verb, verb)):
            frames -= {"obj"}  # "…, a rappelé la même source": the noun after an incise's verb is its subject
        cue_noun = self.lexicon.cue_noun(verb)
        noun_at = cue_noun.i if cue_noun is not None else -1
        rights = [d for c in verb.rights for d in (_hung_on_aside(c) if is_aside_phrase(c) else
                                                   _hung_on_name(c) if _word_of_a_name(c) else (c,))]
        parts = [c for c in rights if (frame_of(c) in frames or self._names_words(c, frames) or _charged(c, frames)
                                       or _de_infinitive(c, frames)) and not self._when(c) and c.i != noun_at]
        # ("assure *de son côté* que …": the aside is no "de" complement)
        if not parts and "obj" in frames and (misplaced := object_past_comparison(verb)) is not None:
            parts = [misplaced]  # "excluait, tout comme son homologue, l'éventualité d'une grève"
        quoted_before = [c for c in verb.lefts if c.dep_ in {"advcl", "ccomp", "parataxis"} and follows_its_words(verb)
                         and not _across_paragraphs(verb.doc[c.left_edge.i : verb.i])]
        if quoted_before and noun_after(verb) is None and not any(t.is_quote for t in quoted_before[0].subtree):
            quoted_before = []  # "Contacté par la rédaction, X a réagi": no incise without a quote or a subject after it
        if not parts and quoted_before:
            return quoted_before[0].doc[quoted_before[0].left_edge.i : quoted_before[0].right_edge.i + 1], False
        if not parts and (qualified := _qualified_as(verb, frames, self._when)) is not None:
            return qualified, True  # "a qualifié d'« irresponsable » la décision", the decision hung on the label
        if not parts:
            return self._told_that(verb) or _called_to(verb, frames) or self._object_after_when(verb, frames) or \
                _clause_past_source(verb, frames) or _linear_complement(verb) or _article_read_as_de(verb, frames) \
                or _clause_after_colon(verb), True
        first = parts[0]
        embedded = frame_of(first) != "speech"
        if frame_of(first) == "que":  # "a prévenu que Washington « envisagerait … »": a clause the parser split
            parts = [first, *(part for part in parts[1:] if frame_of(part) in {"que", "speech"})]
        if not embedded and any(c.dep_ == "obj" for c in verb.children):
            return None, True  # "précise certaines choses : « … »": the words after the colon are a new statement
        if (qualified := _qualified_as(verb, frames, self._when)) is not None:
            return qualified, True  # "a qualifié ces accusations de « grotesques »": the label is the statement
        if frame_of(first) == "obj" and _anaphoric(first) and not _object_quotes(verb):
            return None, True  # "a réagi à cette déclaration", "avaient évoqué ce thème": no statement of its own
            # (but "a jugé ces mesures « tardives »" quotes the speaker's words)
        if frame_of(first) == "obj" and first.pos_ == "NOUN" and self._someone_not_words(first) \
                and not any(frame_of(c) == "de" for c in verb.rights) and not _charged(first, frames):
            return None, True  # "a rappelé son ambassadeur", "a dénoncé le gouvernement russe" (but "accuse X de Y")
        if frame_of(first) == "obj" and first.lemma_ in self.words.words_nouns:
            return _spelled_out(first), True  # "maintient sa version : P" says P; "maintient sa version" names words
        obj = next((c for c in verb.rights if c.dep_ == "obj" and c.i < first.i and not self._when(c) and c.i != noun_at),
                   None)
        if frame_of(first) == "de" and obj is not None:
            first = obj  # "accuser les Nord-Coréens de livrer …", "assurer Pyongyang de son soutien"
        if frame_of(first) != "que":
            parts = [first, *_attached_after(verb, first, frames)]
        doc = verb.doc
        start, end = first.left_edge.i, max(part.right_edge.i for part in parts) + 1
        while start < end and (doc[start].text == "," or doc[start].dep_ == "mark" and doc[start].lower_ in self.words.que):
            start += 1  # ", qu'il avait joué …" after a parenthesis: the clause without its comma and "que"
        if cue_noun is not None and doc[start].lower_ in self.words.de and doc[start].dep_ == "case":
            start += 1  # "a fait état de trois morts": what was said is the noun phrase ("du", "des" keep their article)
        if frame_of(first) == "obj":
            end = _before_main_subject(verb, _spelled_out_after_colon(doc, _before_adjunct(doc, start, end)))
            start = _label_before(verb, first, start)
        return doc[start:end], embedded

    def _someone_not_words(self, noun: Token) -> bool:
        """An object that names a person, a group or a body and nothing more ("a rappelé son ambassadeur", "a dénoncé
        le gouvernement russe"), which is no words: not a document or a statement ("le communiqué", "sa
        déclaration"), not a quoted label ("qu'il qualifie d'« organisation terroriste »"), not one the verb's
        complements go on after ("exigeant des autorités une solution", the parser's object)."""
        language, doc = lang.load(noun.lang_), noun.doc
        if any(t.is_quote for t in doc[max(noun.left_edge.i - 1, 0) : noun.i]):
            return False
        if any(c.i > noun.right_edge.i and (c.dep_ in {"obj", "ccomp", "xcomp"} or preposition(c) is None)
               and not c.is_punct for c in noun.head.children):
            return False
        return noun.lower_ in language.person_nouns or (noun.lemma_ in language.agent_nouns and noun.lemma_ not in
                                                        self.words.words_nouns | self.words.document_nouns)

    def _self_description(self, verb: Token) -> Span | None:
        """"Il s'est dit prêt à reprendre les essais si …", "se déclare favorable à …": the adjective and its
        complements are what the subject said of itself."""
        if verb.lemma_ not in self.words.self_description_verbs or not _reflexive(verb):
            return None
        doc = verb.doc
        adjective = next((c for c in verb.rights if (c.pos_ == "ADJ" and c.dep_ in {"advmod", "xcomp", "amod", "obj"})
                          or (_past_participle(c) and c.dep_ in {"advcl", "xcomp"})  # "s'est dit soulagé"
                          or (c.pos_ == "NOUN" and c.dep_ in {"xcomp", "obl:mod"} and c.left_edge.i > 0
                              and doc[c.left_edge.i - 1].text in PAIRS)),
                         None)  # "se dit « surprise »", "« en colère »": quoted ("s'est déclaré candidat" is an act)
        if adjective is None:
            return None
        start = min([adjective.i, *(c.i for c in adjective.lefts if c.dep_ in {"advmod", "case"})])  # « très inquiète »
        after = [c.right_edge.i for c in verb.rights if c.i >= adjective.i and c.dep_ not in {"conj", "cc", "punct", "parataxis"}]
        end = max(after) + 1  # with the condition the parser hung on the verb ("si …")
        end = next((t.i - 1 for t in doc[adjective.i + 1 : end] if t.dep_ == "cc" and doc[t.i - 1].text == ","), end)
        if start > 0 and doc[start - 1].text in PAIRS:  # "s'est dite « très inquiète » pour …": the quoted words
            close = _closing_mark(doc[start - 1], adjective.i + 1, end)
            end = close if close is not None else end
        return doc[start:end]  # not into a clause coordinated after a comma (", et il est parti")

    def _told_that(self, verb: Token) -> Span | None:
        """"a informé les employés que l'usine fermerait": the clause after the addressee, which the parser hangs
        on it as a relative clause with "que" for its object."""
        if verb.lemma_ not in self.words.addressee_verbs:
            return None
        told = next((c for c in verb.rights if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}), None)
        clause = next((c for c in told.rights if c.dep_ == "acl:relcl"), None) if told is not None else None
        que = clause.left_edge if clause is not None else None
        if que is None or que.lower_ not in self.words.que or any(t.is_punct for t in verb.doc[told.i : que.i]):
            return None  # "a informé les services, que …": a comma makes it a relative clause indeed
        return verb.doc[que.i + 1 : clause.right_edge.i + 1]

    def _short_claim(self, verb: Token, content: Span) -> bool:
        """"a nié le viol", "plaidait un acquittement", "a fait part de son inquiétude": a verb of the ``claim`` frame
        says its object of a determiner and a noun (not words named: "a démenti la déclaration"); a verb of the
        ``de`` frame, its charge ("qu'il accuse d'ingérence")."""
        root = content.root
        words = [t for t in content if not t.is_punct]
        frames = self.lexicon.frames[self.lexicon.lemma_of(verb)]
        if "de" in frames and len(words) == 2 and words[0].lower_ in self.words.de and root.pos_ == "NOUN":
            return True  # "qu'il accuse *d'ingérence*": the charge
        of_verb = root.dep_ == "obj" or (root.dep_.startswith("obl") and self.lexicon.cue_noun(verb) is not None)
        return "claim" in frames and len(words) == 2 and of_verb \
            and root.head.i == verb.i and root.pos_ == "NOUN" and words[0].dep_ == "det" and root.lemma_ not in self.words.words_nouns

    def _names_words(self, child: Token, frames: frozenset[str]) -> bool:
        """"a livré sa version des faits : P": a verb of the ``words`` frame reports only an object naming words."""
        return "words" in frames and frame_of(child) == "obj" and child.lemma_ in self.words.words_nouns

    def _object_after_when(self, verb: Token, frames: frozenset[str]) -> Span | None:
        """"a évoqué jeudi des annonces « … »": an object with a partitive article right after a bare time noun,
        which the parser hangs on that noun; with the complements after it, up to the verb's next clause."""
        when = next((c for c in verb.rights if self._when(c)), None) if "obj" in frames else None
        partitive = self.words.partitive_articles
        hung = next((c for c in when.rights if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.left_edge.i == when.i + 1
                     and c.left_edge.lower_ in partitive), None) if when is not None else None
        if hung is None:
            return None
        after = [c.right_edge.i for c in verb.rights if c.i > hung.i and c.dep_ not in {"conj", "cc", "parataxis", "punct"}]
        return verb.doc[hung.left_edge.i : max([hung.right_edge.i, *after]) + 1]

    def _when(self, child: Token) -> bool:
        """"a qualifié lundi de …": a bare time noun the parser took for an object is an adverbial."""
        return child.lower_ in self.lexicon.time_nouns and is_bare_noun(child)

    def _can_speak(self, subject: Token, index: EntityIndex) -> bool:
        """A subject that can say something: not a date ("lundi"), not an indefinite thing ("Des menaces"), not a
        place that is no state or city ("la péninsule coréenne"); an indefinite noun speaks when it is a person's or a
        source's, or has a name in apposition; for "qui", what it stands for ("Un aveu qui … confirme une
        information": no one)."""
        if subject.lower_ in self.lexicon.time_nouns:
            return False
        clause = subject.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "… qui a déclenché … et qui confirme …"
        if subject.lower_ in self.words.subject_relatives and clause.dep_ == "acl:relcl" and clause.head.pos_ == "NOUN":
            return self._can_speak(relative_antecedent(subject, self.words) or clause.head, index)
        found = index.by_token.get(subject.i)
        if found is not None:
            return found[0]["label"] != "LOC" or found[0]["type"] in {"GPE", "CITY"}
        indefinite = any(c.dep_ == "det" and c.lower_ in self.words.indefinite_determiners for c in subject.children)
        someone = subject.lower_ in self.person_nouns or subject.lemma_ in self.words.anonymous_sources or \
            any(c.dep_ == "appos" and c.i in index.by_token for c in subject.children)  # "Un élu, X, a …"
        return not (subject.pos_ == "NOUN" and indefinite and not someone)


def _issuer(document: Token, index: EntityIndex) -> Token | None:
    """Who issued a document that says something ("le rapport *de l'ONU*", "un communiqué *de la présidence*"): its
    "de" complement when that is someone named, or any one for a new document; else None (the document speaks, or
    a definite one takes up the speaker before it: "le communiqué de l'état-major" is the army's named before)."""
    words = lang.words_of(document)
    issuer = someone_of(document) if document.lemma_ in words.document_nouns else None
    if issuer is None:
        return None
    new = any(c.dep_ == "det" and c.lower_ in words.indefinite_determiners for c in document.children)
    named = issuer.i in index.by_token and not index.by_token[issuer.i][0].get("unnamed")
    return issuer if new or named else None


def _charged(child: Token, frames: frozenset[str]) -> bool:
    """"accusant le pays voisin d'« actions hostiles »", "accuse le maire d'avoir menti": for a verb of the ``de``
    frame, an object with the charge the parser hung on it — a bare noun or an infinitive after "de" ("la directrice
    de l'Agence" is a title, and after an incise's verb the noun is its subject; "un million de personnes" counts
    what it is of)."""
    if "de" not in frames or frame_of(child) != "obj" or follows_its_words(child.head) or child.morph.get("NumType"):
        return False
    return any(_is_de(c.left_edge) and (c.pos_ == "VERB" or not any(d.dep_ == "det" for d in c.children))
               for c in child.rights if c.dep_ in {"nmod", "acl"})


def _is_de(token: Token) -> bool:
    """"de", "du", "d'", and the "d" of "d’«" that the tokenizer splits from its apostrophe before a quotation mark."""
    elided = token.lower_ == "d" and token.i + 1 < len(token.doc) and token.nbor().text in {"'", "’"}
    return token.lower_ in lang.words_of(token).de_forms or elided


def _non_finite(verb: Token) -> bool:
    """A present participle ("précisant"), an infinitive ("affirmer"), or a past participle under an infinitive
    auxiliary ("après avoir annoncé"), in the active; not a bare past participle ("soutenues par …"), which
    qualifies a noun, nor an infinitive with "de" or "à", which completes a verb (but "avant de" opens the speaker's
    next act: "…, avant d'annoncer une hausse des aides")."""
    forms, words = verb.morph.get("VerbForm"), lang.words_of(verb)
    completing = _marked_by(verb, words.de | words.a) and not _marked_by(verb, words.sequence_markers)
    if any(c.dep_ == "aux:pass" for c in verb.children) or completing:
        return False  # "accusé X, Y, d'avoir été informés": the infinitive completes the verb before the comma
    if "Part" in forms and "Past" in verb.morph.get("Tense"):
        return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)
    return "Inf" in forms or "Part" in forms


def _marked_by(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in verb.children)


def _another_subject(content: Span, speaker: dict | None, index: EntityIndex) -> bool:
    """Whether the content has a subject of its own who may act ("que son pays rappelait …", "que les manifestants
    avaient défilé …"): the participle after it may be that subject's act as much as the speaker's. A thing ("que
    les négociations avaient échoué, accusant …"), the speaker again ("qu'il quittait le sommet, dénonçant …") or
    the speaker's own side ("que son pays rappelait son ambassadeur, accusant …") leaves the act to the speaker."""
    possessives = lang.words_of(content.doc).possessive_determiners
    for token in content:
        own_side = any(c.dep_ == "det" and c.lower_ in possessives for c in token.children)
        if token.dep_ in {"nsubj", "nsubj:pass"} and is_someone(token) and not own_side:
            found = index.by_token.get(token.i)
            if found is None or speaker is None or found[0]["id"] != speaker.get("entity"):
                return True
    return False


def _past_participle(token: Token) -> bool:
    return token.pos_ == "VERB" and is_past_participle(token)


def _sentences(verb: Token) -> bool:
    """"a condamné un policier à dix-huit mois de prison": a term a court sentences to, on the verb or hung on its
    object, makes the verb a court's act, no statement."""
    return any(is_sentence_term(d) and d.pos_ == "NOUN"  # (not "appeler à faire …")
               for c in verb.children for d in (c, *(c.children if c.dep_ == "obj" else ())))


def _phrase_right_before(subject: Token, verb: Token) -> bool:
    """Whether only the subject's own words (its complements, not a conjunct), commas and a stressed pronoun ("Le
    maire de Lyon, lui, juge …") stand between the subject and the verb."""
    words = lang.words_of(verb)
    stressed = words.stressed_pronouns.keys() | words.plural_stressed_pronouns.keys()
    return subject.i < verb.i and all(
        t.text == "," or t.lower_ in stressed or _complement_of(t, subject) for t in verb.doc[subject.i + 1 : verb.i])


def _complement_of(token: Token, noun: Token) -> bool:
    while token.i != noun.i and token.head.i != token.i and token.dep_ != "conj":
        token = token.head
    return token.i == noun.i


def _negated(verb: Token) -> bool:
    """"n'a pas précisé", "n'a mentionné aucun dommage", "a refusé de préciser": no statement was made; nor is one
    yet in "va proposer", "doit préciser", "pourrait annoncer" (an infinitive under a verb of future or modality)."""
    words = lang.words_of(verb)
    adverbs = [c for c in verb.children if c.dep_ == "advmod"]
    if verb.lemma_ not in words.litotes_verbs and \
            any(a.lower_ in words.negation_adverbs for c in adverbs for a in (c, *c.children)):
        return True  # (also "n'a *pas* encore dit", the parser hanging "pas" on "encore"; but "n'exclut pas de …"
        # says it may be: a statement)
    if any(c.dep_ == "obj" and any(d.lower_ in words.negative_determiners for d in c.children)
           and not any(t.text == "," for t in verb.doc[verb.i : c.i]) for c in verb.children):
        return True  # (not "Comme l'a souligné X, *aucune* décision n'est prise": the next clause's, misparsed)
    if _yet_to_come(verb):
        return True
    return verb.head.lemma_ in words.refusal_verbs


def _passive(verb: Token) -> bool:
    """"Les policiers ont été qualifiés de héros": the subject of a passive is spoken of, not the speaker."""
    return any(c.dep_ == "aux:pass" and c.pos_ == "AUX" for c in verb.children)  # not "par" of "a par ailleurs dit"


def _agent(verb: Token) -> Token | None:
    """Who spoke, in a passive: "… a été qualifié de héros par le maire"."""
    return next((c for c in verb.children if c.dep_ == "obl:agent"), None)


def _agent_s_quoted_label(verb: Token) -> Span | None:
    """"a été jugée « inacceptable » par X", "qualifiée de « brutale » par les syndicats", "dénoncée par X comme
    « une erreur »": in a passive, the words in quotation marks that label what is spoken of are the agent's (in a
    complement of the verb, not in a clause of its own: "…, qui a salué « … »")."""
    doc = verb.doc
    phrases = [c for c in verb.children if c.dep_ in {"xcomp", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod"}]
    for token in sorted((t for c in phrases for t in c.subtree if t.text in PAIRS and t.i > verb.i), key=lambda t: t.i):
        close = _closing_mark(token, token.i + 1, verb.sent.end)
        if close is not None and close > token.i + 1:
            return doc[token.i : close + 1]
    return None


def _yet_to_come(verb: Token) -> bool:
    """A verb under an infinitive governed by a verb of future or modality, not in the past: "va proposer", "doit
    faire le choix … en s'engageant à" (but "a dû préciser" was said)."""
    token, modals = verb, lang.words_of(verb).modal_verbs
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if "Inf" in token.morph.get("VerbForm") and head.lemma_ in modals and "Part" not in head.morph.get("VerbForm"):
            return True
        token = head
    return False


def _before_adjunct(doc: Doc, start: int, end: int) -> int:
    """Where an object's words end before ", soulignant que …" or ", une décision dénoncée par …": a participle
    clause after a comma is the sentence's adjunct (its own statement), an indefinite noun phrase in apposition is
    the writer's comment on what was said, and a document it was said in is where, though the parser hangs all of
    them on the object."""
    words = lang.words_of(doc)
    for i in range(start + 1, end - 1):
        if doc[i].dep_ == "case" and doc[i].lower_ in words.document_prepositions \
                and doc[i].head.lemma_ in words.document_nouns and doc[i].head.i > i:
            return i  # "a confirmé l'attaque *dans un communiqué*": where it was said, not what
        if doc[i].text != ",":
            continue
        after = doc[i + 1]
        if "Part" in after.morph.get("VerbForm") and "Pres" in after.morph.get("Tense"):
            return i
        if after.lower_ in words.indefinite_determiners and after.head.dep_ == "appos" and after.head.i > after.i:
            return i
    return end


def _called_to(verb: Token, frames: frozenset[str]) -> Span | None:
    """"a appelé les habitants à rester chez eux": "Y à Z" for a verb of the ``a`` frame, whose infinitive the parser
    hangs on the object."""
    if "a" not in frames:
        return None
    called = next((c for c in verb.rights if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}), None)
    to = next((c for c in called.rights if c.dep_ == "acl" and c.pos_ == "VERB"
               and any(m.dep_ == "mark" and m.lower_ in lang.words_of(verb).a for m in c.children)), None) if called else None
    return verb.doc[called.left_edge.i : to.right_edge.i + 1] if to is not None else None


def _qualified_as(verb: Token, frames: frozenset[str], is_when) -> Span | None:
    """"a qualifié lundi de « dramatiques » les conséquences de …": the label with what it qualifies ("de « … »
    les conséquences …"), the label alone when what it qualifies came before ("des groupes qu'elle a qualifiés de
    « terroristes »")."""
    de = lang.words_of(verb).de
    label = next((c for c in verb.rights if c.dep_ in {"xcomp", "obl:arg"} and c.pos_ in {"ADJ", "NOUN"}
                  and preposition(c) == "de" and not is_aside_phrase(c)), None)  # not "de son côté"
    objects = [c for c in verb.rights if c.dep_ == "obj" and not is_when(c)]
    if "de" in frames and label is None and (labelled := _labelled_object(objects, de)) is not None:
        return labelled
    if "de" not in frames or label is None:
        return None
    if any(c.i < label.i for c in objects):
        return None  # "accuser Rabat de trahison": the object and its charge (``_complement``)
    qualified = [c for c in objects if c.i > label.i]
    doc = verb.doc
    end = max([label.right_edge.i, *(c.right_edge.i for c in qualified)])
    clause = next((t.i for t in doc[label.i : end] if t.text in {",", ";"} and t.i + 1 < len(doc)
                   and (doc[t.i + 1].dep_ in {"mark", "cc"} or doc[t.i + 1].pos_ in {"SCONJ", "CCONJ"})), None)
    end = clause - 1 if clause is not None else end  # not ", tandis que la France a appelé …": another's words
    return doc[label.left_edge.i : end + 1]


def _clause_past_source(verb: Token, frames: frozenset[str]) -> Span | None:
    """"Les enquêteurs estiment, selon une source proche du dossier, que …", "Le Kremlin a démenti, selon l'agence
    Reuters, toute implication": the parser hangs the que-clause or the object after a source phrase between commas
    on the source; it is the verb's (the source only relays it)."""
    words = lang.words_of(verb)
    for source in (c for c in verb.rights if c.dep_.startswith("obl")):
        if preposition(source) not in words.source_prepositions:
            continue
        clause = next((c for c in source.rights if c.dep_.startswith("acl") and
                       any(m.dep_ == "mark" and m.lower_ in words.que for m in c.children)), None)
        if clause is not None and "que" in frames:
            start = next(t.i for t in clause.subtree if t.lower_ in words.que) + 1
            return verb.doc[start : clause.right_edge.i + 1]
        obj = next((c for c in source.rights if c.pos_ == "NOUN" and c.doc[c.left_edge.i - 1].text == ","), None)
        if obj is not None and "obj" in frames:  # with what the parser hung on the source after it
            return verb.doc[obj.left_edge.i : source.right_edge.i + 1]
    return None


def _label_before(verb: Token, obj: Token, start: int) -> int:
    """"a jugé « inacceptable » le recours à …": an adjective between the verb and its object is what the speaker
    called it, part of the statement; the content then begins at the label (with its quotation mark)."""
    label = obj if obj.pos_ == "ADJ" else \
        next((c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.i < obj.i), None)
    if label is None:  # (the label the parser made the object: "a jugé mardi « inacceptables » les frappes")
        return start
    doc = verb.doc
    first = label.left_edge.i
    return first - 1 if first > verb.i + 1 and doc[first - 1].is_quote else first


def _labelled_object(objects: list[Token], de: frozenset[str]) -> Span | None:
    """"a qualifié ces accusations de « grotesques »": the parser hangs the label on the object; an adjective or a
    quoted word after "de" is a label ("les accusations de corruption" is a noun's complement, no label), the object
    with it what was said, even a demonstrative one."""
    for obj in objects:
        if any(c.dep_ == "nmod" and (c.pos_ == "ADJ" or c.doc[c.i - 1].is_quote)
               and preposition(c) == "de" for c in obj.children):
            return obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def _spelled_out_after_colon(doc: Doc, end: int) -> int:
    """Where an object's words end when a colon spells it out: "a requis la peine maximale : 20 ans de réclusion"
    says the sentence to its end (a quotation after the colon is a new statement, a line a list: left alone)."""
    if end + 1 >= len(doc) or doc[end].text != ":" or doc[end + 1].is_quote or "\n" in doc[end + 1].text:
        return end
    sentence = doc[end].sent
    return next((t.i for t in doc[end + 1 : sentence.end] if t.text in {".", ";", "!", "?"} or "\n" in t.text), sentence.end)


def _listed_items(verb: Token) -> list[Span]:
    """"L'arrêté indique :" then one statement per bulleted line ("- la vente … est interdite")."""
    doc = verb.doc
    i = verb.i + 1
    if i + 2 >= len(doc) or doc[i].text != ":" or "\n" not in doc[i + 1].text:
        return []
    items, i = [], i + 2
    while i < len(doc) and doc[i].text in _BULLETS:
        end = next((t.i for t in doc[i + 1 :] if "\n" in t.text), len(doc))
        items.append(doc[i + 1 : end])
        i = end + 1
    return items


def _subject_before(verb: Token) -> Token | None:
    """The verb's own subject, else the noun right before it: the parser often hangs a verb that opens a list on the
    sentence before ("La préfecture a pris cet arrêté … Dans le détail, l'arrêté préfectoral indique :")."""
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    before = verb.doc[verb.sent.start : verb.i]
    return own or next((t for t in reversed(before) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)


def _anaphoric(obj: Token) -> bool:
    """An object that only points back: a pronoun, or a noun with a demonstrative ("cette déclaration")."""
    demonstratives = lang.words_of(obj).demonstrative_determiners
    return obj.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in demonstratives for c in obj.children)


def _article_read_as_de(verb: Token, frames: frozenset[str]) -> Span | None:
    """"a évoqué « des discussions difficiles »": the indefinite article "des" the parser read as "de" + "les",
    making the object an oblique; right after the verb (quotation marks aside), the object of a verb of the ``obj``
    frame (one of the ``de`` frame reads "de" as its own: "fait état des blessés")."""
    if "obj" not in frames or "de" in frames:
        return None
    doc, partitives = verb.doc, lang.words_of(verb).partitive_articles
    for c in verb.rights:
        article = c.left_edge
        if c.dep_ == "obl:arg" and article.dep_ == "case" and article.lower_ in partitives and \
                all(t.is_quote for t in doc[verb.i + 1 : article.i]):
            return doc[article.i : c.right_edge.i + 1]
    return None


def _de_infinitive(child: Token, frames: frozenset[str]) -> bool:
    """"n'exclut pas *de recourir* au 49.3": an infinitive with "de" is a verb's ``inf`` frame when the verb has no
    "de" frame of its own (where "de" says the charge: "accuser X de …")."""
    return "inf" in frames and "de" not in frames and frame_of(child) == "de" and "Inf" in child.morph.get("VerbForm")


def _word_of_a_name(token: Token) -> bool:
    """"a dénoncé sur France *Inter* une « décision absurde »": a word inside a name, which the tagger took for a
    verb and the parser made the reporting verb's complement."""
    return token.pos_ in {"VERB", "AUX"} and token.ent_iob_ == "I"


def _hung_on_name(word: Token) -> list[Token]:
    """The complements the parser hung on a word of a name read as a verb: the reporting verb's."""
    return [c for c in word.rights if c.dep_ in {"obj", "ccomp", "xcomp"}]


def _hung_on_aside(aside: Token) -> list[Token]:
    """"réclame pour sa part *l'abandon du projet*": the object the parser hung on an aside as its apposition."""
    return [c for c in aside.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]


def _attached_after(verb: Token, first: Token, frames: frozenset[str]) -> list[Token]:
    """What completes the first complement: "de Y" after the object of "accuser X de Y", an oblique right after an
    object ("un prétexte à une nouvelle escalade"), a second object right after it (a quoted adverb the tagger read
    as a noun: "a condamné « fermement » la tentative"), the adjective or participle the parser hung on the verb ("a
    dénoncé une grève « irresponsable »", "a critiqué un plan « bâclé »")."""
    if frame_of(first) != "obj":
        return []
    after = [c for c in verb.rights if c.i > first.right_edge.i]
    if "de" in frames and (with_de := [c for c in after if frame_of(c) == "de"]):
        return with_de[:1]
    doc = verb.doc
    predicates = [c for c in after if c.dep_ == "xcomp" and (c.pos_ == "ADJ" or is_past_participle(c))]
    following = [c for c in after if (c.dep_.startswith("obl") or c.dep_ == "obj" or c in predicates)
                 and all(t.is_quote for t in doc[first.right_edge.i + 1 : c.left_edge.i])]  # "une grève « irresponsable »"
    coordinated = [c for c in after if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]  # "X, mais aussi Y"
    return following[:1] + coordinated


def _self_label(verb: Token) -> Span | None:
    """"L'accusé s'est décrit comme « une pièce rapportée »": what follows "comme" is what the subject said it is;
    without "se" ("a décrit la scène comme …", "a présenté son plan") the verb reports nothing of this kind."""
    if not _reflexive(verb):
        return None
    words = lang.words_of(verb)
    label = next((c for c in verb.rights if preposition(c) in words.as_conjunctions), None)
    if label is None:
        return None
    start = next(m.i for m in label.children if m.lower_ in words.as_conjunctions) + 1
    return verb.doc[start : label.right_edge.i + 1]


def _closing_mark(opening: Token, start: int, end: int) -> int | None:
    """Where, between tokens ``start`` and ``end``, the mark that closes the quotation ``opening`` opens stands (its
    token index), or None."""
    closing = PAIRS[opening.text]
    return next((t.i for t in opening.doc[start:end] if t.text == closing), None)


def _object_quotes(verb: Token) -> bool:
    """Whether the verb's object holds quoted words, or follows an opening mark ("a salué « un geste fort »")."""
    obj = next((c for c in verb.rights if c.dep_ == "obj"), None)
    return obj is not None and any(t.is_quote for t in verb.doc[verb.i + 1 : obj.right_edge.i + 1])


def _quoted_object(verb: Token) -> Span | None:
    """"Une employée a décrit « une ambiance de peur »": a verb of description reports nothing by itself ("a
    décrit la scène"), but an object in quotation marks is the speaker's words."""
    doc = verb.doc
    obj = next((c for c in verb.rights if c.dep_ == "obj"), None)
    if obj is None:
        return None
    opening = obj.left_edge.i if obj.left_edge.text in PAIRS else obj.left_edge.i - 1
    if opening < 0 or doc[opening].text not in PAIRS:
        return None
    end = _closing_mark(doc[opening], obj.i, obj.sent.end)
    return doc[opening + 1 : end] if end is not None else None


def _reflexive(verb: Token) -> bool:
    """"s'est dit", "se décrivant": the verb has its reflexive clitic before it."""
    reflexives = lang.words_of(verb).reflexive_pronouns
    return any(c.lower_ in reflexives for c in verb.lefts)


def _linear_complement(verb: Token) -> Span | None:
    """When the parser gave the verb no complement (a misread "dément"), read one off the words: "que …" or an
    infinitive right after it, up to the end of the clause."""
    doc = verb.doc
    start = verb.i + 1
    if start >= len(doc):
        return None
    words = lang.words_of(verb)
    start = _past_adverbial(doc, start, verb.sent.end, words)
    if doc[start].lower_ in words.que:
        start += 1
    elif "Inf" not in doc[start].morph.get("VerbForm") and not _negated_infinitive(doc, start, words):
        return None
    end = start
    while end < verb.sent.end and not (doc[end].text in {".", ";", ":"} or (doc[end].lower_ in words.conjunction_and and end + 1 < len(doc) and doc[end + 1].pos_ == "VERB")):
        end += 1
    return doc[start:end] if end > start else None


def _clause_after_colon(verb: Token) -> Span | None:
    """"Le syndicat a prévenu : soit le gouvernement recule, soit la grève reprendra.": the words a reporting verb
    introduces by a colon without quotation marks, up to the end of the sentence, when they make a clause (a finite
    verb); only a day or a time the verb has may stand between it and the colon. Quoted words after a colon are the
    quotation marks' to read."""
    doc, end = verb.doc, verb.sent.end
    colon = verb.i + 1
    while colon < end and (doc[colon].is_space or doc[colon].head == verb and is_bare_time_noun(doc[colon])):
        colon += 1
    if colon >= end - 1 or doc[colon].text != ":":
        return None
    while end > colon + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    words = doc[colon + 1 : end]
    if any(t.is_quote for t in words) or not any(is_finite_verb(t) for t in words):
        return None
    return words


def _negated_infinitive(doc: Doc, start: int, words) -> bool:
    """"affirme n'avoir jamais reçu …": an infinitive after the negation's "ne"."""
    return doc[start].lower_ in words.negation_particles and start + 1 < len(doc) and \
        "Inf" in doc[start + 1].morph.get("VerbForm")


def _past_adverbial(doc: Doc, start: int, end: int, words, reach: int = 6) -> int:
    """"a déclaré par voie de communiqué qu'ils …" (a "qu'" the parser read as a relative), "affirme au contraire
    avoir subi …": the "que" or the infinitive after a prepositional phrase right after the verb; "a affirmé, voici
    quelques jours, qu'il …", "a déclaré mardi soir, devant les députés réunis en congrès, que …": the "que" after a
    comma that closes adverbials set off after the verb; else ``start``."""
    prepositional, dated = doc[start].pos_ == "ADP", is_bare_time_noun(doc[start])
    if not (prepositional or dated or doc[start].text == ","):
        return start
    for i in range(start + 1, min(start + 3 * reach, end)):
        # a "que" or an infinitive right after a short phrase, or after a day and its adverbials ("a annoncé
        # mercredi soir à la télévision avoir pris …"); farther, after a comma
        near = (prepositional and i < start + reach) or dated
        locution = doc[i - 1].pos_ in {"ADV", "SCONJ", "ADP"}  # "alors que", "tandis que", "avant que"
        if doc[i].lower_ in words.que and ((near and not locution) or doc[i - 1].text == ","):
            return i
        if near and "Inf" in doc[i].morph.get("VerbForm"):
            return i
        if prepositional and doc[i].text == ",":  # "par l'intermédiaire de X, voici quelques jours, qu'il …"
            after_comma = _past_adverbial(doc, i, end, words, reach)
            return after_comma if after_comma != i else start
        finite = doc[i].pos_ in {"VERB", "AUX"} and ("Fin" in doc[i].morph.get("VerbForm") or prepositional) \
            and doc[i].lower_ not in words.presentatives
        if finite or doc[i].pos_ in {"SCONJ", "CCONJ"} or (doc[i].is_punct and doc[i].text != ","):
            return start
    return start


def _interrupted_clause(verb: Token, segments: list[Span]) -> Span | None:
    """An incise or "comme" clause reports the clause it interrupts: "…, a-t-il souligné" / "Comme le rapporte X, P".

    The reported words are those of the interrupted clause before the incise, or after it when it opens the sentence
    or follows mere adverbials ("Par contre, souligne-t-il, « … »").
    """
    words = lang.words_of(verb)
    inverted = any(c.lower_ in words.subject_clitics for c in verb.children)
    as_comme = any(c.dep_ == "mark" and c.lower_ in words.as_conjunctions for c in verb.children)
    if not (inverted or as_comme) or verb.dep_ not in {"advcl", "parataxis"}:
        return None
    doc = verb.doc
    own = [t.i for t in verb.subtree]
    past_subject = next((c.right_edge.i for c in verb.rights if c.dep_.startswith("nsubj")), verb.i)
    if as_comme and (comma := next((t.i for t in doc[past_subject : own[-1]] if t.text == ","), None)) is not None:
        own = [i for i in own if i < comma]  # "Comme l'a souligné X, aucune décision n'est prise": the main clause's
        # subject, which the parser hung on the "comme" clause's verb, is no part of it
    main = [t.i for t in verb.head.subtree if t.i not in set(own)]
    quoted = {t.i for segment in segments for t in segment}
    ends = (t.i for t in reversed(doc[: own[0]]) if (t.text in {".", "!", "?"} and t.i not in quoted) or "\n" in t.text
            or (t.text == ":" and t.i + 1 in quoted | {s.start - 1 for s in segments}))
    stop = next(ends, -1)  # nor past a colon that opens the quotation: "X a reçu Y : « … », a-t-il confié"
    before = [i for i in main if stop < i < own[0]]  # not into a sentence the parser ran this one into
    after = [i for i in main if i > own[-1]]
    said_before = before and says_something(doc[before[0] : before[-1] + 1])
    words = before if said_before and not as_comme else after
    return doc[min(words) : max(words) + 1] if words else None


def _informant(verb: Token) -> Token | None:
    """Whom a verb of learning got the words from ("a-t-on appris *auprès de la préfecture*", "a appris l'AFP auprès
    du parquet", "de source policière"), the one who said them; None when it names no one (whoever "a appris que
    …" only learned it)."""
    informants = lang.words_of(verb).informant_prepositions
    near = [*verb.children, *(g for c in verb.children if c.dep_.startswith(("obj", "obl")) for g in c.children)]
    for c in near:  # on the verb, or on the learner the parser hung it on ("a appris BFMTV auprès du parquet")
        if c.lower_ in informants:  # "auprès" read as an adverb, the source hung on it
            found = next((d for d in c.children if d.pos_ in {"NOUN", "PROPN"}), None)
            if found is not None:
                return found
        if c.pos_ in {"NOUN", "PROPN"} and preposition(c) in informants:
            return c
        if c.lemma_ in lang.words_of(verb).anonymous_sources and _is_de(c.left_edge):  # "de source policière"
            return c
    return None


def _respective_shares(verb: Token, contents: list[Span], speaker: dict) -> list[tuple[dict, Span]] | None:
    """"La France et le Royaume-Uni ont *respectivement* appelé Moscou à A et à B": each member of a group speaker
    said the part of the content in its place — France A, the United Kingdom B — when the content coordinates as
    many parts as the group has members."""
    members = speaker.get("members") or []
    if len(contents) != 1 or len(members) < 2 or not any(
            c.lower_ in lang.words_of(verb).respective_adverbs for c in verb.children):
        return None
    content = contents[0]
    parts = [t for t in content.root.children if t.dep_ == "conj" and content.start <= t.i < content.end]
    if len(parts) + 1 != len(members):
        return None
    doc = content.doc
    starts = [content.start, *(next(t.i for t in p.subtree if t.dep_ != "cc" and t.text != ",") for p in parts)]
    bounds = zip(starts, [*(p.left_edge.i for p in parts), content.end])
    return [(member, doc[start:end]) for member, (start, end) in zip(members, bounds)]


def _across_paragraphs(span: Span) -> bool:
    """Whether a line break lies inside the words: an incise reports its own paragraph's words, whatever clause of
    the paragraph before the parser hung on it ("… », a affirmé le gouverneur." and, a paragraph later, "« … », a
    affirmé X")."""
    return any(token.is_space and "\n" in token.text for token in span)


def _sentence_before_incise(verb: Token) -> Span | None:
    """"P, rapporte actu.fr." when the parser did not hang the incise on P: the words of the sentence before it."""
    after = noun_after(verb) or _informant(verb)  # "…, a-t-on appris auprès de la préfecture"
    if not follows_its_words(verb) or after is None:
        return None
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux"))])
    opening = verb.sent.start
    if doc[opening].text == "," and opening > 0 and is_someone(after):
        opening = doc[opening - 1].sent.start  # "P, a indiqué X" that the parser cut at the comma
    ends = (t.i + 1 for t in reversed(doc[opening : first - 1]) if t.text in {".", "!", "?"} or "\n" in t.text)
    start = next(ends, opening)  # not into a sentence the parser ran this one into
    if doc[start].is_quote and doc[first - 2].is_quote:
        return None  # "« … », a dénoncé X": the quotation is the statement (the marks pass reads it)
    words = doc[start : first - 1]
    if len(words) < 3 or not (_holds_a_main_verb(words) or any(t.is_quote for t in words)):
        return None  # "L'élu, qui a dirigé la ville, conteste les faits": a subject and its relative clause
    return words


def _holds_a_main_verb(words: Span) -> bool:
    """Whether words hold a finite verb outside a relative clause: what an incise reports is a clause, and a noun
    with its relative clause before the verb is the verb's subject, which the parser missed."""
    relatives = {t.i for t in words if t.dep_ == "acl:relcl" for t in t.subtree}
    return any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") and t.i not in relatives for t in words)


def _spelled_out(obj: Token) -> Span | None:
    """"la version de son client : P", "sa position : P": what follows the colon after words named by a noun."""
    doc, colon = obj.doc, obj.right_edge.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or doc[colon + 1].is_quote:
        return None
    end = next((t.i for t in doc[colon + 1 : obj.sent.end] if t.text in {".", ";"} or "\n" in t.text), obj.sent.end)
    return doc[colon + 1 : end] if end > colon + 1 else None


def _before_main_subject(verb: Token, end: int) -> int:
    """"Raillant la réforme, X, député, a appelé …": the object of a participle clause that opens the sentence ends
    before the main verb's subject the parser hung on it (``subject_in_fronted_clause``)."""
    subject = subject_in_fronted_clause(verb.head) if verb.dep_ == "advcl" else None
    return subject.i - 1 if subject is not None and verb.i < subject.i < end else end
