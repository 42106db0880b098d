"""``veille_sentence_hints``: tell the parser where no sentence can begin, before it parses.

fr_core_news_md's parser decides sentence boundaries itself, and on news it cuts sentences where nothing ends them:
after a name that opens the text ("Washington | accuse Moscou …", "Pékin | menace Taïwan"), before a name after an
unusual adjective ("Le président kényan | William Ruto a promis …"). The cut fragments lose their subject, their
verb's complements and their names, and every stage after the parser reads the wrong clause. A sentence begins only
after a full stop, a question or exclamation mark, an ellipsis, a colon or semicolon, a quotation mark or bracket
that may close one, or a line break (a quotation mark or bracket may itself open one); everywhere else this
component marks the token as no sentence start, which the parser respects. Where a boundary is possible it leaves
the parser free, except after a full stop, question or exclamation mark or ellipsis of its own (the tokenizer keeps
abbreviations' stops on their word: "M.", "etc.", "J.-C.") before a capitalised word or an opening quotation mark:
there a sentence begins, and the parser, which sometimes reads on ("… manque de munitions. « Nos stocks … », a-t-il
admis" as one sentence, the quotation a complement of the noun before), is told so.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# what may end a sentence or open a new one right after it (not an opening quotation mark: "« On nous a menti »" is
# one sentence from its mark on)
_MAY_END = frozenset({".", "!", "?", "…", ":", ";", "»", '"', "”", ")", "(", "]", "-", "–", "—", "•", "*"})
# what ends a sentence when it stands alone as a token, and what opens the next one
_ENDS = frozenset({".", "!", "?", "…"})
_OPENING_MARKS = frozenset({"«", "“"})
_CLOSING_MARKS = frozenset({"»", "”"})
# what may open a sentence though nothing ended one before it (a quotation, a bracket, a dash or bullet of a list);
# a stop, a closing mark or a colon never does
_MAY_OPEN = frozenset({"«", "“", '"', "(", "[", "-", "–", "—", "•", "*"})


@Language.factory("veille_sentence_hints")
def make_sentence_hints(nlp: Language, name: str):
    return sentence_hints


def sentence_hints(doc: Doc) -> Doc:
    """Mark every token that follows no possible sentence end as no sentence start, and every capitalised word or
    opening quotation mark after a sentence's own final stop as a sentence start."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if (token.text == "-" and _joins_words(token)) or (before.text == "-" and _joins_words(before)):
            token.is_sent_start = False  # "Addis-Abeba": a hyphen the tokenizer split off a word
        elif (_stop_before(token) and _opens_a_sentence(token)) or (_ends_a_paragraph(before) and not token.is_space):
            token.is_sent_start = True
        elif before.text in _OPENING_MARKS or (before.text == '"' and before.is_sent_start) or \
                token.text in _CLOSING_MARKS:
            token.is_sent_start = False  # what a quotation mark opens, and the mark closing it, are its sentence's
        elif not (before.text in _MAY_END or before.text[-1:] in _MAY_END or before.is_space or token.is_space
                or "\n" in before.whitespace_ or token.text in _MAY_OPEN):
            token.is_sent_start = False
    return doc


def _stop_before(token) -> bool:
    """Whether a full stop, question or exclamation mark or ellipsis ends what comes before the token: right before
    it, or before the line break or the closing quotation mark between them (a paragraph that ends ". " then opens
    "« …" on the next line; "… pas sérieuse. » Et pour …")."""
    i = token.i - 1
    if i > 0 and token.doc[i].is_space:
        i -= 1
    if i > 0 and token.doc[i].text in _CLOSING_MARKS:
        i -= 1
    return token.doc[i].text in _ENDS


def _joins_words(token) -> bool:
    """Whether a hyphen is glued to a word on either side ("Addis-Abeba"), not a dash that opens a list item."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_ and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha


def _opens_a_sentence(token) -> bool:
    """A capitalised word, or an opening quotation mark before one ("« Nos stocks …")."""
    if token.text in _OPENING_MARKS and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token.text[:1].isupper()


def _ends_a_paragraph(token) -> bool:
    """A blank line, as a space token or after a word: no sentence runs on past it (a single line break may wrap a
    line of a plain-text file)."""
    return token.text.count("\n") >= 2 or token.whitespace_.count("\n") >= 2
