"""The time-expression grammar of a language, read once from its YAML file (``lang/fr/timex.yaml``).

Patterns, vocabularies and examples live in the data file so that a linguist can read, fix and test one rule
without touching code; this module only compiles them and checks that each rule names a known normaliser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml
from spacy.strings import hash_string

from ..errors import DataFileError
from .. import lang

KINDS = frozenset(
    {
        "calendar", "weekday", "deictic", "relative_period", "anaphoric", "clock", "part_of_day", "duration",
        "set", "literal", "season", "holiday", "part_of_year", "decade", "century", "offset",
    }
)
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
_MACRO = re.compile(r"@([a-z_]+)")


@dataclass(frozen=True)
class Rule:
    """One pattern and how to normalise what it finds.

    kind: the normaliser (``normalise.NORMALISERS``); needs: its trigger groups; type and value: fixed ones, for
    literal rules;
    pos: the parts of speech the matched words must have (None: any).
    """

    name: str
    kind: str
    needs: tuple[str, ...]  # the trigger groups around which it is tried
    regex: re.Pattern[str]
    type: str | None
    value: str | None
    pos: frozenset[str] | None
    examples: tuple[dict, ...]


@dataclass(frozen=True)
class TriggerGroup:
    """Words (as spaCy hashes of their lowercase form, compared with the tokens' ``LOWER``) and a pattern that
    announce a kind of time expression."""

    hashes: frozenset[int]
    pattern: re.Pattern[str] | None


@dataclass(frozen=True)
class TenseVerbs:
    """etre: verbs whose compound past takes "être" and that have no passive ("sont intervenus samedi" is past);
    prospective: verbs whose infinitive looks ahead ("peuvent rêver du podium dimanche")."""

    etre: frozenset[str] = frozenset()
    prospective: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Grammar:
    """The vocabularies, the rules, the phrases that are no time expressions, and the trigger groups."""

    vocabulary: dict[str, dict]
    rules: tuple[Rule, ...]
    not_timex: tuple[Rule, ...]  # kind "not_timex": what they match is no time expression
    triggers: dict[str, TriggerGroup]

    @cached_property
    def groups_of_hash(self) -> dict[int, tuple[str, ...]]:
        """The groups each trigger word belongs to."""
        groups: dict[int, list[str]] = {}
        for name, group in self.triggers.items():
            for value in group.hashes:
                groups.setdefault(value, []).append(name)
        return {value: tuple(names) for value, names in groups.items()}

    @cached_property
    def tense_verbs(self) -> TenseVerbs:
        """The verbs that tell the tense in ways the morphology misses (``tense.clause_tense``)."""
        return TenseVerbs(frozenset(self.vocabulary.get("etre_verbs", ())),
                          frozenset(self.vocabulary.get("prospective_verbs", ())))

    def word(self, table: str, text: str):
        """The value of ``text`` (lowercased, trailing dot dropped) in vocabulary ``table``, or None."""
        return self.vocabulary[table].get(text.lower().rstrip(".").replace("’", "'"))


def grammar_file(code: str) -> Path:
    """The time grammar of a language: ``lang/<code>/timex.yaml``."""
    return lang.data_file(code, "timex.yaml")


@lru_cache(maxsize=4)
def load_grammar(path: Path = grammar_file("fr")) -> Grammar:
    """Compile the grammar at ``path`` (the French one by default); raises DataFileError naming the rule that is
    wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path.name}: cannot read the time grammar ({exc})") from None
    macros = data.get("macros", {})
    vocabulary = {table: _apostrophes(values) for table, values in data.get("vocabulary", {}).items()}
    rules = tuple(_rule(spec, macros, path) for spec in data.get("rules", []))
    not_timex = tuple(_not_timex(spec, macros, path) for spec in data.get("not_timex", []))
    triggers = {name: _trigger_group(name, spec, vocabulary, macros, path) for name, spec in data.get("triggers", {}).items()}
    for rule in rules + not_timex:
        if unknown := set(rule.needs) - set(triggers):
            raise DataFileError(f"{path.name}: rule {rule.name!r} needs unknown trigger groups {sorted(unknown)}")
    return Grammar(vocabulary, rules, not_timex, triggers)


def _trigger_group(name: str, spec: dict, vocabulary: dict[str, dict], macros: dict, path: Path) -> TriggerGroup:
    """The group's words — its own and those of a vocabulary (of "lundi de pâques", the last word only: "de"
    would trigger everywhere) — with both apostrophes, and its pattern."""
    words = {str(word).lower() for word in spec.get("words", [])}
    if spec.get("vocabulary"):
        if spec["vocabulary"] not in vocabulary:
            raise DataFileError(f"{path.name}: trigger group {name!r} names unknown vocabulary {spec['vocabulary']!r}")
        words.update(key.lower().split()[-1] for key in vocabulary[spec["vocabulary"]])
    words |= {word.replace("'", "’") for word in words}
    hashes = frozenset(hash_string(word) for word in words)
    pattern = _compile(spec["pattern"], macros, path, name, bounded=False) if spec.get("pattern") else None
    return TriggerGroup(hashes, pattern)


def _apostrophes(values: dict | list) -> dict | list:
    """Vocabulary keys (or words, for a list) with one apostrophe (') so that lookups need not care which one the
    text used."""
    if isinstance(values, list):
        return [str(word).replace("’", "'") for word in values]
    return {str(key).replace("’", "'"): value for key, value in values.items()}


def _not_timex(spec: dict, macros: dict[str, str], path: Path) -> Rule:
    if not spec.get("needs") or not spec.get("pattern"):
        raise DataFileError(f"{path.name}: a not_timex entry needs `needs` and `pattern` ({spec})")
    regex = _compile(spec["pattern"], macros, path, "not_timex")
    return Rule("not_timex", "not_timex", tuple(spec["needs"]), regex, None, None, None, ())


def _rule(spec: dict, macros: dict[str, str], path: Path) -> Rule:
    name = spec.get("name", "?")
    if spec.get("kind") not in KINDS:
        raise DataFileError(f"{path.name}: rule {name!r} has unknown kind {spec.get('kind')!r}")
    if spec.get("type") is not None and spec["type"] not in TYPES:
        raise DataFileError(f"{path.name}: rule {name!r} has unknown type {spec['type']!r}")
    if not spec.get("needs"):
        raise DataFileError(f"{path.name}: rule {name!r} needs trigger groups (`needs`)")
    if spec["kind"] == "literal" and not (spec.get("type") and spec.get("value")):
        raise DataFileError(f"{path.name}: literal rule {name!r} needs a type and a value")
    return Rule(
        name=name,
        kind=spec["kind"],
        needs=tuple(spec.get("needs", ())),
        regex=_compile(spec["pattern"], macros, path, name),
        type=spec.get("type"),
        value=spec.get("value"),
        pos=frozenset(spec["pos"]) if spec.get("pos") else None,
        examples=tuple(spec.get("examples", ())),
    )


def _compile(pattern: str, macros: dict[str, str], path: Path, name: str, bounded: bool = True) -> re.Pattern[str]:
    """The pattern with its @macros expanded; ``bounded``, so that it never starts or ends inside a word (a pattern
    may start with punctuation: ", mai,")."""

    def expand(match: re.Match[str]) -> str:
        if match.group(1) not in macros:
            raise DataFileError(f"{path.name}: rule {name!r} uses unknown macro @{match.group(1)}")
        return macros[match.group(1)]

    expanded = _MACRO.sub(expand, pattern)
    try:
        if not bounded:
            return re.compile(expanded, re.IGNORECASE)
        return re.compile(rf"(?:(?<!\w)|(?=\W))(?:{expanded})(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{path.name}: rule {name!r} is not a valid pattern ({exc})") from None
