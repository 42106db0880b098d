"""``veille serve`` and ``veille api-spec``, in-process (uvicorn itself is not started)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from veille.api import openapi_text
from veille.cli import app


def _invoke(*args, env=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], env=env)


def test_cli_api_spec_writes_the_apps_spec(tmp_path):
    result = _invoke("api-spec", "--output", tmp_path / "openapi.json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "openapi.json").read_text(encoding="utf-8") == openapi_text()
    assert "/api/articles" in json.loads(_invoke("api-spec").stdout)["paths"]


@pytest.fixture
def served(monkeypatch):
    """What ``serve`` handed to uvicorn.run, instead of serving."""
    calls = {}
    monkeypatch.setattr("uvicorn.run", lambda application, **options: calls.update(app=application, **options))
    return calls


def test_cli_serve_runs_the_read_only_api_on_the_store(tmp_path, served):
    result = _invoke("serve", "--data-dir", tmp_path, "--port", "8123", env={"VEILLE_API_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8123)
    assert served["app"].state.settings.token is None and served["app"].state.analyse is None
    assert "read-only" in result.output


def test_cli_serve_takes_its_token_from_the_environment(tmp_path, served, nlp, monkeypatch):
    monkeypatch.setattr("veille.pipeline.load_pipeline", lambda kb=None: nlp)
    result = _invoke("serve", "--data-dir", tmp_path, env={"VEILLE_API_TOKEN": "t0ken"})
    assert result.exit_code == 0, result.output
    assert served["app"].state.settings.token == "t0ken" and served["app"].state.analyse is not None


@pytest.mark.issue(10)
def test_cli_serve_beyond_loopback_warns_that_reads_are_public(tmp_path, served):
    result = _invoke("serve", "--data-dir", tmp_path, "--host", "0.0.0.0", "--allowed-host", "veille.lan",
                     env={"VEILLE_API_TOKEN": ""})
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # the console wraps long lines
    assert "warning" in said and "anyone who can reach it reads the whole store" in said
    assert "veille.lan" in served["app"].state.settings.allowed_hosts


@pytest.mark.issue(10)
def test_cli_serve_on_loopback_sizes_the_pool_to_its_workers(tmp_path, served):
    result = _invoke("serve", "--data-dir", tmp_path, "--workers", "4", env={"VEILLE_API_TOKEN": ""})
    assert result.exit_code == 0 and "warning" not in result.output
    application = served["app"]
    assert application.state.settings.workers == 4 and application.state.store.engine.pool.size() == 4
