"""The API's one error shape, ``{"error": {"code", "message"}}``, made here for every status it answers.

Routes raise ``api_error(status, code, message)``; FastAPI's own errors (an unknown path, a bad parameter, a body
that is not JSON) are turned into the same shape by the handlers installed with ``install_error_handlers``, so a
client reads every failure the same way and the OpenAPI spec can describe them with one model.
"""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import escape
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException


class ErrorDetail(BaseModel):
    code: str = Field(description="A short machine-readable reason, e.g. `not_found`, `invalid_request`.")
    message: str = Field(description="What went wrong, for a person.")


class ErrorBody(BaseModel):
    """Every error the API answers (4xx), whatever raised it."""

    error: ErrorDetail


def api_error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> HTTPException:
    """An error for a route to raise; the handler below writes it in the one shape."""
    return HTTPException(status_code=status, detail={"code": code, "message": message}, headers=headers)


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """The OpenAPI ``responses`` entries of the errors a route may answer, all with the one model."""
    return {status: {"model": ErrorBody, "description": HTTPStatus(status).phrase} for status in statuses}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one shape, as a response (also written by ``veille.api.guard`` before a route is reached)."""
    body = ErrorBody(error=ErrorDetail(code=code, message=message))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _page(status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    """Outside ``/api`` (the web UI's pages) a person reads the error: a short page, not JSON."""
    page = f"<!doctype html><title>{status}</title><p>{escape(message)}</p><p><a href='/'>veille</a></p>"
    return HTMLResponse(page, status_code=status, headers=headers)


def _for_a_person(request: Request) -> bool:
    return not request.url.path.startswith("/api")


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """Errors raised with ``api_error`` keep their code; Starlette's own (404, 405) get one from their status."""
    if _for_a_person(request):
        return _page(exc.status_code, str(exc.detail), exc.headers)
    if isinstance(exc.detail, dict):
        return error_response(exc.status_code, exc.detail["code"], exc.detail["message"], exc.headers)
    code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
    return error_response(exc.status_code, code, str(exc.detail), exc.headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    """A body that is not JSON is a 400 (the request cannot be read); a parameter or field out of bounds a 422.
    The message names each bad place, e.g. ``query.limit: Input should be less than or equal to 100``; a web page
    asked with a number out of bounds (``/articles/99999999999999999999``) does not exist: 404."""
    problems = exc.errors()
    if _for_a_person(request):
        return _page(404, "no such page: " + "; ".join(str(problem["msg"]) for problem in problems))
    if any(problem["type"] == "json_invalid" for problem in problems):
        return error_response(400, "malformed_json", "the request body is not valid JSON")
    message = "; ".join(f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}" for problem in problems)
    return error_response(422, "invalid_request", message)
