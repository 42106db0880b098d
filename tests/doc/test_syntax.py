"""``doc.syntax``: what introduces a word and where the parser hung a subject, read once for every stage, on
sentences written for the tests."""

from __future__ import annotations

from veille.doc.syntax import (coordinated_subject, name_read_as_predicate, object_past_comparison, pair_read_as_root,
                              preposition, subject_on_auxiliary)


def _word(doc, text):
    return next(token for token in doc if token.text == text)


def test_syntax_contracted_and_elided_forms_read_as_their_preposition(nlp):
    doc = nlp("Le ministre du Budget a parlé au maire d'Angers.")
    assert preposition(_word(doc, "Budget")) == "de"
    assert preposition(_word(doc, "maire")) == "à"
    assert preposition(_word(doc, "Angers")) == "de"


def test_syntax_a_subject_or_an_object_has_no_preposition(nlp):
    doc = nlp("Selon lui, la police a arrêté le suspect.")
    assert preposition(_word(doc, "lui")) == "selon"
    assert preposition(_word(doc, "police")) is None
    assert preposition(_word(doc, "suspect")) is None


def test_syntax_a_subject_hung_on_the_auxiliary_is_the_verb_s(nlp):
    """An aside between auxiliary and participle leads the parser to hang the subject on the auxiliary."""
    doc = nlp("Il a pour sa part estimé qu'un accord restait possible.")
    assert subject_on_auxiliary(_word(doc, "estimé")).text == "Il"
    assert subject_on_auxiliary(nlp("Le juge a estimé que le délai était dépassé.")[3]) is None  # it has its own


def test_syntax_two_names_the_parser_split_around_the_verb_are_one_pair_of_subjects(nlp):
    """"Paris et Berlin ont conclu": the parser makes "Paris" the root and the verb its conjunct."""
    doc = nlp("Paris et Berlin ont conclu un accord.")
    first, second = pair_read_as_root(_word(doc, "conclu"))
    assert (first.text, second.text) == ("Paris", "Berlin")
    assert coordinated_subject(first).text == "Berlin"
    assert pair_read_as_root(_word(nlp("Le maire a reçu les élus et a conclu un accord."), "conclu")) is None


def test_syntax_a_name_read_as_the_predicate_is_the_verb_s_subject(nlp):
    """"La France insoumise souligne …": the parser made the name's adjective the root and the verb its complement."""
    doc = nlp("La France insoumise souligne quant à elle que le scrutin a été organisé dans la précipitation.")
    assert name_read_as_predicate(_word(doc, "souligne")).text == "France"
    assert name_read_as_predicate(_word(nlp("Le maire semble inquiet de la situation."), "inquiet")) is None


def test_syntax_an_object_the_parser_hung_on_a_comme_phrase_is_the_verb_s(nlp):
    """"a exclu, comme son prédécesseur, toute hausse": the object read as the "comme" phrase's conjunct."""
    doc = nlp("La ministre a exclu, comme son prédécesseur, toute hausse des impôts.")
    assert object_past_comparison(_word(doc, "exclu")).text == "hausse"
    assert object_past_comparison(_word(nlp("La ministre a exclu toute hausse des impôts."), "exclu")) is None
