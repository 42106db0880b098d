"""The ``veille`` command line: thin wrappers over functions you can import."""

from . import api_commands, store_commands  # noqa: F401  (register the store's and the API's commands on app)
from .main import app

__all__ = ["app"]
