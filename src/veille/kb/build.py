"""Building the SQLite knowledge base file from the seed data.

The file is always written to a temporary file beside the target and moved into place with an atomic rename,
so a reader never sees half a KB and two processes building at once both end with a complete file. Rows that
``import_wikidata_dump`` added (``source = 'import'``) are carried over from the old file on every rebuild.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
import time
import warnings
from pathlib import Path
from typing import Callable, TypeVar

from ..errors import KnowledgeBaseError
from .normalize import normalize_alias
from .seed import COARSE_LABEL, SEED_FILES, Seed, data_file, load_seed

SCHEMA_VERSION = "2"
T = TypeVar("T")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entity (
    qid     TEXT PRIMARY KEY,          -- a Wikidata QID, or a local id 'veille:...' where the QID is not known
    name    TEXT NOT NULL,             -- usual French name
    name_en TEXT,
    label   TEXT NOT NULL,             -- PER | ORG | LOC | MISC
    type    TEXT NOT NULL,             -- PERSON, COUNTRY, TERRITORY, CITY, REGION, CONTINENT, IGO, ORG, ...
    country TEXT,                      -- ISO 3166-1 alpha-3
    subtype TEXT,
    prior   INTEGER NOT NULL,          -- lookup rank of the type: lower is preferred
    source  TEXT NOT NULL              -- 'seed' | 'import'
);
CREATE INDEX entity_type ON entity(type);
CREATE TABLE alias (
    key     TEXT NOT NULL,             -- normalize_alias(surface)
    surface TEXT NOT NULL,
    qid     TEXT NOT NULL,
    lang    TEXT,
    source  TEXT NOT NULL,
    PRIMARY KEY (key, qid, surface)
) WITHOUT ROWID;
CREATE INDEX alias_qid ON alias(qid);
CREATE TABLE country (
    qid         TEXT PRIMARY KEY,
    iso2        TEXT,
    iso3        TEXT NOT NULL UNIQUE,
    numeric     TEXT,
    capital_qid TEXT,
    sovereign   INTEGER NOT NULL,
    official_fr TEXT,
    official_en TEXT
);
CREATE TABLE demonym (
    key         TEXT NOT NULL,         -- normalize_alias(text)
    text        TEXT NOT NULL,
    country_qid TEXT NOT NULL,
    pos         TEXT NOT NULL,         -- noun | adj
    gender      TEXT NOT NULL,         -- m | f
    number      TEXT NOT NULL,         -- sg | pl
    rank        INTEGER NOT NULL,
    source      TEXT NOT NULL
);
CREATE INDEX demonym_key ON demonym(key);
CREATE TABLE role (
    person_qid TEXT NOT NULL,
    position   TEXT NOT NULL,
    of_qid     TEXT NOT NULL,
    start      TEXT,                   -- YYYY, YYYY-MM or YYYY-MM-DD
    "end"      TEXT,
    title_fr   TEXT,
    source     TEXT NOT NULL
);
CREATE INDEX role_person ON role(person_qid);
CREATE INDEX role_position ON role(position, of_qid);
CREATE TABLE actor_code (
    qid  TEXT PRIMARY KEY,             -- an organisation or region (countries take their ISO alpha-3 code)
    code TEXT NOT NULL                 -- its CAMEO actor code: NATO, UNO, EUR…
);
"""

TYPE_PRIOR = {
    "COUNTRY": 0, "TERRITORY": 1, "CITY": 3, "CONTINENT": 4, "REGION": 4, "IGO": 5, "ORG": 6, "PARTY": 6,
    "COMPANY": 6, "ARMED_GROUP": 6, "MEDIA": 7, "EVENT": 7, "PERSON": 8,
}
CAPITAL_PRIOR = 2


def type_prior(type_: str, subtype: str | None) -> int:
    if type_ == "CITY" and subtype == "capital":
        return CAPITAL_PRIOR
    return TYPE_PRIOR.get(type_, 9)


def _write_seed(conn: sqlite3.Connection, seed: Seed) -> None:
    conn.executemany(
        "INSERT INTO entity(qid, name, name_en, label, type, country, subtype, prior, source) "
        "VALUES (?,?,?,?,?,?,?,?,'seed')",
        [(e.id, e.name, e.name_en, COARSE_LABEL[e.type], e.type, e.country, e.subtype, type_prior(e.type, e.subtype))
         for e in seed.entities.values()])
    alias_rows = []
    for e in seed.entities.values():
        for surface, lang in e.aliases:
            key = normalize_alias(surface)
            if key:
                alias_rows.append((key, surface, e.id, lang))
    conn.executemany("INSERT OR IGNORE INTO alias(key, surface, qid, lang, source) VALUES (?,?,?,?,'seed')",
                     alias_rows)
    conn.executemany(
        "INSERT INTO country(qid, iso2, iso3, numeric, capital_qid, sovereign, official_fr, official_en) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [(c.qid, c.iso2, c.iso3, c.numeric, c.capital_qid, int(c.sovereign), c.official_fr, c.official_en)
         for c in seed.countries])
    conn.executemany(
        "INSERT INTO demonym(key, text, country_qid, pos, gender, number, rank, source) VALUES (?,?,?,?,?,?,?,'seed')",
        [(normalize_alias(d.text), d.text, d.of, d.pos, d.gender, d.number, d.rank) for d in seed.demonyms])
    conn.executemany(
        'INSERT INTO role(person_qid, position, of_qid, start, "end", title_fr, source) VALUES (?,?,?,?,?,?,\'seed\')',
        [(r.person, r.position, r.of, r.start, r.end, r.title_fr) for r in seed.roles])
    conn.executemany("INSERT INTO actor_code(qid, code) VALUES (?,?)", sorted(seed.actor_codes.items()))


def _copy_imported(conn: sqlite3.Connection, old_path: Path) -> None:
    """Carry the rows of an earlier import over from ``old_path`` into the new file (seed rows win)."""
    try:
        conn.execute("ATTACH DATABASE ? AS old", (str(old_path),))
    except sqlite3.Error:
        return
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM old.sqlite_master WHERE type='table'")}
        if "entity" in tables:
            conn.execute(
                "INSERT OR IGNORE INTO entity(qid, name, name_en, label, type, country, subtype, prior, source) "
                "SELECT qid, name, name_en, label, type, country, subtype, prior, source FROM old.entity "
                "WHERE source = 'import'")
        if "alias" in tables:
            conn.execute("INSERT OR IGNORE INTO alias(key, surface, qid, lang, source) "
                         "SELECT key, surface, qid, lang, source FROM old.alias WHERE source = 'import'")
        if "role" in tables:
            conn.execute('INSERT INTO role(person_qid, position, of_qid, start, "end", title_fr, source) '
                         'SELECT person_qid, position, of_qid, start, "end", title_fr, source FROM old.role '
                         "WHERE source = 'import'")
        if "meta" in tables:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) SELECT key, value FROM old.meta "
                         "WHERE key LIKE 'import:%'")
        conn.commit()
    except sqlite3.DatabaseError:
        conn.rollback()
    finally:
        conn.execute("DETACH DATABASE old")


def stats_of(conn: sqlite3.Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    for type_, n in conn.execute("SELECT type, count(*) FROM entity GROUP BY type ORDER BY type"):
        out[type_] = n
    out["entities"] = conn.execute("SELECT count(*) FROM entity").fetchone()[0]
    out["capitals"] = conn.execute("SELECT count(*) FROM entity WHERE type='CITY' AND subtype='capital'").fetchone()[0]
    out["with_qid"] = conn.execute("SELECT count(*) FROM entity WHERE qid LIKE 'Q%'").fetchone()[0]
    out["roles"] = conn.execute("SELECT count(*) FROM role").fetchone()[0]
    out["aliases"] = conn.execute("SELECT count(*) FROM alias").fetchone()[0]
    out["demonyms"] = conn.execute("SELECT count(*) FROM demonym").fetchone()[0]
    out["imported"] = conn.execute("SELECT count(*) FROM entity WHERE source='import'").fetchone()[0]
    return out


@contextlib.contextmanager
def build_lock(path: Path):
    """An advisory lock beside the KB file so that concurrent builders take turns (best effort)."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX: the atomic rename alone keeps the file whole
        yield
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def seed_hash(data_dir: str | os.PathLike | None = None) -> str:
    """A digest of the seed data files, the builder's schema version and pycountry's version: when it changes, the
    KB file is built again."""
    from importlib import metadata

    try:
        pycountry_version = metadata.version("pycountry")
    except metadata.PackageNotFoundError:  # pragma: no cover
        pycountry_version = "?"
    h = hashlib.sha256()
    h.update(f"schema={SCHEMA_VERSION};pycountry={pycountry_version}\n".encode())
    for name in SEED_FILES:
        path = data_file(name, data_dir)
        h.update(name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except FileNotFoundError:
            h.update(b"<missing>")
    return h.hexdigest()


def stored_meta(path: Path, key: str) -> str | None:
    """A value of the ``meta`` table of an existing SQLite file (the KB, the gazetteer), ``None`` when the file is
    missing or unreadable or has no such key."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def stored_seed_hash(path: Path) -> str | None:
    """The seed hash recorded in an existing KB file, ``None`` when missing or unreadable."""
    return stored_meta(path, "seed_hash")


def write_atomically(path: Path, fill: Callable[[sqlite3.Connection], T], what: str) -> T:
    """Write a SQLite file under a temporary name beside ``path`` with ``fill(conn)``, then rename it into place:
    a reader never sees half a file. ``what`` names the file in the error raised when SQLite fails."""
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            result = fill(conn)
        finally:
            conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except sqlite3.Error as exc:
        raise KnowledgeBaseError(f"cannot build {what} at {path}: {exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return result


def build_kb(path: str | os.PathLike, data_dir: str | os.PathLike | None = None) -> dict[str, int]:
    """(Re)build the KB at ``path`` from the seed data, keeping rows imported from dumps; returns its stats."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(path):
        return _build_unlocked(path, data_dir)


def _build_unlocked(path: Path, data_dir: str | os.PathLike | None) -> dict[str, int]:
    seed = load_seed(data_dir)
    digest = seed_hash(data_dir)

    def fill(conn: sqlite3.Connection) -> dict[str, int]:
        conn.executescript(SCHEMA)
        _write_seed(conn, seed)
        conn.executemany("INSERT INTO meta(key, value) VALUES (?,?)", [
            ("schema_version", SCHEMA_VERSION), ("seed_hash", digest),
            ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S%z")),
        ])
        conn.commit()
        if path.exists():
            _copy_imported(conn, path)
        stats = stats_of(conn)
        conn.execute("ANALYZE")
        conn.commit()
        return stats

    return write_atomically(path, fill, "the knowledge base")


def ensure_built(path: Path, data_dir: str | os.PathLike | None = None) -> None:
    """Build the KB if it is missing, or rebuild its seed rows if the seed data changed since it was built."""
    digest = seed_hash(data_dir)
    if stored_seed_hash(path) == digest:
        return
    stored = stored_seed_hash(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with build_lock(path):
            if stored_seed_hash(path) == digest:  # another process built it while we waited
                return
            _build_unlocked(path, data_dir)
    except OSError as exc:
        if stored is not None:  # a valid but stale KB in a place we cannot write: use it as it is
            warnings.warn(f"knowledge base {path} is older than the seed data and cannot be rebuilt: {exc}",
                          stacklevel=3)
            return
        raise KnowledgeBaseError(f"cannot build the knowledge base at {path}: {exc}") from exc
