"""Read access to the entity knowledge base (one SQLite file).

    kb = KnowledgeBase.open()              # builds the file from the seed data on first use
    kb.lookup("l’Otan")                    # [KBEntry(qid='Q7184', name='Otan', ... type='IGO')]
    kb.demonym("nord-coréen")              # Demonym(text='nord-coréen', country_qid='Q423', pos='adj', ...)
    kb.role_holders("head_of_state", "Q159", date(2024, 6, 18))   # [Role(person_qid='Q7747', ...)]

Entity ids are Wikidata QIDs, or local ids ``veille:...`` for the few seed entities whose QID is not known.
"""

from __future__ import annotations

import calendar
import datetime
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .. import settings
from ..errors import KnowledgeBaseError
from .build import ensure_built, stats_of
from .normalize import normalize_alias, strip_determiner


@dataclass(frozen=True)
class KBEntry:
    qid: str
    name: str
    name_en: str | None
    label: str
    type: str
    country: str | None
    subtype: str | None


@dataclass(frozen=True)
class Demonym:
    text: str
    country_qid: str
    country_name: str
    pos: str
    gender: str
    number: str


def _parse_bound(value: str | None, *, end: bool) -> datetime.date | None:
    """A partial date covers its whole month or year: as a start it is the first day, as an end the last."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return datetime.date(year, 12, 31) if end else datetime.date(year, 1, 1)
    month = parts[1]
    if len(parts) == 2:
        return datetime.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    return datetime.date(year, month, parts[2])


@dataclass(frozen=True)
class Role:
    person_qid: str
    person_name: str
    position: str
    of_qid: str
    start: str | None
    end: str | None
    title_fr: str | None

    def active_on(self, day: datetime.date) -> bool:
        """Whether the role was held on ``day``; both bounds are inclusive and may be open."""
        start = _parse_bound(self.start, end=False)
        end = _parse_bound(self.end, end=True)
        return (start is None or start <= day) and (end is None or day <= end)


_ENTRY_COLS = "e.qid, e.name, e.name_en, e.label, e.type, e.country, e.subtype"


class KnowledgeBase:
    """A read-only view of the KB file. Use :meth:`open`; close it (or use it as a context manager) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> "KnowledgeBase":
        path = Path(path).expanduser() if path is not None else settings.resolve().kb_path
        ensure_built(path)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT 1 FROM entity LIMIT 1")
        except sqlite3.Error as exc:
            raise KnowledgeBaseError(f"cannot open the knowledge base {path}: {exc}") from exc
        return cls(conn, path)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> "KnowledgeBase":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- entities ---------------------------------------------------------------------------------------

    def get(self, qid: str) -> KBEntry | None:
        row = self._conn.execute(f"SELECT {_ENTRY_COLS} FROM entity e WHERE e.qid = ?", (qid,)).fetchone()
        return KBEntry(*row) if row else None

    def lookup(self, text: str) -> list[KBEntry]:
        """Every entry with this alias (same normalised key), best first: an entry whose name or one of whose
        aliases has exactly this spelling first, then by type (country > territory > capital > city > region >
        IGO > organisation > media > person), seed facts before imported ones."""
        key = normalize_alias(text)
        if not key:
            return []
        bare = strip_determiner(text)
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLS}, e.prior, e.source, "
            "  max(CASE WHEN a.surface IN (?, ?) THEN 1 ELSE 0 END) AS exact_alias "
            "FROM alias a JOIN entity e ON e.qid = a.qid WHERE a.key = ? GROUP BY e.qid",
            (text.strip(), bare, key)).fetchall()

        def rank(row):
            name, name_en, prior, source, exact_alias = row[1], row[2], row[7], row[8], row[9]
            exact = 0 if text.strip() in (name, name_en) or bare in (name, name_en) else (1 if exact_alias else 2)
            return (exact, prior, source != "seed", row[0])

        return [KBEntry(*row[:7]) for row in sorted(rows, key=rank)]

    def aliases(self) -> Iterator[tuple[str, str]]:
        """``(surface form, qid)`` for every alias (names included), e.g. to build a phrase matcher."""
        yield from self._conn.execute("SELECT surface, qid FROM alias")

    def entries(self, type_: str | None = None) -> Iterator[KBEntry]:
        """Every entry, or every entry of one type."""
        if type_ is None:
            cur = self._conn.execute(f"SELECT {_ENTRY_COLS} FROM entity e")
        else:
            cur = self._conn.execute(f"SELECT {_ENTRY_COLS} FROM entity e WHERE e.type = ?", (type_,))
        for row in cur:
            yield KBEntry(*row)

    def country(self, iso3_or_qid: str) -> KBEntry | None:
        """A country or territory by ISO alpha-2/alpha-3 code or QID."""
        row = self._conn.execute("SELECT qid FROM country WHERE iso3 = ? OR iso2 = ? OR qid = ?",
                                 (iso3_or_qid.upper(), iso3_or_qid.upper(), iso3_or_qid)).fetchone()
        return self.get(row[0]) if row else None

    def capital_of(self, country_qid: str) -> KBEntry | None:
        row = self._conn.execute("SELECT capital_qid FROM country WHERE qid = ?", (country_qid,)).fetchone()
        return self.get(row[0]) if row and row[0] else None

    # -- demonyms ---------------------------------------------------------------------------------------

    def demonym(self, text: str) -> Demonym | None:
        """The demonym or nationality adjective spelled ``text`` ("Américains", "les Russes", "nord-coréen").

        Lookup uses the normalised key; when both a noun and an adjective share it, the capitalisation decides:
        a capital initial is the noun ("les Russes"), a lowercase one the adjective ("l'armée russe").
        """
        key = normalize_alias(text)
        if not key:
            return None
        rows = self._conn.execute(
            "SELECT d.text, d.country_qid, coalesce(e.name, d.country_qid), d.pos, d.gender, d.number, d.rank "
            "FROM demonym d LEFT JOIN entity e ON e.qid = d.country_qid WHERE d.key = ?", (key,)).fetchall()
        if not rows:
            return None
        bare = strip_determiner(text)
        first = next((ch for ch in bare if ch.isalpha()), "")
        want = "noun" if first.isupper() else "adj"

        def rank(row):
            return (row[0] != bare, row[3] != want, row[6])

        best = min(rows, key=rank)
        return Demonym(*best[:6])

    def demonyms(self) -> Iterator[Demonym]:
        cur = self._conn.execute(
            "SELECT d.text, d.country_qid, coalesce(e.name, d.country_qid), d.pos, d.gender, d.number "
            "FROM demonym d LEFT JOIN entity e ON e.qid = d.country_qid ORDER BY d.rank")
        for row in cur:
            yield Demonym(*row)

    def actor_codes(self) -> dict[str, str]:
        """The CAMEO actor code of each organisation or region that has one (``data/actor_codes.tsv``)."""
        return dict(self._conn.execute("SELECT qid, code FROM actor_code"))

    # -- roles ------------------------------------------------------------------------------------------

    _ROLE_SQL = ('SELECT r.person_qid, coalesce(e.name, r.person_qid), r.position, r.of_qid, r.start, r."end", '
                 "r.title_fr, r.source FROM role r LEFT JOIN entity e ON e.qid = r.person_qid ")

    @staticmethod
    def _dedupe(rows) -> list[Role]:
        """Seed rows first; an imported role that repeats a seed one (same person, post and start year) is dropped."""
        seen: set[tuple] = set()
        out = []
        for row in sorted(rows, key=lambda r: (r[7] != "seed", r[4] or "", r[0])):
            k = (row[0], row[2], row[3], (row[4] or "")[:4])
            if k in seen:
                continue
            seen.add(k)
            out.append(Role(*row[:7]))
        out.sort(key=lambda r: (r.start or "", r.person_qid))
        return out

    def roles_of(self, qid: str) -> list[Role]:
        return self._dedupe(self._conn.execute(self._ROLE_SQL + "WHERE r.person_qid = ?", (qid,)).fetchall())

    def role_holders(self, position: str, of_qid: str, on: datetime.date | None = None) -> list[Role]:
        """Holders of ``position`` of ``of_qid`` (a country or organisation), on a day or (``on=None``) ever."""
        roles = self._dedupe(self._conn.execute(self._ROLE_SQL + "WHERE r.position = ? AND r.of_qid = ?",
                                                (position, of_qid)).fetchall())
        if on is not None:
            roles = [r for r in roles if r.active_on(on)]
        return roles

    # -- bookkeeping ------------------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        return stats_of(self._conn)

    def meta(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM meta"))
