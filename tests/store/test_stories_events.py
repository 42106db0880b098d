"""Stories are events: articles about another event of the same people, days apart, make a story of their own.

The articles are written for these tests (invented minister, mayor and events); the features are the store's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veille.ingest import article_from_text
from veille.store import ingest
from veille.store.stories import NEXT_DAY, agreement, told_days, vocabulary

from .test_stories import _partition

MONDAY = dt.date(2025, 10, 6)
VISIT = ("La ministre de la Culture, Sophie Maréchal, a inauguré lundi à Besançon le nouveau musée de "
         "l'horlogerie, installé dans une ancienne manufacture du quartier de Battant. Accueillie par le maire, "
         "Bertrand Aubel, elle a visité les ateliers de restauration et salué le travail des artisans. « Ce musée "
         "rend à la ville une part de sa mémoire ouvrière », a déclaré la ministre. L'État a financé un tiers des "
         "travaux.")
VISIT_RETOLD = ("Sophie Maréchal était lundi à Besançon pour ouvrir le musée de l'horlogerie, dans l'ancienne "
                "manufacture de Battant. Le maire, Bertrand Aubel, a rappelé que le chantier avait duré quatre "
                "ans. La ministre de la Culture a longuement visité les ateliers de restauration des montres "
                "anciennes et rencontré les horlogers bénévoles.")
BUDGET = ("La ministre de la Culture, Sophie Maréchal, a défendu mercredi devant les députés un budget en baisse "
          "de deux pour cent. Interrogée sur les théâtres municipaux, elle a cité l'exemple de Besançon, dont le "
          "maire, Bertrand Aubel, réclame une aide de l'État pour sa scène nationale. Les députés de l'opposition "
          "ont dénoncé des coupes dans l'enseignement artistique. Le vote aura lieu la semaine prochaine.")


def test_stories_told_days_are_the_dated_events_else_the_article_day():
    monday, tuesday = MONDAY.toordinal(), MONDAY.toordinal() + 1
    assert told_days(["2025-10-06", "2025-10-06T10:00", "2025-10-07", "2025-10", None], MONDAY) == (
        (monday, 2 / 3), (tuesday, 1 / 3))
    assert told_days(["2025-W41", "P2D"], MONDAY) == ((monday, 1.0),)


def test_stories_agreement_is_full_on_one_day_partial_the_next_none_two_days_apart():
    monday = ((MONDAY.toordinal(), 1.0),)
    assert agreement(monday, monday) == 1.0
    assert agreement(monday, ((MONDAY.toordinal() + 1, 1.0),)) == NEXT_DAY
    assert agreement(monday, ((MONDAY.toordinal() + 2, 1.0),)) == 0.0
    assert agreement(monday, ((MONDAY.toordinal(), 0.5), (MONDAY.toordinal() + 2, 0.5))) == 0.5


def test_stories_vocabulary_leaves_out_the_words_of_names():
    text = "Bertrand Aubel inaugure la manufacture"
    assert vocabulary(text, "fr", [(0, len("Bertrand Aubel"))]) == {"inaugure", "manufacture"}


@pytest.mark.parametrize("order", [1, -1])
def test_stories_another_event_of_the_same_people_two_days_later_is_another_story(store, replay_analyse, order):
    articles = [article_from_text(text, id=doc_id, url=f"https://presse.example/{doc_id}", dct=day, lang="fr")
                for doc_id, text, day in [("visite", VISIT, "2025-10-06"), ("visite-bis", VISIT_RETOLD, "2025-10-06"),
                                          ("budget", BUDGET, "2025-10-08")]]
    ingest(store, articles[::order], analyse=replay_analyse)
    assert _partition(store) == [{"budget"}, {"visite", "visite-bis"}]
