"""Choosing among a name's candidates from the evidence of its document (veille.geo.resolve), on places built here."""

from __future__ import annotations

from collections import Counter

from veille.geo.resolve import Evidence, choose
from veille.kb.places import Place


def _place(id_, name, feature, country, lat, lon, population, *, capital=False, admin1=None, qid=None):
    return Place(id_, int(id_.split(":")[1]) if id_.startswith("gn:") else None, qid, name, feature, capital,
                 country, admin1, lat, lon, population)


TRIPOLI_LY = _place("gn:1", "Tripoli", "city", "LY", 32.9, 13.2, 1_300_000, capital=True, qid="Q3579")
TRIPOLI_LB = _place("gn:2", "Tripoli", "city", "LB", 34.4, 35.8, 230_000)
BEIRUT = _place("gn:3", "Beyrouth", "city", "LB", 33.9, 35.5, 1_900_000, capital=True)
ALICANTE_CITY = _place("gn:4", "Alicante", "city", "ES", 38.35, -0.48, 334_000, admin1="Valence")
ALICANTE_PROVINCE = _place("gn:5", "Alicante", "admin2", "ES", 38.5, -0.6, 1_800_000, admin1="Valence")
HAMLET = _place("gn:6", "Tripoli", "city", "GR", 37.5, 22.4, 900)


def _main(*places):
    return [(place, True) for place in places]


def test_choose_alone_takes_the_capital_by_its_prior():
    assert choose(_main(TRIPOLI_LY, TRIPOLI_LB), Evidence()) == TRIPOLI_LY


def test_choose_follows_the_country_the_name_s_own_phrase_names():
    """"à Tripoli, dans le nord du Liban": the phrase outweighs the capital's prior."""
    evidence = Evidence(countries=Counter({"LB": 1}), local_countries=frozenset({"LB"}), kb_id="Q3579")
    assert choose(_main(TRIPOLI_LY, TRIPOLI_LB), evidence) == TRIPOLI_LB


def test_choose_follows_the_places_near_a_candidate():
    """Beyrouth named in the same story: the Lebanese Tripoli, 80 km away."""
    evidence = Evidence(countries=Counter({"LB": 2, "LY": 1}), anchors=(BEIRUT,))  # Beyrouth counts for Lebanon
    assert choose(_main(TRIPOLI_LY, TRIPOLI_LB), evidence) == TRIPOLI_LB


def test_choose_leaves_a_tie_unresolved():
    """Two towns of one size, both countries named, neither beside the name: no guess."""
    one = _place("gn:12", "Santa Rosa", "city", "AR", -36.6, -64.3, 120_000)
    other = _place("gn:13", "Santa Rosa", "city", "PH", 14.3, 121.1, 120_000)
    assert choose(_main(one, other), Evidence(countries=Counter({"AR": 1, "PH": 1}))) is None


def test_choose_a_bare_name_is_the_town_not_its_province():
    assert choose(_main(ALICANTE_CITY, ALICANTE_PROVINCE), Evidence()) == ALICANTE_CITY


def test_choose_a_kind_word_or_an_article_keeps_the_subdivision():
    """"la province d'Alicante", "la Mayenne": French names subdivisions with an article, towns without."""
    assert choose(_main(ALICANTE_CITY, ALICANTE_PROVINCE), Evidence(kind="admin")) == ALICANTE_PROVINCE
    assert choose(_main(ALICANTE_CITY, ALICANTE_PROVINCE), Evidence(kind="not_city")) == ALICANTE_PROVINCE


def test_choose_a_small_town_needs_its_document_to_point_to_it():
    assert choose(_main(HAMLET), Evidence(countries=Counter({"GR": 3}))) is None
    near = _place("gn:7", "Tripoli", "city", "GR", 37.6, 22.3, 25_000)
    assert choose(_main(HAMLET), Evidence(countries=Counter({"GR": 1}), anchors=(near,))) == HAMLET


def test_choose_an_alternate_name_of_a_small_town_abroad_is_no_evidence():
    """A village whose alternate names include the word, in a country the text never names, is set aside."""
    town = _place("gn:8", "Hagere Maryam", "city", "ET", 5.6, 38.2, 57_000)
    assert choose([(town, False)], Evidence(countries=Counter({"BF": 4}))) is None
    assert choose([(town, False)], Evidence(countries=Counter({"ET": 1}))) == town


def test_choose_a_subdivision_holding_a_town_of_the_document():
    """"En Géorgie, les bureaux de vote d'Atlanta": the State, not the country."""
    country = _place("gn:9", "Géorgie", "country", "GE", 42.0, 43.5, 3_700_000, qid="Q230")
    state = _place("gn:10", "Géorgie", "admin1", "US", 32.7, -83.4, 10_000_000)
    atlanta = _place("gn:11", "Atlanta", "city", "US", 33.75, -84.39, 500_000, admin1="Géorgie")
    evidence = Evidence(countries=Counter({"US": 2}), anchors=(atlanta,), kb_id="Q230")
    assert choose(_main(country, state), evidence) == state
