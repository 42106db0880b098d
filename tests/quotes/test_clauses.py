"""``quotes.clauses`` and the verb frames on parses built by hand: misreadings the parser makes in context."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc


def _doc(words, heads, deps, pos, morphs=None):
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


@pytest.mark.issue(12)
def test_clauses_a_que_the_parser_made_the_object_still_opens_a_que_clause():
    """"ont estimé, au contraire, qu'il avait menti" with "qu'" read as the clause's object."""
    from veille.quotes.clauses import frame_of

    words = ["Les", "juges", "ont", "estimé", ",", "au", "contraire", ",", "qu'", "il", "avait", "menti"]
    heads = [1, 3, 3, 3, 6, 6, 3, 11, 11, 11, 11, 3]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "punct", "case", "obl:mod", "punct", "obj", "nsubj", "aux:tense", "conj"]
    pos = ["DET", "NOUN", "AUX", "VERB", "PUNCT", "ADP", "NOUN", "PUNCT", "SCONJ", "PRON", "AUX", "VERB"]
    assert frame_of(_doc(words, heads, deps, pos)[11]) == "que"


@pytest.mark.issue(12)
def test_clauses_par_ailleurs_read_as_a_passive_auxiliary_makes_no_passive():
    """"avait par ailleurs demandé": the parser tags "par" aux:pass; the subject is still the speaker."""
    from veille.quotes.verbs import _passive

    words = ["La", "maire", "avait", "par", "ailleurs", "demandé", "la", "fermeture"]
    heads = [1, 5, 5, 5, 5, 5, 7, 5]
    deps = ["det", "nsubj", "aux:tense", "aux:pass", "advmod", "ROOT", "det", "obj"]
    pos = ["DET", "NOUN", "AUX", "ADP", "ADV", "VERB", "DET", "NOUN"]
    assert not _passive(_doc(words, heads, deps, pos)[5])


@pytest.mark.issue(12)
def test_clauses_a_name_tagged_as_a_verb_right_after_the_verb_is_its_object():
    """"a accusé Rabat de soutenir …" with "Rabat" read as a form of "rabattre": the accused, an object."""
    from veille.quotes.clauses import frame_of

    doc = _doc(["Alger", "a", "accusé", "Rabat", "de", "soutenir", "le", "groupe"], [2, 2, 2, 2, 5, 2, 7, 5],
               ["nsubj", "aux:tense", "ROOT", "xcomp", "mark", "xcomp", "det", "obj"],
               ["PROPN", "AUX", "VERB", "VERB", "ADP", "VERB", "DET", "NOUN"])
    doc.ents = [doc.char_span(0, 5, label="LOC"), doc.char_span(doc[3].idx, doc[3].idx + 5, label="LOC")]
    assert (frame_of(doc[3]), frame_of(doc[5])) == ("obj", "de")


@pytest.mark.issue(12)
def test_an_incise_takes_no_clause_of_the_paragraph_before_the_parser_hung_on_it():
    """"P1 », a dit X.\\n\\n« P2 », a affirmé Y" with P1's verb parsed as a clause of "affirmé": Y reports P2 only."""
    from veille.quotes.verbs import VerbPass

    nlp = spacy.blank("fr")
    words = ["«", "Tout", "brûle", "»", ",", "dit", "Paul", ".", "\n\n", "«", "Non", "»", ",", "a", "affirmé", "Luc",
             "."]
    heads = [2, 2, 14, 2, 5, 2, 5, 2, 7, 10, 14, 10, 14, 14, 14, 14, 14]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "parataxis", "nsubj", "punct", "dep", "punct", "ccomp",
            "punct", "punct", "aux:tense", "ROOT", "obj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT", "SPACE", "PUNCT", "ADV", "PUNCT",
           "PUNCT", "AUX", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    content, _ = VerbPass(nlp)._complement(doc[14])
    assert content is None or "brûle" not in content.text
