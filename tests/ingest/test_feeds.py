"""RSS and Atom feeds: one article per entry, from the text the feed carries; URLs fetched only when named."""

from __future__ import annotations

import pytest

from veille.errors import MissingInput
from veille.ingest import Article, Rejected, read_inputs
from veille.ingest import sources

from .conftest import DATA

RSS = DATA / "flux-fr.rss"
ATOM = DATA / "flux-fr.atom"


def test_feeds_rss_entries_become_articles_with_link_title_and_date():
    first, second, empty = read_inputs([RSS])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.url == "https://www.quotidien-du-nord.example/international/aide-ukraine"
    assert first.title == "Le Conseil européen débloque une aide pour l'Ukraine"
    assert (first.dct, first.dct_source, first.lang) == ("2024-03-21", "metadata", "fr")
    assert "« Nous ne laisserons pas tomber Kiev »" in first.text and "<p>" not in first.text
    assert second.id == f"{RSS.stem}:2" and second.text.startswith("Vladimir Poutine est arrivé")
    assert isinstance(empty, Rejected) and empty.reason == "empty" and empty.origin == f"{RSS}#3"


def test_feeds_atom_entry_keeps_its_id_and_content():
    (entry,) = read_inputs([ATOM])
    assert entry.id == "urn:quotidien-du-nord:otan-2024-06-21"
    assert entry.url == "https://www.quotidien-du-nord.example/international/otan"
    assert entry.text.startswith("Jens Stoltenberg, le secrétaire général de l'Otan")


@pytest.mark.parametrize("name", ["flux.xml", "flux"])
def test_feeds_are_sniffed_whatever_the_file_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ATOM.read_bytes())
    assert [item.id for item in read_inputs([path])] == ["urn:quotidien-du-nord:otan-2024-06-21"]


def test_feeds_in_a_folder_are_read(tmp_path):
    (tmp_path / "a.atom").write_bytes(ATOM.read_bytes())
    assert len(list(read_inputs([tmp_path]))) == 1


def test_feeds_url_is_fetched_once_when_named(monkeypatch):
    fetched = []
    monkeypatch.setattr(sources, "fetch", lambda url, limit: fetched.append(url) or RSS.read_bytes())
    items = list(read_inputs(["https://www.quotidien-du-nord.example/rss"]))
    assert fetched == ["https://www.quotidien-du-nord.example/rss"]
    assert [type(item) for item in items] == [Article, Article, Rejected]


def test_feeds_url_that_fails_is_rejected(monkeypatch):
    def missing(url, limit):
        raise MissingInput(f"{url}: HTTP 404 Not Found")

    monkeypatch.setattr(sources, "fetch", missing)
    (item,) = read_inputs(["https://www.quotidien-du-nord.example/disparu.rss"])
    assert isinstance(item, Rejected) and item.reason == "not_found" and item.id == "disparu.rss"


@pytest.mark.issue(10)
@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b" \n", "empty"), (b"<rss>", "malformed_record")])
def test_feeds_empty_or_broken_feed_file_is_rejected(tmp_path, data, reason):
    """Found by bench/fuzz.py: an empty .rss file raised AttributeError from feedparser's result."""
    path = tmp_path / "flux.rss"
    path.write_bytes(data)
    [item] = read_inputs([path])
    assert item.reason == reason
