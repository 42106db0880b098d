"""Each public package lists in ``__all__`` exactly the functions and classes of veille's that it offers.

In the style of httpx's tests/test_exported_members.py: every name in ``__all__`` exists, and no public attribute
that is a veille function or class is left out of it.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

PACKAGES = ["veille", "veille.nlp", "veille.ingest", "veille.kb", "veille.eval", "veille.store", "veille.events",
            "veille.web", "veille.api", "veille.pipeline", "veille.export", "veille.model", "veille.quotes",
            "veille.timex", "veille.watch"]


def _veille_members(module) -> set[str]:
    """Public attributes that are functions or classes defined in veille (modules and ``annotations`` aside)."""
    return {
        name for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and getattr(value, "__module__", "").split(".")[0] == "veille"
    }


@pytest.mark.parametrize("package", PACKAGES)
def test_exported_members_all_names_exist(package):
    module = importlib.import_module(package)
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []
    assert len(module.__all__) == len(set(module.__all__)), "a name is listed twice"


@pytest.mark.parametrize("package", PACKAGES)
def test_exported_members_no_public_member_left_out(package):
    module = importlib.import_module(package)
    assert sorted(_veille_members(module) - set(module.__all__)) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_exported_members_lists_nothing_but_public_api(package):
    """Apart from ``__version__``, ``__all__`` holds no private name and no module."""
    module = importlib.import_module(package)
    for name in module.__all__:
        assert name == "__version__" or not name.startswith("_"), name
        assert not inspect.ismodule(getattr(module, name)), name


def test_exported_members_star_import_gives_the_top_level_api():
    namespace: dict = {}
    exec("from veille import *", namespace)
    assert {"analyse", "read_inputs", "build_pipeline", "Analysis", "Article", "SCHEMA", "VeilleError",
            "__version__"} <= set(namespace)
    assert namespace["SCHEMA"] == "veille/1"
