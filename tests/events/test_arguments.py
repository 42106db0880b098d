"""Argument rules on hand-built parses: one parser slip per test, read as the French says."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from veille.events.arguments import find_arguments, verb_actor
from veille.events.lexicon import load_event_lexicon


@pytest.mark.parametrize(
    "words,heads,deps,pos,verb,subject",
    [
        (["Sophie", "Marchand", ",", "présidente", "du", "parti", ",", "a", "exigé", "la", "démission", "."],
         [0, 0, 3, 0, 5, 3, 8, 8, 8, 10, 8, 8],
         ["ROOT", "flat:name", "punct", "appos", "case", "nmod", "punct", "aux:tense", "ROOT", "det", "obj", "punct"],
         ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
         8, 0),
    ],
)
def test_arguments_subject_cut_off_by_its_apposition(nlp, words, heads, deps, pos, verb, subject):
    """"Sophie Marchand, présidente du parti, | a exigé …": the parser made the long subject a sentence of its own."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert verb_actor(doc[verb], load_event_lexicon("fr")) == doc[subject]


@pytest.mark.parametrize(
    "words,heads,deps,pos,verb",
    [
        (["Le", "vote", "a", "eu", "lieu", ".", "Puis", ",", "a", "exigé", "la", "démission", "."],
         [1, 3, 3, 3, 3, 3, 9, 9, 9, 9, 11, 9, 9],
         ["det", "nsubj", "aux:tense", "ROOT", "obj", "punct", "advmod", "punct", "aux:tense", "ROOT", "det", "obj",
          "punct"],
         ["DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT", "ADV", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
         9),
    ],
)
def test_arguments_no_subject_after_a_full_sentence(nlp, words, heads, deps, pos, verb):
    """A verb without subject after a whole sentence takes no actor from it."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert verb_actor(doc[verb], load_event_lexicon("fr")) is None


@pytest.mark.parametrize(
    "words,heads,deps,pos,verb,subject",
    [
        (["après", "des", "propos", "du", "ministre", ",", "Karl", "Weiss", ",", "qui", "avait", "menacé", "."],
         [2, 2, 2, 4, 2, 6, 2, 6, 2, 11, 11, 2, 2],
         ["case", "det", "ROOT", "case", "nmod", "punct", "appos", "flat:name", "punct", "nsubj", "aux:tense",
          "acl:relcl", "punct"],
         ["ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
         11, 6),
    ],
)
def test_arguments_relative_after_a_name_in_apposition(nlp, words, heads, deps, pos, verb, subject):
    """"les propos du ministre, Karl Weiss, qui avait menacé": the relative hung on "propos" speaks of the name."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert verb_actor(doc[verb], load_event_lexicon("fr")) == doc[subject]


@pytest.mark.parametrize(
    "speaker,actor,chosen",
    [
        ({"entity": None, "name": "des déclarations du ministre"}, {"entity": "E1", "name": "Karl Weiss"}, False),
        ({"entity": "E2", "name": "Karl Weiss"}, {"entity": None, "name": "le ministre"}, True),
        ({"entity": None, "name": "le porte-parole"}, None, True),
    ],
)
def test_arguments_quote_speaker_yields_to_a_named_parse_actor(speaker, actor, chosen):
    """A reported speech act's quote speaker replaces the parse's actor, unless the speaker is unnamed words and
    the parse names an entity."""
    from veille.events.component import _better_speaker

    assert _better_speaker(speaker, actor, None) is chosen


@pytest.mark.parametrize(
    "words,lemmas,deps,passive",
    [
        (["Lisbonne", "a", "accusé", "Madrid", "."], ["Lisbonne", "avoir", "accuser", "Madrid", "."],
         ["nsubj:pass", "aux:tense", "ROOT", "obj", "punct"], False),
        (["Lisbonne", "a", "été", "accusée", "."], ["Lisbonne", "avoir", "être", "accuser", "."],
         ["nsubj:pass", "aux:tense", "aux:pass", "ROOT", "punct"], True),
        (["Lisbonne", "avait", "par", "ailleurs", "accusé", "."], ["Lisbonne", "avoir", "par", "ailleurs", "accuser", "."],
         ["nsubj:pass", "aux:tense", "aux:pass", "advmod", "ROOT", "punct"], False),
    ],
)
def test_arguments_passive_needs_etre(nlp, words, lemmas, deps, passive):
    """"Lisbonne a accusé Madrid" with its subject misread as passive, "avait *par* ailleurs accusé" with "par" read
    as the passive auxiliary: a compound past with "avoir" and no "être" is active, and its subject acts."""
    from veille.events.syntax import is_passive

    verb = deps.index("ROOT")
    doc = Doc(nlp.vocab, words=words, lemmas=lemmas, heads=[verb] * len(words), deps=deps)
    assert is_passive(doc[verb]) is passive
    assert (verb_actor(doc[verb], load_event_lexicon("fr")) == doc[0]) is not passive


@pytest.mark.parametrize(
    "words,heads,deps,pos,lemmas,target",
    [
        (["Le", "Chili", "chasse", "un", "diplomate", "bolivien", "."], [1, 2, 2, 4, 2, 4, 2],
         ["det", "nsubj", "ROOT", "det", "amod", "amod", "punct"],
         ["DET", "PROPN", "VERB", "DET", "NOUN", "ADJ", "PUNCT"],
         ["le", "Chili", "chasser", "un", "diplomate", "bolivien", "."], "un diplomate bolivien"),
    ],
)
def test_arguments_noun_misread_as_adjective_is_still_someone(nlp, words, heads, deps, pos, lemmas, target):
    """"chasse *un diplomate*" with the noun hung as an adjective: the noun is the target, not a people's name."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc._.veille_entities, doc._.veille_quotes, doc._.veille_timexes = [], [], []
    doc = nlp.get_pipe("veille_events")(doc)
    assert [e["target"]["mention"]["text"] for e in doc._.veille_events] == [target]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "words,heads,deps,pos,verb,subject",
    [
        (["Les", "sanctions", "de", "Pékin", "tarderont", ".", "«", "Le", "Japon", "a", "décidé", "de", "riposter", "."],
         [1, 10, 3, 1, 1, 1, 10, 8, 10, 10, 10, 12, 10, 10],
         ["det", "nsubj", "case", "nmod", "acl:relcl", "punct", "punct", "det", "nsubj", "aux:tense", "ROOT", "mark",
          "xcomp", "punct"],
         ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT", "PUNCT", "DET", "PROPN", "AUX", "VERB", "ADP", "VERB",
          "PUNCT"],
         10, 8),
    ],
)
def test_arguments_of_two_subjects_the_nearer(nlp, words, heads, deps, pos, verb, subject):
    """A sentence the parser failed to end gives its verb a second subject: the nearer one before the verb acts."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert verb_actor(doc[verb], load_event_lexicon("fr")) == doc[subject]


class _Names:
    """Referents that know only the parse: a name acts, no adjective names a people."""

    def is_demonym(self, token):
        return False

    def is_agent(self, token):
        return token.pos_ in {"PROPN", "NOUN"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "words,heads,deps,pos",
    [
        (["Le", "ministre", "accuse", ".", "Paul", "Roux", "dément", "."],
         [1, 2, 2, 2, 2, 4, 2, 2],
         ["det", "nsubj", "ROOT", "punct", "obj", "flat:name", "parataxis", "punct"],
         ["DET", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]),
    ],
)
def test_arguments_no_object_past_a_full_stop(nlp, words, heads, deps, pos):
    """A name after a full stop lies in the next sentence, which the parser failed to end: no object of the verb."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    lexicon = load_event_lexicon("fr")
    trigger = next(t for t in lexicon.triggers["accuser"] if t.pos == "VERB")
    assert find_arguments(doc[2], trigger, lexicon, _Names()).target is None
