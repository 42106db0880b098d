"""The assembled pipeline: wiring, multiprocessing, serialisation, and batch behaviour of ``analyse``."""

from __future__ import annotations

import json
import pickle

import pytest
from spacy.tokens import DocBin

from tests.conftest import SEED_TEXT
from veille.ingest import Article, article_from_text
from veille.pipeline import analyse

TEXT = "Le président russe Vladimir Poutine est attendu à Pyongyang. Il a remercié la Corée du Nord."


def test_pipeline_components_declare_what_they_need(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


def test_pipeline_docs_survive_docbin_with_user_data(nlp):
    doc = nlp(TEXT)
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    # msgpack gives tuples back for lists: compare the JSON the converter will write
    assert json.dumps(restored._.veille_entities) == json.dumps(doc._.veille_entities)
    assert [(e.text, e.kb_id_) for e in restored.ents] == [(e.text, e.kb_id_) for e in doc.ents]


def test_pipeline_docs_pickle(nlp):
    doc = nlp(TEXT)
    assert pickle.loads(pickle.dumps(doc))._.veille_entities == doc._.veille_entities


def test_analyse_keeps_input_order_with_unsupported_languages(nlp):
    items = [
        article_from_text(TEXT, id="fr-1", lang="fr"),
        Article(id="en-1", text="The president said on Tuesday that talks would resume.", lang="en"),
        article_from_text("Moscou a salué la décision de Pyongyang.", id="fr-2", lang="fr"),
    ]
    results = list(analyse(items, nlp=nlp))
    assert [r.id for r in results] == ["fr-1", "en-1", "fr-2"]
    assert results[1].error.startswith("unsupported_language")
    assert results[0].entities and results[2].entities


def test_analyse_reports_a_document_a_stage_raises_on_and_keeps_the_others(nlp, monkeypatch):
    """A bug in a stage on one document is that document's error record (``analysis_failed``), in its place; the
    other documents of its batch and of the input are analysed."""
    events = nlp.get_pipe("veille_events")
    run = type(events).__call__

    def raising(self, doc):
        if "Bobigny" in doc.text:
            raise KeyError(72)
        return run(self, doc)

    monkeypatch.setattr(type(events), "__call__", raising)
    texts = ["Le maire de Millau a inauguré le pont.", "Le tribunal de Bobigny a condamné un policier.",
             "La CGT appelle à la grève jeudi."]
    items = [article_from_text(text, id=f"fr-{n}", lang="fr") for n, text in enumerate(texts)]
    results = list(analyse(items, nlp=nlp, batch_size=2))
    assert [r.id for r in results] == ["fr-0", "fr-1", "fr-2"]
    assert results[1].error.startswith("analysis_failed") and "KeyError" in results[1].error
    assert results[0].entities and results[2].entities and not results[0].error and not results[2].error


def test_analyse_in_worker_processes_gives_the_same_analyses_in_order(nlp):
    """Batches spread over two workers come back in input order, errors in their place, equal to one process."""
    texts = ["Le maire de Millau a inauguré lundi le pont suspendu.", "La CGT appelle à la grève jeudi à Lyon.",
             "Moscou a salué la décision de Pyongyang.", "La préfète du Gard a fermé les écoles mardi."]
    items = [article_from_text(text, id=f"fr-{n}", lang="fr") for n, text in enumerate(texts)]
    items.insert(3, Article(id="en-1", text="The minister resigned on Friday.", lang="en"))
    two = [analysis.to_json() for analysis in analyse(items, nlp=nlp, n_process=2, batch_size=2)]
    one = [analysis.to_json() for analysis in analyse(items, nlp=nlp)]
    assert [record["id"] for record in two] == ["fr-0", "fr-1", "fr-2", "en-1", "fr-3"]
    assert two == one and two[3]["error"].startswith("unsupported_language")


def test_analyse_resolves_a_role_through_the_kb_on_the_publication_date(analyse_text):
    analysis = analyse_text("Le président russe a reçu son homologue mardi à Moscou.", dct="2024-06-18")
    assert any(e.kb_id == "Q7747" and e.mentions[0].kind == "nominal" for e in analysis.entities)


def test_analyse_leaves_a_role_unresolved_without_a_date(analyse_text):
    analysis = analyse_text("Le président russe a reçu son homologue mardi à Moscou.")
    assert not any(e.kb_id == "Q7747" for e in analysis.entities)


def test_analyse_marks_a_capital_standing_for_its_state(seed_analysis):
    moscou = next(e for e in seed_analysis.entities if e.kb_id == "Q649")
    acting = [m for m in moscou.mentions if m.stands_for is not None]
    assert acting and acting[0].stands_for.kb_id == "Q159"


def _person_mentions(analysis) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in analysis.entities if e.label == "PER"}


def test_analyse_repeats_a_description_put_in_apposition_to_a_person(analyse_text):
    analysis = analyse_text("L'article a fait réagir le directeur de l'école, M. Paul Lambert, que nous avons rencontré "
                            "hier. Le syndicat conteste ses choix. Le directeur affirme qu'il n'a rien à se reprocher.")
    assert _person_mentions(analysis)["Paul Lambert"][-1] == "Le directeur"


def test_analyse_a_description_finds_its_apposition_in_the_next_sentence_only_when_of_the_same(analyse_text):
    spokesman = analyse_text("La trêve sera respectée, a indiqué son porte-parole. « Une guerre doit être évitée », a "
                             "dit Marc Dubois, porte-parole du ministre.")
    assert "son porte-parole" in _person_mentions(spokesman)["Marc Dubois"]
    other = analyse_text("Le porte-parole du Kremlin accuse les Etats-Unis. « C'est faux », répond Marc Dubois, le "
                         "porte-parole de la Maison Blanche.")
    assert not any(text.startswith("Le porte-parole") for text in _person_mentions(other)["Marc Dubois"])


@pytest.mark.issue(11)
def test_pipeline_saved_to_disk_loads_back_and_analyses_the_seed_identically(nlp, seed_analysis, tmp_path):
    """The components save what they read (the KB file) with ``nlp.to_disk``: ``spacy.load`` of the folder reads
    those copies, wherever the default KB is, and analyses as the pipeline that was saved."""
    import spacy

    from veille.ingest import read_inputs

    nlp.to_disk(tmp_path / "pipeline")
    for name in ("veille_entity_fixes", "veille_linker", "veille_coref", "veille_geo", "veille_timex", "veille_events"):
        assert (tmp_path / "pipeline" / name / "kb.sqlite").is_file(), name
    assert (tmp_path / "pipeline" / "veille_geo" / "places.sqlite").is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe("veille_linker").kb_path == str(tmp_path / "pipeline" / "veille_linker" / "kb.sqlite")
    again = next(analyse(read_inputs([SEED_TEXT]), nlp=loaded))
    assert again.to_json() == seed_analysis.to_json()


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, tokens",
    [
        ("L'état-major a parlé", ["L'", "état-major", "a", "parlé"]),
        ("Au centre-ville, le week-end", ["Au", "centre-ville", ",", "le", "week-end"]),
        ("a-t-il dit", ["a", "-t", "-il", "dit"]),
        ("elles-mêmes", ["elles", "-", "mêmes"]),
        ("à Addis-Abeba", ["à", "Addis", "-", "Abeba"]),
    ],
)
def test_pipeline_lowercase_compounds_are_one_token(nlp, text, tokens):
    """The model's tokenizer splits "état-major" (not on its list) at the hyphen and the parser reads two nouns; a
    hyphen still splits before a clitic or at a capital (the KB joins known names)."""
    assert [token.text for token in nlp.tokenizer(text)] == tokens


@pytest.mark.issue(12)
def test_pipeline_a_lowercase_compound_is_no_proper_noun(nlp):
    """Unknown to the vectors, "libre-échange" was tagged PROPN, and a proper noun can act in an event."""
    doc = nlp("Le Canada a signé des accords de libre-échange avec le Chili.")
    assert next(token for token in doc if token.text == "libre-échange").pos_ == "NOUN"
