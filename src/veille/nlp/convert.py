"""The one place where a processed spaCy Doc becomes an ``Analysis`` (schema veille/1)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest import Article
from ..model import Analysis, Entity, Mention, Quote, Speaker, TextSpan, Timex
from ..model.analysis import DctInference, Event, Ref, SentenceSpan, StandsFor


def doc_to_analysis(doc: Doc, article: Article) -> Analysis:
    """Read the layers the components left on ``doc`` into the contract's structure.

    doc (Doc): a Doc that went through the veille pipeline; its text is ``article.text``.
    article (Article): where the document's metadata comes from.
    RETURNS (Analysis): the document object, every offset indexing into ``article.text``.
    """
    inference = DctInference.from_json(doc._.veille_dct_inference) if article.dct is None else None
    return Analysis(
        id=article.id,
        text=article.text,
        url=article.url,
        title=article.title,
        lang=article.lang or "fr",
        dct=inference.value if inference else article.dct,
        dct_source="inferred" if inference else article.dct_source,
        dct_partial=article.dct_partial if article.dct is None else None,
        dct_inference=inference,
        entities=[_entity(record) for record in doc._.veille_entities or []],
        quotes=[_quote(record, article.text) for record in doc._.veille_quotes or []],
        timexes=[_timex(record, article.text) for record in doc._.veille_timexes or []],
        events=[_event(record) for record in doc._.veille_events or []],
    )


def _event(record: dict) -> Event:
    return Event(
        type=record["type"],
        mode=record["mode"],
        cameo=record["cameo"],
        trigger=TextSpan(**record["trigger"]),
        actor=Ref.from_json(record["actor"]),
        target=Ref.from_json(record["target"]),
        date=record["date"],
        place=Ref.from_json(record["place"]),
        modality=record["modality"],
        source=Ref.from_json(record["source"]),
        sentence=SentenceSpan(**record["sentence"]),
    )


def _timex(record: dict, text: str) -> Timex:
    return Timex(text=text[record["start"] : record["end"]], **record)


def _quote(record: dict, text: str) -> Quote:
    cue = record["cue"]
    return Quote(
        start=record["start"],
        end=record["end"],
        text=text[record["start"] : record["end"]],
        kind=record["kind"],
        cue=TextSpan(**cue) if cue else None,
        speaker=_speaker(record["speaker"]),
    )


def _speaker(record: dict) -> Speaker:
    mention = record.get("mention")
    members = record.get("members")
    return Speaker(
        entity=record.get("entity"),
        name=record.get("name"),
        mention=TextSpan(**mention) if mention else None,
        members=[_speaker(member) for member in members] if members else None,
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
