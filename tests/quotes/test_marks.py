"""Pass 3 of ``veille_quotes`` (``quotes.marks``): quotation marks, on French sentences written for the tests."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
def test_marks_first_person_words_quoted_inside_the_writers_sentence_are_not_the_last_speakers(analyse_text):
    """A cue-less first-person quotation continues the last speaker only when it stands as a sentence."""
    text = ("« Nous ne fermerons pas l'école », a promis Paul Vernet. Le conseil doit voter un budget que la préfète "
            "Anne Roux « a elle-même validé pour notre commune ».")
    assert _quotes(analyse_text, text) == [("Nous ne fermerons pas l'école", "Paul Vernet")]
