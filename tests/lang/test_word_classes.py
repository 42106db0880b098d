"""``lang``: the closed word classes of ``words.yaml``, read once for every stage."""

from __future__ import annotations

import pytest

from veille import lang
from veille.errors import DataFileError


def test_word_classes_a_class_named_twice_is_refused(tmp_path):
    """YAML keeps the last of two keys: the first class would vanish without a word."""
    path = tmp_path / "words.yaml"
    path.write_text("# written for the test\nverbs: [dire]\nnouns: [maison]\nverbs: [juger]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="named twice.*verbs"):
        lang._word_classes(path)


def test_word_classes_the_french_file_loads_with_its_classes():
    words = lang.load("fr").words
    assert "remercier" in words.crediting_verbs and "juger" in words.judging_verbs
