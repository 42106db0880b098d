"""Acronyms and the names they abbreviate, for the entity stages: a word in parentheses after a name that spells
it ("l'Union suisse des arts et métiers (usam)", "(Asloca)") and an acronym the text uses after the name in full
("PSG" after "Paris Saint-Germain") are that name."""

from __future__ import annotations

from spacy.tokens import Span

from ..text import strip_accents


def abbreviates(acronym: str, name: Span) -> bool:
    """Whether ``acronym``'s letters are, in order, initials of the name's words, the first one first: "usam" for
    "Union suisse des arts et métiers", "Insee" for "Institut national de la statistique et des études
    économiques"; or the first letters of some of its words ("Asloca": ASsociation … LOCAtaires)."""
    words = [strip_accents(token.text).lower() for token in name if token.is_alpha]
    letters = strip_accents(acronym).lower()
    if not words or not letters or letters[0] != words[0][0]:
        return False
    remaining = iter(word[0] for word in words[1:])
    return all(letter in remaining for letter in letters[1:]) or _spelled_by_beginnings(letters, words)


def _spelled_by_beginnings(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the beginnings of words of ``words`` in order, the first word's first (a word may be
    skipped, each one used gives at least its first letter)."""
    if not letters:
        return True
    if not words:
        return False
    first, rest = words[0], words[1:]
    taken = 0
    while taken < min(len(first), len(letters)) and first[taken] == letters[taken]:
        taken += 1
        if any(_spelled_by_beginnings(letters[taken:], rest[skip:]) for skip in range(max(len(rest), 1))):
            return True
    return False


def initials(name: Span) -> str:
    """The capitalised initials of a name's content words and of the parts of its hyphenated ones ("Paris
    Saint-Germain" → "PSG"; "de", "la" and the like have none)."""
    parts = [part for token in name if token.pos_ not in {"DET", "ADP", "CCONJ", "PUNCT"}
             for part in token.text.split("-") if part]
    return "".join(strip_accents(part[0]).upper() for part in parts)
