"""The pipeline: the French model and veille's stages assembled, and ``analyse``, the one function that turns
articles into ``veille/1`` analyses (the CLI, the store's ingest, the API, the evaluation and the batch jobs all
call it)."""

from .analyse import analyse, build_pipeline, load_pipeline
from .convert import doc_to_analysis

__all__ = ["analyse", "build_pipeline", "doc_to_analysis", "load_pipeline"]
