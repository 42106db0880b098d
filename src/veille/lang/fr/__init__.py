"""French lexicons for the NLP components, loaded once from the TSV files beside this module."""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...lexicon import read_mapping, read_tsv, read_words

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Title:
    """A role description ("président", "chef de la diplomatie") and the KB positions it can name."""

    words: tuple[str, ...]
    positions: tuple[str, ...]
    gender: str | None


@dataclass(frozen=True)
class NameHead:
    """A lowercase word before a name that decides its label; ``in_name`` when it is written as part of the name
    ("bande de" Gaza, "ministère de" la Santé) rather than only announcing it ("missiles de type" Strela)."""

    words: tuple[str, ...]
    label: str
    type: str
    in_name: bool


@dataclass(frozen=True)
class FrenchLexicon:
    titles: tuple[Title, ...]
    name_prefixes: dict[str, str]
    not_entities: frozenset[str]
    name_heads: tuple[NameHead, ...]
    person_nouns: frozenset[str]
    org_heads: frozenset[str]
    sports_words: dict[str, str]  # lemma → "strong" | "weak"

    @property
    def title_first_words(self) -> frozenset[str]:
        return frozenset(title.words[0] for title in self.titles)


def _spellings(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The title, and the title with any of its words unaccented: news drops the accents of capitals ("d'Etat")."""
    options = [{word, _without_accents(word)} for word in words]
    return set(itertools.product(*options))


def _without_accents(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def _words(text: str) -> tuple[str, ...]:
    """Split a lexicon entry the way spaCy's French tokenizer splits elisions ("l'" stays attached to the article)."""
    return tuple(text.replace("'", "' ").replace("’", "’ ").split())


@lru_cache(maxsize=1)
def load() -> FrenchLexicon:
    """Read and validate the French lexicons (once per process)."""
    titles = tuple(
        Title(words, tuple(row["positions"].split("|")), None if row["gender"] == "-" else row["gender"])
        for row in read_tsv(HERE / "titles.tsv", ("title", "positions", "gender"), required=("title", "positions"))
        for words in _spellings(_words(row["title"]))
    )
    prefixes = read_mapping(HERE / "name_prefixes.tsv", "word", "kind")
    not_entities = frozenset(
        row["text"] for row in read_tsv(HERE / "not_entities.tsv", ("text", "why"), required=("text",))
    )
    heads = tuple(
        NameHead(_words(row["head"]), row["label"], row["type"], row["in_name"] == "yes")
        for row in read_tsv(
            HERE / "name_heads.tsv", ("head", "label", "type", "in_name"), required=("head", "label", "type", "in_name")
        )
    )
    return FrenchLexicon(
        titles,
        prefixes,
        not_entities,
        heads,
        person_nouns=read_words(HERE / "person_nouns.tsv", "noun"),
        org_heads=read_words(HERE / "org_heads.tsv", "word"),
        sports_words=read_mapping(
            HERE / "sports_words.tsv",
            "word",
            "strength",
            validators={"strength": lambda value: None if value in {"strong", "weak"} else "strong or weak"},
        ),
    )
