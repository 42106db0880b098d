"""``veille_coref``: names, descriptions and what a name stands for, on sentences written for the tests."""

from __future__ import annotations

import pytest


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,capital,country",
    [
        ("Les Émirats ont réduit leurs relations avec Téhéran en 2016.", "Téhéran", "Iran"),
        ("Une attaque a été lancée par Bakou dans la nuit.", "Bakou", "Azerbaïdjan"),
        ("Des pourparlers entre Moscou et Kiev sont prévus.", "Kiev", "Ukraine"),
        ("Le ministre est arrivé à Moscou mardi.", "Moscou", None),
        ("Le maire de Moscou a inauguré un parc.", "Moscou", None),
    ],
)
def test_a_capital_a_preposition_of_participants_introduces_stands_for_its_state(analyse_text, text, capital,
                                                                                  country):
    """"avec Téhéran", "par Bakou", "entre Moscou et Kiev": the state; "à Moscou", "de Moscou": the city only."""
    entity = next(e for e in analyse_text(text).entities if e.name == capital)
    stands = entity.mentions[0].stands_for
    assert (stands.name if stands else None) == country


@pytest.mark.issue(12)
def test_a_name_with_its_words_in_another_order_is_the_same_person(analyse_text):
    """"Mehdi Karoui … le ministre Karoui Mehdi": a surname written first names the same person."""
    analysis = analyse_text("Mehdi Karoui a été reçu lundi à Tunis. Le ministre Karoui Mehdi a salué la rencontre.")
    people = [e for e in analysis.entities if e.label == "PER"]
    assert len(people) == 1 and {m.text for m in people[0].mentions} >= {"Mehdi Karoui", "Karoui Mehdi"}


@pytest.mark.issue(12)
def test_a_person_the_kb_knows_is_linked_with_the_surname_written_first(analyse_text):
    analysis = analyse_text("Le président Saïed Kaïs a reçu mardi le Premier ministre à Carthage.")
    assert "Kaïs Saïed" in {e.name for e in analysis.entities if e.label == "PER"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name, acronym",
    [
        ("La Fédération nationale des transporteurs routiers appelle au blocage. La FNTR réclame une baisse des taxes.",
         "Fédération nationale des transporteurs routiers", "FNTR"),
        ("Le PSG a battu Lens. Le Paris Saint-Germain reste leader.", "Paris Saint-Germain", "PSG"),
    ],
)
def test_an_acronym_spelled_by_a_name_in_full_is_that_organisation(analyse_text, text, name, acronym):
    """No parenthesis introduces it and the KB does not know it: the initials of the full name's words spell it."""
    entity = next(e for e in analyse_text(text).entities if e.name == name)
    assert acronym in [m.text for m in entity.mentions]


@pytest.mark.issue(12)
def test_an_acronym_two_names_spell_is_neither(analyse_text):
    text = ("La Fédération nationale des transporteurs routiers a protesté, comme la Fédération nationale des taxis "
            "ruraux. La FNTR menace de bloquer les routes.")
    assert [m.text for e in analyse_text(text).entities for m in e.mentions if "FNTR" in e.name] == ["FNTR"]


@pytest.mark.issue(12)
def test_a_title_of_another_field_is_no_holder_of_the_state_s_role(analyse_text):
    """"la dirigeante syndicale" is no head of government: the Première ministre named later is not she."""
    text = ("La dirigeante syndicale n'exclut pas une grève des contrôleurs.\n\nLa Première ministre, Élisabeth Borne, "
            "recevra les syndicats lundi.")
    borne = next(e for e in analyse_text(text, dct="2023-03-01").entities if e.name == "Élisabeth Borne")
    assert not any(m.text.startswith("La dirigeante") for m in borne.mentions)


@pytest.mark.issue(12)
def test_a_bare_title_takes_up_no_one_named_after_it(analyse_text):
    """"Le chancelier a félicité Donald Trump": the United States' president is head of government too, but the
    chancellor is not the man he congratulates."""
    trump = next(e for e in analyse_text("Le chancelier a félicité Donald Trump pour sa victoire.", dct="2025-01-10")
                 .entities if e.name == "Donald Trump")
    assert not any(m.text == "Le chancelier" for m in trump.mentions)


@pytest.mark.issue(12)
def test_a_bare_title_takes_up_the_holder_a_later_sentence_names(analyse_text):
    """A lead that names the post and a later sentence the man: "Le Premier ministre … Michel Barnier a détaillé …"."""
    text = ("Le Premier ministre a présenté mardi son plan de relance. Dans un discours à Matignon, Michel Barnier a "
            "détaillé les mesures.")
    barnier = next(e for e in analyse_text(text, dct="2024-10-01").entities if e.name == "Michel Barnier")
    assert "Le Premier ministre" in [m.text for m in barnier.mentions]


@pytest.mark.issue(12)
def test_a_person_described_by_another_post_is_no_later_title(analyse_text):
    """"Le chef libéral, Paul Girard, …. Le ministre des Transports a indiqué …": a man the text gave another post
    (by apposition) is not the minister, as mention or as speaker; a "Contacté par la rédaction, X" misparsed as an
    apposition gives no post."""
    text = ("Le chef libéral, Paul Girard, accuse le gouvernement. Le ministre des Transports a indiqué que les "
            "études seraient publiées.")
    analysis = analyse_text(text, dct="2025-01-10")
    girard = next(e for e in analysis.entities if e.name == "Paul Girard")
    assert not any(m.text.startswith("Le ministre") for m in girard.mentions)
    assert [q.speaker.name for q in analysis.quotes] == ["Le ministre des Transports"]


@pytest.mark.issue(12)
def test_the_subject_after_a_fronted_clause_is_no_apposition_of_the_name_before_it(analyse_text):
    """"Critiquant la ministre, Claire Dubois, le député a appelé …": "le député" opens the main clause; it is not
    Claire Dubois (unlike "répond X, le porte-parole …", an apposition after its verb)."""
    analysis = analyse_text("Critiquant la ministre, Claire Dubois, le député a appelé à la grève.", dct="2025-01-10")
    dubois = next(e for e in analysis.entities if e.name == "Claire Dubois")
    assert "le député" not in [m.text for m in dubois.mentions]
    assert [q.speaker.name for q in analysis.quotes] == ["le député"]
    analysis = analyse_text("« Il ment », répond Paul Girard, le porte-parole du parti.", dct="2025-01-10")
    girard = next(e for e in analysis.entities if e.name == "Paul Girard")
    assert "le porte-parole" in [m.text for m in girard.mentions]


@pytest.mark.issue(12)
def test_a_first_name_says_the_gender_before_a_masculine_title(analyse_text):
    """"Le chef de l'opposition, Marie Dupont, … Selon elle": "le chef" is said of women too; Marie is one."""
    text = ("Le chef de l'opposition, Marie Dupont, a critiqué le budget. Selon elle, le gouvernement a perdu toute "
            "légitimité.")
    assert [q.speaker.name for q in analyse_text(text, dct="2025-01-10").quotes] == ["Marie Dupont"]
