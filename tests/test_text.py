"""veille's one normal form of text (``veille.text``): what ingest makes of every input and queries are read as."""

from __future__ import annotations

import pytest

from veille.text import clean_text


@pytest.mark.issue(10)
@pytest.mark.parametrize("text, expected", [
    ("Le maire\x00 a parlé.", "Le maire  a parlé."),
    ("Grève\x07 reconduite\x1b.", "Grève  reconduite ."),
    ("Une page\x85 de plus", "Une page  de plus"),
])
def test_text_blanks_control_characters_one_for_one(text, expected):
    assert clean_text(text) == expected
    assert len(clean_text(text)) == len(text)


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", ["Ligne\tpuis\ttabulation\r\nsaut de page\f et tabulation verticale\v."])
def test_text_keeps_whitespace_controls(text):
    assert clean_text(text) == text


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", ["La Cor\ud800ée du Nord", "fin de texte \udfff"])
def test_text_replaces_lone_surrogates_and_encodes(text):
    cleaned = clean_text(text)
    assert len(cleaned) == len(text) and "\ufffd" in cleaned
    cleaned.encode("utf-8")  # a lone surrogate would raise UnicodeEncodeError


@pytest.mark.issue(10)
@pytest.mark.parametrize("decomposed, composed", [("Core\u0301e du Nord", "Corée du Nord"),
                                                   ("l'e\u0302tre et la cre\u0300che", "l'être et la crèche")])
def test_text_composes_decomposed_accents(decomposed, composed):
    assert clean_text(decomposed) == composed


@pytest.mark.parametrize("text", ["Vladimir Poutine est arrivé à Pyongyang « pour une visite d'État »."])
def test_text_leaves_clean_text_as_it_is(text):
    assert clean_text(text) is text
