"""The ``veille`` command line: thin wrappers over functions you can import."""

from . import store_commands  # noqa: F401  (registers the store's commands on app)
from .main import app

__all__ = ["app"]
