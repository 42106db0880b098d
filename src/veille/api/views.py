"""The views the web pages and the API share: one way to read the store for a request, and one page size.

A web page and its JSON twin under ``/api`` call the same store query through ``read`` (``/stories`` and
``/api/stories``, ``/articles/3`` and ``/api/articles/3``…), so what a person sees and what a program gets are
the same facts. A request holds its database connection only while the query runs: the session is closed before
the answer is rendered and sent, so a slow client never keeps a connection from the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..store import Store

T = TypeVar("T")
PAGE_SIZE = 20
"""Results per page of the web UI (the API's ``limit`` defaults to it too)."""


def read(store: Store, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one store query in a session of its own, closed (its connection back in the pool) when it returns."""
    with store.session() as session:
        return query(session, *args, **kwargs)


def offset_of(page: int) -> int:
    """The first result of a web page (pages count from 1)."""
    return (page - 1) * PAGE_SIZE


def page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))
