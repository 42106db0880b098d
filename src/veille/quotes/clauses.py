"""Reading a reporting clause in the parse: its verb group, its subject (inverted or not), the frame a
dependent fills, the next reporting verb, where a sentence opens. Shared by the passes of the quotation stage."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lang
from ..doc.misreadings import is_name_read_as_verb, is_present_participle, verb_read_as_noun
from ..doc.syntax import (is_addressed_organisation, is_aside_phrase, is_bare_time_noun, is_finite_verb, is_setting,
                          latter_before_clitic, name_left_as_subject, name_read_as_predicate, pair_read_as_root,
                          picks_one_of, preposition, subject_in_fronted_clause, subject_on_auxiliary,
                          subject_past_aside)
from .lexicon import QuoteLexicon


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, through auxiliaries and coordination ("et affirme qu'…")."""
    if (pair := pair_read_as_root(verb)) is not None:
        return pair[0]  # "Kiev et Moscou ont affirmé …" misparsed: the first of the two, whose partner speaks too
    if (name := name_read_as_predicate(verb)) is not None:
        return name
    if verb_read_as_noun(verb) and verb.dep_ in {"amod", "conj", "nmod"} and verb.head.i < verb.i \
            and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "Le maire juge que …", "Le maire, lui, juge que …": the noun the parser hung it on
    euphonic = lang.words_of(verb).euphonic_t
    follows = follows_its_words(verb)
    subjects = [child for child in verb.children
                if child.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and child.lower_ not in euphonic and
                not child.is_punct and
                not (follows and child.i < verb.i)]  # "P, a annoncé X" with P's subject hung on the incise
    if subjects:  # "Il a simplement indiqué que …": a reporting verb's "il" is never impersonal
        doc = verb.doc
        own = [child for child in subjects if not any(t.text == ":" for t in doc[min(child.i, verb.i) : max(child.i, verb.i)])]
        before = [child for child in own or subjects if child.i < verb.i]
        if len(before) > 1 and any(t.lower_ in lang.words_of(verb).que and t.head == verb
                                   for t in doc[before[0].i : before[-1].i]):  # (not "X, ainsi que Y, ont …")
            return before[-1]  # "Le préfet, que les agriculteurs accusent de …": the relative clause's own subject
        # "Procès X : la défense plaide …": not the topic before the colon; "Cette dernière lui a dit …", misparsed
        return latter_before_clitic((own or subjects)[0])
    if follows:
        # "…, souligne-t-il", "…, a écrit le numéro un russe", "Comme le rapporte Le Figaro": an inverted subject the
        # parser often takes for a dependent, an object or a complement (even hung as a conjunct: "P, a annoncé le
        # gouverneur" is no second act of P's subject, when the one after the verb is someone or P's subject the
        # patient of a passive: "onze personnes ont été tuées, a annoncé le préfet")
        inverted = inverted_subject(verb) or _someone_hung_after(verb)
        if inverted is not None and disagrees_in_number(inverted, verb):
            inverted = None  # "X, …, ont annoncé lundi le rétablissement de …": an object, not "ont"'s subject
        if inverted is not None and _addressee(inverted, verb):
            # "X, président de l'UMP, a appelé le président à changer …": whom it calls, not X (whom the parser may
            # have hung on a participle clause before: "Raillant …, X, président de l'UMP, a appelé …")
            return subject_in_fronted_clause(verb)
        if inverted is not None and (verb.dep_ != "conj" or is_someone(inverted) or _passive_subject(verb.head)):
            return inverted
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return subject_of(verb.head)
    if verb.dep_.startswith("aux") and verb.head.i > verb.i and verb.pos_ == "VERB":
        # "Mme X, qui dirige l'école, affirme n'avoir …": a reporting verb misread as the auxiliary of the infinitive's
        # participle; the subject the parser gave that participle, before the verb, is its own
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i), None)
    if verb.dep_ in {"advcl", "advmod", "xcomp"} and verb.head.i != verb.i and not follows:
        if "Fin" in verb.morph.get("VerbForm"):
            return None  # "… relevée par la victime mais M.A. contestait …": a finite verb has its own subject
        return _main_subject(verb)  # "précisant que …", "en soutenant que …": the subject of the main verb
    if verb.dep_ in {"acl", "parataxis", "dep"} and is_present_participle(verb) and _after_comma(verb):
        return _main_subject(verb)  # "X a exprimé sa détresse face à cette situation, soulignant que …"
    if follows:
        return subject_in_fronted_clause(verb)
    if verb.dep_ == "acl" and is_present_participle(verb) and (document := _document_of(verb)) is not None:
        return _author(document)  # "a diffusé un communiqué appelant à …": the communiqué's issuer calls
    if verb.dep_ == "acl" and is_aside_phrase(verb.head):
        return subject_past_aside(verb)  # "Washington a pour sa part appelé à …": no one is "sa part"
    if verb.dep_ in {"acl:relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if _narrative_infinitive(verb):
        return _subject_of_sentence_before(verb)  # "Il a pris la parole. Et d'ajouter : « … »"
    if verb.pos_ not in {"VERB", "AUX"}:  # a misread verb ("Washington dément être lié"): the noun before it,
        before = verb.doc[verb.sent.start : verb.i]  # or the head of its phrase ("La Fédération de l'enseignement")
        noun = next((t for t in reversed(before) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        while noun is not None and noun.dep_ in {"nmod", "amod", "flat:name"} and noun.head.i < noun.i:
            noun = noun.head
        return noun
    # "Critiquant la réforme, X, député, a affirmé …", "X s'est engagé à …" with X left unlabelled
    return subject_in_fronted_clause(verb) or name_left_as_subject(verb) or subject_on_auxiliary(verb)


def _document_of(participle: Token) -> Token | None:
    """The writing a participle describes ("une pétition exigeant …"), also when the parser hung the participle on
    the place the writing was put ("un message sur son site appelant à …": the site calls for nothing), whether as
    the writing's complement or as the verb's."""
    documents = lang.words_of(participle).document_nouns
    head = participle.head
    if head.lemma_ in documents:
        return head
    if head.dep_ == "nmod" and head.head.lemma_ in documents:
        return head.head
    if head.dep_.startswith("obl"):
        return next((c for c in head.head.children if c.dep_ == "obj" and c.i < head.i and c.lemma_ in documents), None)
    return None


def _author(document: Token) -> Token:
    """Who issued a writing: the subject of the verb it is the object of ("L'ONG a lancé une pétition …"), or of
    the clause it sets ("Dans une lettre ouverte …, les médecins réclament …"); else the writing itself, which
    speaks only when it is someone's ("le communiqué de la préfecture")."""
    clause = document.head
    setting = document.dep_.startswith("obl") and preposition(document) in lang.words_of(document).place_prepositions
    if document.dep_ == "obj" or setting:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return document


def _narrative_infinitive(verb: Token) -> bool:
    """"Et d'ajouter : …", "Et de conclure que …": the narrative infinitive that opens a sentence, whose subject is
    that of the sentence before."""
    words = lang.words_of(verb)
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    marks = [c for c in verb.lefts if c.dep_ in {"mark", "cc"}]
    return len(marks) == 2 and marks[0].lower_ in words.conjunction_and and marks[1].lower_ in words.de and \
        opens_sentence(verb.doc, marks[0].i)


def _subject_of_sentence_before(verb: Token) -> Token | None:
    doc = verb.doc
    start = verb.sent.start
    if start == 0:
        return None
    root = doc[start - 1].sent.root
    return next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)


def disagrees_in_number(noun: Token, verb: Token) -> bool:
    """Whether a noun cannot be the verb's subject by number: "ont annoncé le rétablissement" (a plural verb, a
    singular noun with nothing coordinated to it); unknown numbers agree."""
    finite = verb if "Fin" in verb.morph.get("VerbForm") else \
        next((c for c in verb.children if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")), None)
    verb_number = finite.morph.get("Number") if finite is not None else []
    noun_number = ["Plur"] if any(c.dep_ == "conj" for c in noun.children) else noun.morph.get("Number")
    return bool(verb_number and noun_number) and verb_number != noun_number


def _addressee(noun: Token, verb: Token) -> bool:
    """An object an infinitive with "à" or "de" follows ("a appelé *le président* à changer …", "a exhorté X de
    …") is whom the verb addresses: never its subject, though the verb comes after a comma as an incise's does."""
    return noun.dep_ == "obj" and any(
        c.dep_ == "xcomp" and c.i > noun.i and "Inf" in c.morph.get("VerbForm") and
        any(m.dep_ == "mark" and m.lower_ in {"à", "de", "d'", "d’"} for m in c.children) for c in verb.children)


def inverted_subject(verb: Token) -> Token | None:
    """The subject of an incise's verb, after it (``subject_after_incise``) or before a parenthesis."""
    return subject_after_incise(verb) or subject_before_parenthesis(verb)


def subject_after_incise(verb: Token) -> Token | None:
    """The subject after an incise's verb, which the parser often reads as its object or a complement: "-il", "a
    martelé X", "a finalement tranché, mardi, la maire" (past an adverbial between commas)."""
    clitic = inverted_subject_of(verb)
    if clitic is not None:
        return clitic
    inverted = (c for c in verb.rights if c.dep_ in {"obj", "nmod", "obl:mod", "obl:arg"} and c.pos_ in {"NOUN", "PROPN"}
                and preposition(c) is None)  # "a expliqué sur France Bleu X": not the outlet
    found = next((c for c in map(_past_time_phrase, inverted) if c is not None and not is_bare_noun(c)), None)
    # "a déclaré dans un communiqué Hazem Qassem": the name the parser hung on the complement, as its apposition
    return found or next((a for a in _complements_appositions(verb) if a.pos_ == "PROPN" or _a_person(a)),
                         None) or _someone_past_parenthesis(verb)  # ("à la presse M. Sonko": a title with its name)


def _complements_appositions(verb: Token) -> list[Token]:
    """Appositions the parser hung on the verb's complements, or on the complement of its adverb ("a réagi *auprès de*
    l'AFP un ancien ministre")."""
    complements = [c for c in verb.rights if c.dep_.startswith("obl")]
    complements += [g for c in verb.rights if c.dep_ == "advmod" for g in c.children if g.dep_.startswith("obl")]
    return [a for c in complements for a in c.children if a.dep_ == "appos"]


def _a_person(noun: Token) -> bool:
    """A name with its title ("M. Sonko"), or a person described with a determiner ("un ancien ministre")."""
    if any(n.dep_ == "flat:name" for n in noun.children):
        return True
    person_words = lang.load(noun.lang_).person_words
    return (noun.lower_ in person_words or noun.lemma_ in person_words) and not is_bare_noun(noun)


def _someone_past_parenthesis(verb: Token) -> Token | None:
    """"a reconnu, sous le couvert de l'anonymat, un haut fonctionnaire": past a phrase between commas right after
    the verb, someone with a determiner, whatever the parser hung them on."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    close = next((t.i for t in doc[verb.i + 2 : verb.i + 12] if t.is_punct), None)
    if close is None or doc[close].text != ",":
        return None
    for token in doc[close + 1 : close + 5]:
        if token.is_punct:
            return None
        if token.pos_ in {"NOUN", "PROPN"}:
            return token if is_someone(token) and (token.pos_ == "PROPN" or not is_bare_noun(token)) else None
    return None


def _someone_hung_after(verb: Token) -> Token | None:
    """"…, ont indiqué à l'AFP des sources sécuritaires": someone right after the verb's complement, whom the parser
    hung inside it ("des" read as "de les")."""
    noun = noun_after(verb)
    return noun if noun is not None and noun.head.i != verb.i and noun.pos_ == "NOUN" and is_someone(noun) else None


def _past_time_phrase(noun: Token) -> Token | None:
    """The noun itself, or for a time noun ("a déclaré *la semaine dernière* un communiqué de la présidence", the
    subject hung on it by the parser) the first noun after it in its phrase that is no time noun."""
    time_nouns = lang.load(noun.lang_).time_nouns
    if noun.lemma_ not in time_nouns:
        return noun
    return next((t for t in noun.subtree if t.i > noun.i and t.pos_ in {"NOUN", "PROPN"} and
                 t.lemma_ not in time_nouns), None)


def is_bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary inside a quote ("« … à l'offensive, soutenues par des tirs »") qualifies a
    noun: it cuts no incise, which has a finite verb or an auxiliary ("a-t-il dit", "souligne-t-il"). (After the
    closing mark the tagger misreads finite forms so: "», avertit X".)"""
    morph = verb.morph
    return "Part" in morph.get("VerbForm") and "Past" in morph.get("Tense") and not any(
        c.dep_.startswith("aux") for c in verb.children)


def is_someone(token: Token) -> bool:
    """A clitic, a name or a noun of someone who can act ("le gouverneur", "le préfet du Morbihan", "la CGT")."""
    lexicon = lang.load(token.lang_)
    agents = lexicon.agent_nouns
    return token.pos_ in {"PRON", "PROPN"} or bool(token.ent_type_) or token.lower_ in agents or \
        token.lemma_ in agents or token.lower_ in lexicon.person_words or _titles_a_name(token)  # "les agences"


def _titles_a_name(token: Token) -> bool:
    """"Mme Lebrun", "M. Garnier": a title the parser made the head of the name after it."""
    return any(child.dep_ == "flat:name" and child.ent_type_ for child in token.children)


def _passive_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj:pass" for c in verb.children)


def _after_comma(verb: Token) -> bool:
    """"…, soulignant que …", "…, les encourageant à …": a participle clause set off by a comma (its clitics aside)
    speaks for the main clause's subject."""
    doc, i, words = verb.doc, verb.i - 1, lang.words_of(verb)
    clitics = words.object_clitics.keys() | words.dative_clitics
    while i > 0 and doc[i].head == verb and doc[i].lower_ in clitics:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _main_subject(verb: Token) -> Token | None:
    """The speaker of a participle or gerund clause: the subject of the incise in the main clause if there is one
    ("P, a annoncé le gouverneur, disant craindre …"), else of the main verb; a participle never speaks for the patient
    of a passive ("onze personnes ont été tuées, …")."""
    main = verb.head
    while main.pos_ not in {"VERB", "AUX"} and main.head.i != main.i:
        main = main.head  # from the noun a participle hangs on to the verb of its clause
    hung_on_it = [c for c in verb.lefts if c.pos_ == "VERB"]  # "« P », a déclaré X, affirmant …" hung upside down
    incise = next((c for c in [*main.children, *hung_on_it] if c.i < verb.i and c.pos_ == "VERB"
                   and c.dep_ in {"conj", "parataxis", "advcl", "dep"} and follows_its_words(c)), None)
    subject = inverted_subject(incise) if incise is not None else _subordinate_subject_before(verb, main)
    if subject is None and main.i != verb.i and main.pos_ in {"VERB", "AUX"}:
        subject = subject_of(main)  # not the subject of a quoted clause's adjective ("« La situation est grave »")
    if subject is not None and main.dep_ == "ccomp" and not is_someone(subject) and main.head.i != main.i:
        subject = subject_of(main.head)  # "a annoncé que les négociations avaient échoué, accusant …": no thing speaks
    passive = subject is not None and subject.dep_ == "nsubj:pass"
    return None if passive and is_present_participle(verb) else subject


def _subordinate_subject_before(participle: Token, main: Token) -> Token | None:
    """"Alors que l'accusé minimisait son rôle, se décrivant comme …, les juges ont estimé …": a participle right
    after a subordinate clause with a subject of its own continues that clause; the accused describes himself."""
    own = [participle.i, *(c.left_edge.i for c in participle.lefts if c.dep_ != "advcl" and not c.is_punct)]
    comma = min(own) - 1  # the clause before may hang on the participle itself
    if comma < 1 or participle.doc[comma].text != ",":
        return None
    for clause in (*participle.lefts, *main.children):
        if clause.dep_ == "advcl" and clause.right_edge.i == comma - 1 and any(c.dep_ == "mark" for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def subject_before_parenthesis(verb: Token) -> Token | None:
    """"François Hollande, qui a été applaudi …, a soutenu que …": the name before a parenthesis between commas,
    a subject the parser often loses (here to the clause before it)."""
    doc = verb.doc
    first = cue_of(verb).start
    if first < 2 or doc[first - 1].text != ",":
        return None
    opening = next((t.i for t in reversed(doc[verb.sent.start : first - 1]) if t.text == ","), None)
    if opening is not None and any(t.is_quote for t in doc[opening:first]):
        return None  # "« … vers la préfecture, on ne veut pas … », a expliqué X": a comma of the quotation
    head = doc[opening - 1] if opening else None
    return head if head is not None and head.pos_ in {"PROPN", "NOUN"} and not is_bare_noun(head) else None


def reports_within_quote(verb: Token) -> bool:
    """A reporting verb inside quoted words reports a third party's speech ("« qui hurlait que … »"), not the quoted
    speaker's own wording ("« nous établissons un indice pour indiquer que … »")."""
    subject = subject_of(verb)
    first_person = subject is not None and subject.lower_ in lang.words_of(verb).first_person_subjects
    return not first_person and subject is not None and any(frame_of(c) in {"que", "inf"} for c in verb.rights)


def marked_source(marker: Span) -> Token:
    """The source a marker introduces: the head of its last preposition ("aux yeux de X" → X, "d'après X" → X)."""
    preposition = next((t for t in reversed(marker) if t.dep_ == "case"), marker[0])
    return preposition.head


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence, even one the parser ran into the previous line ("…l'Ukraine.\nSelon")."""
    return doc[i].is_sent_start or i == 0 or doc[i - 1].is_space or doc[i - 1].text in {".", "!", "?"}


def frame_of(child: Token) -> str | None:
    """Which frame a dependent of a reporting verb fills: que, inf, obj, de or a (None for anything else)."""
    marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "case"} or (c.pos_ == "SCONJ" and c.i < child.i)}
    words = lang.words_of(child)  # a "qu'" the parser made the clause's object is still its conjunction
    if marks & words.que and (child.dep_ == "ccomp" or (child.dep_ == "conj" and _after_parenthesis(child))):
        return "que"  # "ont estimé, au contraire, qu'il avait joué …": a clause the parser took for a conjunct
    if is_name_read_as_verb(child, child.head):
        return "obj"  # "a accusé Rabat de …"
    if marks & words.question_conjunctions:
        return None  # "n'a pas dit s'il voterait le texte": an indirect question states nothing
    if child.dep_ in {"ccomp", "parataxis"} and child.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
        if child.left_edge.lower_ in words.relative_pronouns and child.left_edge.dep_.startswith("nsubj"):
            return None  # "a précisé cette source, *qui* a requis l'anonymat": a relative clause, misparsed
        return "speech"  # a clause with no "que": the words themselves, quoted or after a colon
    if child.dep_ in {"xcomp", "obl:arg", "obl", "obl:mod", "ccomp"} and \
            (child.pos_ == "VERB" or (child.pos_ == "AUX" and "Inf" in child.morph.get("VerbForm"))):  # "d'avoir truqué"
        if marks & words.de:
            return "de"
        return "a" if marks & words.a else "inf"
    if child.dep_ in {"obl:arg", "obl", "obl:mod"} and child.pos_ in {"NOUN", "PROPN"}:
        return "a" if marks & words.a_forms else ("de" if marks & words.de_forms else None)
    if child.dep_ == "obj" and child.pos_ in {"NOUN", "PROPN"}:
        charge = marks & words.de_forms or child.left_edge.lower_ in words.de  # "de multiples violations"
        return "de" if charge else "obj"  # ("qu'il accuse *d'ingérence*", read as the object)
    if child.dep_ == "obj" and child.pos_ == "ADJ" and child.i > 0 and child.nbor(-1).is_quote:
        return "obj"  # "a jugé mardi « inacceptables » les frappes": the quoted label, what it qualifies after it
    if child.pos_ == "NOUN" and any(c.dep_ == "det" for c in child.children) and (
            child.dep_ == "xcomp" or (child.dep_ == "appos" and is_aside_phrase(child.head))):
        return "obj"  # the parser's misreads: "a dénoncé des « profits indécents »", "réclame pour sa part l'abandon"
    return None


def _after_parenthesis(clause: Token) -> bool:
    """Whether a "que" clause hung as a conjunct follows a comma that closes an adverbial right after its verb
    ("a estimé, au contraire, que …"), not a coordination ("a dit que … et qu'il …", whose "et" it would carry)."""
    doc, verb = clause.doc, clause.head
    first = next(t.i for t in clause.subtree if not t.is_punct)
    between = doc[verb.i + 1 : first]
    return first > 0 and doc[first - 1].text == "," and not any(t.dep_ == "cc" for t in between) and \
        not any(t.pos_ in {"VERB", "AUX"} for t in between)


def follows_its_words(verb: Token) -> bool:
    """A reporting verb after the words it reports, its subject after it: an incise ("…, a-t-il souligné",
    "« … » souffle l'ailier droit") or a "comme" clause ("Comme le rapporte Le Figaro")."""
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux") or c.dep_ in {"mark", "det"})])
    if any(c.dep_.startswith("nsubj") and c.i < verb.i and not c.text.startswith("-") and not _quoted_phrase(c, verb)
           for c in verb.children) and not _after_a_clause(verb, first):
        return False  # (a quotation the parser made the subject, "« … », a déclaré X", is the incise's words)
    words = lang.words_of(verb)
    if any(c.dep_ == "mark" and c.lower_ in words.gerund_markers for c in verb.children) or "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        return False  # "…, en soutenant que …", "…, précisant que …": a participle clause, not an incise
    if "Inf" in verb.morph.get("VerbForm") and not (verb.i > 0 and verb.nbor(-1).pos_ in {"VERB", "AUX"}):
        return False  # "…, sans donner d'explication": an infinitive clause (not "…, a fait savoir X")
    return doc[first].lower_ in words.as_conjunctions or (first > 0 and doc[first - 1].text in {",", "»", '"', "”"})


def _quoted_phrase(token: Token, verb: Token) -> bool:
    """Whether a phrase before the verb lies inside a quotation: it opens with a quotation mark (which the parser may
    leave to the sentence before), or a mark closes between it and the verb ("« … Le Sénégal a besoin de paix », a
    dit M. Sonko")."""
    doc, first = token.doc, token.left_edge
    return first.is_quote or (first.i > 0 and doc[first.i - 1].is_quote) or \
        any(t.is_quote for t in doc[token.right_edge.i + 1 : verb.i])


def _after_a_clause(verb: Token, first: int) -> bool:
    """"Les écoles resteront fermées, a annoncé la préfète": a verb right after a comma that closes a main clause,
    someone after it, is an incise even when the parser made the clause's subject its own. (A subject with an
    apposition or a relative or subordinate clause before the comma keeps its verb: "Le maire, qui est arrivé hier,
    a annoncé des mesures".)"""
    doc = verb.doc
    if first < 2 or doc[first - 1].text != ",":
        return False
    after = noun_after(verb)
    if after is None or not is_someone(after):
        return False
    words = lang.words_of(verb)
    for token in doc[verb.sent.start : first - 1]:
        if token.lower_ in words.relative_pronouns or token.pos_ == "SCONJ":
            return False
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
            return True
    return False


def inverted_subject_of(verb: Token) -> Token | None:
    """The subject after the verb of an incise: "-il" in "a-t-il souligné" (wherever the parser hung it), "X" in
    "a martelé X"."""
    euphonic = lang.words_of(verb).euphonic_t
    clitic = next((t for t in cue_of(verb) if t.text.startswith("-") and t.lower_ not in euphonic), None)
    if clitic is not None:
        return clitic
    for child in verb.rights:
        if child.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and child.lower_ not in euphonic:
            return child
    return None


def side_of(subject: Token) -> Token | None:
    """Who "on" speaks for, when a phrase before it in its sentence names a side: "Du côté de la mairie, on assure
    que …" (the town hall), "Chez Renault, on dément …" (Renault). Without such a phrase "on" is no one ("On ignore
    …"), and a place alone ("À Lille, on craint …") is its inhabitants, not an institution."""
    words = lang.words_of(subject)
    if subject.lower_.lstrip("-") not in words.indefinite_subjects:
        return None
    doc = subject.doc
    if subject.text.startswith("-"):  # "« … », assure-t-on *dans l'entourage du ministre*": the phrase after it
        after = subject.i + 1
        end = next((t.i for t in doc[after:] if t.is_punct), len(doc))
        return _side_in(doc[after:end], words) if after < end else None
    comma = subject.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    start = comma  # the parser's sentence may begin at "on": back to the sentence's real opening
    while start > 0 and not opens_sentence(doc, start):
        start -= 1
    return _side_in(doc[start:comma], words) if start < comma else None


def _side_in(phrase: Span, words) -> Token | None:
    """The side a phrase names: what "chez" introduces, the owner of "côté" ("du côté de la mairie"), or the
    entourage itself, which speaks for its own part (``speaking_sides``)."""
    first = phrase[0]
    if first.lower_ in words.side_prepositions:
        return first.head if first.head.pos_ in {"PROPN", "NOUN"} and first.head.i < phrase.end else None
    side = next((t for t in phrase[:3] if t.lower_ in words.side_nouns), None)
    if side is None:
        return None
    if side.lower_ in words.speaking_sides:
        return side
    return next((c for c in side.children if c.dep_ == "nmod" and c.pos_ in {"PROPN", "NOUN"} and c.i < phrase.end),
                None)


def subject_phrase(subject: Token, *, before_setting: bool = True) -> Span:
    """The subject's noun phrase up to the first punctuation: "le porte-parole du département d'Etat Mark Toner", and
    before a phrase that sets the scene of a speech act ("a déclaré l'ancien maire devant le tribunal", "à la sortie
    de l'audience"), unless the
    phrase is a source's own ("selon des images sur sa page Facebook": before_setting False), nor a day the parser
    hung on it ("a assuré le maire *dimanche*")."""
    doc = subject.doc
    setting = lang.words_of(subject).setting_prepositions if before_setting else frozenset()
    end = subject.i + 1
    while end <= subject.right_edge.i and not doc[end].is_punct and doc[end].lower_ not in setting and \
            not is_bare_time_noun(doc[end]) and not (doc[end].dep_ == "case" and (
                is_addressed_organisation(doc[end].head) or is_aside_phrase(doc[end].head)
                or (before_setting and is_setting(doc[end].head)))) and \
            not (doc[end].pos_ == "AUX" and is_finite_verb(doc[end])) and \
            not verb_read_as_noun(doc[end]):  # "Le syndicat *a* de son côté …", "Le maire *juge* que …"
        end += 1
    return doc[subject.i : end]


def noun_after(verb: Token) -> Token | None:
    """The first name, noun or subject pronoun right after a verb, past a complement ("a expliqué sur France Bleu
    X") or a time phrase ("la semaine dernière"): its inverted subject in an incise."""
    in_complement = addressed = article = False
    time_nouns = lang.load(verb.lang_).time_nouns  # "a déclaré la semaine dernière un communiqué"
    words = lang.words_of(verb)
    for token in verb.doc[verb.i + 1 : verb.i + 7]:
        if token.is_punct:
            return None
        if addressed and token.lower_ in words.partitive_articles:
            article = True  # after "à l'AFP", "des" is the article of the subject: "des sources sécuritaires"
        elif token.pos_ == "ADP":
            in_complement = True
        elif in_complement and token.pos_ in {"PROPN", "NOUN"}:
            in_complement = token.i + 1 < len(token.doc) and token.nbor().ent_iob_ == "I"  # to the name's end
            addressed = is_addressed_organisation(token)
        elif (token.pos_ in {"PROPN", "NOUN"} and (article or not is_bare_noun(token)) and token.lemma_ not in time_nouns) or \
                token.lower_ in words.subject_clitics or (token.pos_ == "PRON" and picks_one_of(token)):
            return token  # "a déclaré *l'un* des officiers"
    return None


def is_bare_noun(token: Token) -> bool:
    """A common noun with no determiner and no name: after a verb, an adverbial ("a annoncé lundi la présidente"),
    not its subject ("rapporte actu.fr" is one, and so is a title before a name: "a annoncé Mme Lebrun")."""
    return token.pos_ == "NOUN" and not token.ent_type_ and not _titles_a_name(token) and \
        not any(child.dep_ == "det" for child in token.children)


def one_word(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def cue_of(verb: Token) -> Span:
    """The verb group: auxiliaries and adverbs before the verb, an inverted subject clitic after it."""
    doc = verb.doc
    words = lang.words_of(verb)
    start = min([verb.i, *(c.i for c in verb.lefts if c.dep_.startswith("aux"))])
    inverted = verb.i - 1  # "a-t-elle promis" with "a" hung on the clitic: the clitics, then the auxiliary
    while inverted > 0 and (doc[inverted].lower_ in words.subject_clitics or doc[inverted].lower_ in words.euphonic_t):
        inverted -= 1
    if inverted < verb.i - 1 and doc[inverted].pos_ == "AUX":
        start = min(start, inverted)
    if start > verb.i - 3 and start > 0 and doc[start - 1].lower_ in words.reflexive_pronouns and doc[start - 1].head.i == verb.i:
        start -= 1  # "s'est dit", "s'était engagé": the reflexive clitic belongs to the verb group
    end = verb.i + 1
    while end < len(doc) and (doc[end].lower_ in words.subject_clitics or doc[end].lower_ in words.euphonic_t):
        end += 1
    return doc[start:end]


def next_reporting_verb(doc: Doc, i: int, lexicon: QuoteLexicon, reach: int = 4) -> Token | None:
    """A reporting verb starting at token ``i``, allowing for its auxiliary, a reflexive clitic ("», s'est félicité
    X") and an inverted "-t-".

    Right after a quote the tagger often misreads the verb ("», souffle l'ailier": a noun): its form counts too.
    """
    for j in range(i, min(i + reach, len(doc))):
        if lexicon.lemma_of(doc[j]):
            return doc[j]
        first_of_two = j + 1 < len(doc) and doc[j].lemma_ in lexicon.multiword.get(doc[j + 1].lower_, {})
        if doc[j].is_punct or (reach <= 4 and not (doc[j].pos_ == "AUX" or doc[j].text.startswith("-") or doc[j].pos_ == "ADV"
                                                   or "Yes" in doc[j].morph.get("Reflex") or first_of_two)):
            return None  # (the first word of "a fait savoir" leads on to the verb)
    return None
