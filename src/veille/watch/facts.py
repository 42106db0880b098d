"""What a watch found, written for a person: each fact as one sentence, with its proof (the words of the article
that say it) and their offsets.

    Vladimir Poutine → Corée du Nord · SUPPORT · asserted
    Iouri Ouchakov : « … »
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

QUOTE_CHARS = 300
"""The most characters of a quote written in its line (the proof holds the sentence)."""
PROOF_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?…]\s+|\n")


@dataclass
class Fact:
    """One matched fact: its kind (``event``, ``quote``, ``mention``, ``words``, ``article``), its line, and the
    article's words that prove it, at ``[start, end)`` of the article text."""

    kind: str
    line: str
    proof: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def event_line(type: str, mode: str | None, modality: str, refs: dict[str, Any] | None) -> str:
    """``actor → target · TYPE (mode) · modality · place``, each part only when the event has it."""
    def name(role: str) -> str | None:
        ref = (refs or {}).get(role)
        return ref.get("name") if ref else None

    actor, target, place = name("actor"), name("target"), name("place")
    who = " → ".join(part for part in (actor, target) if part) if actor else (f"→ {target}" if target else "")
    kind = f"{type} ({mode})" if mode else type
    return " · ".join(part for part in (who, kind, modality, place) if part)


def quote_line(speaker: str | None, words: str) -> str:
    shown = words if len(words) <= QUOTE_CHARS else words[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"{speaker or 'Source non nommée'} : « {shown} »"


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence (or sentences) holding ``[start, end)``: from after the last sentence end before ``start`` to
    the first one after ``end``, at most ``PROOF_CHARS`` around it; with its offsets."""
    before = [match.end() for match in _SENTENCE_END.finditer(text, max(0, start - PROOF_CHARS), start)]
    begin = before[-1] if before else max(0, start - PROOF_CHARS // 2)
    after = _SENTENCE_END.search(text, end, min(len(text), end + PROOF_CHARS))
    finish = after.start() + 1 if after else min(len(text), end + PROOF_CHARS // 2)
    return text[begin:finish].strip(), begin, finish
