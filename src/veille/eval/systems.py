"""veille itself as a system under evaluation: the public ``analyse`` function over gold texts."""

from __future__ import annotations

from collections.abc import Callable

from ..ingest import Article
from ..model import Analysis


def veille_ner(analyse: Callable[..., object], **options) -> Callable[[list], list[list[tuple[int, int, str]]]]:
    """A NER system for ``evaluate_ner``: name mentions of veille's entities, with their coarse labels.

    analyse (Callable): ``veille.nlp.analyse`` (passed in so that the scorer never imports the pipeline itself).
    options: passed to ``analyse`` (``nlp``, ``n_process``).
    RETURNS (Callable): gold documents → predicted (start, end, label) spans per document.
    """

    def predict(docs: list) -> list[list[tuple[int, int, str]]]:
        articles = [Article(id=doc.id, text=doc.text, dct=doc.dct, lang="fr") for doc in docs]
        return [_name_spans(analysis) for analysis in analyse(articles, **options)]

    return predict


def _name_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    return [
        (mention.start, mention.end, entity.label)
        for entity in analysis.entities
        for mention in entity.mentions
        if mention.kind == "name"
    ]
