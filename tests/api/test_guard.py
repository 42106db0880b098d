"""What every request meets before a route reads it (``veille.api.guard``, issue #10): its Host, the size of its
body, a write's token checked before the body is read, and the security headers of every answer."""

from __future__ import annotations

import asyncio
import json

import pytest
from fastapi.testclient import TestClient

from veille.api import ApiSettings, create_app
from veille.web import mount_web

from .conftest import TOKEN
from .test_ingest import DOCUMENT

HUGE = 200 * 1024 * 1024


def _call(app, method: str, path: str, headers: dict[str, str], chunks: list[bytes]) -> tuple[int, int, dict]:
    """Send one request straight to the ASGI app; RETURNS (status, body chunks the app read, answer headers)."""
    read = 0
    answer: dict = {}

    async def receive():
        nonlocal read
        if read < len(chunks):
            read += 1
            return {"type": "http.request", "body": chunks[read - 1], "more_body": read < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message):
        if message["type"] == "http.response.start":
            answer.update(status=message["status"], headers={k.decode(): v.decode() for k, v in message["headers"]})

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5000),
             "headers": [(k.lower().encode(), v.encode()) for k, v in {"host": "localhost", **headers}.items()],
             "http_version": "1.1", "asgi": {"version": "3.0"}, "state": {}}
    asyncio.run(app(scope, receive, send))
    return answer["status"], read, answer["headers"]


@pytest.fixture
def writable_app(corpus_store, replay_analyse):
    return create_app(corpus_store, ApiSettings(token=TOKEN, max_body_bytes=64 * 1024), analyse=replay_analyse)


@pytest.fixture
def read_only_app(corpus_store):
    return create_app(corpus_store, ApiSettings(token=None))


@pytest.mark.issue(10)
@pytest.mark.parametrize("headers, status", [({}, 401), ({"authorization": "Bearer wrong"}, 403)])
def test_guard_checks_the_token_before_reading_a_huge_body(writable_app, headers, status):
    answered, read, _ = _call(writable_app, "POST", "/api/ingest", {"content-length": str(HUGE), **headers},
                              [b"{" * 1024] * 4)
    assert (answered, read) == (status, 0)


@pytest.mark.issue(10)
def test_guard_a_read_only_server_refuses_a_write_without_reading_it(read_only_app):
    answered, read, _ = _call(read_only_app, "POST", "/api/ingest", {"content-length": str(HUGE)}, [b"x" * 1024])
    assert (answered, read) == (403, 0)


@pytest.mark.issue(10)
def test_guard_refuses_a_declared_body_over_the_limit_before_reading_it(writable_app):
    headers = {"content-length": str(HUGE), "authorization": f"Bearer {TOKEN}"}
    assert _call(writable_app, "POST", "/api/ingest", headers, [b"x" * 1024])[:2] == (413, 0)


@pytest.mark.issue(10)
def test_guard_stops_a_streamed_body_once_it_passes_the_limit(writable_app):
    """A chunked body says no length: it is counted as it comes, and refused as soon as it is too long."""
    status, read, _ = _call(writable_app, "POST", "/api/ingest", {"authorization": f"Bearer {TOKEN}"},
                            [b" " * 16 * 1024] * 100)
    assert status == 413 and read <= 5


@pytest.mark.issue(10)
def test_guard_refuses_a_host_the_server_was_not_told_to_answer_to(client):
    assert client.get("/api/articles", headers={"Host": "evil.test"}).status_code == 400


@pytest.mark.issue(10)
def test_guard_page_links_are_paths_not_built_from_the_host(client):
    page = client.get("/api/articles", params={"limit": 1}).json()
    assert page["next"].startswith("/api/articles?") and "offset=1" in page["next"]


@pytest.mark.issue(10)
@pytest.mark.parametrize("path", ["/api/articles", "/", "/static/veille.css", "/api/nowhere"])
def test_guard_every_answer_carries_the_security_headers(corpus_store, path):
    app = create_app(corpus_store)
    mount_web(app, corpus_store)
    headers = TestClient(app, base_url="http://localhost").get(path).headers
    assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]  # default-src 'self': the package's scripts only


@pytest.mark.issue(10)
def test_guard_ingest_of_a_record_with_a_lone_surrogate_is_stored(writable):
    body = json.dumps({"documents": [{**DOCUMENT, "id": "s\ud800", "url": DOCUMENT["url"] + "-2",
                                      "text": DOCUMENT["text"] + " \ud800"}]})
    response = writable.post("/api/ingest", content=body.encode("utf-8"), headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 200 and response.json()["stored"] == 1, response.text
