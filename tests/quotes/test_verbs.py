"""Pass 1 of ``veille_quotes`` (``quotes.verbs``): reporting verbs, on French sentences written for the tests."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('Le maire avait évoqué mardi des travaux "avant la fin de l\'année sur le pont principal".',
         'des travaux "avant la fin de l\'année sur le pont principal"', "Le maire"),
    ],
)
def test_verbs_an_object_the_parser_hung_on_the_day_before_it(analyse_text, text, content, speaker):
    assert (content, speaker) in _quotes(analyse_text, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quotes",
    [
        ("Les commerces resteront fermés dimanche, a annoncé Mme Lebrun en précisant que les marchés seraient maintenus.",
         [("Les commerces resteront fermés dimanche", "Lebrun"), ("les marchés seraient maintenus", "Lebrun")]),
        ("La route sera coupée jusqu'à lundi, a indiqué M. Garnier.", [("La route sera coupée jusqu'à lundi", "Garnier")]),
    ],
)
def test_verbs_an_incise_after_a_main_clause_names_its_speaker_after_the_verb(analyse_text, text, quotes):
    """"P, a annoncé Mme X": the speaker is the titled name after the verb, even when the parser made P's subject
    the verb's, or cut the sentence at the comma."""
    assert _quotes(analyse_text, text) == quotes


@pytest.mark.issue(12)
def test_verbs_a_subject_with_a_relative_clause_keeps_its_verb(analyse_text):
    text = "Le maire, qui est arrivé hier, a annoncé des mesures pour les éleveurs."
    assert _quotes(analyse_text, text) == [("des mesures pour les éleveurs", "Le maire")]
