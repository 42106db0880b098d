"""POST /api/ingest: writes need the configured bearer token; documents are read as JSONL lines are."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from veille.api import ApiSettings, create_app

from .conftest import TOKEN

DOCUMENT = {"id": "visite-pyongyang", "url": "https://www.exemple-info.fr/monde/2024/06/19/poutine-pyongyang",
            "dct": "2024-06-19", "title": "Vladimir Poutine signe un accord à Pyongyang",
            "text": "Vladimir Poutine a signé mercredi à Pyongyang un accord de partenariat stratégique avec Kim "
                    "Jong-un. « Cet accord ouvre une nouvelle page de nos relations », a déclaré Vladimir Poutine "
                    "devant la presse. La Corée du Nord promet une assistance mutuelle en cas d'agression."}


def _post(client, documents, token: str | None = TOKEN):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/api/ingest", json={"documents": documents}, headers=headers)


def test_api_ingest_with_the_token_stores_then_skips(writable):
    first = _post(writable, [DOCUMENT])
    assert first.status_code == 200 and first.json()["stored"] == 1
    assert _post(writable, [DOCUMENT]).json()["skipped"] == 1
    assert writable.get("/api/articles", params={"q": "Pyongyang"}).json()["total"] == 1


@pytest.mark.parametrize("token,status,code", [(None, 401, "missing_token"), ("wrong", 403, "invalid_token")])
def test_api_ingest_refuses_a_missing_or_wrong_token(writable, token, status, code):
    response = _post(writable, [DOCUMENT], token)
    assert response.status_code == status and response.json()["error"]["code"] == code
    assert writable.get("/api/articles").json()["total"] == 0


def test_api_ingest_without_a_configured_token_is_read_only(corpus_store, replay_analyse):
    client = TestClient(create_app(corpus_store, ApiSettings(token=None), analyse=replay_analyse),
                        base_url="http://localhost")
    response = _post(client, [DOCUMENT], "anything")
    assert response.status_code == 403 and response.json()["error"]["code"] == "read_only"


def test_api_ingest_reports_each_bad_document_and_stores_the_others(writable):
    body = _post(writable, [{"id": "sans-texte"}, {**DOCUMENT, "id": "bad-date", "dct": "19/06/2024"}, DOCUMENT]).json()
    assert (body["stored"], body["errors"]) == (1, 2)
    assert [failure["error"].split(":")[0] for failure in body["failures"]] == ["malformed_record"] * 2


def test_api_ingest_body_that_is_not_json_is_400(writable):
    response = writable.post("/api/ingest", content=b"{not json", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "malformed_json"
