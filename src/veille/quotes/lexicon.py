"""The French lexicons of the quotation stage, loaded once from ``lang/fr``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.fr import HERE
from ..lexicon import read_mapping, read_tsv, read_words

FRAMES = {"que", "inf", "obj", "de", "a"}
CUE_CLASSES = ("assert", "deny", "accuse", "announce", "warn", "opine", "ask", "explain", "reply", "promise")


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: frozenset[str]
    frames: dict[str, frozenset[str]]
    source_markers: tuple[tuple[str, ...], ...]  # word sequences, as the tokenizer splits them
    description_heads: dict[str, frozenset[str]]
    forms: dict[str, str]  # inflected form → lemma, for tokens the tagger misreads
    time_nouns: frozenset[str]  # never a speaker

    def lemma_of(self, token) -> str | None:
        """The reporting verb a token is, from its lemma or, when the tagger misread it, from its form."""
        if token.lemma_ in self.verbs and token.pos_ in {"VERB", "AUX"}:
            return token.lemma_
        if token.lower_ == "savoir" and token.i > 0 and token.nbor(-1).lemma_ == "faire":
            return "faire savoir"  # "a fait savoir que …"
        return self.forms.get(token.lower_)


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
    markers = tuple(tuple(words.split()) for words in sorted(read_words(HERE / "source_markers.tsv", "words")))
    heads = read_mapping(HERE / "description_heads.tsv", "noun", "type", convert=lambda value: frozenset(value.split("|")))
    forms = read_mapping(
        HERE / "speech_verb_forms.tsv",
        "form",
        "lemma",
        validators={"lemma": lambda value: None if value in classes else "not in speech_verbs.tsv"},
    )
    for lemma in classes:
        if lemma.endswith("er") and " " not in lemma:
            stem = lemma[:-2]
            forms.update({f"{stem}{ending}": lemma for ending in ("e", "ent", "é", "ée", "és", "ées")})
    time_nouns = read_words(HERE / "time_nouns.tsv", "noun")
    return QuoteLexicon(frozenset(classes), frames, markers, heads, forms, time_nouns)
