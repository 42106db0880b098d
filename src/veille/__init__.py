"""veille: news intelligence with sentence-level provenance.

    >>> from veille import analyse, read_inputs
    >>> for analysis in analyse(read_inputs(["article.txt"])):
    ...     print(analysis.to_json()["entities"])
"""

import logging

from .errors import VeilleError
from .ingest import Article, read_inputs
from .model import SCHEMA, Analysis
from .nlp import analyse, build_pipeline

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Analysis", "Article", "VeilleError", "analyse", "build_pipeline", "read_inputs", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
