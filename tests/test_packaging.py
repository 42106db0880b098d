"""The package declares what its code imports: a plain ``pip install .`` must give a veille that starts.

Issue #10: trafilatura's justext imports ``lxml.html.clean``, which left lxml for ``lxml_html_clean``; pips older than
24 do not resolve justext's ``lxml[html_clean]`` extra, so every command died at import. The distributions veille
relies on are named in ``pyproject.toml`` itself, checked here from the source's own import statements.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "src" / "veille"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirement_name(requirement: str) -> str:
    """The normalised distribution name of a requirement line ("psycopg[binary]>=3.1" → "psycopg")."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def _imports(*, top_level_only: bool) -> dict[str, str]:
    """Third-party top-level modules imported by veille's source → the file that imports one (for the message)."""
    found: dict[str, str] = {}
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nodes = tree.body if top_level_only else ast.walk(tree)
        for node in nodes:
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "veille" and top not in sys.stdlib_module_names:
                    found.setdefault(top, str(path.relative_to(REPO)))
    return found


def _distributions(module: str) -> set[str]:
    return {_requirement_name(name) for name in importlib.metadata.packages_distributions().get(module, [])}


CORE = {_requirement_name(line) for line in PYPROJECT["dependencies"]}
EVERY_GROUP = CORE.union(*({_requirement_name(line) for line in group}
                           for group in PYPROJECT["optional-dependencies"].values()))


@pytest.mark.issue(10)
@pytest.mark.parametrize("module, where", sorted(_imports(top_level_only=True).items()))
def test_packaging_module_level_imports_are_core_dependencies(module, where):
    assert _distributions(module) & CORE, f"{where} imports {module}, which no core dependency provides"


@pytest.mark.issue(10)
@pytest.mark.parametrize("module, where", sorted(_imports(top_level_only=False).items()))
def test_packaging_every_import_is_declared_somewhere(module, where):
    """Imports inside functions (optional features) may come from an extra, but must come from a declared one."""
    assert _distributions(module) & EVERY_GROUP, f"{where} imports {module}, which no declared dependency provides"


@pytest.mark.issue(10)
def test_packaging_declares_the_html_cleaner_trafilatura_needs():
    assert "lxml-html-clean" in CORE
    import lxml.html.clean  # noqa: F401  (raises ImportError when only lxml is installed)
