"""The event lexicons of a language (``lang/<code>/``): triggers with their PLOVER type (``event_triggers.tsv``),
modality cues (``event_cues.tsv``) and the nouns of who can take part in an event (``event_participant_nouns.tsv``),
read once per language and validated against PLOVER's types and the contract's modalities."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lang
from ..lexicon import Row, read_tsv, read_words
from ..model import MODALITIES, PLOVER_TYPES

_DEPENDENT_SLOTS = frozenset({"obj", "iobj"})
_FLAGS = frozenset({"thing", "mutual", "swap", "noobj", "noclause", "nobare", "noself", "passive", "noattribute",
                    "determined", "sentence", "sentenced", "convicted", "nolabel", "notopic", "result", "victims",
                    "meeting", "nocasualty", "noreason", "nomeans", "someone", "deontic", "pact", "plural"})
_VOICED = frozenset({"passive", "convicted"})  # rows of the passive only, tried before the general row of their lemma
_CUE_ROLES = frozenset({"governor", "modifier", "marker", "negation", "transparent", "light", "control", "unverified",
                        "charge", "holder", "instrument", "frame", "undergo", "aimed", "announce",
                        "occur", "party"})


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: ``needs`` is the dependent the trigger requires ("hommage" for "rendre hommage")."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    slots: tuple[str, ...]
    flags: frozenset[str]
    reflexive: bool
    needs: str | None


@dataclass(frozen=True)
class EventLexicon:
    triggers: dict[str, tuple[Trigger, ...]]  # first word of the lemma → rows, the most specific first
    cues: dict[str, dict[str, str]]  # role → word → modality
    owned: frozenset[str] = frozenset()  # nouns whose "de" owner is the target ("les positions du Hamas")
    participants: frozenset[str] = frozenset()  # person and group nouns that can act or undergo ("le commando")

    def cue(self, role: str, word: str) -> str | None:
        return self.cues[role].get(word)


def _trigger(row: Row, language: lang.Lexicon) -> Trigger:
    words = row["lemma"].split()
    reflexive = words[0] in language.words.reflexive_pronouns
    words = words[1:] if reflexive else words
    frame = row.multi("frame")
    slots = _DEPENDENT_SLOTS | language.words.frame_prepositions
    for item in frame:
        if item not in slots | _FLAGS:
            raise row.error(f"unknown frame item {item!r}")
    return Trigger(
        lemma=words[0],
        pos=row["pos"],
        type=row["type"],
        mode=row["mode"] or None,
        cameo=row["cameo"],
        slots=tuple(item for item in frame if item in slots),
        flags=frozenset(item for item in frame if item in _FLAGS),
        reflexive=reflexive,
        needs=words[1] if len(words) > 1 else None,
    )


@cache
def load_event_lexicon(code: str) -> EventLexicon:
    """Read and validate the files (once per process and language)."""
    language = lang.load(code)
    rows = read_tsv(
        lang.data_file(code, "event_triggers.tsv"),
        ("lemma", "pos", "type", "mode", "cameo", "frame"),
        required=("lemma", "pos", "type", "cameo"),
        validators={
            "pos": lambda v: None if v in {"VERB", "NOUN", "ADJ"} else "not VERB, NOUN or ADJ",
            "type": lambda v: None if v in PLOVER_TYPES else "not a PLOVER type",
            "cameo": lambda v: None if v.isdigit() and 3 <= len(v) <= 4 else "not a CAMEO code",
        },
    )
    triggers: dict[str, list[Trigger]] = {}
    for row in rows:
        trigger = _trigger(row, language)
        triggers.setdefault(trigger.lemma, []).append(trigger)
    specific_first = {
        lemma: tuple(sorted(rows_, key=lambda t: (t.needs is None, not t.flags & _VOICED, not t.reflexive)))
        for lemma, rows_ in triggers.items()
    }
    cues: dict[str, dict[str, str]] = {role: {} for role in _CUE_ROLES}
    for row in read_tsv(
        lang.data_file(code, "event_cues.tsv"),
        ("word", "role", "modality"),
        required=("word", "role", "modality"),
        validators={
            "role": lambda v: None if v in _CUE_ROLES else "unknown role",
            "modality": lambda v: None if v in (*MODALITIES, "-") else "not a contract modality",
        },
    ):
        cues[row["role"]][row["word"]] = row["modality"]
    return EventLexicon(specific_first, cues, read_words(lang.data_file(code, "event_owner_heads.tsv"), "noun"),
                        read_words(lang.data_file(code, "event_participant_nouns.tsv"), "noun"))
