"""Language identification: a normalised probability, nothing for too-short text, a declared language wins."""

from __future__ import annotations

import pytest

from veille.ingest import article_from_text, detect_language


@pytest.mark.parametrize(
    "text,code",
    [
        ("Le gouvernement a annoncé mardi une hausse du salaire minimum à partir du 1er janvier.", "fr"),
        ("The government announced on Tuesday a rise in the minimum wage from January 1st.", "en"),
    ],
)
def test_language_detects_news_sentence(text, code):
    detected, probability = detect_language(text)
    assert detected == code
    assert 0.5 < probability <= 1.0


def test_language_detects_seed_as_french(seed_path):
    assert detect_language(seed_path.read_text(encoding="utf-8")) == ("fr", pytest.approx(1.0, abs=0.01))


@pytest.mark.parametrize("text", ["", "Oui.", "12 345 678 — 2024", "Paris, le 18 juin"])
def test_language_gives_none_for_too_short_text(text):
    assert detect_language(text) == (None, 0.0)


@pytest.mark.parametrize("text", ["The Prime Minister resigned on Monday evening, to general surprise."])
def test_language_declared_wins_over_detection(text):
    assert article_from_text(text, id="x", lang="FR").lang == "fr"


@pytest.mark.parametrize("text", ["Le ministre de l'Intérieur a réuni lundi les préfets des régions frontalières."])
def test_language_fills_article_lang(text):
    assert article_from_text(text, id="x").lang == "fr"
