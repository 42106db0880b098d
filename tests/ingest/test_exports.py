"""The public surface of veille.ingest is exactly its __all__."""

from __future__ import annotations

import types

import veille.ingest


def test_ingest_exports_exactly_its_public_api():
    public = {
        name for name, value in vars(veille.ingest).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert set(veille.ingest.__all__) == public
    assert {"read_inputs", "article_from_text", "article_from_html", "detect_language", "find_boilerplate"} <= public
