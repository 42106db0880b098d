"""The quotation stage's lexicon, read from the language's folder (``lang/<code>/``) once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..doc.misreadings import present_participle_read_as_adjective, verb_lemma
from ..lang import data_file, load
from ..lexicon import read_mapping, read_tsv, read_words

# words: an object that names words ("sa version : P"); claim: an object of two words is what was said ("a nié le
# viol", "plaide l'acquittement"); as: only the label a subject gives itself ("se décrivant comme « une pièce
# rapportée »"; "a décrit la scène" says nothing); prospect: an object that is no one ("exclut une grève" is a
# statement, "a exclu trois élus" an act)
FRAMES = {"que", "inf", "obj", "de", "a", "words", "claim", "as", "quoted", "prospect"}
CUE_CLASSES = ("assert", "deny", "accuse", "announce", "warn", "opine", "ask", "explain", "reply", "promise")


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: frozenset[str]
    frames: dict[str, frozenset[str]]
    source_markers: tuple[tuple[str, ...], ...]  # word sequences, as the tokenizer splits them
    forms: dict[str, str]  # inflected form → lemma, for tokens the tagger misreads
    time_nouns: frozenset[str]  # never a speaker
    multiword: dict[str, dict[str, str]]  # last word → lemma of the word before → the two-word verb ("faire savoir")
    verb_nouns: dict[str, dict[str, str]]  # verb lemma → its object noun → the two-word verb ("faire état", "faire part")

    def lemma_of(self, token) -> str | None:
        """The reporting verb a token is, from its lemma or, when the tagger misread it, from its form; the last word
        of a two-word verb after the first ("a fait savoir que …") is that verb."""
        if token.lemma_ in self.verbs and token.pos_ in {"VERB", "AUX"}:
            return token.lemma_
        if present_participle_read_as_adjective(token) and (verb := verb_lemma(token, self.verbs)) in self.verbs:
            return verb  # "…, les *encourageant* à …", tagged the adjective
        before = self.multiword.get(token.lower_)
        if before and token.i > 0 and token.nbor(-1).lemma_ in before:
            return before[token.nbor(-1).lemma_]
        if (noun := self.cue_noun(token)) is not None:
            return self.verb_nouns[token.lemma_][noun.lower_]
        return self.forms.get(token.lower_)

    def cue_noun(self, verb: Token) -> Token | None:
        """The object noun that makes a verb a reporting one ("a fait *état* de trois morts", "a fait *part* de son
        inquiétude"): the verb reports through the complements it has besides that noun."""
        nouns = self.verb_nouns.get(verb.lemma_)
        if not nouns or verb.pos_ not in {"VERB", "AUX"}:
            return None
        return next((c for c in verb.children if c.dep_ == "obj" and c.lower_ in nouns and c.pos_ == "NOUN"
                     and not any(d.dep_ == "det" for d in c.children)), None)  # bare: not "fait une part du travail"


@cache
def load_quote_lexicon(code: str) -> QuoteLexicon:
    """Reporting verbs with their cue class, and source prepositions ("selon", "pour", "d'après")."""
    rows = list(
        read_tsv(
            data_file(code, "speech_verbs.tsv"),
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
    markers = tuple(tuple(words.split()) for words in sorted(read_words(data_file(code, "source_markers.tsv"), "words")))
    forms = read_mapping(
        data_file(code, "speech_verb_forms.tsv"),
        "form",
        "lemma",
        validators={"lemma": lambda value: None if value in classes else "not in speech_verbs.tsv"},
    )
    words = load(code).words
    for lemma in classes:
        for infinitive in words.first_group_infinitive:
            if lemma.endswith(infinitive) and " " not in lemma:
                stem = lemma[: -len(infinitive)]
                forms.update({f"{stem}{ending}": lemma for ending in words.first_group_endings})
    multiword: dict[str, dict[str, str]] = {}
    verb_nouns: dict[str, dict[str, str]] = {}
    for lemma in classes:
        if len(parts := lemma.split()) == 2:
            multiword.setdefault(parts[1], {})[parts[0]] = lemma
            verb_nouns.setdefault(parts[0], {})[parts[1]] = lemma
    return QuoteLexicon(frozenset(classes), frames, markers, forms, load(code).time_nouns, multiword, verb_nouns)
