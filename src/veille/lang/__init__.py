"""Language data: every word list, lexicon and grammar of a language, in one folder per language (``lang/fr/``).

The stages are written for no language in particular: what is French about them (which words are pronouns,
which verbs report speech, how dates are written) is read from ``lang/<code>/`` through this one loader, so that a
second language is a new folder with the same files, not an edit of every stage (spaCy keeps ``spacy/lang/fr/``
beside its language-neutral components the same way).

- ``load(code)``: the language's general lexicon (titles, name heads, person nouns, description heads, sports
  words…), its closed word classes (``words.yaml``: pronouns, determiners, prepositions… by name) and its
  inflection helpers (``morphology.py``);
- ``words_of(token_or_doc)``: those word classes for the language of a Doc, for rules that hold a token;
- ``data_file(code, name)``: a stage's own data file (speech verbs, event triggers, the time grammar), which the
  stage reads with its own schema.

Every file starts with ``#`` lines saying where its facts come from, and is validated when it loads.
"""

from __future__ import annotations

import importlib
import itertools
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from ..errors import DataFileError
from ..lexicon import read_mapping, read_tsv, read_words
from ..text import strip_accents

HERE = Path(__file__).parent
LANGUAGES = ("fr",)
DEFAULT = "fr"
"""The language of a text whose language is not known (too short to tell, and declared by no one)."""


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


class WordClasses:
    """The closed classes of a language's words, by name (``words.lower_negations``): frozensets, or dicts for the
    classes that say something of each word (a pronoun's gender). An unknown name is an error, not an empty set."""

    def __init__(self, classes: dict[str, frozenset[str] | dict[str, Any]], path: Path):
        self._classes, self._path = classes, path

    def __getattr__(self, name: str) -> Any:
        try:
            return self._classes[name]
        except KeyError:
            raise AttributeError(f"{self._path}: no word class {name!r}") from None


@dataclass(frozen=True)
class Lexicon:
    """A language's general lexicon, shared by the stages (see the module docstring)."""

    code: str
    titles: tuple[Title, ...]
    name_prefixes: dict[str, str]
    not_entities: frozenset[str]
    name_heads: tuple[NameHead, ...]
    person_nouns: frozenset[str]
    org_heads: frozenset[str]
    event_heads: frozenset[str]  # capitalised first words of an event's name: "Mondial", "Salon"
    sports_words: dict[str, str]  # lemma → "strong" | "weak"
    description_heads: dict[str, frozenset[str]]  # noun → the entity types it can describe
    referent_nouns: dict[str, str]  # noun → PER | ORG: unnamed referents news follows by description
    class_nouns: dict[str, frozenset[str]]  # noun → the entity types "ce <noun>" picks up
    first_names: dict[str, str]  # first name → "m" | "f": the gender of a person named in full
    time_nouns: frozenset[str]  # days, months, parts of the day: never a speaker, never the end of a name
    words: WordClasses
    morphology: ModuleType  # lang/<code>/morphology.py: tiny pure helpers on inflection

    @cached_property
    def title_first_words(self) -> frozenset[str]:
        return frozenset(title.words[0] for title in self.titles)

    @cached_property
    def person_words(self) -> frozenset[str]:
        """The nouns that can head a description of a person: person nouns and the first words of titles."""
        return self.person_nouns | self.title_first_words

    @cached_property
    def agent_nouns(self) -> frozenset[str]:
        """The nouns of someone who can act: person nouns, the heads of descriptions and the unnamed referents news
        follows ("le parquet", "la police", "les manifestants")."""
        return self.person_nouns | frozenset(self.description_heads) | frozenset(self.referent_nouns)

    @cached_property
    def strong_sports_words(self) -> frozenset[str]:
        """The words of sport only (the others are of sport too, but not only)."""
        return frozenset(word for word, strength in self.sports_words.items() if strength == "strong")


def folder(code: str) -> Path:
    """The data folder of a language; DataFileError for a language veille has no data for."""
    if code not in LANGUAGES:
        raise DataFileError(f"no language data for {code!r}: veille has {', '.join(LANGUAGES)}")
    return HERE / code


def data_file(code: str, name: str) -> Path:
    """A data file of a language (``data_file("fr", "speech_verbs.tsv")``), for the stage that reads it."""
    return folder(code) / name


@cache
def load(code: str) -> Lexicon:
    """Read and validate a language's general lexicon and word classes (once per process)."""
    here = folder(code)
    titles = tuple(
        Title(words, tuple(row["positions"].split("|")), None if row["gender"] == "-" else row["gender"])
        for row in read_tsv(here / "titles.tsv", ("title", "positions", "gender"), required=("title", "positions"))
        for words in _spellings(_words(row["title"]))
    )
    heads = tuple(
        NameHead(_words(row["head"]), row["label"], row["type"], row["in_name"] == "yes")
        for row in read_tsv(
            here / "name_heads.tsv", ("head", "label", "type", "in_name"), required=("head", "label", "type", "in_name")
        )
    )
    return Lexicon(
        code=code,
        titles=titles,
        name_prefixes=read_mapping(here / "name_prefixes.tsv", "word", "kind"),
        not_entities=frozenset(
            row["text"] for row in read_tsv(here / "not_entities.tsv", ("text", "why"), required=("text",))
        ),
        name_heads=heads,
        person_nouns=read_words(here / "person_nouns.tsv", "noun"),
        org_heads=read_words(here / "org_heads.tsv", "word"),
        event_heads=read_words(here / "event_heads.tsv", "word"),
        sports_words=read_mapping(
            here / "sports_words.tsv",
            "word",
            "strength",
            validators={"strength": lambda value: None if value in {"strong", "weak"} else "strong or weak"},
        ),
        description_heads=read_mapping(here / "description_heads.tsv", "noun", "type",
                                       convert=lambda value: frozenset(value.split("|"))),
        referent_nouns=read_mapping(here / "referent_nouns.tsv", "noun", "label",
                                    validators={"label": lambda value: None if value in {"PER", "ORG"} else "PER or ORG"}),
        class_nouns=read_mapping(here / "class_nouns.tsv", "noun", "types",
                                 convert=lambda value: frozenset(value.split("|"))),
        first_names=read_mapping(here / "first_names.tsv", "name", "gender",
                                 validators={"gender": lambda value: None if value in {"m", "f"} else "m or f"}),
        time_nouns=read_words(here / "time_nouns.tsv", "noun"),
        words=_word_classes(here / "words.yaml"),
        morphology=importlib.import_module(f"{__name__}.{code}.morphology"),
    )


def continuing_determiners(words: WordClasses) -> frozenset[str]:
    """The determiners that continue a referent the reader knows ("l'homme", "cet homme", "ces hommes"), not those
    that open a new one ("un homme", "des hommes")."""
    return words.definite_determiners | words.demonstrative_determiners | (
        words.plural_articles - words.indefinite_determiners)


def words_of(token_or_doc: Any) -> WordClasses:
    """The word classes of the language a token or Doc is in (its ``lang_``)."""
    return load(token_or_doc.lang_).words


def _word_classes(path: Path) -> WordClasses:
    """``words.yaml``: each class a list of words (read as a frozenset) or a mapping of words to a value."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{path.name}: data file missing ({path})") from None
    if not text.startswith("#"):
        raise DataFileError(f"{path.name}: the file must start with '#' lines saying where its words come from")
    names = re.findall(r"^([^\s#][^:]*):", text, flags=re.MULTILINE)
    if twice := sorted({name for name in names if names.count(name) > 1}):
        raise DataFileError(f"{path.name}: classes named twice, the first would be lost: {', '.join(twice)} ({path})")
    classes = yaml.safe_load(text)
    if not isinstance(classes, dict):
        raise DataFileError(f"{path.name}: a mapping of class names to word lists is expected ({path})")
    checked: dict[str, frozenset[str] | dict[str, Any]] = {}
    for name, words in classes.items():
        if isinstance(words, list) and words and all(isinstance(word, str) and word for word in words):
            checked[name] = frozenset(words)
        elif isinstance(words, dict) and words and all(isinstance(word, str) for word in words):
            checked[name] = dict(words)
        else:
            raise DataFileError(f"{path.name}: the class {name!r} must be a non-empty list or mapping of words ({path})")
    return WordClasses(checked, path)


def _spellings(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The title, and the title with any of its words unaccented: news drops the accents of capitals ("d'Etat")."""
    options = [{word, strip_accents(word)} for word in words]
    return set(itertools.product(*options))


def _words(text: str) -> tuple[str, ...]:
    """Split a lexicon entry the way spaCy's French tokenizer splits elisions ("l'" stays attached to the article)."""
    return tuple(text.replace("'", "' ").replace("’", "’ ").split())
