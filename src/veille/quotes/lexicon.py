"""The French lexicons of the quotation stage, loaded once from ``lang/fr``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.fr import HERE
from ..lexicon import read_tsv

FRAMES = {"que", "inf", "obj", "de", "a"}
CUE_CLASSES = ("assert", "deny", "accuse", "announce", "warn", "opine", "ask", "explain", "reply", "promise")


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: frozenset[str]
    verb_classes: dict[str, str]
    frames: dict[str, frozenset[str]]
    source_markers: frozenset[str]
    description_heads: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def load_quote_lexicon() -> QuoteLexicon:
    """Reporting verbs with their cue class, and source prepositions ("selon", "pour", "d'après")."""
    rows = list(
        read_tsv(
            HERE / "speech_verbs.tsv",
            ("lemma", "class", "frames"),
            required=("lemma", "class", "frames"),
            validators={
                "class": lambda value: None if value in CUE_CLASSES else f"not one of {CUE_CLASSES}",
                "frames": lambda value: None if set(value.split("|")) <= FRAMES else f"frames are among {FRAMES}",
            },
        )
    )
    classes = {row["lemma"]: row["class"] for row in rows}
    frames = {row["lemma"]: frozenset(row["frames"].split("|")) for row in rows}
    markers = frozenset(
        row["words"].split()[0] for row in read_tsv(HERE / "source_markers.tsv", ("words",), required=("words",))
    )
    heads = {
        row["noun"]: frozenset(row["type"].split("|"))
        for row in read_tsv(HERE / "description_heads.tsv", ("noun", "type"), required=("noun", "type"))
    }
    return QuoteLexicon(frozenset(classes), classes, frames, markers, heads)
