"""Calendar arithmetic the normalisers share: the reference date, choosing a year or a weekday by tense, ISO values.

French news dates things against the publication date (DCT): "mardi" is the last Tuesday in a past-tense sentence
and the next one in a future-tense sentence; "le 15 juin" is the 15 June nearest the DCT in the direction of the
tense. When only the year (or year and month) of the DCT is known, calendar dates take it but day deixis cannot be
resolved and stays underspecified (``XXXX-WXX-2``), as ISO-TimeML asks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True)
class Reference:
    """What is known of the publication date: a whole day, or only a year (and month)."""

    day: dt.date | None = None
    year: int | None = None
    month: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Reference:
        """``YYYY-MM-DD`` → a day; ``YYYY-MM`` or ``YYYY`` → a partial reference; None → nothing known."""
        if not value:
            return cls()
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return cls(day, day.year, day.month)
        return cls(None, parts[0], parts[1] if len(parts) > 1 else None)

    @property
    def pivot(self) -> dt.date | None:
        """A day to measure distances from: the DCT, else the middle of its known month (None if no month)."""
        if self.day:
            return self.day
        if self.year and self.month:
            return dt.date(self.year, self.month, 15)
        return None


def pick(candidates: list[dt.date], pivot: dt.date, tense: str | None, reach: int | None = None) -> dt.date:
    """The candidate nearest ``pivot`` in the direction of the tense (on or before it for the past, on or after
    it for the future), or the nearest one either way when the tense says nothing — or when the one in the
    tense's direction lies more than ``reach`` days away: "a donné jusqu'au 30 juin", written in May, is a
    deadline to come, not last year's June."""
    if tense == PAST:
        before = [day for day in candidates if day <= pivot]
        if before and (reach is None or (pivot - max(before)).days <= reach):
            return max(before)
    if tense == FUTURE:
        after = [day for day in candidates if day >= pivot]
        if after and (reach is None or (min(after) - pivot).days <= reach):
            return min(after)
    return min(candidates, key=lambda day: (abs((day - pivot).days), day < pivot))


# How far back a past tense (or ahead a future one) sends a date without a year: nine months. "a validé en
# février", written in October, is last February; but "a donné jusqu'au 30 juin", written in May, is a deadline to
# come, not the June eleven months before — a date that old would have been given its year or "dernier".
TENSE_REACH = 275


def nearest_year(
    make: Callable[[int], dt.date | None], pivot: dt.date, tense: str | None, reach: int | None = TENSE_REACH
) -> dt.date | None:
    """The date ``make(year)`` for the year around ``pivot`` that ``pick`` prefers, the tense reaching nine months
    at most unless told otherwise (None: no such date)."""
    candidates = [day for year in (pivot.year - 1, pivot.year, pivot.year + 1) if (day := make(year))]
    return pick(candidates, pivot, tense, reach=reach) if candidates else None


def weekday_near(pivot: dt.date, isoweekday: int, tense: str | None, relation: str | None) -> dt.date:
    """The day of the week ``isoweekday`` meant against ``pivot``: "dernier" strictly before, "prochain" strictly
    after, otherwise by tense (the same day counts). In the present tense a weekday is one to come: news
    announces with it ("le conseil se réunit lundi")."""
    candidates = [pivot + dt.timedelta(days=offset) for offset in range(-7, 8)]
    candidates = [day for day in candidates if day.isoweekday() == isoweekday]
    if relation == PAST:
        return max(day for day in candidates if day < pivot)
    if relation == FUTURE:
        return min(day for day in candidates if day > pivot)
    return pick(candidates, pivot, FUTURE if tense == PRESENT else tense)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1
