"""Language identification with py3langid (its model ships inside the package: no network, no download).

Ingest only fills ``Article.lang``; deciding which languages the pipeline supports is the pipeline's job.
"""

from __future__ import annotations

import functools
import logging

from py3langid.langid import MODEL_FILE, LanguageIdentifier

logger = logging.getLogger(__name__)

SAMPLE_CHARS = 2000
"""Identification reads the start of the text only: a few sentences settle it, and long texts stay cheap."""

MIN_LETTERS = 20
"""Below this many letters in the sample, any guess is noise, so no language is reported."""

MIN_PROBABILITY = 0.5
"""``Article.lang`` is left empty when the best language is less likely than this."""


@functools.cache
def _identifier() -> LanguageIdentifier:
    """Load the model once, on first use (it takes a moment), with probabilities normalised to sum to 1."""
    logger.debug("loading the py3langid model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """Identify the language of ``text`` from its first characters.

    text (str): the text to identify.
    RETURNS (tuple[str | None, float]): the ISO 639-1 code and its probability (0–1), or ``(None, 0.0)`` when the
        sample has fewer than ``MIN_LETTERS`` letters.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None, 0.0
    code, probability = _identifier().classify(sample)
    return code, float(probability)


def resolve_language(text: str, declared: str | None) -> str | None:
    """The language an Article carries: the declared one if any (normalised), else a confident detection."""
    if declared and declared.strip():
        return declared.strip().lower()
    code, probability = detect_language(text)
    if code is None or probability < MIN_PROBABILITY:
        logger.debug("no confident language (best %s at %.2f)", code, probability)
        return None
    return code
