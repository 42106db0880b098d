"""Places located: the ``veille_geo`` component resolves each place entity to a gazetteer entry with coordinates
(:mod:`veille.geo.component`), choosing among the candidates of its name from the document's evidence
(:mod:`veille.geo.resolve`)."""

from .component import PlaceResolver, make_geo

__all__ = ["PlaceResolver", "make_geo"]
