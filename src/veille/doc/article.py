"""``veille_article``: attach what ingest knows about an article (date, boilerplate) to its Doc.

``analyse`` sends each article's text to ``nlp.pipe(..., as_tuples=True)`` with an ``ArticleContext``; spaCy hands
that context to the components as ``doc._context``, in the worker processes too. Sending text rather than
pre-built Docs keeps tokenisation in the workers: the main process of a batch only reads and writes. Called on a
plain text (``nlp("…")``), the component does nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import BOILERPLATE


class ArticleContext(NamedTuple):
    """What the components need to know about an article beyond its text. ``boilerplate``: character ranges."""

    index: int
    dct: str | None
    boilerplate: tuple[tuple[int, int], ...]
    dct_partial: str | None = None


@Language.factory("veille_article", assigns=["doc._.veille_dct", "doc._.veille_dct_partial", "doc.spans"])
def make_article(nlp: Language, name: str) -> ArticleAttributes:
    return ArticleAttributes(name)


class ArticleAttributes:
    """Copies ``ArticleContext`` onto the Doc: ``doc._.veille_dct`` (and ``veille_dct_partial``) and
    ``doc.spans["veille_boilerplate"]``."""

    def __init__(self, name: str = "veille_article"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        context = getattr(doc, "_context", None)
        if not isinstance(context, ArticleContext):
            return doc
        doc._.veille_dct = context.dct
        doc._.veille_dct_partial = context.dct_partial
        furniture = [doc.char_span(start, end, alignment_mode="expand") for start, end in context.boilerplate]
        if any(span is not None for span in furniture):  # no empty group: each one costs when the Doc is sent
            doc.spans[BOILERPLATE] = [span for span in furniture if span is not None]
        return doc

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save."""

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> ArticleAttributes:
        return self
