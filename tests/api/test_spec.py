"""The OpenAPI spec: the committed docs/openapi.json is the app's, and the app answers as it says (schemathesis)."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from veille.api import openapi_spec, openapi_text

SPEC_FILE = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_api_spec_file_is_the_apps_spec():
    assert SPEC_FILE.read_text(encoding="utf-8") == openapi_text(), "run: veille api-spec -o docs/openapi.json"


# The spec does not depend on the store, so it is read at import; each case is sent to the app over the corpus
# store of the backend under test (schemathesis' own fixture loader does not run on pytest 9).
schema = schemathesis.openapi.from_dict(openapi_spec())


@schema.parametrize()
@settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_fuzzed_requests_get_no_5xx_and_conforming_answers(case, client):
    case.call_and_validate(app=client.app, headers={"Host": "localhost"})
