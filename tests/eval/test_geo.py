"""``veille eval geo``: the geo dev set read in place, the measures on analyses built here, and veille's floors.

The floors sit a few points under the figures at the end of issue #14 (docs/evaluation.md): the work part is
fr-news-dev and the fr-news-dev2 documents whose id ends in 1-4, plus ambiguous texts amb-01..40; the untouched part
(fr-news-dev2 ids ending 5/6, amb-41..60) was scored before and after the work, never studied. One floor is on the
whole of fr-news-dev + dev2: the issue's target, within 161 km >= 0.95, met by rules of French and of geography.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import need_shared
from veille.errors import GoldFormatError
from veille.eval.geo import GeoDoc, GoldPlace, judge, read_geo_gold, score_geo
from veille.eval.systems import analyse_gold
from veille.kb.places import Places
from veille.model import Analysis
from veille.model.analysis import Entity, Geo, Mention
from veille.pipeline import analyse

GEO_DEV = Path(__file__).resolve().parents[2] / "data" / "geo-dev"
WORK = re.compile(r"^(frdev-\d+|frdev2-\d\d[1-4])$")
AMBIGUOUS_WORK = re.compile(r"^amb-(0[1-9]|[1-3][0-9]|40)$")
FLOORS = {"exact": 0.95, "within_161km": 0.93, "ambiguous_exact": 0.88, "whole_within_161km": 0.95}


@pytest.fixture(scope="module")
def places():
    places = Places.open()
    yield places
    places.close()


def test_geo_dev_set_reads_in_place():
    docs = read_geo_gold(GEO_DEV, need_shared("gold").parent)
    mentions = [place for doc in docs for place in doc.places]
    assert len(mentions) == 344 and len(docs) == 45
    assert all(doc.text[p.start:p.end] == p.text for doc in docs for p in doc.places)
    ambiguous = read_geo_gold(GEO_DEV / "ambiguous.jsonl")
    assert len(ambiguous) == 60 and all(doc.places for doc in ambiguous)


def test_geo_gold_with_a_wrong_span_is_refused(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Il vit à Lyon.", "places": [{"start": 0, "end": 4, "text": "Lyon"}]}\n',
                   encoding="utf-8")
    with pytest.raises(GoldFormatError, match="reads 'Il v'"):
        read_geo_gold(bad)


def test_geo_gold_reads_located_entities_of_fr_news_documents(tmp_path):
    gold = tmp_path / "fr_news.jsonl"
    gold.write_text('{"id": "n1", "text": "Il vit à Lyon.", "entities": [{"start": 9, "end": 13, "text": "Lyon", '
                    '"label": "LOC", "canonical": "Lyon", "geonames_id": 2996944, "lat": 45.75, "lon": 4.85}, '
                    '{"start": 0, "end": 2, "text": "Il", "label": "PER", "canonical": "X"}]}\n', encoding="utf-8")
    (doc,) = read_geo_gold(gold)
    assert [(p.text, p.geonames_id, p.lat) for p in doc.places] == [("Lyon", 2996944, 45.75)]


def _analysis(text: str, start: int, end: int, geo: Geo | None) -> Analysis:
    entity = Entity("E1", text[start:end], "LOC", "CITY", None, [Mention(start, end, text[start:end], "name")], geo)
    return Analysis(id="d", text=text, entities=[entity])


def test_geo_measures_exact_and_within_161_km(places):
    text = "Des renforts sont arrivés à Lyon puis à Tripoli."
    lyon = GoldPlace(28, 32, "Lyon", 2996944, 45.748, 4.847)
    tripoli = GoldPlace(40, 47, "Tripoli", 266826, None, None)  # its point comes from the gazetteer
    doc = GeoDoc("d", text, None, [lyon, tripoli])
    near_lyon = Geo(9999999, 45.76, 4.90, "FR", None, "city")  # a wrong id 4 km away
    analysis = _analysis(text, 28, 32, near_lyon)
    scores = score_geo(judge([doc], [analysis], places)).to_dict()
    assert scores["exact"] == 0.0 and scores["within_161km"] == 0.5  # Tripoli was not even found
    assert scores["found_within_161km"] == 1.0 and scores["found_with_id"] == 1


@pytest.fixture(scope="module")
def figures(nlp, places) -> dict[str, float]:
    docs = read_geo_gold(GEO_DEV, need_shared("gold").parent)
    ambiguous = [doc for doc in read_geo_gold(GEO_DEV / "ambiguous.jsonl") if AMBIGUOUS_WORK.search(doc.id)]
    judged = judge(docs, analyse_gold(analyse, docs, nlp=nlp), places)
    work = score_geo([item for item in judged if WORK.search(item.doc)]).to_dict()
    whole = score_geo(judged).to_dict()
    hard = score_geo(judge(ambiguous, analyse_gold(analyse, ambiguous, nlp=nlp), places)).to_dict()
    return {"exact": work["exact"], "within_161km": work["within_161km"], "ambiguous_exact": hard["exact"],
            "whole_within_161km": whole["within_161km"]}


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_geo_measure_meets_its_floor(figures, measure):
    assert figures[measure] >= FLOORS[measure], f"{measure} fell to {figures[measure]:.3f}"
