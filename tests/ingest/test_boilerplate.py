"""Boilerplate: site furniture lines are marked as whole-line spans; sentences of the body never are."""

from __future__ import annotations

import pytest

from veille.errors import DataFileError
from veille.ingest import Span, article_from_text, find_boilerplate
from veille.ingest.boilerplate import load_rules

BEFORE = "Le Premier ministre a présenté mardi son plan pour le logement devant l'Assemblée nationale.\n"
AFTER = "\nLes députés de l'opposition ont aussitôt dénoncé un texte « sans ambition »."


def test_boilerplate_marks_only_seed_last_line(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    last_line_start = text.rindex("\n") + 1
    assert find_boilerplate(text) == [Span(last_line_start, len(text))]
    assert text[last_line_start:].startswith("> A lire aussi : L’alliance entre la Russie")


@pytest.mark.parametrize(
    "line",
    [
        "> A lire aussi : L’alliance entre la Russie et la Corée du Nord semble solide",
        "A lire aussi",
        "À lire également : les retraites, un dossier explosif",
        "Lire aussi : Le budget 2025 adopté au 49.3",
        "LIRE AUSSI Le gouvernement recule sur l'assurance chômage",
        "Voir aussi",
        "Sur le même sujet",
        "Article réservé aux abonnés",
        "Abonnez-vous pour 1 € le premier mois",
        "Pour lire la suite, abonnez-vous",
        "Il vous reste 68% de cet article à lire.",
        "Cet article vous est offert",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Publicité",
        "PUBLICITÉ",
        "Partager sur Facebook",
        "Partager sur Twitter",
        "Nous utilisons des cookies pour améliorer votre expérience de navigation.",
        "Accepter les cookies",
        "Crédit photo : AFP / Ludovic Marin",
        "© Reuters",
        "• Lire aussi : Ce que contient le projet de loi",
    ],
)
def test_boilerplate_marks_furniture_line(line):
    text = BEFORE + line + AFTER
    assert find_boilerplate(text) == [Span(len(BEFORE), len(BEFORE) + len(line))]


@pytest.mark.parametrize(
    "text",
    [
        "Il faut lire aussi le rapport de la Cour des comptes, a insisté la ministre.",
        "La publicité mensongère est punie de deux ans d'emprisonnement.",
        "Publicité : le gendarme de l'audiovisuel sanctionne une chaîne d'information.",
        "Voir aussi les députés de la majorité s'abstenir a surpris. " * 6,
        "Partager les richesses : c'est le mot d'ordre des syndicats réunis à Lyon.",
        "Les abonnés au gaz verront leur facture baisser de 10 % en février.",
        "© e notre correspondant )",
    ],
)
def test_boilerplate_ignores_body_sentence(text):
    assert find_boilerplate(BEFORE + text + AFTER) == []


@pytest.mark.parametrize("line", ["Lire aussi : la réforme des retraites"])
def test_boilerplate_span_stops_before_carriage_return(line):
    text = BEFORE.replace("\n", "\r\n") + line + "\r\n" + AFTER.lstrip("\n")
    start = len(BEFORE) + 1
    assert find_boilerplate(text) == [Span(start, start + len(line))]


@pytest.mark.parametrize("line", ["Publicité"])
def test_boilerplate_fills_article_boilerplate(line):
    article = article_from_text(BEFORE + line + AFTER, id="x")
    assert [article.text[s.start:s.end] for s in article.boilerplate] == [line]


@pytest.mark.parametrize(
    "rows,problem",
    [
        ("# rules\nlire_aussi\tlire\\s+aussi.*\ncasse\t(non fermé\n", "line 3"),
        ("pas_de_tabulation lire aussi\n", "line 1"),
        ("vide\t(?:x)?\n", "empty string"),
        ("a\tlire\na\tvoir\n", "twice"),
        ("# only a comment\n", "no rules"),
    ],
    ids=["bad-regex", "no-tab", "matches-empty", "duplicate-name", "no-rules"],
)
def test_boilerplate_rejects_bad_rule_file(tmp_path, rows, problem):
    path = tmp_path / "rules.tsv"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(DataFileError) as excinfo:
        load_rules(path)
    assert problem in str(excinfo.value).replace("rules.tsv:", "line ")
