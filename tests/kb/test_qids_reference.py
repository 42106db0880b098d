"""Every QID the KB ships is checked against the offline reference table in ../shared (read in place, never copied).

The reference (``shared/reference/wikidata-qids/qid_reference.csv``) holds countries by ISO3, capitals by the country
they are capital of, and persons, international organisations and media by English label. For every KB entity that
the reference covers the QIDs must agree, and no shipped QID may be listed in the reference under a kind that is
incompatible with the KB type (a KB country that the reference says is a person...). Messages name the KB entity and
its QID only: a disagreement is settled by re-thinking the fact, or dropping the QID, never by copying the reference.
"""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from veille.kb import normalize_alias

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "wikidata-qids" / "qid_reference.csv"

# KB type -> reference kinds its QIDs may have
COMPATIBLE = {
    "COUNTRY": {"country", "capital"},  # city-states are their own capital
    "TERRITORY": {"country", "capital"},
    "CITY": {"capital"},
    "IGO": {"igo"},
    "PERSON": {"person"},
    "MEDIA": {"media"},
    "ORG": {"igo", "media"},
    "COMPANY": {"media"},
    "PARTY": set(),
    "ARMED_GROUP": set(),
    "REGION": {"igo"},
    "CONTINENT": set(),
    "EVENT": set(),
}

SEED_IDS = {
    "Q7747": ("PERSON", "Vladimir Poutine"),
    "Q159": ("COUNTRY", "Russie"),
    "Q423": ("COUNTRY", "Corée du Nord"),
    "Q212": ("COUNTRY", "Ukraine"),
    "Q7184": ("IGO", "Otan"),
    "Q18808": ("CITY", "Pyongyang"),
    "Q649": ("CITY", "Moscou"),
    "Q216047": ("MEDIA", "Le Figaro"),
}


def test_qids_reference_seed_ids(kb):
    for qid, (type_, name) in SEED_IDS.items():
        entry = kb.get(qid)
        assert entry is not None, qid
        assert (entry.type, entry.name) == (type_, name), qid


def _extra(text: str) -> dict[str, str]:
    out = {}
    for part in text.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


class Reference:
    def __init__(self, path: Path):
        self.kinds: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, set[str]] = defaultdict(set)  # qid -> normalised labels (en, fr)
        self.raw_labels: dict[str, set[str]] = defaultdict(set)
        self.country_iso3: dict[str, set[str]] = defaultdict(set)
        self.country_of_qid: dict[str, str] = {}
        self.capitals: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_label: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.ambiguous: dict[str, set[str]] = defaultdict(set)
        self.capital_of: dict[str, str] = {}
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                qid, kind = row["qid"], row["kind"]
                extra = _extra(row["extra"])
                self.kinds[qid].add(kind)
                for label in (row["label_en"], row["label_fr"]):
                    if label:
                        self.labels[qid].add(normalize_alias(label))
                        self.raw_labels[qid].add(label)
                if kind == "country" and row["iso3"]:
                    self.country_iso3[row["iso3"]].add(qid)
                    self.country_of_qid[qid] = row["iso3"]
                elif kind == "capital":
                    if extra.get("capital_of"):
                        self.capital_of[qid] = extra["capital_of"]
                        if row["label_en"]:
                            self.capitals[(extra["capital_of"], normalize_alias(row["label_en"]))].add(qid)
                elif kind in ("person", "igo", "media") and row["label_en"]:
                    key = normalize_alias(row["label_en"])
                    self.by_label[kind][key].add(qid)
                    if extra.get("label_ambiguous") == "1":
                        self.ambiguous[kind].add(key)

    def unique(self, kind: str, label: str) -> str | None:
        """The one QID the reference gives for this English label, or None (unknown or ambiguous)."""
        key = normalize_alias(label)
        qids = self.by_label[kind].get(key)
        if not qids or len(qids) != 1 or key in self.ambiguous[kind]:
            return None
        return next(iter(qids))


@pytest.fixture(scope="module")
def reference() -> Reference:
    if not REFERENCE.exists():
        pytest.skip(f"QID reference table not found at {REFERENCE} (../shared is absent): reference check skipped")
    return Reference(REFERENCE)


def _tokens(names: set[str]) -> set[str]:
    return {t for name in names for t in name.replace("-", " ").split() if len(t) >= 4}


def _same_name(ref_labels: set[str], our_names: set[str]) -> bool:
    """Whether the reference's labels for a QID and our names can denote the same entity: one label equal to one
    of our names, or a shared significant word ("Philippe I of Belgium" / "Philippe de Belgique")."""
    return bool(ref_labels & our_names) or bool(_tokens(ref_labels) & _tokens(our_names))


def _kb_rows(kb_path):
    conn = sqlite3.connect(kb_path)
    try:
        entities = conn.execute("SELECT qid, name, name_en, type, country, subtype FROM entity "
                                "WHERE source='seed' AND qid LIKE 'Q%'").fetchall()
        aliases = defaultdict(set)
        for qid, surface in conn.execute("SELECT qid, surface FROM alias"):
            aliases[qid].add(normalize_alias(surface))
        countries = dict(conn.execute("SELECT iso3, qid FROM country"))
        capitals = dict(conn.execute("SELECT qid, capital_qid FROM country WHERE capital_qid LIKE 'Q%'"))
    finally:
        conn.close()
    return entities, aliases, countries, capitals


def test_qids_reference_agree(kb_path, reference):
    entities, aliases, countries, capitals = _kb_rows(kb_path)
    problems: list[str] = []
    checked: dict[str, int] = defaultdict(int)
    unchecked: dict[str, list[str]] = defaultdict(list)

    for qid, name, name_en, type_, iso3, subtype in entities:
        what = f"{type_} {name!r} {qid}"
        ref_kinds = reference.kinds.get(qid, set())
        # 1. a shipped QID must not be something else in the reference
        bad = ref_kinds - COMPATIBLE[type_]
        if type_ in ("COUNTRY", "TERRITORY") and "capital" in ref_kinds and reference.capital_of.get(qid) != qid:
            bad.add("capital of another country")
        if bad:
            problems.append(f"{what}: the reference lists this QID as {sorted(bad)}")
            continue
        # 2. the same QID must carry a compatible label (catches a QID that belongs to another entity of the kind)
        if ref_kinds & {"person", "igo", "media"} and reference.labels[qid] and \
                not _same_name(reference.labels[qid], aliases[qid]):
            problems.append(f"{what}: none of its names matches the reference's labels for this QID "
                            f"({' / '.join(sorted(reference.raw_labels[qid]))})")
            continue
        matched = False
        if type_ in ("COUNTRY", "TERRITORY") and iso3 in reference.country_iso3:
            matched = True
            if qid not in reference.country_iso3[iso3]:
                problems.append(f"{what}: the reference has another QID for {iso3}")
        elif type_ in ("COUNTRY", "TERRITORY") and qid in reference.country_of_qid:
            matched = True
            if reference.country_of_qid[qid] != iso3:
                problems.append(f"{what}: the reference has this QID for another ISO3 code")
        elif type_ == "CITY":
            country_qid = countries.get(iso3)
            for label in {name_en or "", name} | aliases[qid]:
                ref_qids = reference.capitals.get((country_qid, normalize_alias(label)))
                if ref_qids:
                    matched = True
                    if qid not in ref_qids:
                        problems.append(f"{what}: the reference has another QID for the capital of {iso3} "
                                        f"labelled {label!r}")
                    break
            if not matched and qid in reference.capital_of:
                # the reference may name another item for the same state (Q756617 Danish Realm for Q35 Denmark):
                # compare the ISO3 codes of the states, where the reference knows them
                matched = True
                ref_iso3 = reference.country_of_qid.get(reference.capital_of[qid])
                if reference.capital_of[qid] != country_qid and ref_iso3 not in (None, iso3):
                    problems.append(f"{what}: the reference lists this QID as the capital of another country")
        elif type_ in ("PERSON", "IGO", "MEDIA"):
            kind = {"PERSON": "person", "IGO": "igo", "MEDIA": "media"}[type_]
            for label in [name_en, name]:
                if not label:
                    continue
                ref_qid = reference.unique(kind, label)
                if ref_qid:
                    matched = True
                    if ref_qid != qid:
                        problems.append(f"{what}: the reference has another QID for the {kind} labelled {label!r}")
                    break
            if not matched and kind in ref_kinds:
                matched = True  # the QID itself is in the reference with a matching label (checked above)
        if matched:
            checked[type_] += 1
        else:
            unchecked[type_].append(f"{qid} {name}")

    total = sum(checked.values())
    summary = (f"reference check: {total} QIDs checked ({dict(sorted(checked.items()))}); "
               f"not covered by the reference: { {k: len(v) for k, v in sorted(unchecked.items())} }")
    print(summary)
    for type_, items in sorted(unchecked.items()):
        print(f"  unchecked {type_}: {', '.join(items)}")
    assert not problems, summary + "\n" + "\n".join(problems)
    assert total >= 200, summary
