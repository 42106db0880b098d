"""Reading and validating the authored seed facts under ``veille/kb/data/``.

Every data file is UTF-8 TSV: one or more ``#`` comment lines first (where the facts come from), then a header
row naming the columns, then one fact per row. Blank lines and later ``#`` lines are ignored. Cells that hold
several values separate them with ``|``. A row that does not validate raises :class:`veille.errors.DataFileError`
naming the file and the line (the cell validators are in ``validators``). The files are read by a table of loaders,
one per file (``LOADERS``), in an order where each may refer to those before it.
"""

from __future__ import annotations

import gettext
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..lexicon import Row, read_tsv as read_data_file
from .validators import (ISO3_RE, v_actor_code, v_aliases, v_date, v_enum, v_id, v_id_or_iso3, v_iso3, v_qid,
                         v_text)

DATA_DIR = Path(__file__).resolve().parent / "data"

POSITIONS = (
    "head_of_state", "head_of_government", "foreign_minister", "secretary_general",
    "president_of_commission", "president_of_council", "spokesperson", "adviser", "other",
)
MEDIA_TYPES = ("news_agency", "newspaper", "broadcaster", "magazine", "website")
ORG_TYPES = ("ORG", "PARTY", "COMPANY", "ARMED_GROUP")
ENTITY_TYPES = (
    "PERSON", "COUNTRY", "TERRITORY", "CITY", "REGION", "CONTINENT", "IGO", "ORG", "PARTY", "COMPANY", "MEDIA",
    "ARMED_GROUP",
)
COARSE_LABEL = {
    "PERSON": "PER", "COUNTRY": "LOC", "TERRITORY": "LOC", "CITY": "LOC", "REGION": "LOC", "CONTINENT": "LOC",
    "IGO": "ORG", "ORG": "ORG", "PARTY": "ORG", "COMPANY": "ORG", "MEDIA": "ORG", "ARMED_GROUP": "ORG",
    "EVENT": "MISC",
}

def data_file(name: str, data_dir: str | os.PathLike | None = None) -> Path:
    return Path(data_dir) / name if data_dir is not None else DATA_DIR / name


def read_tsv(
    name: str,
    columns: tuple[str, ...],
    data_dir: str | os.PathLike | None = None,
    validators: dict[str, Callable[[str], str | None]] | None = None,
    required: tuple[str, ...] = (),
) -> Iterator[Row]:
    """The validated rows of one seed data file, found by name in the data folder (or ``data_dir``)."""
    return read_data_file(data_file(name, data_dir), columns, required=required, validators=validators)


# -- the seed model -----------------------------------------------------------------------------------------

@dataclass
class SeedEntity:
    id: str
    name: str
    name_en: str | None
    type: str
    country: str | None = None
    subtype: str | None = None
    aliases: list[tuple[str, str | None]] = field(default_factory=list)  # (surface, lang)

    def add_alias(self, surface: str | None, lang: str | None = None) -> None:
        if surface:
            surface = surface.strip()
            if surface and (surface, lang) not in self.aliases:
                self.aliases.append((surface, lang))

    def add_names(self, name: str, name_en: str | None, aliases: list[str], *, lang_of_name: str | None) -> None:
        """The usual name, the English name and the extra aliases of a data row, as aliases."""
        self.add_alias(name, lang_of_name)
        self.add_alias(name_en, "en")
        for alias in aliases:
            self.add_alias(alias)


@dataclass
class SeedCountry:
    qid: str
    iso2: str | None
    iso3: str
    numeric: str | None
    capital_qid: str | None
    sovereign: bool
    official_fr: str | None
    official_en: str | None


@dataclass
class SeedRole:
    person: str
    position: str
    of: str
    start: str | None
    end: str | None
    title_fr: str | None


@dataclass
class SeedDemonym:
    text: str
    of: str
    pos: str
    gender: str
    number: str
    rank: int


@dataclass
class Seed:
    entities: dict[str, SeedEntity] = field(default_factory=dict)
    countries: list[SeedCountry] = field(default_factory=list)
    roles: list[SeedRole] = field(default_factory=list)
    demonyms: list[SeedDemonym] = field(default_factory=list)
    wikidata_types: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    wikidata_positions: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    actor_codes: dict[str, str] = field(default_factory=dict)  # entity id → CAMEO actor code

    def add(self, entity: SeedEntity, row: Row) -> None:
        if entity.id in self.entities:
            raise row.error(f"duplicate id {entity.id} (already {self.entities[entity.id].name!r})")
        self.entities[entity.id] = entity


def _french_iso() -> Callable[[str], str]:
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        return tr.gettext
    except OSError:  # pragma: no cover - pycountry always ships the French catalogue
        return lambda s: s


_INVERTED = re.compile(r", (?:Îles?|île|République|[Éé]tat|Fédération|Province|province|Islamic|Republic|Federated|"
                       r"Democratic|Plurinational|Bolivarian|United|The|U\.S\.|British|Lao|Syrienne|[a-zé])")


def _inverted(name: str | None) -> bool:
    """Whether an ISO name is in the inverted catalogue form ("Corée, République de", "Iran, Islamic Republic of")."""
    return bool(name and _INVERTED.search(name))


@dataclass
class _Reading:
    """What the loaders share while the seed is read: the seed so far, and the cross-references to check."""

    seed: Seed
    data_dir: str | os.PathLike | None
    french_iso: Callable[[str], str]
    by_iso3: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 → the country's id
    capitals: dict[str, tuple[str, Row]] = field(default_factory=dict)  # capital id → (its country, the row)

    def rows(self, name: str, columns: tuple[str, ...], *, required: tuple[str, ...] = (),
             validators: dict[str, Callable[[str], str | None]] | None = None) -> Iterator[Row]:
        return read_tsv(name, columns, self.data_dir, validators=validators, required=required)

    def known_iso3(self, row: Row, column: str) -> str | None:
        """The country code of ``column``, which countries.tsv must list (None when the cell is empty)."""
        value = row[column]
        if value and value not in self.by_iso3:
            raise row.error(f"column {column!r}: unknown country {value!r} (not in countries.tsv)")
        return value or None


def load_seed(data_dir: str | os.PathLike | None = None) -> Seed:
    """Read and validate every seed data file, in the order of ``LOADERS`` (a file may refer to those before it);
    cross-references (capitals, role holders, demonyms, codes) are checked."""
    reading = _Reading(Seed(), data_dir, _french_iso())
    for _, loader in LOADERS:
        loader(reading)
    return reading.seed


def _countries(reading: _Reading) -> None:
    """``countries.tsv``: each country or territory, its names completed from ISO 3166 (pycountry) in French and
    English, its capital to be found in cities.tsv."""
    import pycountry

    fr, seed = reading.french_iso, reading.seed
    cols = ("iso3", "qid", "kind", "name_fr", "name_en", "capital_qid", "aliases")
    for row in reading.rows("countries.tsv", cols, required=("iso3", "qid", "kind"), validators={
            "iso3": v_iso3, "qid": v_id, "kind": v_enum("country", "territory"), "name_fr": v_text,
            "name_en": v_text, "capital_qid": v_id, "aliases": v_aliases}):
        iso3 = row["iso3"]
        if iso3 in reading.by_iso3:
            raise row.error(f"duplicate iso3 {iso3}")
        info = pycountry.countries.get(alpha_3=iso3)
        if info is None and not (row["name_fr"] and row["name_en"]):
            raise row.error(f"{iso3} is not in ISO 3166-1: name_fr and name_en are required")
        iso_en = getattr(info, "name", None) if info else None
        common_en = getattr(info, "common_name", None) if info else None
        official_en = getattr(info, "official_name", None) if info else None
        iso_fr = fr(iso_en) if iso_en else None
        official_fr = fr(official_en) if official_en else None
        name_fr = row["name_fr"] or iso_fr
        name_en = row["name_en"] or common_en or iso_en
        if _inverted(name_fr) or _inverted(name_en):
            raise row.error(f"the ISO name {name_fr or name_en!r} is inverted: give the usual name in name_fr/name_en")
        kind = "COUNTRY" if row["kind"] == "country" else "TERRITORY"
        ent = SeedEntity(row["qid"], name_fr, name_en, kind, country=iso3)
        ent.add_alias(name_fr, "fr")
        ent.add_alias(name_en, "en")
        for surface, lang in ((iso_fr, "fr"), (official_fr, "fr"), (iso_en, "en"), (common_en, "en"),
                              (official_en, "en")):
            if surface and not _inverted(surface):
                ent.add_alias(surface, lang)
        for alias in row.multi("aliases"):
            ent.add_alias(alias)
        seed.add(ent, row)
        reading.by_iso3[iso3] = row["qid"]
        seed.countries.append(SeedCountry(
            row["qid"], getattr(info, "alpha_2", None) if info else None, iso3,
            getattr(info, "numeric", None) if info else None, row["capital_qid"] or None, kind == "COUNTRY",
            official_fr, official_en))
        if row["capital_qid"]:
            reading.capitals[row["capital_qid"]] = (iso3, row)


def _regions(reading: _Reading) -> None:
    """``regions.tsv``: continents and world regions."""
    cols = ("id", "type", "name_fr", "name_en", "aliases")
    for row in reading.rows("regions.tsv", cols, required=("id", "type", "name_fr"), validators={
            "id": v_id, "type": v_enum("CONTINENT", "REGION"), "name_fr": v_text, "name_en": v_text,
            "aliases": v_aliases}):
        ent = SeedEntity(row["id"], row["name_fr"], row["name_en"] or None, row["type"])
        ent.add_names(row["name_fr"], row["name_en"], row.multi("aliases"), lang_of_name="fr")
        reading.seed.add(ent, row)


def _cities(reading: _Reading) -> None:
    """``cities.tsv``: cities in a listed country; the capitals countries.tsv names must all be here."""
    seed, capitals = reading.seed, reading.capitals
    cols = ("id", "name_fr", "name_en", "iso3", "aliases")
    for row in reading.rows("cities.tsv", cols, required=("id", "name_fr", "iso3"), validators={
            "id": v_id, "name_fr": v_text, "name_en": v_text, "iso3": v_iso3, "aliases": v_aliases}):
        iso3 = reading.known_iso3(row, "iso3")
        subtype = "capital" if row["id"] in capitals else "city"
        if subtype == "capital" and capitals[row["id"]][0] != iso3:
            raise row.error(f"capital of {capitals[row['id']][0]} but listed in {iso3}")
        ent = SeedEntity(row["id"], row["name_fr"], row["name_en"] or None, "CITY", country=iso3, subtype=subtype)
        ent.add_names(row["name_fr"], row["name_en"], row.multi("aliases"), lang_of_name="fr")
        seed.add(ent, row)
    for cap, (iso3, row) in capitals.items():
        if cap not in seed.entities:
            raise row.error(f"capital {cap} of {iso3} is not in cities.tsv")
        if seed.entities[cap].type not in ("CITY", "COUNTRY", "TERRITORY"):
            raise row.error(f"capital {cap} of {iso3} is a {seed.entities[cap].type}")


def _igos(reading: _Reading) -> None:
    """``igos.tsv``: international organisations."""
    cols = ("id", "name_fr", "name_en", "subtype", "aliases")
    for row in reading.rows("igos.tsv", cols, required=("id", "name_fr"), validators={
            "id": v_id, "name_fr": v_text, "name_en": v_text, "aliases": v_aliases,
            "subtype": v_enum("un", "un_agency", "eu", "eu_institution", "regional", "alliance", "financial",
                              "forum", "court", "other")}):
        ent = SeedEntity(row["id"], row["name_fr"], row["name_en"] or None, "IGO", subtype=row["subtype"] or None)
        ent.add_names(row["name_fr"], row["name_en"], row.multi("aliases"), lang_of_name="fr")
        reading.seed.add(ent, row)


def _events(reading: _Reading) -> None:
    """``events.tsv``: named events, competitions and holidays (MISC)."""
    cols = ("id", "name_fr", "name_en", "subtype", "aliases")
    for row in reading.rows("events.tsv", cols, required=("id", "name_fr"), validators={
            "id": v_id, "name_fr": v_text, "name_en": v_text, "aliases": v_aliases,
            "subtype": v_enum("competition", "festival", "holiday", "war", "process")}):
        ent = SeedEntity(row["id"], row["name_fr"], row["name_en"] or None, "EVENT", subtype=row["subtype"] or None)
        ent.add_names(row["name_fr"], row["name_en"], row.multi("aliases"), lang_of_name="fr")
        reading.seed.add(ent, row)


def _media(reading: _Reading) -> None:
    """``media.tsv``: news agencies, papers, broadcasters, magazines and sites, by their own name."""
    cols = ("id", "name", "name_en", "type", "iso3", "aliases")
    for row in reading.rows("media.tsv", cols, required=("id", "name", "type"), validators={
            "id": v_id, "name": v_text, "name_en": v_text, "type": v_enum(*MEDIA_TYPES), "iso3": v_iso3,
            "aliases": v_aliases}):
        ent = SeedEntity(row["id"], row["name"], row["name_en"] or None, "MEDIA",
                         country=reading.known_iso3(row, "iso3"), subtype=row["type"])
        ent.add_names(row["name"], row["name_en"], row.multi("aliases"), lang_of_name=None)
        reading.seed.add(ent, row)


def _orgs(reading: _Reading) -> None:
    """``orgs.tsv``: other organisations (parties, companies, armed groups…)."""
    cols = ("id", "type", "name_fr", "name_en", "iso3", "subtype", "aliases")
    for row in reading.rows("orgs.tsv", cols, required=("id", "type", "name_fr"), validators={
            "id": v_id, "type": v_enum(*ORG_TYPES), "name_fr": v_text, "name_en": v_text, "iso3": v_iso3,
            "subtype": v_text, "aliases": v_aliases}):
        ent = SeedEntity(row["id"], row["name_fr"], row["name_en"] or None, row["type"],
                         country=reading.known_iso3(row, "iso3"), subtype=row["subtype"] or None)
        ent.add_names(row["name_fr"], row["name_en"], row.multi("aliases"), lang_of_name="fr")
        reading.seed.add(ent, row)


def _persons(reading: _Reading) -> None:
    """``persons.tsv``: people, with their country."""
    cols = ("id", "name_fr", "name_en", "iso3", "aliases")
    for row in reading.rows("persons.tsv", cols, required=("id", "name_fr"), validators={
            "id": v_id, "name_fr": v_text, "name_en": v_text, "iso3": v_iso3, "aliases": v_aliases}):
        ent = SeedEntity(row["id"], row["name_fr"], row["name_en"] or None, "PERSON",
                         country=reading.known_iso3(row, "iso3"))
        ent.add_names(row["name_fr"], row["name_en"], row.multi("aliases"), lang_of_name="fr")
        reading.seed.add(ent, row)


def _roles(reading: _Reading) -> None:
    """``roles.tsv``: who held which position of which country or organisation, and when."""
    seed = reading.seed
    cols = ("person_qid", "position", "of_qid", "start", "end", "title_fr")
    for row in reading.rows("roles.tsv", cols, required=("person_qid", "position", "of_qid"), validators={
            "person_qid": v_id, "position": v_enum(*POSITIONS), "of_qid": v_id, "start": v_date, "end": v_date,
            "title_fr": v_text}):
        person = seed.entities.get(row["person_qid"])
        if person is None or person.type != "PERSON":
            raise row.error(f"{row['person_qid']} is not a person of persons.tsv")
        if row["of_qid"] not in seed.entities:
            raise row.error(f"{row['of_qid']} (of_qid) is not an entity of the seed data")
        if row["start"] and row["end"] and row["end"] < row["start"]:
            raise row.error("end before start")
        seed.roles.append(SeedRole(row["person_qid"], row["position"], row["of_qid"], row["start"] or None,
                                   row["end"] or None, row["title_fr"] or None))


def _demonyms(reading: _Reading) -> None:
    """``demonyms.tsv``: the eight forms (noun and adjective, gender, number) of the people of a place."""
    seed = reading.seed
    forms = ("noun_ms", "noun_fs", "noun_mp", "noun_fp", "adj_ms", "adj_fs", "adj_mp", "adj_fp")
    cols = ("of",) + forms
    rank = 0
    for row in reading.rows("demonyms.tsv", cols, required=cols, validators={
            "of": v_id_or_iso3, **{f: v_text for f in forms}}):
        of = row["of"]
        if ISO3_RE.match(of):
            if of not in reading.by_iso3:
                raise row.error(f"unknown country {of!r}")
            of = reading.by_iso3[of]
        elif of not in seed.entities:
            raise row.error(f"{of} is not an entity of the seed data")
        for form in forms:
            pos, gn = form.split("_")
            text = row[form]
            first = text[:1]
            if pos == "noun" and not first.isupper():
                raise row.error(f"column {form!r}: a demonym noun is capitalised: {text!r}")
            if pos == "adj" and not first.islower():
                raise row.error(f"column {form!r}: a nationality adjective is lowercase: {text!r}")
            rank += 1
            seed.demonyms.append(SeedDemonym(text, of, pos, gn[0], "sg" if gn[1] == "s" else "pl", rank))


def _wikidata_types(reading: _Reading) -> None:
    """``wikidata_types.tsv``: the Wikidata classes a dump import keeps, and the KB type of each."""
    cols = ("class_qid", "type", "subtype", "label_en")
    for row in reading.rows("wikidata_types.tsv", cols, required=("class_qid", "type"), validators={
            "class_qid": v_qid, "type": v_enum(*ENTITY_TYPES), "subtype": v_text, "label_en": v_text}):
        if row["class_qid"] in reading.seed.wikidata_types:
            raise row.error(f"duplicate class {row['class_qid']}")
        reading.seed.wikidata_types[row["class_qid"]] = (row["type"], row["subtype"] or None)


def _wikidata_positions(reading: _Reading) -> None:
    """``wikidata_positions.tsv``: the Wikidata positions a dump import reads as roles."""
    cols = ("position_qid", "position", "of_qid", "title_fr", "label_en")
    for row in reading.rows("wikidata_positions.tsv", cols, required=("position_qid", "position", "of_qid"),
                            validators={"position_qid": v_qid, "position": v_enum(*POSITIONS), "of_qid": v_qid,
                                        "title_fr": v_text, "label_en": v_text}):
        if row["position_qid"] in reading.seed.wikidata_positions:
            raise row.error(f"duplicate position {row['position_qid']}")
        reading.seed.wikidata_positions[row["position_qid"]] = (row["position"], row["of_qid"], row["title_fr"] or None)


def _actor_codes(reading: _Reading) -> None:
    """``actor_codes.tsv``: the CAMEO actor code of an organisation or region the seed lists (countries take their
    ISO alpha-3 code)."""
    for row in reading.rows("actor_codes.tsv", ("id", "code", "name"), required=("id", "code"),
                            validators={"id": v_id, "code": v_actor_code}):
        if row["id"] not in reading.seed.entities:
            raise row.error(f"{row['id']} is not an entity of the seed data")
        if row["id"] in reading.seed.actor_codes:
            raise row.error(f"duplicate id {row['id']}")
        reading.seed.actor_codes[row["id"]] = row["code"]


LOADERS: tuple[tuple[str, Callable[[_Reading], None]], ...] = (
    ("countries.tsv", _countries),
    ("regions.tsv", _regions),
    ("cities.tsv", _cities),
    ("igos.tsv", _igos),
    ("media.tsv", _media),
    ("orgs.tsv", _orgs),
    ("persons.tsv", _persons),
    ("events.tsv", _events),
    ("roles.tsv", _roles),
    ("demonyms.tsv", _demonyms),
    ("wikidata_types.tsv", _wikidata_types),
    ("wikidata_positions.tsv", _wikidata_positions),
    ("actor_codes.tsv", _actor_codes),
)
"""Each seed file and the loader that reads it, in reading order."""
SEED_FILES = tuple(name for name, _ in LOADERS)
