"""Inferring the year of publication of an undated article from what the text itself says.

A weekday with a day of the month ("mardi 18 … juin") fits only a few years (Tuesday 18 June: 2013, 2019, 2024,
2030 …). The other evidence narrows them: none may lie after the day of analysis (a month's grace for an article
announcing next week's events), a person named in a role must have held it then ("le secrétaire général de
l'Otan Jens Stoltenberg": October 2014 to October 2024), a year told in the past bounds the date from below ("élu
en 2014") and one told in the future from above ("d'ici à 2030"). Of the years left the latest wins: news being
analysed now is more likely recent. Without a weekday and day of the month nothing is inferred.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from .. import lang
from ..doc.gazetteer import Gazetteer
from .calendar import FUTURE, PAST, safe_date
from .grammar import Grammar
from .normalise import Match, day_number, full_year

LOOKBACK_YEARS = 60
LOOKAHEAD_YEARS = 5  # years after today still listed, to show why they are set aside
GRACE = dt.timedelta(days=31)


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    month: int
    day: int
    weekday: int


@dataclass(frozen=True)
class RoleHeld:
    """A person presented in a role: the candidate date must fall while the role was held."""

    person: str
    title: str
    roles: tuple  # kb.Role


def infer_dct(doc: Doc, matches: list[Match], grammar: Grammar, gazetteer: Gazetteer, today: dt.date) -> dict | None:
    """The inferred publication date and how it was found, as a contract record, or None without evidence."""
    evidence = [item for match in matches if (item := _evidence(match, grammar))]
    if not evidence:
        return None
    first = evidence[0]
    lower, upper = _year_bounds(matches)
    roles = _roles_held(doc, gazetteer)
    candidates = []
    for year in range(today.year + LOOKAHEAD_YEARS, today.year - LOOKBACK_YEARS, -1):
        day = safe_date(year, first.month, first.day)
        if day is None or day.isoweekday() != first.weekday:
            continue
        reason = _rejection(day, evidence[1:], today, lower, upper, roles)
        candidates.append({"year": year, "kept": reason is None} | ({"reason": reason} if reason else {}))
    kept = [candidate["year"] for candidate in candidates if candidate["kept"]]
    if not kept:
        return None
    year = max(kept)
    text = doc.text
    return {
        "value": dt.date(year, first.month, first.day).isoformat(),
        "precision": "year",
        "evidence": [{"start": item.start, "end": item.end, "text": text[item.start : item.end]} for item in evidence],
        "candidates": candidates,
    }


def _evidence(match: Match, grammar: Grammar) -> Evidence | None:
    """A weekday, a day and a month, with no year: the date that pins the year down."""
    g = match.groups
    if match.rule.kind != "calendar" or not (g.get("weekday") and g.get("day")):
        return None
    if g.get("year") or match.borrowed.get("year"):
        return None
    month_text = g.get("month") or match.borrowed.get("month")
    if not month_text:
        return None
    day = day_number(grammar, g["day"])
    if day is None:
        return None
    return Evidence(match.start, match.end, grammar.word("months", month_text), day, grammar.word("weekdays", g["weekday"]))


def _rejection(day, others: list[Evidence], today, lower, upper, roles: list[RoleHeld]) -> str | None:
    if day > today + GRACE:
        return "after the day of analysis"
    for other in others:
        when = safe_date(day.year, other.month, other.day)
        if when is None or when.isoweekday() != other.weekday:
            return f"the {other.day}/{other.month} of that year is another day of the week"
    if lower is not None and day.year < lower:
        return f"the text speaks of {lower} in the past"
    if upper is not None and day.year > upper:
        return f"the text speaks of {upper} in the future"
    for held in roles:
        if not any(role.active_on(day) for role in held.roles):
            return f"{held.person} was not {held.title} then"
    return None


def _year_bounds(matches: list[Match]) -> tuple[int | None, int | None]:
    """The latest year told in the past and the earliest told in the future."""
    past, future = [], []
    for match in matches:
        year = match.groups.get("year")
        if match.rule.kind != "calendar" or not year:
            continue
        if match.tense == PAST:
            past.append(full_year(year))
        elif match.tense == FUTURE:
            future.append(full_year(year))
    return (max(past) if past else None), (min(future) if future else None)


def _roles_held(doc: Doc, gazetteer: Gazetteer) -> list[RoleHeld]:
    """People the text presents by a title they held at some time only ("le secrétaire général de l'Otan")."""
    keys = {(ent.start_char, ent.end_char): ent.kb_id_ for ent in doc.ents if ent.kb_id_}
    held = []
    for entity in doc._.veille_entities or []:
        key = next((keys[m["start"], m["end"]] for m in entity["mentions"] if (m["start"], m["end"]) in keys), None)
        roles = gazetteer.roles_by_person.get(key, []) if key else []
        descriptions = [m["text"].lower() for m in entity["mentions"] if m["kind"] == "nominal"]
        former = lang.words_of(doc).former_markers  # "l'ancien président": the role no longer held
        descriptions = [text for text in descriptions if not any(word in text for word in former)]
        for title in {role.title_fr.lower() for role in roles if role.title_fr}:
            if any(title in text for text in descriptions):
                matching = tuple(role for role in roles if role.title_fr and role.title_fr.lower() == title)
                held.append(RoleHeld(entity["name"], title, matching))
    return held
