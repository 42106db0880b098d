from veille.kb import normalize_alias
from veille.kb.normalize import strip_determiner


def test_normalize_alias_case_accents_and_determiners():
    assert normalize_alias("l’Otan") == normalize_alias("OTAN") == normalize_alias("Otan") == normalize_alias("otan")
    assert normalize_alias("Etats-Unis") == normalize_alias("États-Unis") == normalize_alias("les États–Unis")
    assert normalize_alias("Le Figaro") == normalize_alias("Figaro")
    assert normalize_alias("les Américains") == "americains"


def test_normalize_alias_punctuation_and_spaces():
    assert normalize_alias("Côte d’Ivoire") == normalize_alias("Cote d'Ivoire")
    assert normalize_alias("  Nord \u2010 Coréen ") == "nord-coreen"
    assert normalize_alias("Cœur") == "coeur"
    assert normalize_alias("New\u00a0York") == "new york"


def test_normalize_alias_keeps_a_lone_determiner_and_inner_articles():
    assert normalize_alias("Le") == "le"
    assert normalize_alias("Lesotho") == "lesotho"
    assert normalize_alias("Laos") == "laos"
    assert normalize_alias("Ligue arabe") == "ligue arabe"
    assert strip_determiner("la Russe") == "Russe"
