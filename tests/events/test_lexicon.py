"""The event lexicons load, validate and cover the general news vocabulary issue #5 lists."""

from __future__ import annotations

import pytest

from veille import lang
from veille.errors import DataFileError
from veille.events.lexicon import load_event_lexicon
from veille.model import PLOVER_TYPES


def test_lexicon_types_are_plover_and_all_used():
    triggers = [t for rows in load_event_lexicon("fr").triggers.values() for t in rows]
    assert 150 <= len(triggers) <= 450
    assert {t.type for t in triggers} == set(PLOVER_TYPES)


@pytest.mark.parametrize("lemma", ["visite", "rendre", "accord", "signer", "traité", "soutien", "remercier", "accuser", "livrer", "offensive", "frappe", "sanction", "menacer", "manifester", "grève", "négocier", "appeler", "démissionner", "expulser"])
def test_lexicon_covers_issue_vocabulary(lemma):
    assert lemma in load_event_lexicon("fr").triggers


def test_lexicon_refuses_an_unknown_type(tmp_path, monkeypatch):
    (tmp_path / "event_triggers.tsv").write_text("# test\nlemma\tpos\ttype\tmode\tcameo\tframe\nvisite\tNOUN\tVISIT\t\t042\tà\n", encoding="utf-8")
    real = lang.data_file
    monkeypatch.setattr(lang, "data_file", lambda code, name: tmp_path / name if name == "event_triggers.tsv"
                        else real(code, name))
    load_event_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="event_triggers.tsv:3.*PLOVER"):
            load_event_lexicon("fr")
    finally:
        load_event_lexicon.cache_clear()


@pytest.mark.parametrize("lemma", ["élire", "élection", "nommer", "nomination"])
def test_lexicon_leaves_out_elections_and_appointments(lemma):
    # guidelines §7: domestic routine with no PLOVER category
    assert lemma not in load_event_lexicon("fr").triggers
