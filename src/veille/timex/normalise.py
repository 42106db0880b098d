"""From a matched expression to its TIMEX3 type and ISO-TimeML value, one normaliser per kind of rule.

A normaliser reads the named groups of its rule's match, the tense of the clause and what is known of the
publication date, and returns the value — never a guess: what the reference cannot fix stays ``X``
(``XXXX-11-19``, ``XXXX-WXX-1``). It also returns the calendar day the expression names, if any, so that a later
"22 h" or "le lendemain" can be anchored to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.easter import easter

from .calendar import (
    FUTURE, TENSE_REACH, PAST, PRESENT, Reference, iso_week, nearest_year, pick, safe_date, shift_month, weekday_near,
)
from .grammar import Grammar, Rule



@dataclass
class Match:
    """A rule's match in the text, with what the normalisers need to know about its context."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]
    tense: str | None = None
    head_pos: str = "VERB"  # the part of speech of the word the expression depends on
    participle_tense: bool = False  # the tense is only that of an adjectival participle ("anticipées à l'automne")
    borrowed: dict[str, str] = field(default_factory=dict)  # month/year taken from a coordinated date
    sentence: int = 0  # where its sentence starts


@dataclass(frozen=True)
class Value:
    type: str
    value: str
    day: dt.date | None = None  # the calendar day it names, for anchoring later expressions
    named: str | None = None  # the day it names when no calendar day can be fixed ("XXXX-WXX-1"), for the same


@dataclass(frozen=True)
class Context:
    grammar: Grammar
    reference: Reference
    anchor: dt.date | None = None  # the day the text is talking about at this point
    anchor_named: str | None = None  # or that day's underspecified value, when it has no calendar day

    def anchor_value(self) -> tuple[str, dt.date | None, str | None]:
        """The value of the day an anchored expression lies in — the anchor, else the publication date, else the
        underspecified day the text named — with its calendar day and underspecified value."""
        day = self.anchor or (None if self.anchor_named else self.reference.day)
        if day is not None:
            return day.isoformat(), day, None
        return self.anchor_named or "XXXX-XX-XX", None, self.anchor_named


Normaliser = Callable[[Match, Context], Value | None]
NORMALISERS: dict[str, Normaliser] = {}


def normaliser(kind: str):
    def register(function: Normaliser) -> Normaliser:
        NORMALISERS[kind] = function
        return function

    return register


def normalise(match: Match, context: Context) -> Value | None:
    return NORMALISERS[match.rule.kind](match, context)


def _number(grammar: Grammar, text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return grammar.word("numbers", text) or _compound_number(grammar, text)


def _compound_number(grammar: Grammar, text: str) -> int | None:
    """A number word made of parts, which French adds up ("vingt-cinq", "trente et un", "soixante-dix-huit"),
    except "quatre-vingt(s)", four twenties."""
    parts = [part for part in re.split(r"[-\s]+", text.lower()) if part != "et"]
    total = 0
    for index, part in enumerate(parts):
        if part.rstrip("s") == "vingt" and index and parts[index - 1] == "quatre":
            total += 80 - 4  # the "quatre" already counted
            continue
        value = grammar.word("numbers", part)
        if value is None:
            return None
        total += value
    return total or None


def day_number(grammar: Grammar, text: str) -> int | None:
    """The day of the month a ``day`` group names: "18", "1er", "1ᵉʳ", "premier"."""
    return _number(grammar, text.replace("ᵉʳ", "er"))


def _with_time(value: Value, match: Match, context: Context) -> Value:
    """Add the clock time or part of day the expression carries ("lundi soir", "jeudi 31 octobre à 6h")."""
    clock = match.groups.get("clock")
    part = match.groups.get("part") or match.groups.get("part_phrase")
    kind = "SET" if value.type == "SET" else "TIME"  # "le samedi matin" is still every Saturday
    if clock:
        return Value(kind, f"{value.value}T{_clock(clock)}", value.day, value.named)
    if part and (code := context.grammar.word("parts_of_day", part)):
        return Value(kind, f"{value.value}T{code}", value.day, value.named)
    return value


def _clock(text: str, later: int = 0) -> str:
    """"21 h 45" → "21:45"; ``later`` hours are added to a morning hour ("8 h du soir": 12)."""
    digits = [int(chunk) for chunk in "".join(c if c.isdigit() else " " for c in text).split()]
    hour, minute = digits[0], digits[1] if len(digits) > 1 else 0
    if hour < 12:
        hour += later
    return f"{hour:02d}:{minute:02d}"


def _day_value(day: dt.date | None) -> str:
    return day.isoformat() if day else "XXXX-XX-XX"


@normaliser("calendar")
def _calendar(match: Match, context: Context) -> Value | None:
    g, grammar, ref = match.groups, context.grammar, context.reference
    month_text = g.get("month") or match.borrowed.get("month")
    year_text = g.get("year") or match.borrowed.get("year")
    month = grammar.word("months", month_text) if month_text else None
    if g.get("month_number"):
        month = int(g["month_number"])
    year = full_year(year_text) if year_text else None
    day = day_number(grammar, g["day"]) if g.get("day") else None
    if day is None and month is None:
        return Value("DATE", f"{year}") if year else None
    if day is None:
        return _month(year, month, ref, *_direction(match, context.grammar))
    if month is None:
        return _with_time(_day_of_unknown_month(day, g.get("weekday"), match, context), match, context)
    if year is None and ref.pivot is not None:
        found = nearest_year(lambda y: safe_date(y, month, day), ref.pivot, *_direction(match, context.grammar))
    elif year is None and ref.year is not None:
        found = safe_date(ref.year, month, day)
    else:
        found = safe_date(year, month, day) if year else None
    if found:
        return _with_time(Value("DATE", found.isoformat(), found), match, context)
    undated = f"XXXX-{month:02d}-{day:02d}"
    return _with_time(Value("DATE", undated, named=undated), match, context)


def full_year(text: str) -> int:
    """"2024" → 2024; a two-digit year ("15/06/24", "03.02.99") in the century that makes it the nearer one."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _relation(grammar: Grammar, text: str | None) -> str | None:
    """PAST or FUTURE for "dernier", "prochain"… (the grammar's ``relations``), else None."""
    return grammar.word("relations", text) if text else None


def _direction(match: Match, grammar: Grammar) -> tuple[str | None, int | None]:
    """Where to look for the year, and how far: "dernier" and "prochain" say it whatever the distance; otherwise
    the tense does, within nine months."""
    relation = _relation(grammar, match.groups.get("relation") or match.borrowed.get("relation"))
    return (relation, None) if relation else (match.tense, TENSE_REACH)


def _month(year: int | None, month: int, ref: Reference, tense: str | None, reach: int | None) -> Value:
    if year is None and ref.month == month:
        year = ref.year  # the month of publication itself, whatever the tense
    if year is None and ref.pivot is not None:
        year = nearest_year(lambda y: dt.date(y, month, 15), ref.pivot, tense, reach).year
    elif year is None:
        year = ref.year
    return Value("DATE", f"{year}-{month:02d}" if year else f"XXXX-{month:02d}")


def _day_of_unknown_month(day: int, weekday: str | None, match: Match, context: Context) -> Value:
    """"mardi 18" with no month: the nearest month whose 18th is a Tuesday, when the DCT is known."""
    pivot = context.reference.day
    isoweekday = context.grammar.word("weekdays", weekday) if weekday else None
    if pivot is None:
        return Value("DATE", f"XXXX-XX-{day:02d}")
    candidates = []
    for offset in range(-3, 4):
        year, month = shift_month(pivot.year, pivot.month, offset)
        found = safe_date(year, month, day)
        if found and (isoweekday is None or found.isoweekday() == isoweekday):
            candidates.append(found)
    if not candidates:
        return Value("DATE", f"XXXX-XX-{day:02d}")
    found = pick(candidates, pivot, match.tense)
    return Value("DATE", found.isoformat(), found)


@normaliser("weekday")
def _weekday(match: Match, context: Context) -> Value:
    isoweekday = context.grammar.word("weekdays", match.groups["weekday"])
    relation = _relation(context.grammar, match.groups.get("relation"))
    if _habitual(match, relation):
        return _with_time(Value("SET", f"XXXX-WXX-{isoweekday}"), match, context)
    pivot = context.reference.day
    if pivot is None:
        return _with_time(Value("DATE", f"XXXX-WXX-{isoweekday}", named=f"XXXX-WXX-{isoweekday}"), match, context)
    day = weekday_near(pivot, isoweekday, _weekday_tense(match), relation)
    return _with_time(Value("DATE", day.isoformat(), day), match, context)


NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


def _weekday_tense(match: Match) -> str | None:
    """The tense that directs a weekday. One that qualifies a noun ("après la mobilisation de jeudi", "le match de
    samedi", "très faible samedi") in a present-tense clause takes no direction from the verb, which tells of
    something else: it is the nearest such day."""
    if match.head_pos in NOMINAL and match.tense in {PRESENT, None}:
        return None
    return match.tense


def _habitual(match: Match, relation: str | None) -> bool:
    """"le lundi" with nothing to single one Monday out, outside a past narrative ("Le lundi, il est reparti"), is
    every Monday: "la piscine est fermée le lundi"."""
    det = (match.groups.get("det") or "").lower()
    return det in {"le", "les"} and relation is None and not match.groups.get("clock") and match.tense != PAST


@normaliser("deictic")
def _deictic(match: Match, context: Context) -> Value:
    word = match.groups["word"]
    offset = context.grammar.word("deictic_days", word)
    if offset == 0 and _means_nowadays(match):
        return Value("DATE", "PRESENT_REF")
    pivot = context.reference.day
    day = pivot + dt.timedelta(days=offset) if pivot else None
    return _with_time(Value("DATE", _day_value(day), day), match, context)


def _means_nowadays(match: Match) -> bool:
    """"aujourd'hui" in a present-tense clause, or qualifying an adjective ("aujourd'hui forte de"), is
    "nowadays", not a day."""
    if match.groups.get("part") or match.groups.get("clock"):
        return False
    return match.tense == PRESENT or match.head_pos == "ADJ"


@normaliser("relative_period")
def _relative_period(match: Match, context: Context) -> Value | None:
    g, ref, grammar = match.groups, context.reference, context.grammar
    period = grammar.word("periods", g["unit"])
    relation_text = g.get("relation") or ""
    relation = _relation(grammar, relation_text)
    demonstrative = grammar.word("this_period", g.get("det") or "") is not None
    if relation is None and not demonstrative and not relation_text and not g.get("edge"):
        return None  # "l'année", "la semaine" alone name no particular period
    offset = {PAST: -1, FUTURE: 1}.get(relation, 0)
    if period == "year":
        return Value("DATE", f"{ref.year + offset}" if ref.year else "XXXX")
    if period == "month":
        if ref.year and ref.month:
            year, month = shift_month(ref.year, ref.month, offset)
            return Value("DATE", f"{year}-{month:02d}")
        return Value("DATE", "XXXX-XX")
    if period in {"week", "weekend"}:
        suffix = "-WE" if period == "weekend" else ""
        if ref.day is None:
            return Value("DATE", f"XXXX-WXX{suffix}")
        return Value("DATE", iso_week(ref.day + dt.timedelta(weeks=offset)) + suffix)
    if period in {"quarter", "half"}:
        size, letter = (3, "Q") if period == "quarter" else (6, "H")
        if not (ref.year and ref.month):
            return Value("DATE", f"XXXX-{letter}X")
        index = (ref.month - 1) // size + offset
        count = 12 // size
        return Value("DATE", f"{ref.year + index // count}-{letter}{index % count + 1}")
    if period == "decade":
        return Value("DATE", f"{(ref.year + 10 * offset) // 10}X" if ref.year else "XXXX")
    if period == "century":
        return Value("DATE", f"{ref.year // 100 + offset:02d}XX" if ref.year else "XXXX")
    return None


@normaliser("offset")
def _offset(match: Match, context: Context) -> Value | None:
    """"il y a trois jours" (three days before the publication date), "dans deux semaines" (two weeks after), at
    the precision of the unit: a day, an ISO week, a month or a year."""
    g, pivot = match.groups, context.reference.day
    amount = _number(context.grammar, g["number"])
    if amount is None:
        return None
    amount = amount * context.grammar.word("offset_directions", g["direction"])
    symbol = context.grammar.word("units", g["unit"])["symbol"]
    if pivot is None:
        return Value("DATE", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(symbol, "XXXX"))
    if symbol == "D":
        day = pivot + dt.timedelta(days=amount)
        return Value("DATE", day.isoformat(), day)
    if symbol == "W":
        return Value("DATE", iso_week(pivot + dt.timedelta(weeks=amount)))
    if symbol == "M":
        year, month = shift_month(pivot.year, pivot.month, amount)
        return Value("DATE", f"{year}-{month:02d}")
    return Value("DATE", f"{pivot.year + amount}")


@normaliser("anaphoric")
def _anaphoric(match: Match, context: Context) -> Value:
    g = match.groups
    if g.get("this"):
        day = context.anchor or context.reference.day
        return Value("DATE", _day_value(day), day)
    if g.get("part_only"):
        code = context.grammar.word("parts_of_day", g["part_only"])
        return Value("TIME", f"{_day_value(context.anchor)}T{code}", context.anchor)
    if g.get("that"):
        return _period_of(g["that"], context.anchor)
    offset = context.grammar.word("anaphoric_days", g["word"])
    if context.anchor is None and context.anchor_named:
        named = _shift_underspecified(context.anchor_named, offset)
        return _with_time(Value("DATE", named or _day_value(None), named=named), match, context)
    day = context.anchor + dt.timedelta(days=offset) if context.anchor else None
    return _with_time(Value("DATE", _day_value(day), day), match, context)


_UNDATED_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
_UNDATED_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")


def _shift_underspecified(named: str, offset: int) -> str | None:
    """"le lendemain" of a day known without its year ("le 12 mars" → XXXX-03-13) or as a weekday only ("mardi"
    → XXXX-WXX-3); None when the shift cannot be told (the day after 28 February of an unknown year)."""
    if match := _UNDATED_DAY.fullmatch(named):
        day = safe_date(2001, int(match[1]), int(match[2]))  # a common year: 29 February is not shifted
        if day is None:
            return None
        shifted = day + dt.timedelta(days=offset)
        ends = {(day.month, day.day), (shifted.month, shifted.day)}
        if shifted.year != day.year or (offset and ends & {(2, 28), (3, 1)}):
            return None  # across a New Year or the end of February of an unknown year
        return f"XXXX-{shifted.month:02d}-{shifted.day:02d}"
    if match := _UNDATED_WEEKDAY.fullmatch(named):
        return f"XXXX-WXX-{(int(match[1]) - 1 + offset) % 7 + 1}"
    return None


def _period_of(text: str, anchor: dt.date | None) -> Value:
    """"cette année-là", "le même mois", "la même semaine": the year, month or week of the day the text is
    about."""
    words = text.lower().split()
    if "année" in words[-1]:
        return Value("DATE", f"{anchor.year}" if anchor else "XXXX")
    if "mois" in words[-1]:
        return Value("DATE", f"{anchor.year}-{anchor.month:02d}" if anchor else "XXXX-XX")
    return Value("DATE", iso_week(anchor) if anchor else "XXXX-WXX")


@normaliser("clock")
def _clock_time(match: Match, context: Context) -> Value:
    g = match.groups
    if g.get("noon"):
        clock = context.grammar.word("clock_words", g["noon"])
    else:
        later = context.grammar.word("meridiems", " ".join(g["meridiem"].split())) if g.get("meridiem") else 0
        clock = _clock(g.get("clock") or g["clock_words"], later or 0)
    text, day, named = context.anchor_value()
    return Value("TIME", f"{text}T{clock}", day, named)


@normaliser("part_of_day")
def _part_of_day(match: Match, context: Context) -> Value:
    g = match.groups
    text, day, named = context.anchor_value()
    if g.get("whole_day"):
        return Value("DATE", text, day, named)  # "plus tôt dans la journée": that day
    if g.get("this_night") and context.anchor is None and day is not None and match.tense == PAST:
        day = day - dt.timedelta(days=1)  # "cette nuit, un incendie a détruit…": the night before the morning
        text = day.isoformat()
    if g.get("day_edge"):
        code = context.grammar.word("day_edges", g["day_edge"])
    else:
        code = context.grammar.word("parts_of_day", g.get("part") or g.get("late_part") or g["this_night"])
    return Value("TIME", f"{text}T{code}", day, named)


@normaliser("duration")
def _duration(match: Match, context: Context) -> Value | None:
    g, grammar = match.groups, context.grammar
    if g.get("fraction"):
        return Value("DURATION", grammar.word("fractions", " ".join(g["fraction"].split())))
    unit = grammar.word("units", g["unit"])
    if g.get("number"):
        amount = _number(grammar, g["number"].replace(",", "."))
        if amount is None:
            try:
                amount = float(g["number"].replace(",", "."))
            except ValueError:
                return None
    elif g.get("approx"):
        amount = grammar.word("approximate_counts", g["approx"])
    else:
        return Value("DURATION", f"{'PT' if unit.get('clock') else 'P'}X{unit['symbol']}")
    return Value("DURATION", _amount_value(amount + (0.5 if g.get("half") else 0), unit))


def _amount_value(amount: float, unit: dict) -> str:
    """"P2.5Y" for "deux ans et demi", but "PT1H30M" for "une heure et demie": ISO writes minutes, not a fraction
    of an hour."""
    if unit.get("clock") and unit["symbol"] == "H" and amount % 1:
        return f"PT{int(amount)}H{round(amount % 1 * 60)}M"
    return f"{'PT' if unit.get('clock') else 'P'}{amount:g}{unit['symbol']}"


@normaliser("set")
def _set(match: Match, context: Context) -> Value | None:
    g = match.groups
    if g.get("adjective"):
        word = g["adjective"].lower()
        frequencies = context.grammar.vocabulary["frequencies"]
        stem = next((stem for stem in frequencies if word.startswith(stem)), None)
        return Value("SET", frequencies[stem]) if stem else None
    unit = g["unit"].lower().rstrip("s")
    count = _number(context.grammar, g["number"]) if g.get("number") else 1
    weekday = context.grammar.word("weekdays", unit)
    if weekday:
        return Value("SET", f"XXXX-WXX-{weekday}")
    part = context.grammar.word("parts_of_day", unit)
    if part:
        return Value("SET", f"XXXX-XX-XXT{part}")
    symbol = context.grammar.word("units", g["unit"]) or context.grammar.word("units", unit)
    if symbol is None:
        return None
    return Value("SET", f"{'PT' if symbol.get('clock') else 'P'}{count}{symbol['symbol']}")


@normaliser("literal")
def _literal(match: Match, context: Context) -> Value:
    return Value(match.rule.type, match.rule.value)


@normaliser("season")
def _season(match: Match, context: Context) -> Value:
    g, ref = match.groups, context.reference
    code = context.grammar.word("seasons", g["season"])
    relation = _relation(context.grammar, g.get("relation"))
    if g.get("year"):
        year = int(g["year"])
    elif relation is None:
        year = _year_by_tense(ref, _clause_tense(match), *context.grammar.vocabulary["season_months"][code])
    else:
        year = ref.year + (-1 if relation == PAST else 1) if ref.year else None
    return Value("DATE", f"{year}-{code}" if year else f"XXXX-{code}")


def _clause_tense(match: Match) -> str | None:
    """The tense of the clause, None where the expression qualifies a noun ("une fusion à l'automne inquiétait")
    or the tense is only an adjectival participle's: the verb tells of something else."""
    return None if match.participle_tense or match.head_pos in NOMINAL else match.tense


def _year_by_tense(ref: Reference, tense: str | None, first: int, last: int) -> int | None:
    """The year of a part of the year (months ``first`` to ``last``) named without one: the year of publication,
    unless the tense says the part is the previous one ("cet été, la piscine a accueilli…" written in January)
    or the next one ("au printemps, la route sera refaite" written in October)."""
    if not ref.year or not ref.month:
        return ref.year
    if tense == PAST and first > ref.month:
        return ref.year - 1
    if tense == FUTURE and last < ref.month and first <= last:
        return ref.year + 1
    return ref.year


@normaliser("holiday")
def _holiday(match: Match, context: Context) -> Value:
    g, ref = match.groups, context.reference
    rule = context.grammar.word("holidays", " ".join(g["holiday"].lower().split()))

    def on(year: int) -> dt.date:
        if "fixed" in rule:
            month, day = (int(part) for part in rule["fixed"].split("-"))
            return dt.date(year, month, day)
        return easter(year) + dt.timedelta(days=rule["easter"])

    if g.get("year"):
        day = on(int(g["year"]))
    elif ref.pivot is not None:
        day = nearest_year(on, ref.pivot, match.tense)
    elif ref.year:
        day = on(ref.year)
    else:
        fixed = rule.get("fixed")
        return Value("DATE", f"XXXX-{fixed}" if fixed else "XXXX-XX-XX")
    return Value("DATE", day.isoformat(), day)


@normaliser("part_of_year")
def _part_of_year(match: Match, context: Context) -> Value:
    g = match.groups
    letter = "H" if context.grammar.word("periods", g["period"]) == "half" else "Q"
    ordinal = context.grammar.word("ordinals", g["ordinal"]) or 1
    index = (2 if letter == "H" else 4) if ordinal == -1 else ordinal
    size = 6 if letter == "H" else 3
    year = g.get("year") or _year_by_tense(context.reference, _clause_tense(match), size * (index - 1) + 1, size * index)
    return Value("DATE", f"{year or 'XXXX'}-{letter}{index}")


@normaliser("decade")
def _decade(match: Match, context: Context) -> Value:
    digits = match.groups["decade"]
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return Value("DATE", f"{digits[:3]}X")


_ROMAN = {"I": 1, "V": 5, "X": 10}


@normaliser("century")
def _century(match: Match, context: Context) -> Value:
    """"XIXe siècle" → "18XX": the hundreds the years of the century begin with."""
    ordinal = match.groups["ordinal"].upper()
    number = int(ordinal) if ordinal.isdigit() else _roman(ordinal)
    return Value("DATE", f"{number - 1:02d}XX")


def _roman(text: str) -> int:
    values = [_ROMAN[letter] for letter in text]
    return sum(-value if value < following else value for value, following in zip(values, values[1:] + [0]))


__all__ = ["Context", "Match", "NORMALISERS", "PAST", "PRESENT", "FUTURE", "Value", "normalise"]
