"""Pass 2 of ``veille_quotes`` (``quotes.sources``): source phrases, on French sentences written for the tests."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("La voiture a été retrouvée dans un fossé par un promeneur.\n\n"
         "Selon le parquet, le conducteur était bien l'auteur de ces deux vols.",
         "le conducteur était bien l'auteur de ces deux vols", "le parquet"),
    ],
)
def test_sources_the_source_phrase_ends_at_its_comma(analyse_text, text, content, speaker):
    """The parser hangs the clause after "Selon le parquet," on the source: the clause is still what it said."""
    assert (content, speaker) in _quotes(analyse_text, text)
