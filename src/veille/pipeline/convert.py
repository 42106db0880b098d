"""The one place where a processed spaCy Doc becomes an ``Analysis`` (schema veille/1).

The components leave contract-shaped records on the Doc; they are read with the contract's own ``from_json``, adding
only what the components leave out because the text already holds it: the words of a quote or a time expression.
The unnamed referents coreference follows ("l'avocate générale") stay on the Doc: they name speakers and actors,
they are no entities of the contract.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest import Article
from ..model import Analysis
from ..model.analysis import DctInference, Entity, Event, Quote, Timex


def doc_to_analysis(doc: Doc, article: Article) -> Analysis:
    """Read the layers the components left on ``doc`` into the contract's structure.

    doc (Doc): a Doc that went through the veille pipeline; its text is ``article.text``.
    article (Article): where the document's metadata comes from.
    RETURNS (Analysis): the document object, every offset indexing into ``article.text``.
    """
    text = article.text
    inference = DctInference.from_json(doc._.veille_dct_inference) if article.dct is None else None
    return Analysis(
        id=article.id,
        text=text,
        url=article.url,
        title=article.title,
        lang=article.lang or "fr",
        dct=inference.value if inference else article.dct,
        dct_source="inferred" if inference else article.dct_source,
        dct_partial=article.dct_partial if article.dct is None else None,
        dct_inference=inference,
        entities=[Entity.from_json(record) for record in doc._.veille_entities or [] if not record.get("unnamed")],
        quotes=[Quote.from_json(_with_text(record, text)) for record in doc._.veille_quotes or []],
        timexes=[Timex.from_json(_with_text(record, text)) for record in doc._.veille_timexes or []],
        events=[Event.from_json(record) for record in doc._.veille_events or []],
    )


def _with_text(record: dict, text: str) -> dict:
    return {**record, "text": text[record["start"] : record["end"]]}
