"""Quotations: direct, indirect and mixed reported speech, with cue and speaker (component ``veille_quotes``)."""

from .extractor import QuoteExtractor, make_quotes

__all__ = ["QuoteExtractor", "make_quotes"]
