"""Importing entities from a Wikidata JSON dump into the KB.

The official dump (``latest-all.json.gz`` / ``.bz2``) is one JSON array with one entity per line, each line
ending with ``,``. It is streamed line by line, never loaded whole. For each item the importer takes its QID,
French and English labels and aliases, ``P31`` (instance of) mapped to a KB type through
``data/wikidata_types.tsv``, ``P17`` (country) or ``P27`` (citizenship) for its country, and ``P39`` (position
held) with ``P580``/``P582`` (start/end) qualifiers mapped to roles through ``data/wikidata_positions.tsv``.
Items with no mapped type are skipped. Imported rows are marked ``source='import'`` and survive seed rebuilds;
an item that is already a seed entity keeps its seed facts and only gains aliases and roles.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterator

from ..errors import KnowledgeBaseError
from .build import build_lock, ensure_built, type_prior
from .normalize import normalize_alias
from .seed import COARSE_LABEL, load_seed

LANGS = ("fr", "en")


def _open_dump(path: Path) -> io.TextIOBase:
    name = path.name.lower()
    if name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    if name.endswith(".bz2"):
        return io.TextIOWrapper(bz2.open(path, "rb"), encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_dump(path: str | os.PathLike) -> Iterator[dict]:
    """The entities of a dump, one at a time (the enclosing ``[``/``]`` and trailing commas are dropped)."""
    path = Path(path)
    try:
        fh = _open_dump(path)
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read the dump {path}: {exc}") from exc
    with fh:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, start=1):
                line = line.strip()
                if line in ("", "[", "]"):
                    continue
                if line.endswith(","):
                    line = line[:-1]
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise KnowledgeBaseError(f"{path}:{lineno}: not a JSON entity: {exc}") from exc
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{path}:{lineno}: cannot read the dump: {exc}") from exc


def _item_ids(claims: dict, prop: str) -> list[str]:
    out = []
    for st in claims.get(prop, ()):
        if st.get("rank") == "deprecated":
            continue
        snak = st.get("mainsnak", {})
        if snak.get("snaktype") != "value":
            continue
        value = snak.get("datavalue", {}).get("value")
        if isinstance(value, dict) and value.get("id"):
            out.append(value["id"])
        elif isinstance(value, dict) and "numeric-id" in value:
            out.append(f"Q{value['numeric-id']}")
    return out


def _time(snak: dict) -> str | None:
    """A Wikidata time value as YYYY, YYYY-MM or YYYY-MM-DD according to its precision."""
    if snak.get("snaktype") != "value":
        return None
    value = snak.get("datavalue", {}).get("value", {})
    raw = value.get("time") if isinstance(value, dict) else None
    if not raw or raw.startswith("-"):
        return None
    date = raw.lstrip("+").split("T")[0]
    try:
        year, month, day = date.split("-")
    except ValueError:
        return None
    precision = value.get("precision", 11)
    if precision <= 9 or month == "00":
        return year.zfill(4)
    if precision == 10 or day == "00":
        return f"{year.zfill(4)}-{month}"
    return f"{year.zfill(4)}-{month}-{day}"


def _qualifier_time(statement: dict, prop: str) -> str | None:
    for snak in statement.get("qualifiers", {}).get(prop, ()):
        t = _time(snak)
        if t:
            return t
    return None


def import_wikidata_dump(kb_path: str | os.PathLike, dump_path: str | os.PathLike, *,
                         progress: Callable[[int, int], None] | None = None,
                         data_dir: str | os.PathLike | None = None,
                         batch_size: int = 5000) -> dict[str, int]:
    """Stream ``dump_path`` into the KB at ``kb_path`` (built first if needed); returns counts.

    ``progress(items_read, items_imported)`` is called every ``batch_size`` items and at the end.
    """
    kb_path = Path(kb_path)
    ensure_built(kb_path, data_dir)
    seed = load_seed(data_dir)
    types = seed.wikidata_types
    positions = seed.wikidata_positions
    counts = {"read": 0, "imported": 0, "updated": 0, "skipped": 0, "aliases": 0, "roles": 0}
    with build_lock(kb_path):
        try:
            conn = sqlite3.connect(kb_path)
        except sqlite3.Error as exc:
            raise KnowledgeBaseError(f"cannot open the knowledge base {kb_path}: {exc}") from exc
        try:
            iso3_of = dict(conn.execute("SELECT qid, iso3 FROM country"))
            existing = {r[0]: r[1] for r in conn.execute("SELECT qid, source FROM entity")}
            for n, item in enumerate(iter_dump(dump_path), start=1):
                counts["read"] += 1
                _import_item(conn, item, types, positions, iso3_of, existing, counts)
                if n % batch_size == 0:
                    conn.commit()
                    if progress:
                        progress(counts["read"], counts["imported"])
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                         (f"import:{Path(dump_path).name}", time.strftime("%Y-%m-%dT%H:%M:%S%z")))
            conn.commit()
        except sqlite3.Error as exc:
            conn.rollback()
            raise KnowledgeBaseError(f"cannot import {dump_path} into {kb_path}: {exc}") from exc
        finally:
            conn.close()
    if progress:
        progress(counts["read"], counts["imported"])
    return counts


def _import_item(conn, item, types, positions, iso3_of, existing, counts) -> None:
    """One dump item: an entity of a kept class (``wikidata_types.tsv``) with its names in veille's languages, its
    aliases and the positions it held (``wikidata_positions.tsv``); anything else is skipped."""
    qid = item.get("id", "")
    claims = item.get("claims") or {}
    mapped = [types[c] for c in _item_ids(claims, "P31") if c in types] if qid.startswith("Q") else []
    labels = item.get("labels") or {}
    name = labels.get("fr", {}).get("value") or labels.get("en", {}).get("value")
    if item.get("type") != "item" or not mapped or not name:
        counts["skipped"] += 1
        return
    type_, subtype = min(mapped, key=lambda ts: type_prior(*ts))
    _import_entity(conn, qid, name, labels.get("en", {}).get("value"), type_, subtype,
                   _country(claims, iso3_of), existing, counts)
    _import_aliases(conn, qid, labels, item.get("aliases") or {}, counts)
    _import_roles(conn, qid, claims.get("P39", ()), positions, counts)


def _country(claims: dict, iso3_of: dict[str, str]) -> str | None:
    """The ISO alpha-3 code of the item's country (P17), else of its citizenship (P27)."""
    for prop in ("P17", "P27"):
        for country in _item_ids(claims, prop):
            if country in iso3_of:
                return iso3_of[country]
    return None


def _import_entity(conn, qid, name, name_en, type_, subtype, country, existing, counts) -> None:
    """Insert the entity, or update one an earlier import made (a seed entity is never overwritten)."""
    label, prior = COARSE_LABEL[type_], type_prior(type_, subtype)
    if qid in existing:
        counts["updated"] += 1
        if existing[qid] == "import":
            conn.execute("UPDATE entity SET name=?, name_en=?, label=?, type=?, country=?, subtype=?, prior=? "
                         "WHERE qid=?", (name, name_en, label, type_, country, subtype, prior, qid))
        return
    conn.execute("INSERT INTO entity(qid, name, name_en, label, type, country, subtype, prior, source) "
                 "VALUES (?,?,?,?,?,?,?,?,'import')", (qid, name, name_en, label, type_, country, subtype, prior))
    existing[qid] = "import"
    counts["imported"] += 1


def _import_aliases(conn, qid: str, labels: dict, aliases: dict, counts) -> None:
    """The item's labels and aliases in veille's languages, as aliases."""
    surfaces: list[tuple[str, str]] = []
    for lang in LANGS:
        if lang in labels:
            surfaces.append((labels[lang]["value"], lang))
        for alias in aliases.get(lang, ()):
            surfaces.append((alias.get("value", ""), lang))
    for surface, lang in surfaces:
        key = normalize_alias(surface)
        if key:
            cur = conn.execute("INSERT OR IGNORE INTO alias(key, surface, qid, lang, source) "
                               "VALUES (?,?,?,?,'import')", (key, surface, qid, lang))
            counts["aliases"] += cur.rowcount


def _import_roles(conn, qid: str, statements, positions, counts) -> None:
    """The positions held (P39) that veille maps, with their start and end, each role once."""
    for st in statements:
        if st.get("rank") == "deprecated":
            continue
        pos_ids = _item_ids({"P39": [st]}, "P39")
        if not pos_ids or pos_ids[0] not in positions:
            continue
        position, of_qid, title_fr = positions[pos_ids[0]]
        start, end = _qualifier_time(st, "P580"), _qualifier_time(st, "P582")
        dup = conn.execute('SELECT 1 FROM role WHERE person_qid=? AND position=? AND of_qid=? '
                           'AND coalesce(start, "")=? AND coalesce("end", "")=?',
                           (qid, position, of_qid, start or "", end or "")).fetchone()
        if dup:
            continue
        conn.execute('INSERT INTO role(person_qid, position, of_qid, start, "end", title_fr, source) '
                     "VALUES (?,?,?,?,?,?,'import')", (qid, position, of_qid, start, end, title_fr))
        counts["roles"] += 1
