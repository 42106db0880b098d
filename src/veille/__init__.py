"""veille: news intelligence with sentence-level provenance.

    >>> from veille import analyse, read_inputs
    >>> for analysis in analyse(read_inputs(["article.txt"])):
    ...     print(analysis.to_json()["entities"])

The names below are imported when first used (PEP 562), so that ``import veille.store`` or ``veille --help`` does
not load spaCy and the French model: only analysing needs them.
"""

import importlib
import logging

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Analysis", "Article", "VeilleError", "analyse", "build_pipeline", "read_inputs", "__version__"]

_LAZY = {
    "SCHEMA": "veille.model",
    "Analysis": "veille.model",
    "Article": "veille.ingest",
    "VeilleError": "veille.errors",
    "analyse": "veille.pipeline",
    "build_pipeline": "veille.pipeline",
    "read_inputs": "veille.ingest",
}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'veille' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
