"""Export: each stored article reads back as the veille/1 document that ``veille analyze`` printed for it."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import select

from veille.ingest import read_inputs
from veille.model import Analysis, Entity, Event, Mention, Quote, Ref, SentenceSpan, Speaker, StandsFor, TextSpan
from veille.model import Timex
from veille.store import entity_profile, export_csv, export_jsonl, ingest, load_document, save_document, search
from veille.store.entities import EntityResolver
from veille.store.models import Article

from .conftest import SEED

TEXT = "Moscou et Pékin ont signé jeudi un accord, a rapporté Tass. « Nous avancerons », ont dit Poutine et Xi."


def _span(words: str) -> TextSpan:
    start = TEXT.index(words)
    return TextSpan(start, start + len(words), words)


def _mention(words: str, stands_for: StandsFor | None = None) -> list[Mention]:
    span = _span(words)
    return [Mention(span.start, span.end, words, "name", stands_for)]


def _every_layer() -> Analysis:
    """An analysis that fills every layer and optional field of the contract (timexes and events included)."""
    quote = _span("Nous avancerons")
    speaker = Speaker(entity=None, name="Poutine et Xi", mention=_span("Poutine et Xi"),
                      members=[Speaker("E3", "Vladimir Poutine", None), Speaker("E4", "Xi Jinping", None)])
    when = _span("jeudi")
    return Analysis(
        id="every-layer", text=TEXT, url=None, title="Un accord", lang="fr", dct="2024-05-16", dct_source="given",
        entities=[
            Entity("E1", "Moscou", "LOC", "CITY", "Q649", _mention("Moscou", StandsFor("Russie", "Q159"))),
            Entity("E2", "Tass", "ORG", "MEDIA", None, _mention("Tass")),
            Entity("E3", "Vladimir Poutine", "PER", "PERSON", "Q7747", _mention("Poutine")),
            Entity("E4", "Xi Jinping", "PER", "PERSON", "Q15031", _mention("Xi")),
        ],
        quotes=[Quote(quote.start, quote.end, quote.text, "direct", _span("ont dit"), speaker, via=Ref("E2", "Tass"))],
        timexes=[Timex(when.start, when.end, when.text, "DATE", "2024-05-16")],
        events=[Event("AGREE", None, "057", _span("signé"), Ref("E1", "Moscou"), Ref(None, "Pékin"), "2024-05-16",
                      None, "asserted", Ref("E2", "Tass"), SentenceSpan(0, TEXT.index("«") - 1))],
    )


def test_export_round_trips_every_layer(store):
    analysis = _every_layer()
    with store.session() as session:
        save_document(session, analysis, EntityResolver(session), origin="test")
    with store.session() as session:
        article = session.scalars(select(Article)).one()
        assert load_document(article).to_json() == analysis.to_json()


def test_export_jsonl_of_the_seed_is_what_analyze_prints(store, replay_analyse, seed_analysis):
    ingest(store, read_inputs([SEED]), analyse=replay_analyse)
    out = io.StringIO()
    with store.session() as session:
        assert export_jsonl(session, out) == 1
    assert out.getvalue() == json.dumps(seed_analysis.to_json(), ensure_ascii=False) + "\n"


def test_export_csv_quotes_have_offsets_into_the_text(ingested):
    out = io.StringIO()
    with ingested.session() as session:
        export_csv(session, out, "quotes")
        texts = {article.id: article.text for article in session.scalars(select(Article))}
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows and all(texts[int(row["article_id"])][int(row["start"]):int(row["end"])] == row["text"]
                        for row in rows)


def test_store_links_each_member_of_a_group_speaker(store):
    with store.session() as session:
        save_document(session, _every_layer(), EntityResolver(session), origin="test")
    with store.session() as session:
        assert [hit.doc_id for hit in search(session, speaker="Xi Jinping").hits] == ["every-layer"]
        assert [item.type for item in entity_profile(session, "Q649").events] == ["AGREE"]
