"""``veille_sentence_hints``: tell the parser where no sentence can begin, before it parses.

fr_core_news_md's parser decides sentence boundaries itself, and on news it cuts sentences where nothing ends them:
after a name that opens the text ("Washington | accuse Moscou …", "Pékin | menace Taïwan"), before a name after an
unusual adjective ("Le président kényan | William Ruto a promis …"). The cut fragments lose their subject, their
verb's complements and their names, and every stage after the parser reads the wrong clause. A sentence begins only
after a full stop, a question or exclamation mark, an ellipsis, a colon or semicolon, a quotation mark or bracket
that may close one, or a line break (a quotation mark or bracket may itself open one); everywhere else this
component marks the token as no sentence start, which the parser respects. Where a boundary is possible it leaves
the parser free.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# what may end a sentence or open a new one right after it (not an opening quotation mark: "« On nous a menti »" is
# one sentence from its mark on)
_MAY_END = frozenset({".", "!", "?", "…", ":", ";", "»", '"', "”", ")", "(", "]", "-", "–", "—", "•", "*"})


@Language.factory("veille_sentence_hints")
def make_sentence_hints(nlp: Language, name: str):
    return sentence_hints


def sentence_hints(doc: Doc) -> Doc:
    """Mark every token that follows no possible sentence end as no sentence start."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not (before.text in _MAY_END or before.text[-1:] in _MAY_END or before.is_space or token.is_space
                or "\n" in before.whitespace_ or token.text in _MAY_END):
            token.is_sent_start = False
    return doc
