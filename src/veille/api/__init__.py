"""The REST API: FastAPI over ``veille.store``'s queries, read-only unless given a token.

    app = create_app(Store.open(store_url()), ApiSettings(token="…"), analyse=bound_analyse)
    uvicorn.run(app)          # what `veille serve` does

``openapi_text()`` is the spec that ``veille api-spec`` writes to ``docs/openapi.json``.
"""

from .app import ApiSettings, create_app, openapi_spec, openapi_text

__all__ = ["ApiSettings", "create_app", "openapi_spec", "openapi_text"]
