"""What every request meets before a route reads it: the Host it names, the size of its body, the token of a
write, and the security headers of its answer.

1. The Host header must be one the server was told to answer to (loopback names by default, ``--allowed-host``
   for others): a page on another site that rebinds its own name to 127.0.0.1 (DNS rebinding) cannot read the
   store through the user's browser. Links the server writes are paths, never built from the Host header.
2. A body is refused (413) from its ``Content-Length`` before a byte of it is read, or as soon as a streamed body
   passes the limit: a route that takes documents (``POST /api/ingest``) takes up to ``max_body_bytes``, any
   other none to speak of.
3. A write's token is checked before its body is read: a request without the right token costs its headers only.
   The watches (``/api/watches``, any method) need the token too, even to be read: their URLs hold secrets.
4. Every answer says how a browser must treat it: no framing (clickjacking), no type sniffing, no referrer, and a
   Content Security Policy that lets a page run only the scripts and styles of the package.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response

WRITE_PATHS = frozenset({"/api/ingest"})
WATCH_PATHS = "/api/watches"
SMALL_BODY_BYTES = 64 * 1024
"""The most a request to any other route may carry (none of them reads a body)."""

SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "content-security-policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
}
DOCS_POLICY = ("default-src 'self' https://cdn.jsdelivr.net; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
               "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
"""FastAPI's interactive docs (``/api/docs``) load Swagger UI from its CDN, with an inline script."""


@dataclass(frozen=True)
class TokenProblem:
    """Why a write is refused: the HTTP status, a machine-readable code and a message for a person."""

    status: int
    code: str
    message: str


def token_problem(expected: str | None, authorization: str | None) -> TokenProblem | None:
    """The one check of a write's bearer token (rule 3, and the ingest route's own dependency); None: allowed.

    expected (str | None): the token the server was given; None or "" make it read-only.
    authorization (str | None): the request's ``Authorization`` header.
    """
    if not expected:
        return TokenProblem(403, "read_only", "this API is read-only: start it with a token to allow ingest")
    scheme, _, credentials = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not credentials:
        return TokenProblem(401, "missing_token", "send the API token as 'Authorization: Bearer <token>'")
    if not secrets.compare_digest(credentials.strip().encode(), expected.encode()):
        return TokenProblem(403, "invalid_token", "the API token is not the one this server was given")
    return None


class RequestGuard:
    """ASGI middleware applying rules 2 to 4 of the module docstring (Starlette's TrustedHostMiddleware does 1)."""

    def __init__(self, app: ASGIApp, *, token: str | None, writable: bool, max_body_bytes: int):
        self.app, self.token, self.writable, self.max_body_bytes = app, token, writable, max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        exchange = _Exchange(scope, receive, send)
        headers = Headers(scope=scope)
        writes = scope["path"] in WRITE_PATHS and scope["method"] == "POST"
        watches = scope["path"] == WATCH_PATHS or scope["path"].startswith(WATCH_PATHS + "/")
        if writes or watches:
            expected = self.token if self.writable or watches else None
            problem = token_problem(expected, headers.get("authorization"))
            if problem is not None:
                extra = {"WWW-Authenticate": "Bearer"} if problem.status == 401 else None
                await exchange.refuse(problem.status, problem.code, problem.message, extra)
                return
        exchange.limit = self.max_body_bytes if writes else SMALL_BODY_BYTES
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > exchange.limit):
            await exchange.refuse_body()
            return
        await self.app(scope, exchange.receive, exchange.send)


class _Exchange:
    """One request as the route sees it: its body counted as it arrives, its answer given the security headers,
    and nothing the route sends once the guard has answered in its place."""

    def __init__(self, scope: Scope, receive: Receive, send: Send):
        self.scope, self._receive, self._send = scope, receive, send
        self.policy = DOCS_POLICY if scope["path"] == "/api/docs" else SECURITY_HEADERS["content-security-policy"]
        self.limit = SMALL_BODY_BYTES
        self.received = 0
        self.answered = False

    async def receive(self) -> Message:
        """The next part of the body; past the limit, the guard answers 413 and the route sees a disconnect."""
        message = await self._receive()
        if message["type"] == "http.request":
            self.received += len(message.get("body", b""))
            if self.received > self.limit:
                await self.refuse_body()
                return {"type": "http.disconnect"}
        return message

    async def send(self, message: Message) -> None:
        if self.answered and message["type"].startswith("http.response"):
            return
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            policy = {**SECURITY_HEADERS, "content-security-policy": self.policy}
            added = [(name.encode(), value.encode()) for name, value in policy.items() if name.encode() not in present]
            message = {**message, "headers": [*message.get("headers", []), *added]}
        await self._send(message)

    async def refuse_body(self) -> None:
        await self.refuse(413, "body_too_large", f"the request body may hold {self.limit:,} bytes at most")

    async def refuse(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        """Answer in the route's place, with the API's one error shape."""
        await error_response(status, code, message, headers)(self.scope, self._receive, self.send)
        self.answered = True
