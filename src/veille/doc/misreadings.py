"""The parser's misreadings more than one stage repairs the same way, so that they read the parse alike."""

from __future__ import annotations

from spacy.tokens import Token


def is_name_read_as_verb(token: Token, verb: Token) -> bool:
    """"a accusé *Rabat* de …": a name right after ``verb`` that the tagger read as a verb ("rabattre") and the
    parser hung on it as its complement is its object."""
    return token.pos_ == "VERB" and bool(token.ent_type_) and token.head == verb and token.i == verb.i + 1 and \
        token.dep_ in {"xcomp", "obj"}
