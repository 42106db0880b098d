"""``veille_timex``: the time expressions of an article, normalised against its publication date.

When the article comes without a date, the component first infers the year of publication from the text
(``dct.py``) and normalises against that year only; how it was inferred is kept on the Doc for the output.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from ..doc.extensions import boilerplate_tokens
from ..doc.gazetteer import ReadsKnowledgeBase
from .calendar import Reference
from .dct import infer_dct
from .grammar import grammar_file, load_grammar
from .tagger import find_matches, resolve


@Language.factory(
    "veille_timex",
    assigns=["doc._.veille_timexes", "doc._.veille_dct_inference"],
    requires=["doc._.veille_entities"],
    default_config={"kb_path": None, "today": None},
)
def make_timex(nlp: Language, name: str, kb_path: str | None, today: str | None) -> TimexTagger:
    return TimexTagger(nlp, name, kb_path=kb_path, today=today)


class TimexTagger(ReadsKnowledgeBase):
    """Finds, normalises and stores the document's TIMEX3 expressions.

    kb_path (str | None): the knowledge base whose roles date the people a text names (None: the default KB).
    today (str | None): the day of analysis, YYYY-MM-DD; no inferred date may lie after it (None: the settings'
        ``today``, ``$VEILLE_TODAY``, else the real today).
    """

    def __init__(self, nlp: Language, name: str = "veille_timex", *, kb_path: str | None = None,
                 today: str | None = None):
        super().__init__(kb_path)
        self.name = name
        self.today = dt.date.fromisoformat(today) if today else settings.resolve().today
        self.grammar = load_grammar(grammar_file(nlp.lang))

    def __call__(self, doc: Doc) -> Doc:
        matches = find_matches(doc, self.grammar, boilerplate_tokens(doc))
        inference = None
        if doc._.veille_dct:
            reference = Reference.parse(doc._.veille_dct)
        elif doc._.veille_dct_partial:
            reference = Reference.parse(doc._.veille_dct_partial)
        else:
            today = self.today or dt.date.today()
            inference = infer_dct(doc, matches, self.grammar, self.gazetteer, today)
            reference = Reference.parse(inference["value"][:4]) if inference else Reference()
        found = resolve(matches, self.grammar, reference)
        doc._.veille_timexes = [
            {"start": item.start, "end": item.end, "type": item.type, "value": item.value} for item in found
        ]
        doc._.veille_dct_inference = inference
        return doc
