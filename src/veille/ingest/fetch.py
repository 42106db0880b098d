"""Fetching an input the user named by URL (a feed, a page): the only network access of ingest.

The body is read no further than ``limit`` bytes, and every failure becomes a typed InputError for that input.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from ..errors import MissingInput, UnreadableInput

TIMEOUT_S = 30
USER_AGENT = "veille (news analysis)"


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def fetch(url: str, limit: int) -> bytes:
    """The body at ``url``, at most ``limit + 1`` bytes (so the caller can tell it was longer).

    Raises MissingInput on HTTP 404 and 410, UnreadableInput on any other failure.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        error = MissingInput if exc.code in (404, 410) else UnreadableInput
        raise error(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise UnreadableInput(f"{url}: {getattr(exc, 'reason', exc)}") from exc
