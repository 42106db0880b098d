"""``doc.syntax.preposition``: what introduces a word, read once for every stage, on sentences written for the tests."""

from __future__ import annotations

from veille.doc.syntax import preposition


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
