import datetime
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veille.kb import KBEntry, KnowledgeBase, Role, build_kb

D = datetime.date


# -- lookups ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Otan", "l’OTAN", "NATO", "OTAN", "l'Otan", "Alliance atlantique"])
def test_knowledge_base_lookup_nato(kb, text):
    assert kb.lookup(text)[0].qid == "Q7184"


def test_knowledge_base_lookup_examples(kb):
    assert kb.lookup("Poutine")[0].qid == "Q7747"
    assert kb.lookup("Putin")[0].qid == "Q7747"
    assert kb.lookup("Etats-Unis")[0].qid == "Q30"
    moscou = kb.lookup("Moscou")[0]
    assert (moscou.qid, moscou.type, moscou.subtype, moscou.label) == ("Q649", "CITY", "capital", "LOC")
    assert kb.lookup("Corée du Nord")[0].qid == "Q423"
    assert kb.lookup("RPDC")[0].qid == "Q423"
    figaro = kb.lookup("Le Figaro")[0]
    assert (figaro.qid, figaro.type, figaro.label) == ("Q216047", "MEDIA", "ORG")
    kcna = kb.lookup("KCNA")[0]
    assert (kcna.type, kcna.subtype, kcna.country) == ("MEDIA", "news_agency", "PRK")
    assert kb.lookup("Russie")[0] == KBEntry("Q159", "Russie", "Russia", "LOC", "COUNTRY", "RUS", None)
    assert kb.lookup("Fédération de Russie")[0].qid == "Q159"
    assert kb.lookup("Biélorussie")[0].qid == kb.lookup("Bélarus")[0].qid == "Q184"


def test_knowledge_base_lookup_unknown_and_empty(kb):
    assert kb.lookup("Zzyzx-sur-Mer") == []
    assert kb.lookup("") == []
    assert kb.get("Q0") is None


def test_knowledge_base_lookup_ranking_country_before_city(kb):
    # "Djibouti" is both the country and its capital: the country comes first
    hits = kb.lookup("Djibouti")
    assert [h.type for h in hits[:2]] == ["COUNTRY", "CITY"]
    # "Luxembourg": country before its capital
    assert kb.lookup("Luxembourg")[0].type == "COUNTRY"


def test_knowledge_base_french_names_from_pycountry(kb):
    # no override in countries.tsv: the French name comes from pycountry's ISO 3166 translations
    assert kb.get("Q183").name == "Allemagne"
    assert kb.lookup("Allemagne")[0].qid == "Q183"
    assert kb.get("Q884").name == "Corée du Sud"
    assert kb.country("KR").qid == "Q884"
    assert kb.country("PRK").name == "Corée du Nord"
    assert kb.capital_of("Q423").qid == "Q18808"


def test_knowledge_base_counts(kb):
    stats = kb.stats()
    assert stats["COUNTRY"] + stats["TERRITORY"] >= 249
    assert stats["CITY"] - stats["capitals"] >= 150
    assert stats["IGO"] >= 80
    assert stats["MEDIA"] >= 100
    assert stats["ORG"] + stats["PARTY"] + stats["COMPANY"] + stats["ARMED_GROUP"] >= 40
    assert stats["PERSON"] >= 150 and stats["roles"] >= 200
    assert stats["aliases"] > stats["entities"]


def test_knowledge_base_aliases_iterates_every_alias(kb):
    start = time.perf_counter()
    pairs = list(kb.aliases())
    assert time.perf_counter() - start < 1.0
    assert ("l'Otan", "Q7184") not in pairs  # surfaces are stored as written in the data
    assert ("OTAN", "Q7184") in pairs and ("Poutine", "Q7747") in pairs
    assert len(pairs) == kb.stats()["aliases"]


# -- demonyms -----------------------------------------------------------------------------------------------

def test_knowledge_base_demonym_noun_and_adjective(kb):
    d = kb.demonym("Américains")
    assert (d.country_qid, d.pos, d.number, d.gender, d.country_name) == ("Q30", "noun", "pl", "m", "États-Unis")
    d = kb.demonym("nord-coréen")
    assert (d.country_qid, d.pos, d.number) == ("Q423", "adj", "sg")
    d = kb.demonym("Européens")
    assert (d.country_qid, d.pos) == ("Q46", "noun")
    assert kb.demonym("les Américains").pos == "noun"
    assert kb.demonym("américains").pos == "adj"
    assert kb.demonym("Nord-Coréennes").gender == "f"
    assert kb.demonym("russe").country_qid == "Q159"
    assert kb.demonym("Russes").pos == "noun"
    assert kb.demonym("Occidentaux").country_name == "Occident"
    assert kb.demonym("Poutine") is None


def test_knowledge_base_demonyms_cover_every_sovereign_country(kb, kb_path):
    conn = sqlite3.connect(kb_path)
    sovereign = {q for (q,) in conn.execute("SELECT qid FROM country WHERE sovereign = 1")}
    conn.close()
    covered = {d.country_qid for d in kb.demonyms()}
    missing = sovereign - covered - {"Q237"}  # Vatican: no demonym in use
    assert not missing, sorted(kb.get(q).name for q in missing)


# -- roles --------------------------------------------------------------------------------------------------

def test_knowledge_base_role_holders(kb):
    [putin] = kb.role_holders("head_of_state", "Q159", D(2024, 6, 18))
    assert putin.person_qid == "Q7747" and putin.person_name == "Vladimir Poutine"
    [sg] = kb.role_holders("secretary_general", "Q7184", D(2024, 6, 18))
    assert sg.person_name == "Jens Stoltenberg"
    [sg] = kb.role_holders("secretary_general", "Q7184", D(2025, 1, 1))
    assert (sg.person_qid, sg.person_name) == ("Q57792", "Mark Rutte")
    assert len(kb.role_holders("secretary_general", "Q7184")) >= 2
    [pm] = kb.role_holders("head_of_government", "Q142", D(2024, 10, 1))
    assert pm.person_name == "Michel Barnier"
    assert kb.role_holders("head_of_state", "Q159", D(1990, 1, 1)) == []


def test_knowledge_base_roles_of(kb):
    roles = kb.roles_of("Q57792")
    assert {(r.position, r.of_qid) for r in roles} >= {("head_of_government", "Q55"), ("secretary_general", "Q7184")}
    assert roles == sorted(roles, key=lambda r: r.start)


def test_knowledge_base_role_active_on_partial_dates():
    r = Role("Q1", "X", "other", "Q2", "2020", "2021-02", None)
    assert not r.active_on(D(2019, 12, 31))
    assert r.active_on(D(2020, 1, 1)) and r.active_on(D(2021, 2, 28))
    assert not r.active_on(D(2021, 3, 1))
    assert Role("Q1", "X", "other", "Q2", None, None, None).active_on(D(1900, 1, 1))
    assert Role("Q1", "X", "other", "Q2", "2024-02", None, None).active_on(D(2024, 2, 1))
    assert Role("Q1", "X", "other", "Q2", None, "2024-02-29", None).active_on(D(2024, 2, 29))


# -- the file -----------------------------------------------------------------------------------------------

def test_knowledge_base_open_builds_missing_file_fast(tmp_path):
    path = tmp_path / "sub" / "kb.sqlite"
    start = time.perf_counter()
    kb = KnowledgeBase.open(path)
    elapsed = time.perf_counter() - start
    assert path.exists() and kb.get("Q159") is not None
    kb.close()
    assert elapsed < 3.0
    start = time.perf_counter()
    with KnowledgeBase.open(path) as kb:
        assert kb.lookup("Moscou")
    assert time.perf_counter() - start < 0.5


def test_knowledge_base_opens_the_file_the_settings_name(monkeypatch, tmp_path):
    monkeypatch.setenv("VEILLE_KB", str(tmp_path / "b.sqlite"))
    with KnowledgeBase.open() as kb:
        assert kb.path == tmp_path / "b.sqlite"
        assert kb.get("Q7184").name == "Otan"


def test_knowledge_base_rebuilds_when_seed_changed(tmp_path):
    path = tmp_path / "kb.sqlite"
    build_kb(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'seed_hash'")
    conn.execute("DELETE FROM entity WHERE qid = 'Q159'")
    conn.commit()
    conn.close()
    with KnowledgeBase.open(path) as kb:
        assert kb.get("Q159") is not None
        assert kb.meta()["seed_hash"] != "stale"


def test_knowledge_base_replaces_a_corrupt_file(tmp_path):
    path = tmp_path / "kb.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with KnowledgeBase.open(path) as kb:
        assert kb.get("Q7747").name == "Vladimir Poutine"


def test_knowledge_base_concurrent_open(tmp_path):
    path = tmp_path / "kb.sqlite"
    src = str(Path(__file__).resolve().parents[2] / "src")
    code = ("import sys; sys.path.insert(0, sys.argv[2]); from veille.kb import KnowledgeBase; "
            "kb = KnowledgeBase.open(sys.argv[1]); assert kb.lookup('Otan')[0].qid == 'Q7184'; print('ok')")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), src], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "ok"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
