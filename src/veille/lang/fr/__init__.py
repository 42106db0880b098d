"""French: the data files beside this module (lexicons as TSV, word classes and the time grammar as YAML) and
``morphology``, the inflection helpers. ``veille.lang.load("fr")`` reads them."""
