"""Finding the time expressions of a Doc and normalising them, in the order a reader would.

1. Every rule of the grammar is matched on the text; overlapping matches keep the longest (then the earlier rule),
   and matches inside a ``not_timex`` phrase ("hier et demain" as a figure of speech) or with the wrong part of
   speech ("le quotidien" the newspaper) are dropped.
2. Coordinated dates share their month and year, right to left: "mardi 18 et mercredi 19 juin".
3. Expressions that name a day by themselves are normalised first; then those that need one ("22 h", "le
   lendemain", "l'après-midi") take the nearest day named in their sentence, else the last one before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.tokens import Doc

from .calendar import Reference
from .grammar import Grammar, Rule
from .normalise import Context, Match, Value, normalise
from .tense import clause_tense

ANCHORED_KINDS = frozenset({"clock", "part_of_day", "anaphoric"})
WINDOW_BEFORE, WINDOW_AFTER = 40, 48  # characters around a trigger word where an expression may lie
_CONNECTOR = re.compile(r"\s*(?:,|et|ou|au|à|-|–|puis|jusqu['’]au|et le|ou le|,\s*et)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A normalised expression: offsets into the Doc's text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str
    match: Match


def find_matches(doc: Doc, grammar: Grammar, skip: set[int] = frozenset()) -> list[Match]:
    """The time expressions of ``doc``, with the tense of their clause and the month of the dates they are
    coordinated with, not yet normalised (the publication date may first have to be inferred from them).

    skip (set[int]): indices of tokens no expression may touch (site boilerplate).
    """
    text = doc.text  # a property that joins every token: read it once
    matches = [m for m in _matches(doc, text, grammar) if not _touches(doc, m, skip)]
    _share_months(text, matches)
    return matches


def _matches(doc: Doc, text: str, grammar: Grammar) -> list[Match]:
    triggers = _trigger_spans(doc, text, grammar)
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # rules sharing their trigger groups share windows
    for rule in grammar.rules + grammar.not_timex:
        if rule.needs not in windows:
            windows[rule.needs] = _windows(text, [span for group in rule.needs for span in triggers[group]])
    blocked = [(m.start(), m.end()) for rule in grammar.not_timex for m in _search(rule, text, windows[rule.needs])]
    found: list[Match] = []
    for rule in grammar.rules:
        for m in _search(rule, text, windows[rule.needs]):
            start = _start_after_lead(m)
            if start >= m.end() or any(s < m.end() and start < e for s, e in blocked):
                continue
            groups = {key: value for key, value in m.groupdict().items() if value}
            found.append(Match(start, _trim(text, start, m.end()), rule, groups))
    chosen = _longest_first(found, grammar)
    sentence_starts = [sentence.start_char for sentence in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return [match for match in chosen if _annotate(doc, match, sentence_starts, grammar)]


def _start_after_lead(m: re.Match[str]) -> int:
    """Where the expression starts: after the groups named ``lead…`` (the preposition a pattern needs but leaves
    out; a pattern with several branches names one per branch, ``lead``, ``lead_of``…)."""
    ends = [m.end(name) for name, value in m.groupdict().items() if value and name.startswith("lead")]
    return max(ends, default=m.start())


def _trigger_spans(doc: Doc, text: str, grammar: Grammar) -> dict[str, list[tuple[int, int]]]:
    """Where each trigger group's words and pattern occur. Words are found by looking the tokens' lowercase hashes
    up in a dict: a regular expression of a hundred words over the whole text would cost as much as the rules it
    spares."""
    groups_of_hash = grammar.groups_of_hash
    spans: dict[str, list[tuple[int, int]]] = {name: [] for name in grammar.triggers}
    for value, start, length in doc.to_array([LOWER, IDX, LENGTH]).tolist():
        for name in groups_of_hash.get(value, ()):
            spans[name].append((start, start + length))
    for name, group in grammar.triggers.items():
        if group.pattern is not None:
            spans[name] += [(m.start(), m.end()) for m in group.pattern.finditer(text)]
    return spans


def _windows(text: str, triggers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text around the triggers, widened to word boundaries and merged where they meet."""
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in sorted(triggers):
        start, end = max(0, hit_start - WINDOW_BEFORE), min(len(text), hit_end + WINDOW_AFTER)
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _search(rule: Rule, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The rule's matches in the windows around the triggers it needs."""
    for start, end in windows:
        yield from rule.regex.finditer(text, start, end)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,":
        end -= 1
    return end


def _longest_first(found: list[Match], grammar: Grammar) -> list[Match]:
    order = {rule.name: index for index, rule in enumerate(grammar.rules)}
    found.sort(key=lambda m: (-(m.end - m.start), order[m.rule.name], m.start))
    taken: list[Match] = []
    for match in found:
        if all(match.end <= other.start or other.end <= match.start for other in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.start)


def _annotate(doc: Doc, match: Match, sentence_starts: list[int], grammar: Grammar) -> bool:
    """Fill in the tense of the match's clause; False if its words have the wrong part of speech."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if match.rule.pos is not None and not all(token.pos_ in match.rule.pos for token in span):
        return False
    match.tense, match.head_pos, match.participle_tense = clause_tense(span, grammar.tense_verbs)
    match.sentence = sentence_starts[bisect_right(sentence_starts, match.start) - 1]
    return True


def _touches(doc: Doc, match: Match, skip: set[int]) -> bool:
    if not skip:
        return False
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    return span is not None and any(token.i in skip for token in span)


def _share_months(text: str, matches: list[Match]) -> None:
    """Right to left, a date missing its month or year takes them from the date it is coordinated with, and its
    "derniers" or "prochains" ("les 2 et 3 juin derniers")."""
    following: Match | None = None
    for match in reversed(matches):
        if (
            following is not None
            and match.rule.kind == "calendar"
            and following.rule.kind == "calendar"
            and _CONNECTOR.fullmatch(text[match.end : following.start])
        ):
            for part in ("month", "year", "relation"):
                if not match.groups.get(part) and (value := following.groups.get(part) or following.borrowed.get(part)):
                    if part == "month" and not match.groups.get("day"):
                        continue  # "2025-2027": a year range shares nothing
                    match.borrowed[part] = value
        following = match


def resolve(matches: list[Match], grammar: Grammar, reference: Reference) -> list[Found]:
    """Normalise ``matches`` against what is known of the publication date."""
    values: dict[int, Value] = {}
    for index, match in enumerate(matches):
        if match.rule.kind not in ANCHORED_KINDS:
            if (value := normalise(match, Context(grammar, reference))) is not None:
                values[index] = value
    for index, match in enumerate(matches):
        if match.rule.kind in ANCHORED_KINDS:
            anchor = _anchor(matches, values, index)
            context = Context(grammar, reference, anchor.day if anchor else None, anchor.named if anchor else None)
            if (value := normalise(match, context)) is not None:
                values[index] = value
    return [
        Found(match.start, match.end, values[index].type, values[index].value, match)
        for index, match in enumerate(matches)
        if index in values
    ]


def _anchor(matches: list[Match], values: dict[int, Value], index: int) -> Value | None:
    """The value of the day an anchored expression refers to: one named in its sentence (before it, else after
    it), else the last one named before it — a calendar day, or an underspecified one ("lundi" in an undated
    article: "lundi matin … en fin de journée")."""
    sentence = matches[index].sentence
    days = [(i, value) for i, value in sorted(values.items()) if value.day is not None or value.named]
    before = [(i, value) for i, value in days if i < index]
    same_before = [value for i, value in before if matches[i].sentence == sentence]
    if same_before:
        return same_before[-1]
    same_after = [value for i, value in days if i > index and matches[i].sentence == sentence]
    if same_after:
        return same_after[0]
    return before[-1][1] if before else None
