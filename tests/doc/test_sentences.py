"""``veille_sentence_hints`` (``doc.sentences``): no sentence begins where nothing ended one, on sentences written for
the tests."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from veille.doc.sentences import sentence_hints


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text",
    [
        "Ottawa dénonce la décision de Pékin.",  # a name that opens the text, then a present-tense verb
        "Le président tanzanien Samia Suluhu Hassan a reçu les syndicats.",  # a name after a rare adjective
    ],
)
def test_sentences_nothing_ended_gives_one_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.issue(12)
def test_sentences_the_parser_stays_free_where_a_sentence_may_end(nlp):
    """After a full stop or a line break the parser decides; inside a clause no sentence may begin."""
    doc = sentence_hints(nlp.make_doc("Le vote a eu lieu. Les résultats sont attendus lundi\nLa commission siégera."))
    starts = {token.text: token.is_sent_start for token in doc}
    assert starts["Les"] is None and starts["La"] is None
    assert starts["vote"] is False and starts["résultats"] is False and starts["commission"] is False


@pytest.mark.issue(12)
def test_sentences_a_capital_opening_the_text_is_its_verbs_subject(analyse_text):
    """"Ottawa dénonce …": once the parser no longer cuts after the name, the name is the act's actor."""
    events = analyse_text("Ottawa accuse Pékin d'ingérence dans ses élections.").events
    assert [e.actor and e.actor.name for e in events if e.type == "ACCUSE"] in (["Ottawa"], ["Canada"])


@pytest.mark.issue(12)
def test_sentences_an_opening_quotation_mark_begins_no_sentence_of_its_own(nlp):
    doc = sentence_hints(nlp.make_doc("Il est parti. « On nous a menti », dit-elle."))
    assert [t.is_sent_start for t in doc if t.text == "On"] == [False]


@pytest.mark.issue(12)
def test_sentences_the_component_is_a_spacy_factory_saved_pipelines_find(tmp_path):
    """``spacy.load`` of a saved pipeline in a fresh process finds the component through the package's entry point."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_sentence_hints")
    nlp.to_disk(tmp_path / "pipeline")
    code = f"import spacy; print(spacy.load({str(tmp_path / 'pipeline')!r}).pipe_names)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "veille_sentence_hints" in shown
