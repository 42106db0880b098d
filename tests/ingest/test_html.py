"""HTML pages: the article body and its metadata, without the page's navigation and footer."""

from __future__ import annotations

import gzip

import pytest
import trafilatura

from veille.errors import EmptyDocument
from veille.ingest import Article, article_from_html, read_inputs

from .conftest import GOLD_HTML

GOLD_PAGES = [
    "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz",
    "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f.html.gz",
    "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0.html.gz",
]


def test_html_reads_page_metadata(depeche_path):
    [article] = read_inputs([depeche_path])
    assert article.title == "Sommet de Bruxelles : les Vingt-Sept s'accordent sur l'aide à l'Ukraine"
    assert (article.dct, article.dct_source) == ("2024-03-21", "metadata")
    assert article.author == "Claire Dumont"
    assert article.url == "https://www.quotidien-du-nord.example/international/sommet-bruxelles-ukraine"
    assert (article.id, article.lang) == ("depeche-fr", "fr")


@pytest.mark.parametrize(
    "paragraph",
    [
        "« Nous ne laisserons pas tomber Kiev », a déclaré le président du Conseil européen, Charles Michel",
        "Les ministres des Finances doivent désormais préciser les modalités de financement",
    ],
)
def test_html_body_keeps_paragraphs_on_their_own_lines(depeche_path, paragraph):
    [article] = read_inputs([depeche_path])
    assert any(line.startswith(paragraph) for line in article.text.split("\n"))


@pytest.mark.parametrize("furniture", ["Accueil", "Mentions légales", "Tous droits réservés", "Gestion des cookies"])
def test_html_body_leaves_out_navigation_and_footer(depeche_path, furniture):
    [article] = read_inputs([depeche_path])
    assert furniture not in article.text


def test_html_lire_aussi_box_is_dropped_or_marked(depeche_path):
    [article] = read_inputs([depeche_path])
    marked = {article.text[span.start:span.end] for span in article.boilerplate}
    lines = [line for line in article.text.split("\n") if "peine à tenir ses promesses" in line]
    assert all(line in marked for line in lines)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Grève à la SNCF</title><body><div><p>Les syndicats de cheminots ont appelé à une grève "
        "reconductible à partir de lundi, pour protester contre la réforme du statut.<p>La direction dit "
        "vouloir « maintenir le dialogue » et prévoit un trafic très perturbé <b>sur les lignes TGV<div>",
    ],
)
def test_html_reads_malformed_markup(html):
    article = article_from_html(html, id="greve")
    assert "Les syndicats de cheminots ont appelé à une grève reconductible" in article.text
    assert "<" not in article.text


@pytest.mark.parametrize(
    "html",
    ["", "   \n", "<html><head><script>var a = 1;</script></head><body></body></html>"],
    ids=["empty", "blank", "no-body-text"],
)
def test_html_rejects_page_without_text(html):
    with pytest.raises(EmptyDocument):
        article_from_html(html, id="vide")


@pytest.mark.parametrize("text", ["L'été dernier, la fréquentation des musées a progressé de 12 % à Besançon."])
def test_html_decodes_declared_charset(text):
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{text}</p></body></html>'
    article = article_from_html(page.encode("cp1252"), id="musees")
    assert article.text == text


def test_html_falls_back_when_trafilatura_fails(monkeypatch, depeche_path):
    def broken(*args, **kwargs):
        raise RuntimeError("simulated extractor crash")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    article = article_from_html(depeche_path.read_bytes(), id="depeche")
    assert "Réunis jeudi à Bruxelles, les chefs d'État" in article.text


@pytest.mark.parametrize("name", GOLD_PAGES)
def test_html_extracts_body_of_gold_page(name):
    path = GOLD_HTML / name
    if not path.is_file():
        pytest.skip(f"gold page absent: {path}")
    article = article_from_html(gzip.decompress(path.read_bytes()), id=name.split(".")[0])
    assert isinstance(article, Article)
    assert len(article.text.strip()) > 200


@pytest.mark.issue(10)
@pytest.mark.parametrize("depth", [300, 20_000])
def test_html_extracts_article_nested_deeper_than_libxml2_parses(depth):
    paragraphs = "".join(f"<p>Les négociateurs se sont retrouvés pour la {n}e séance de la semaine, sans parvenir à "
                         f"un accord sur le calendrier.</p>" for n in range(1, 5))
    html = (f"<html><head><title>Profondeur</title></head><body>{'<div>' * depth}<article>{paragraphs}</article>"
            f"{'</div>' * depth}<footer>Mentions légales</footer></body></html>")
    article = article_from_html(html, id="profond")
    assert all(f"la {n}e séance" in article.text for n in range(1, 5))
    assert "<div>" not in article.text
