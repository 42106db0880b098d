"""``veille eval ner|quotes|timex|events``: veille scored against gold data, beside baselines."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .main import KBOption, _load, _pipeline, eval_app



