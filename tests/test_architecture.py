"""The floor plan of ``src/veille`` (docs/architecture.md), checked like import-linter contracts: each package
imports only the packages below it, the stages never import one another, and the package graph has no cycle.

Every import counts, those inside functions too (the lazy ones that keep spaCy out of ``veille --help``): a lazy
import is still a dependency.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "veille"
FOUNDATION = {"errors", "text", "lexicon", "model", "settings"}
STAGES = {"nlp", "geo", "timex", "quotes", "events"}
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "text": set(),
    "lexicon": {"errors"},
    "model": set(),
    "settings": set(),
    "lang": FOUNDATION,
    "kb": FOUNDATION | {"lang"},
    "ingest": FOUNDATION | {"lang"},
    "doc": FOUNDATION | {"lang", "kb"},
    **{stage: FOUNDATION | {"lang", "kb", "doc"} for stage in STAGES},
    "pipeline": FOUNDATION | {"lang", "kb", "doc", "ingest"} | STAGES,
    "export": FOUNDATION,
    "store": FOUNDATION | {"lang", "kb", "ingest", "export"},
    "watch": FOUNDATION | {"store", "kb"},
    "api": FOUNDATION | {"ingest", "store", "export", "watch", "__init__"},
    "web": FOUNDATION | {"kb", "store", "export", "api", "watch"},  # kb: the Natural Earth country shapes of the maps
    "eval": FOUNDATION | {"lang", "kb", "ingest"},
    "batch": FOUNDATION | {"ingest", "pipeline", "export", "store"},
    "cli": FOUNDATION | {"lang", "kb", "ingest", "pipeline", "export", "store", "api", "web", "eval", "batch",
            "watch", "__init__"},
    "__init__": set(),  # its names are imported lazily, by name: see test_architecture_top_level_imports_nothing
}


def _package_of(path: Path) -> str:
    relative = path.relative_to(SOURCE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imported_packages(path: Path) -> set[str]:
    """The veille packages a module imports (relative or absolute, at any depth of the module)."""
    module = ["veille", *path.relative_to(SOURCE).with_suffix("").parts]
    if module[-1] == "__init__":
        module = module[:-1]
    package = module if path.name == "__init__.py" else module[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = base + (node.module.split(".") if node.module else [])
            names = [target + [alias.name] for alias in node.names] if not node.module else [target]
        elif isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
        else:
            continue
        for name in names:
            if name[:1] == ["veille"]:
                found.add(name[1] if len(name) > 1 and _is_module(name[1]) else "__init__")
    return found


def _is_module(name: str) -> bool:
    """Whether a name under ``veille`` is a package or module (else a name of ``veille/__init__.py``)."""
    return (SOURCE / name).is_dir() or (SOURCE / f"{name}.py").is_file()


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in SOURCE.rglob("*.py"):
        package = _package_of(path)
        graph[package] |= _imported_packages(path) - {package}
    return graph


def test_architecture_every_package_has_its_place():
    assert set(_graph()) <= set(ALLOWED), f"a package with no place in ALLOWED: {set(_graph()) - set(ALLOWED)}"


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_architecture_package_imports_only_what_lies_below(package):
    assert _graph().get(package, set()) - ALLOWED[package] == set()


def test_architecture_package_graph_has_no_cycle():
    graph, state = _graph(), {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            assert state.get(target) != "open", " → ".join([*trail, node, target])
            if target not in state:
                visit(target, [*trail, node])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])


@pytest.mark.parametrize("modules", [["veille.store", "veille.api"], ["veille.cli"], ["veille"]])
def test_architecture_importing_the_store_api_or_cli_loads_no_spacy(modules):
    """The model loads only to analyse: ``veille --help`` and ``veille search`` never pay for it."""
    import subprocess

    code = f"import sys, {', '.join(modules)}; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_architecture_no_token_is_compared_by_identity():
    """spaCy makes a new Token object at each access (``token.head``, ``doc[i]``): ``token.head is token`` is never
    true, so a walk up to the root that tests it never ends. Tokens are compared by their index."""
    offenders = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(isinstance(side, ast.Attribute) and side.attr == "head" for side in sides):
                    offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert not offenders, offenders
