"""Time expressions in real sentences: direction by tense, coordination, anchoring, and what is not a date."""

from __future__ import annotations

import pytest

from veille.errors import DataFileError
from veille.timex.grammar import load_grammar


def values(analysis) -> dict[str, str]:
    return {timex.text: timex.value for timex in analysis.timexes}


def test_weekday_goes_back_in_the_past_and_forward_in_the_future(analyse_text):
    # 2024-06-19 is a Wednesday
    assert values(analyse_text("Le ministre a démissionné lundi.", dct="2024-06-19"))["lundi"] == "2024-06-17"
    assert values(analyse_text("Le ministre démissionnera lundi.", dct="2024-06-19"))["lundi"] == "2024-06-24"


def test_yesterday_and_tomorrow_against_the_publication_date(analyse_text):
    found = values(analyse_text("Il est arrivé hier soir et repartira demain.", dct="2024-06-19"))
    assert found == {"hier soir": "2024-06-18TEV", "demain": "2024-06-20"}


def test_coordinated_days_share_their_month(analyse_text):
    found = values(analyse_text("La visite aura lieu mardi 18 et mercredi 19 juin.", dct="2024-06-10"))
    assert found == {"mardi 18": "2024-06-18", "mercredi 19 juin": "2024-06-19"}


def test_a_range_gives_one_expression_per_end(analyse_text):
    found = values(analyse_text("Le salon se tiendra du 3 au 5 mai à Metz.", dct="2024-04-02"))
    assert found == {"3": "2024-05-03", "5 mai": "2024-05-05"}
    years = values(analyse_text("Le budget couvre la période 2025-2027.", dct="2024-04-02"))
    assert years == {"2025": "2025", "2027": "2027"}


def test_a_clock_time_takes_the_day_of_its_sentence(analyse_text):
    found = values(analyse_text("Le conseil se réunira vendredi 22 novembre, à 20 h, en mairie.", dct="2002-11-21"))
    assert found == {"vendredi 22 novembre": "2002-11-22", "20 h": "2002-11-22T20:00"}


def test_since_points_to_the_past_whatever_the_verb(analyse_text):
    assert values(analyse_text("Le président souffre depuis mardi d'une grippe.", dct="1999-05-21"))["mardi"] == "1999-05-18"


def test_a_year_less_date_is_the_nearest_in_the_direction_of_the_tense(analyse_text):
    assert values(analyse_text("Le vote a eu lieu le 22 octobre.", dct="2003-01-31"))["le 22 octobre"] == "2002-10-22"
    # a deadline set in May is this June's, although the verb is in the past
    found = values(analyse_text("Il a donné jusqu'au 30 juin aux partis pour conclure.", dct="1999-05-21"))
    assert found["30 juin"] == "1999-06-30"


def test_without_a_date_deixis_stays_underspecified(analyse_text):
    found = values(analyse_text("Nous l'avons rencontré hier, et il repartira lundi."))
    assert found == {"hier": "XXXX-XX-XX", "lundi": "XXXX-WXX-1"}


def test_figures_of_speech_and_counts_are_not_dates(analyse_text):
    analysis = analyse_text(
        "Moscou les a appuyés hier et demain également. La commune compte 2010 habitants. "
        "Il l'a dit au quotidien régional.", dct="2024-06-19"
    )
    assert analysis.timexes == []


def test_nowadays_is_not_a_day(analyse_text):
    found = values(analyse_text("L'inflation est aujourd'hui de 6 %.", dct="2023-03-17"))
    assert found["aujourd'hui"] == "PRESENT_REF"
    found = values(analyse_text("Le président a parlé aujourd'hui à Paris.", dct="2023-03-17"))
    assert found["aujourd'hui"] == "2023-03-17"


def test_a_bad_grammar_file_names_the_rule(tmp_path):
    path = tmp_path / "timex.yaml"
    path.write_text("rules:\n  - {name: broken, kind: nonsense, pattern: 'x'}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="broken"):
        load_grammar(path)


def test_a_compound_past_with_etre_goes_back_even_when_parsed_as_a_passive(analyse_text):
    # 2001-06-13 is a Wednesday; "intervenir" and "décéder" have no passive
    found = values(analyse_text("Les pompiers sont intervenus samedi à Blâmont.", dct="2001-06-13"))
    assert found["samedi"] == "2001-06-09"
    found = values(analyse_text("L'ancienne institutrice est décédée dimanche.", dct="2001-06-13"))
    assert found["dimanche"] == "2001-06-10"
    found = values(analyse_text("La médiathèque est fermée samedi pour inventaire.", dct="2001-06-13"))
    assert found["samedi"] == "2001-06-16"


def test_a_clock_time_takes_an_underspecified_day_when_the_article_is_undated(analyse_text):
    found = values(analyse_text("Le maire a reçu les commerçants mardi, puis les associations en fin de journée."))
    assert found["mardi"] == "XXXX-WXX-2"
    assert found["fin de journée"] == "XXXX-WXX-2TEV"
    found = values(analyse_text("Le concert est prévu samedi de 20 h 30 à 23 h."))
    assert (found["20 h 30"], found["23 h"]) == ("XXXX-WXX-6T20:30", "XXXX-WXX-6T23:00")


def test_the_next_day_of_a_day_named_without_its_year(analyse_text):
    found = values(analyse_text("Le maire a été élu le 12 mars. Le lendemain, il a réuni son équipe."))
    assert found["Le lendemain"] == "XXXX-03-13"
    found = values(analyse_text("Le club a joué mardi. Le lendemain, il a repris l'entraînement."))
    assert found["Le lendemain"] == "XXXX-WXX-3"
