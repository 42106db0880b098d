"""The event lexicons load, validate and cover the general news vocabulary issue #5 lists."""

from __future__ import annotations

import pytest

from veille.errors import DataFileError
from veille.events import lexicon as events_lexicon
from veille.events.lexicon import PLOVER_TYPES, load_event_lexicon


def test_lexicon_types_are_plover_and_all_used():
    triggers = [t for rows in load_event_lexicon().triggers.values() for t in rows]
    assert 150 <= len(triggers) <= 300
    assert {t.type for t in triggers} == PLOVER_TYPES


@pytest.mark.parametrize("lemma", ["visite", "rendre", "accord", "signer", "traité", "soutien", "remercier", "accuser", "livrer", "offensive", "frappe", "sanction", "menacer", "manifester", "grève", "négocier", "appeler", "démissionner", "expulser"])
def test_lexicon_covers_issue_vocabulary(lemma):
    assert lemma in load_event_lexicon().triggers


def test_lexicon_refuses_an_unknown_type(tmp_path, monkeypatch):
    (tmp_path / "event_triggers.tsv").write_text("# test\nlemma\tpos\ttype\tmode\tcameo\tframe\nvisite\tNOUN\tVISIT\t\t042\tà\n", encoding="utf-8")
    monkeypatch.setattr(events_lexicon, "HERE", tmp_path)
    load_event_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="event_triggers.tsv:3.*PLOVER"):
            load_event_lexicon()
    finally:
        load_event_lexicon.cache_clear()


@pytest.mark.parametrize("lemma", ["élire", "élection", "nommer", "nomination"])
def test_lexicon_leaves_out_elections_and_appointments(lemma):
    # guidelines §7: domestic routine with no PLOVER category
    assert lemma not in load_event_lexicon().triggers
