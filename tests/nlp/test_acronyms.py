"""``veille.nlp.acronyms``: which words an acronym abbreviates, on names written for the tests."""

from __future__ import annotations

import pytest

from veille.nlp.acronyms import abbreviates, initials


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "acronym, name, expected",
    [
        ("usam", "Union suisse des arts et métiers", True),
        ("Asloca", "Association suisse des locataires", True),
        ("Fnaim", "Fédération nationale de l'immobilier", True),
        ("CGT", "Confédération française démocratique du travail", False),
        ("Ocde", "Fédération des commerçants", False),
    ],
)
def test_acronyms_an_acronym_spells_initials_or_first_letters_of_the_name(nlp, acronym, name, expected):
    assert abbreviates(acronym, nlp.make_doc(name)[:]) is expected


@pytest.mark.issue(12)
def test_acronyms_initials_of_content_words_and_hyphenated_parts(nlp):
    doc = nlp("Le Paris Saint-Germain et la Confédération générale du travail.")
    assert initials(doc[1:3]) == "PSG" and initials(doc[5:9]) == "CGT"


@pytest.mark.issue(12)
def test_acronyms_an_acronym_in_parentheses_is_the_organisation_before_it(analyse_text):
    text = "L'Association suisse des locataires (Asloca) s'inquiète. L'Asloca demande un plafonnement des loyers."
    entity = next(e for e in analyse_text(text).entities if e.name == "Association suisse des locataires")
    assert [m.text for m in entity.mentions].count("Asloca") == 2
