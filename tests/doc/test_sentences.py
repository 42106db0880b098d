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
def test_sentences_where_a_sentence_may_end_and_where_it_must(nlp):
    """After a line break the parser decides; after a full stop a capitalised word begins a sentence; inside a
    clause no sentence may begin."""
    doc = sentence_hints(nlp.make_doc("Le vote a eu lieu. Les résultats sont attendus lundi\nLa commission siégera."))
    starts = {token.text: token.is_sent_start for token in doc}
    assert starts["Les"] is True and starts["La"] is None
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


@pytest.mark.issue(12)
def test_sentences_a_full_stop_before_a_quotation_ends_the_sentence(nlp):
    """The parser read on past "munitions." into the quotation; a stop of its own before an opening mark and a
    capital ends the sentence (an abbreviation's stop, on its word, does not: "M. Roux")."""
    doc = nlp("Selon lui, l'armée manque de munitions. « Nos stocks sont au plus bas », a-t-il admis devant M. Roux.")
    assert [sentence.text[:6] for sentence in doc.sents] == ["Selon ", "« Nos "]


@pytest.mark.issue(12)
def test_sentences_a_source_phrase_reports_its_own_sentence_only(analyse_text):
    text = "Selon lui, l'armée manque de munitions. « Nos stocks sont au plus bas », a-t-il admis."
    assert [quote.text for quote in analyse_text(text).quotes] == ["l'armée manque de munitions",
                                                                     "Nos stocks sont au plus bas"]


@pytest.mark.issue(12)
def test_sentences_a_blank_line_ends_a_paragraph_s_sentence(nlp):
    """The parser ran a paragraph's last sentence into the next ("… « rester dans ses casernes ».\\n\\nÀ Paris, …"); a
    single line break, which may wrap a line of plain text, leaves it free."""
    doc = nlp("Le président a appelé l'armée à « rester dans ses casernes ».\n\nÀ Paris, le gouvernement a dit suivre "
              "la situation.")
    assert [sentence.text.strip()[:8] for sentence in doc.sents if sentence.text.strip()] == ["Le prési", "À Paris,"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, count", [
    ("Le député Paul Roux\n\nMême son de cloche du côté de Claire Martin, de l’École de commerce de l’Université de "
     "Lyon. « C’est la bonne décision. »", 3),
    ('Le ministère a confirmé la nouvelle.\n\n"Pour garantir la sécurité des élèves, les cours sont suspendus jusqu’à '
     'nouvel ordre", a rappelé la même source.', 2),
])
def test_sentences_a_paragraph_s_marks_belong_to_its_sentences(nlp, text, count):
    """A closing mark after a stop was made a sentence of its own; a paragraph opening on a straight quotation mark
    ran into the one before: the paragraph ends a sentence, the mark that closes a quotation does not open one."""
    sentences = [sentence.text.strip() for sentence in nlp(text).sents if sentence.text.strip()]
    assert len(sentences) == count and not any(sentence in {".", '"', "«", "»"} for sentence in sentences)


@pytest.mark.issue(12)
def test_sentences_no_sentence_begins_at_a_hyphen_inside_a_word(nlp):
    """A hyphen the tokenizer splits off a word ("Addis-Abeba") is no dash opening a list item."""
    doc = nlp("Les délégations arrivées à Addis-Abeba ont signé un accord.")
    assert len([sentence for sentence in doc.sents if sentence.text.strip()]) == 1


@pytest.mark.issue(12)
def test_sentences_a_stop_before_a_line_break_ends_the_sentence(nlp):
    """A paragraph's last stop, then a line break, then "« …" or a capital: the parser read on into the next paragraph
    (its quotation made a complement of the verb before); a stop and a closing mark before a capital end one too."""
    doc = sentence_hints(nlp.make_doc("Il a promis de coopérer « pleinement ».\n« C'est un signal fort », dit-elle. "
                                      "« Il faut agir. » Et la députée de conclure."))
    assert [t.is_sent_start for t in doc if t.text == "«"][1:] == [True, True]
    assert [t.is_sent_start for t in doc if t.text == "Et"] == [True]


@pytest.mark.issue(12)
def test_sentences_a_quotation_opening_a_paragraph_is_its_incise_s_speaker_s(analyse_text):
    text = ("Le groupe a répondu qu'il coopérerait « pleinement » avec les enquêteurs.\n« C'est un signal fort envoyé "
            "aux géants du numérique », se félicite l'eurodéputée socialiste Christel Schaldemose.")
    quote = next(q for q in analyse_text(text).quotes if q.text.startswith("C'est"))
    assert quote.speaker.name == "Christel Schaldemose"
