"""What the stages share over the spaCy Doc: the floor every stage stands on, and none of them owns.

- ``extensions``: the Doc's custom attributes and span groups (the layers, the article's date, its boilerplate),
  registered once at import, and the document signals computed once per Doc (``veille_sports_report``);
- ``article``: ``veille_article``, the component that copies what ingest knows about an article onto its Doc;
- ``sentences``: ``veille_sentence_hints``, which marks where no sentence may begin before the model's parser cuts
  a clause in two;
- ``quotation_marks``: pairing « », “ ”, " " and the like;
- ``misreadings``: the tagger's and parser's misreadings that stages repair alike (a name tagged as a verb, a verb
  left unlemmatized);
- ``gazetteer``: the knowledge base as the components read it, in memory;
- ``referents``: the document's entities looked up by token, and a phrase resolved to the entity it names
  (through names, descriptions, pronouns, relatives): built once per Doc, read by the quotation and event stages.

Stages import this package, ``veille.lang``, ``veille.kb`` and ``veille.model``, never one another.
"""
