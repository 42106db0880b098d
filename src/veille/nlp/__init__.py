"""The French NLP pipeline: fr_core_news_md plus veille's components (entity fixes, linking, coreference)."""

from .pipeline import analyse, build_pipeline, load_pipeline

__all__ = ["analyse", "build_pipeline", "load_pipeline"]
