"""The ``veille`` command line: thin wrappers over functions you can import."""

from . import (analyze_commands, api_commands, batch_commands, eval_commands, kb_commands, store_commands,  # noqa: F401
               watch_commands)  # (register)
from .main import app

__all__ = ["app"]
