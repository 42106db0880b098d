"""The publication date: given, partial, or inferred from the text — never invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED_TEXT


@pytest.fixture
def analysed_on(nlp, analyse_text):
    """Analyse as if on a given day (inference may not pick a date after the day of analysis)."""
    tagger = nlp.get_pipe("veille_timex")

    def run(text: str, today: str, dct: str | None = None):
        saved, tagger.today = tagger.today, dt.date.fromisoformat(today)
        try:
            return analyse_text(text, dct=dct)
        finally:
            tagger.today = saved

    return run


@pytest.mark.issue(4)
def test_seed_dates_and_inferred_year(analysed_on):
    analysis = analysed_on(SEED_TEXT.read_text(encoding="utf-8"), today="2026-11-27")
    found = {(timex.text, timex.value) for timex in analysis.timexes}
    assert ("mardi 18", "2024-06-18") in found
    assert ("mercredi 19 juin", "2024-06-19") in found
    assert analysis.dct_source == "inferred"
    assert analysis.dct.startswith("2024-")
    reasons = {candidate.year: candidate.reason for candidate in analysis.dct_inference.candidates}
    assert "Stoltenberg" in reasons[2013]  # not yet NATO's secretary general
    assert "after the day of analysis" in reasons[2030]
    assert reasons[2024] is None and reasons[2019] is None  # both possible; the latest wins


def test_a_year_told_in_the_future_bounds_the_inference(analysed_on):
    text = "Le sommet se tiendra mardi 18 juin. Le traité doit entrer en vigueur d'ici 2020."
    analysis = analysed_on(text, today="2026-11-27")
    assert analysis.dct == "2019-06-18"
    assert analysis.timexes[0].value == "2019-06-18"


def test_nothing_is_inferred_without_a_weekday_and_a_day(analysed_on):
    analysis = analysed_on("Le maire, élu en 2014, a parlé le 19 novembre.", today="2026-11-27")
    assert analysis.dct is None and analysis.dct_source is None and analysis.dct_inference is None
    assert {t.text: t.value for t in analysis.timexes}["le 19 novembre"] == "XXXX-11-19"


def test_a_given_date_is_never_replaced(analysed_on):
    analysis = analysed_on("Le sommet se tiendra mardi 18 juin.", today="2026-11-27", dct="2013-06-10")
    assert (analysis.dct, analysis.dct_source, analysis.dct_inference) == ("2013-06-10", "given", None)
    assert analysis.timexes[0].value == "2013-06-18"


def test_a_partial_date_gives_its_year_to_calendar_dates_only(nlp):
    from veille.ingest import article_from_text
    from veille.pipeline import analyse

    article = article_from_text("Ils attendent le 15 mars. Ils se sont vus mercredi.", id="p", lang="fr")
    article.dct_partial = "2018-03"
    analysis = next(analyse([article], nlp=nlp))
    assert {t.text: t.value for t in analysis.timexes} == {"le 15 mars": "2018-03-15", "mercredi": "XXXX-WXX-3"}
    assert analysis.to_json()["dct_partial"] == "2018-03"
