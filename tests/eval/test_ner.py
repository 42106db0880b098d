"""NER evaluation: systems side by side, the table, error lines, and the bare spaCy baseline."""

from __future__ import annotations

import pytest
import spacy
from rich.console import Console

from veille.eval import (
    GoldDoc, GoldSpan, errors_report, evaluate_ner, ner_table, read_gold, spacy_baseline,
)

TEXT = "Emmanuel Macron a parlé à Paris avec la CGT."


def _doc() -> GoldDoc:
    spans = [GoldSpan(0, 15, "PER", "Emmanuel Macron"), GoldSpan(26, 31, "LOC", "Paris"),
             GoldSpan(40, 43, "ORG", "CGT")]
    return GoldDoc(id="d1", text=TEXT, dct=None, entities=spans, source="test")


def test_ner_evaluate_systems_side_by_side():
    docs = [_doc()]
    systems = {"oracle": lambda ds: [d.spans() for d in ds], "nothing": lambda ds: [[] for _ in ds]}
    results = evaluate_ner(docs, systems)
    assert list(results) == ["oracle", "nothing"]
    assert results["oracle"].micro.f1 == 1.0 and results["nothing"].micro.f1 == 0.0
    assert list(results["oracle"].per_label) == ["PER", "ORG", "LOC", "MISC"]


def test_ner_evaluate_rejects_wrong_document_count():
    with pytest.raises(ValueError, match="returned 0 documents"):
        evaluate_ner([_doc()], {"broken": lambda ds: []})


def test_ner_table_has_labels_micro_and_systems():
    results = evaluate_ner([_doc()], {"veille": lambda ds: [d.spans() for d in ds],
                                      "spacy": lambda ds: [[(0, 15, "PER")] for _ in ds]})
    console = Console(record=True, width=200)
    console.print(ner_table(results, "dev"))
    out = console.export_text()
    for word in ("dev", "PER", "ORG", "LOC", "MISC", "micro", "veille F1", "spacy P", "100.0", "33.3"):
        assert word in out


def test_ner_errors_report_classifies_errors():
    # a boundary error, a label error, a spurious span; CGT is missed
    predicted = [(0, 8, "PER"), (26, 31, "ORG"), (37, 39, "MISC")]
    lines = errors_report(_doc(), predicted)
    assert len(lines) == 4
    assert lines[0].startswith("d1 @0 SPAN PER gold='Emmanuel Macron' pred='Emmanuel'")
    assert lines[1].startswith("d1 @26 LABEL gold=LOC pred=ORG") and "[Paris]" in lines[1]
    assert lines[2].startswith("d1 @37 FP MISC 'la'")
    assert lines[3].startswith("d1 @40 FN ORG 'CGT'") and "la [CGT]." in lines[3]
    assert errors_report(_doc(), _doc().spans()) == []


def test_ner_spacy_baseline_maps_ents_to_char_spans():
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Paris"}, {"label": "ORG", "pattern": "CGT"}])
    predicted = spacy_baseline(nlp)([_doc(), _doc()])
    assert predicted == [[(26, 31, "LOC"), (40, 43, "ORG")]] * 2


@pytest.mark.slow
def test_ner_spacy_baseline_on_fr_news_dev(fr_news_path):
    nlp = spacy.load("fr_core_news_md")
    results = evaluate_ner(read_gold(fr_news_path), {"fr_core_news_md": spacy_baseline(nlp)})
    assert 0.55 < results["fr_core_news_md"].micro.f1 < 0.72
