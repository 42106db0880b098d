"""Gold readers: the real fr-news and HIPE dev files, plus small synthetic files for the edge cases."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from veille.eval import GoldFormatError, read_gold, read_hipe_tsv

HEADER = "\t".join(["TOKEN", "NE-COARSE-LIT", "NE-COARSE-METO", "NE-FINE-LIT", "NE-FINE-METO",
                    "NE-FINE-COMP", "NE-NESTED", "NEL-LIT", "NEL-METO", "MISC"])


def _row(token: str, tag: str = "O", kb: str = "_", misc: str = "_") -> str:
    return "\t".join([token, tag, "O", "O", "O", "O", "O", kb, "_", misc])


def _write_tsv(path: Path, docs: dict[str, list[str]]) -> Path:
    lines = [HEADER]
    for doc_id, rows in docs.items():
        lines += [f"# hipe2022:document_id = {doc_id}", "# hipe2022:date = 1900-01-02", *rows, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_gold_fr_news_counts(fr_news_path):
    docs = read_gold(fr_news_path)
    assert len(docs) == 20
    labels = Counter(e.label for d in docs for e in d.entities)
    assert sum(labels.values()) == 221
    assert labels == {"PER": 50, "ORG": 79, "LOC": 78, "MISC": 14}


def test_gold_fr_news_offsets_give_span_text(fr_news_path):
    for doc in read_gold(fr_news_path):
        assert doc.source == str(fr_news_path)
        for span in doc.entities:
            assert doc.text[span.start : span.end] == span.text


def test_gold_fr_news_keeps_quotes_timexes_and_dct(fr_news_path):
    docs = {d.id: d for d in read_gold(fr_news_path)}
    first = docs["frdev-001"]
    assert first.dct == "2014-04-08"
    assert first.quotes and "speaker" in first.quotes[0]
    assert first.timexes and "type" in first.timexes[0]
    assert first.entities[0].canonical == "Champagne-Ardenne"
    assert sum(len(d.timexes) for d in docs.values()) == 85
    assert sum(len(d.quotes) for d in docs.values()) == 114


def test_gold_fr_news_bad_offsets_raise(tmp_path):
    entity = {"start": 1, "end": 5, "text": "Paris", "label": "LOC"}
    bad = {"id": "x", "text": "Paris est loin", "entities": [entity]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="gold says 'Paris'"):
        read_gold(path)


def test_gold_missing_path_raises(tmp_path):
    with pytest.raises(GoldFormatError):
        read_gold(tmp_path / "nope.jsonl")
    with pytest.raises(GoldFormatError):
        read_gold(tmp_path)  # an empty directory


def _tokens_of_entities(path: Path) -> list[list[tuple[str, bool]]]:
    """An independent reading of the TSV: for each scored entity, its (token, NoSpaceAfter) list."""
    entities: list[tuple[str, list[tuple[str, bool]]]] = []
    current_type = None
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            current_type = None if line.startswith("# hipe2022:document_id") else current_type
            continue
        cells = line.split("\t")
        tag, token = cells[1], cells[0]
        item = (token, "NoSpaceAfter" in cells[9].split("|"))
        if tag.startswith("I-") and tag[2:] == current_type:
            entities[-1][1].append(item)
        elif tag[:2] in ("B-", "I-"):
            current_type = tag[2:]
            entities.append((current_type, [item]))
        else:
            current_type = None
    return [tokens for etype, tokens in entities if etype.lower() != "time"]


def test_gold_hipe_spans_equal_joined_tokens(hipe2020_path):
    docs = read_gold(hipe2020_path)
    spans = [s for d in docs for s in d.entities]
    expected = _tokens_of_entities(hipe2020_path)
    assert len(spans) == len(expected)
    for span, tokens in zip(spans, expected):
        joined = "".join(tok + ("" if nsa else " ") for tok, nsa in tokens[:-1]) + tokens[-1][0]
        assert span.text.replace("\n", " ") == joined


def test_gold_hipe_document_count_and_metadata(hipe2020_path):
    docs = read_gold(hipe2020_path)
    assert len(docs) == 43
    assert docs[0].id == "EXP-1888-08-03-a-i0030" and docs[0].dct == "1888-08-03"
    assert all(d.source == str(hipe2020_path) for d in docs)
    assert docs[0].text.startswith("FAITS DIVERS\nLa panique des éléphants")


def test_gold_hipe_no_time_entities(hipe2020_path):
    docs = read_gold(hipe2020_path)
    labels = Counter(e.label for d in docs for e in d.entities)
    assert set(labels) <= {"PER", "ORG", "LOC", "MISC"}
    assert labels == {"LOC": 774, "PER": 679, "ORG": 159, "MISC": 49}
    assert sum(d.meta["dropped_entities"] for d in docs) == 68  # the B-time runs


def test_gold_hipe_kb_ids(hipe2020_path):
    first = read_gold(hipe2020_path)[0].entities[0]
    assert (first.text, first.label, first.kb_id) == ("Munich", "LOC", "Q1726")
    kb_ids = {e.kb_id for d in read_gold(hipe2020_path) for e in d.entities}
    assert None in kb_ids and "NIL" not in kb_ids and "_" not in kb_ids


def test_gold_directory_and_glob(hipe_dir):
    by_dir = read_gold(hipe_dir)
    by_glob = read_gold(str(hipe_dir / "*newseye*.tsv"))
    assert len(by_dir) == 164
    assert len(by_glob) == 70
    assert {d.source for d in by_glob} < {d.source for d in by_dir}


def test_gold_hipe_rebuilds_text_and_offsets(tmp_path):
    path = _write_tsv(tmp_path / "tiny.tsv", {"d1": [
        _row("Le"),
        _row("général", "B-pers", "Q1", "EndOfLine"),
        _row("De", "I-pers", "Q1"),
        _row("Gaulle", "I-pers", "Q1", "NoSpaceAfter"),
        _row(",", misc="_"),
        _row("à"),
        _row("Pa¬", "B-loc", "NIL", "NoSpaceAfter|EndOfLine"),
        _row("ris", "I-loc", "NIL", "NoSpaceAfter"),
        _row(".", misc="EndOfSentence"),
        _row("1940", "B-time"),
        _row("Figaro", "B-prod"),
        _row("Havas", "I-org"),  # I- without an open org: starts a new entity
    ]})
    doc = read_hipe_tsv(path)[0]
    assert doc.text == "Le général\nDe Gaulle, à Pa¬ris. 1940 Figaro Havas"
    got = [(e.text, e.label, e.kb_id) for e in doc.entities]
    assert got == [("général\nDe Gaulle", "PER", "Q1"), ("Pa¬ris", "LOC", None),
                   ("Figaro", "MISC", None), ("Havas", "ORG", None)]
    assert read_hipe_tsv(path, eol=" ")[0].text.startswith("Le général De Gaulle,")


def test_gold_hipe_newseye_labels_map(tmp_path):
    path = _write_tsv(tmp_path / "ne.tsv", {"a": [_row("Paris", "B-LOC")], "b": [
        _row("M", "B-PER", misc="NoSpaceAfter"), _row(".", "I-PER"), _row("Blum", "I-PER"),
        _row("Le"), _row("Temps", "B-HumanProd"), _row("CGT", "B-ORG")]})
    docs = read_gold(path)
    assert [d.id for d in docs] == ["a", "b"]
    got = [(e.text, e.label) for e in docs[1].entities]
    assert got == [("M. Blum", "PER"), ("Temps", "MISC"), ("CGT", "ORG")]


def test_gold_hipe_short_row_raises(tmp_path):
    path = tmp_path / "short.tsv"
    path.write_text(f"{HEADER}\n# hipe2022:document_id = x\nParis\tB-loc\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="columns"):
        read_gold(path)
