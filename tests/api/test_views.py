"""The shared formatter: facts written as sentences a person reads, with their proof, and dates in French."""

from __future__ import annotations

import pytest

from veille.api.views import event_line, french_date, quote_line
from veille.store import EventFact, QuoteItem


@pytest.mark.parametrize(("value", "written"), [("2024-06-18", "18 juin 2024"), ("2024-06-01", "1er juin 2024"),
                                                ("2024-08", "août 2024"), ("2024", "2024"), ("2024-W25", "2024-W25"),
                                                ("2024-13-01", "2024-13-01"), (None, "")])
def test_dates_are_written_in_french(value, written):
    assert french_date(value) == written


def _event(**changes) -> EventFact:
    sentence = "La ministre Claire Dufour a promis mardi son appui au maire de Brest."
    fields = dict(article_id=7, title="Un appui", dct="2025-03-04", type="SUPPORT", mode=None, cameo="051",
                  trigger="appui", start=48, end=53, sentence_start=100, sentence_end=100 + len(sentence), date=None,
                  modality="asserted", actor="Claire Dufour", target="Brest", place=None, source=None,
                  outlet="exemple.fr", sentence=sentence, actor_id=3, target_id=None)
    return EventFact(**{**fields, **changes})


def test_an_event_reads_who_did_what_to_whom_how_sure_and_when():
    line = event_line(_event())
    assert line.text == "Claire Dufour → Brest · SUPPORT (appui) · asserted · 4 mars 2025"
    assert line.who_id == 3 and line.whom_id is None
    assert line.words.startswith("La ministre Claire Dufour") and line.proof == f"/articles/7#proof-100-{line.end}"


def test_an_event_is_dated_by_its_own_date_and_says_when_its_actor_is_unknown():
    line = event_line(_event(actor=None, actor_id=None, target=None, date="2025-03-01", mode="economic"))
    assert line.text == "? · SUPPORT/economic (appui) · asserted · 1er mars 2025"


def _quote(**changes) -> QuoteItem:
    fields = dict(article_id=9, title="Le port", dct="2025-03-05", start=40, end=80,
                  text="nous rouvrirons le port avant l'été", kind="direct", speaker="Paul Le Goff",
                  cue="a assuré", outlet="exemple.fr", via="Radio Iroise", speaker_id=12)
    return QuoteItem(**{**fields, **changes})


def test_a_quote_reads_its_speaker_words_cue_and_relay():
    line = quote_line(_quote())
    assert line.text == "Paul Le Goff : « nous rouvrirons le port avant l'été » — a assuré, via Radio Iroise"
    assert line.who_id == 12 and line.when == "5 mars 2025" and line.proof == "/articles/9#proof-40-80"


def test_a_long_quote_is_cut_in_its_line_but_whole_in_its_words():
    words = "le port rouvrira " * 20
    line = quote_line(_quote(text=words, speaker=None, cue=None, via=None))
    assert line.text.startswith("locuteur inconnu : « le port") and line.text.endswith("… »")
    assert line.words == words
