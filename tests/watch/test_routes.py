"""Watches through the API (token-guarded, even to read), the web page that manages them, their Atom feed, and
the command line."""

from __future__ import annotations

import feedparser
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from veille.api import ApiSettings, create_app
from veille.cli import app as cli
from veille.web import mount_web

from .conftest import PUBLIC_URL
from .test_watches import TRAM

pytestmark = pytest.mark.issue(16)
TOKEN = "jeton-des-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(store):
    app = create_app(store, ApiSettings(token=TOKEN, public_url=PUBLIC_URL))
    mount_web(app, store, public_url=PUBLIC_URL, token=TOKEN)
    return TestClient(app, base_url="http://127.0.0.1")


def test_watch_api_needs_the_token_even_to_read(client):
    assert client.get("/api/watches").status_code == 401
    assert client.get("/api/watches", headers={"Authorization": "Bearer faux"}).status_code == 403
    assert client.post("/api/watches", json={"name": "x", "words": "y"}).status_code == 401


def test_watch_api_adds_lists_reads_and_removes_a_watch(client, ingest_demo):
    made = client.post("/api/watches", headers=AUTH,
                       json={"name": "tram", "words": "tramway", "notify": "json://user:pw@127.0.0.1:9/hook"})
    assert made.status_code == 201 and made.json()["notify"] == "json://user:***@127.0.0.1:9/hook"
    assert client.post("/api/watches", headers=AUTH, json={"name": "rien"}).status_code == 422
    ingest_demo([TRAM])
    [listed] = client.get("/api/watches", headers=AUTH).json()["watches"]
    assert listed["name"] == "tram" and listed["criteria"] == {"words": "tramway"}
    [item] = client.get(f"/api/watches/{listed['id']}/notifications", headers=AUTH).json()["notifications"]
    assert item["status"] == "retrying" and item["attempts"] == 1 and item["facts"][0]["kind"] == "words"
    assert client.delete(f"/api/watches/{listed['id']}", headers=AUTH).status_code == 204
    assert client.delete(f"/api/watches/{listed['id']}", headers=AUTH).status_code == 404


def test_watch_page_adds_and_removes_with_the_token_and_serves_the_feed(client, ingest_demo):
    assert "Aucune veille." in client.get("/watches").text
    refused = client.post("/watches", data={"name": "tram", "words": "tramway", "token": "faux"})
    assert refused.status_code == 403 and "jeton" in refused.text
    added = client.post("/watches", data={"name": "tram", "words": "tramway", "token": TOKEN})
    assert added.status_code == 200 and "Veille « tram » ajoutée." in added.text
    ingest_demo([TRAM])
    feed = client.get("/watches/1.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    [entry] = feedparser.parse(feed.content).entries
    assert entry.title == "Le tramway de Villeurbanne" and entry.link.startswith(f"{PUBLIC_URL}/articles/")
    assert client.get("/watches/2.atom").status_code == 404
    assert "Veille supprimée." in client.post("/watches/1/remove", data={"token": TOKEN}).text


def test_watch_commands_add_list_log_and_remove(tmp_path):
    runner = CliRunner()
    where = ["--data-dir", str(tmp_path)]
    added = runner.invoke(cli, ["watch", "add", "ukraine", "--event-type", "assault", "--entity", "Q212", *where])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(cli, ["watch", "list", "--json", *where])
    assert '"event_type": "ASSAULT"' in listed.output
    assert runner.invoke(cli, ["watch", "add", "x", "--event-type", "BOMBARDER", *where]).exit_code == 2
    assert runner.invoke(cli, ["watch", "log", "ukraine", "--json", *where]).output.strip() == "[]"
    assert runner.invoke(cli, ["watch", "retry", *where]).exit_code == 0
    assert runner.invoke(cli, ["watch", "remove", "ukraine", *where]).exit_code == 0
    assert runner.invoke(cli, ["watch", "remove", "ukraine", *where]).exit_code == 1
