"""veille itself as a system under evaluation: the public ``analyse`` function over gold texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..ingest import article_from_text
from ..model import Analysis


def analyse_gold(analyse: Callable[..., object], docs: Sequence, **options) -> list[Analysis]:
    """veille's analyses of gold documents, in their order: each text taken verbatim as French, with its date
    (or the year and month the gold gives as ``dct_partial`` when the day is unknown).

    analyse (Callable): ``veille.pipeline.analyse`` (passed in so that the scorers never import the pipeline itself).
    docs (Sequence[GoldDoc]): the gold documents.
    options: passed to ``analyse`` (``nlp``, ``n_process``).
    RETURNS (list[Analysis]): one analysis per gold document, same ids.
    """
    articles = [article_from_text(doc.text, id=doc.id, dct=doc.dct, lang="fr") for doc in docs]
    for article, doc in zip(articles, docs):
        if article.dct is None:
            article.dct_partial = doc.meta.get("dct_partial")
    return list(analyse(articles, **options))


def veille_ner(analyse: Callable[..., object], **options) -> Callable[[list], list[list[tuple[int, int, str]]]]:
    """A NER system for ``evaluate_ner``: name mentions of veille's entities, with their coarse labels.

    analyse (Callable): ``veille.pipeline.analyse``.
    options: passed to ``analyse`` (``nlp``, ``n_process``).
    RETURNS (Callable): gold documents → predicted (start, end, label) spans per document.
    """

    def predict(docs: list) -> list[list[tuple[int, int, str]]]:
        return [_name_spans(analysis) for analysis in analyse_gold(analyse, docs, **options)]

    return predict


def _name_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    return [
        (mention.start, mention.end, entity.label)
        for entity in analysis.entities
        for mention in entity.mentions
        if mention.kind == "name"
    ]
