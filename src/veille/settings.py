"""veille's settings, declared once and resolved once: each from what the caller gives (a command-line option),
else its environment variable, else its default.

| setting | variable | default |
|---|---|---|
| ``data_dir`` | ``VEILLE_DATA_DIR`` | ``~/.local/share/veille``: the store file and the knowledge base |
| ``kb`` | ``VEILLE_KB`` | ``kb.sqlite`` in the data dir |
| ``db`` | ``VEILLE_DB`` | ``veille.sqlite`` in the data dir (a SQLite file); else a URL, ``postgresql+psycopg://…`` |
| ``token`` | ``VEILLE_API_TOKEN`` | none: the API is read-only |
| ``today`` | ``VEILLE_TODAY`` | the real today: no inferred publication date may lie after it (set it to analyse reproducibly) |
| ``public_url`` | ``VEILLE_PUBLIC_URL`` | ``http://127.0.0.1:8000``: where ``veille serve`` is reached, for the links of notifications |

The CLI resolves them once per command and hands the ``Settings`` down; a library call that is given nothing
resolves them from the environment at that moment.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

STORE_FILE = "veille.sqlite"
KB_FILE = "kb.sqlite"
PUBLIC_URL = "http://127.0.0.1:8000"


@dataclass(frozen=True)
class Setting:
    """One setting: its name, the environment variable that gives it, and what it is for."""

    name: str
    variable: str
    help: str


SETTINGS = (
    Setting("data_dir", "VEILLE_DATA_DIR", "Folder of the store file and the knowledge base (default: "
                                           "~/.local/share/veille)."),
    Setting("kb", "VEILLE_KB", "Knowledge base file (default: kb.sqlite in the data dir, built on first use)."),
    Setting("db", "VEILLE_DB", "Database URL of the store, e.g. postgresql+psycopg://user@host/veille (default: "
                               "veille.sqlite in the data dir)."),
    Setting("token", "VEILLE_API_TOKEN", "Bearer token that allows POST /api/ingest (without one the API is "
                                         "read-only)."),
    Setting("today", "VEILLE_TODAY", "The day of analysis, YYYY-MM-DD: no inferred publication date lies after it "
                                     "(default: today)."),
    Setting("public_url", "VEILLE_PUBLIC_URL", "Where `veille serve` is reached, for the article links that "
                                               f"notifications carry (default: {PUBLIC_URL})."),
)
VARIABLES = {setting.name: setting.variable for setting in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The resolved settings (see the module docstring)."""

    data_dir: Path
    kb_path: Path
    store_url: str
    token: str | None
    today: dt.date | None
    public_url: str = PUBLIC_URL


def resolve(
    *,
    data_dir: str | os.PathLike | None = None,
    kb: str | os.PathLike | None = None,
    db: str | None = None,
    token: str | None = None,
    today: str | None = None,
    public_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve every setting: the value given, else its variable in ``environ`` (``os.environ``), else its default.

    Raises ValueError for a ``today`` that is not a YYYY-MM-DD date.
    """
    environ = os.environ if environ is None else environ

    def given(name: str, value):
        return value if value not in (None, "") else (environ.get(VARIABLES[name]) or None)

    folder = Path(given("data_dir", data_dir) or Path.home() / ".local" / "share" / "veille").expanduser()
    kb_path = Path(given("kb", kb) or folder / KB_FILE).expanduser()
    day = given("today", today)
    return Settings(
        data_dir=folder,
        kb_path=kb_path,
        store_url=given("db", db) or f"sqlite:///{folder / STORE_FILE}",
        token=given("token", token),
        today=dt.date.fromisoformat(day) if day else None,
        public_url=(given("public_url", public_url) or PUBLIC_URL).rstrip("/"),
    )
