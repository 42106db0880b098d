import bz2
import datetime
import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from veille.errors import KnowledgeBaseError
from veille.kb import KnowledgeBase, build_kb, import_wikidata_dump

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata-mini.json"


def _dump(tmp_path, compression):
    if compression == "json":
        return FIXTURE
    target = tmp_path / f"wikidata-mini.json.{compression}"
    opener = gzip.open if compression == "gz" else bz2.open
    with FIXTURE.open("rb") as src, opener(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


@pytest.mark.parametrize("compression", ["json", "gz", "bz2"])
def test_wikidata_import_fixture_dump(tmp_path, compression):
    kb_path = tmp_path / "kb.sqlite"
    seen = []
    counts = import_wikidata_dump(kb_path, _dump(tmp_path, compression), progress=lambda r, i: seen.append((r, i)))
    assert counts["read"] == 7
    assert counts["imported"] == 2  # Q937, Q42: new persons
    assert counts["updated"] == 3  # Q7747, Q90, Q11148 are seed entities
    assert counts["skipped"] == 2  # Q2 (no mapped type), P31 (a property)
    assert counts["roles"] == 0  # both of Putin's terms are seed facts: none is added twice
    assert seen and seen[-1] == (7, 2)
    with KnowledgeBase.open(kb_path) as kb:
        einstein = kb.get("Q937")
        assert (einstein.type, einstein.label, einstein.country, einstein.name) == ("PERSON", "PER", "DEU",
                                                                                     "Albert Einstein")
        assert kb.lookup("Einstein")[0].qid == "Q937"
        assert kb.lookup("Douglas Noël Adams")[0].country == "GBR"
        assert kb.get("Q2") is None
        assert kb.lookup("Ville Lumière")[0].qid == "Q90"
        assert kb.get("Q90").name == "Paris"  # seed facts are kept
        [putin] = kb.role_holders("head_of_state", "Q159", datetime.date(2005, 1, 1))
        assert putin.person_qid == "Q7747" and putin.title_fr == "président"
        assert len(kb.role_holders("head_of_state", "Q159", datetime.date(2024, 6, 18))) == 1


def test_wikidata_import_twice_is_idempotent(tmp_path):
    kb_path = tmp_path / "kb.sqlite"
    import_wikidata_dump(kb_path, FIXTURE)
    counts = import_wikidata_dump(kb_path, FIXTURE)
    assert counts["imported"] == 0 and counts["roles"] == 0 and counts["aliases"] == 0


def test_wikidata_rebuild_keeps_imported_rows(tmp_path):
    kb_path = tmp_path / "kb.sqlite"
    import_wikidata_dump(kb_path, FIXTURE)
    build_kb(kb_path)  # explicit rebuild from the seed data
    conn = sqlite3.connect(kb_path)
    conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'seed_hash'")  # as if the seed data had changed
    conn.commit()
    conn.close()
    with KnowledgeBase.open(kb_path) as kb:  # rebuilds the seed rows
        assert kb.meta()["seed_hash"] != "stale"
        assert kb.get("Q937").name == "Albert Einstein"
        assert kb.lookup("Ville Lumière")[0].qid == "Q90"
        assert kb.role_holders("head_of_state", "Q159", datetime.date(2005, 1, 1))[0].person_qid == "Q7747"
        assert kb.stats()["imported"] == 2


def test_wikidata_bad_dump_raises(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"type":"item","id":"Q1",\n]\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="bad.json:2"):
        import_wikidata_dump(tmp_path / "kb.sqlite", bad)
    with pytest.raises(KnowledgeBaseError):
        import_wikidata_dump(tmp_path / "kb.sqlite", tmp_path / "missing.json.gz")
