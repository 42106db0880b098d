"""The web UI: search, the article with its facts highlighted in the text, entity and story pages, maps of their
places — HTML pages over the same store queries as the API and the CLI (``veille serve`` mounts them at ``/``)."""

from .pages import mount_web, web_router

__all__ = ["mount_web", "web_router"]
