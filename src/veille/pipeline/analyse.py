"""Assembling the French pipeline and analysing batches of articles: the floor above every stage.

``build_pipeline`` puts the model and the stages together (the stages never import one another: they meet on the
Doc, through ``veille.doc``); ``analyse`` is the one function the CLI, the evaluation, the store's ingest and the
batch jobs call: a fix made here lands everywhere at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from .. import events, quotes, timex  # noqa: F401  (registers veille_events, veille_quotes, veille_timex)
from ..doc.article import ArticleContext  # (and registers veille_article)
from ..errors import InputError, UnsupportedLanguage
from ..ingest import Article, Rejected
from ..model import Analysis
from ..nlp import coref, descriptions, entity_fixes, linker  # noqa: F401  (registers the entity stages)
from .convert import doc_to_analysis

MODEL = "fr_core_news_md"
SUPPORTED_LANGUAGES = ("fr",)
VEILLE_COMPONENTS = ("veille_entity_fixes", "veille_linker", "veille_coref", "veille_descriptions")


def build_pipeline(kb_path: str | None = None, model: str = MODEL) -> Language:
    """The French model followed by veille's components.

    kb_path (str | None): the knowledge base file; None for the default one (built on first use).
    model (str): the spaCy package to start from.
    RETURNS (Language): a pipeline users can also extend with their own components.
    """
    nlp = spacy.load(model)
    nlp.add_pipe("veille_article", first=True)
    for name in VEILLE_COMPONENTS:
        nlp.add_pipe(name, config={"kb_path": kb_path})
    nlp.add_pipe("veille_timex", config={"kb_path": kb_path})
    nlp.add_pipe("veille_quotes")
    nlp.add_pipe("veille_events", config={"kb_path": kb_path})
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(kb_path: str | None = None) -> Language:
    """``build_pipeline`` once per process."""
    return build_pipeline(kb_path)


def analyse(
    items: Iterable[Article | Rejected],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Analysis]:
    """Analyse articles in input order; a document that cannot be analysed yields an Analysis with ``error``.

    items (Iterable[Article | Rejected]): what ``veille.ingest.read_inputs`` yields; rejected inputs pass through
        as error records so that the output keeps one record per input.
    nlp (Language | None): a pipeline from ``build_pipeline``; the default one when None.
    n_process (int): worker processes for the model (spaCy's ``nlp.pipe``).
    batch_size (int): documents per batch sent to the model.
    RETURNS (Iterator[Analysis]): one analysis per item, in order.
    """
    nlp = nlp or load_pipeline()
    failed: dict[int, Analysis] = {}
    pending: dict[int, Article] = {}

    def admitted() -> Iterator[tuple[str, ArticleContext]]:
        for index, item in enumerate(items):
            try:
                article = _admit(item)
            except InputError as error:
                failed[index] = _failure(item, error)
                continue
            pending[index] = article
            boilerplate = tuple((span.start, span.end) for span in article.boilerplate)
            yield article.text, ArticleContext(index, article.dct, boilerplate, article.dct_partial)

    next_index = 0
    for doc, context in nlp.pipe(admitted(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        while next_index < context.index:
            yield failed.pop(next_index)
            next_index += 1
        yield doc_to_analysis(doc, pending.pop(context.index))
        next_index = context.index + 1
    for index in sorted(failed):
        yield failed.pop(index)


def _admit(item: Article | Rejected) -> Article:
    """The article if veille can analyse it; raises the reason otherwise."""
    if isinstance(item, Rejected):
        raise item.error
    if item.lang is not None and item.lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"the text is in {item.lang!r}; veille analyses {', '.join(SUPPORTED_LANGUAGES)} for now"
        )
    return item


def _failure(item: Article | Rejected, error: InputError) -> Analysis:
    return Analysis(id=item.id, text="", error=str(error))
