"""The ``veille`` command line: thin wrappers over functions you can import."""

from .main import app

__all__ = ["app"]
