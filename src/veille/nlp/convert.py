"""The one place where a processed spaCy Doc becomes an ``Analysis`` (schema veille/1)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest import Article
from ..model import Analysis, Entity, Mention
from ..model.analysis import StandsFor


def doc_to_analysis(doc: Doc, article: Article) -> Analysis:
    """Read the layers the components left on ``doc`` into the contract's structure.

    doc (Doc): a Doc that went through the veille pipeline; its text is ``article.text``.
    article (Article): where the document's metadata comes from.
    RETURNS (Analysis): the document object, every offset indexing into ``article.text``.
    """
    return Analysis(
        id=article.id,
        text=article.text,
        url=article.url,
        title=article.title,
        lang=article.lang or "fr",
        dct=article.dct,
        dct_source=article.dct_source,
        entities=[_entity(record) for record in doc._.veille_entities or []],
    )


def _entity(record: dict) -> Entity:
    mentions = [
        Mention(
            start=m["start"],
            end=m["end"],
            text=m["text"],
            kind=m["kind"],
            stands_for=StandsFor(**m["stands_for"]) if m.get("stands_for") else None,
        )
        for m in record["mentions"]
    ]
    return Entity(
        id=record["id"],
        name=record["name"],
        label=record["label"],
        type=record["type"],
        kb_id=record["kb_id"],
        mentions=mentions,
    )
