"""Time-expression scoring and the TimeML reader, on small self-written documents."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.errors import GoldFormatError
from veille.eval import GoldDoc, read_gold, read_timeml, score_timexes, timex_errors

TIMEML = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>essai-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-19" functionInDocument="CREATION_TIME"/></DCT>
<TEXT>Le ministre a <EVENT eid="e1">démissionné</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-06-17">lundi</TIMEX3>.
Il partira <TIMEX3 tid="t2" type="DATE" value="2024-06-20">demain</TIMEX3>, à <TIMEX3 tid="t3" type="TIME" value="2024-06-20T08:00">8 h</TIMEX3>.
</TEXT>
</TimeML>
"""


def timex(start, end, text, value, type_="DATE"):
    return {"start": start, "end": end, "text": text, "type": type_, "value": value}


@pytest.fixture
def timeml_file(tmp_path):
    path = tmp_path / "essai-1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    return path


def test_timeml_reader_gives_text_offsets_and_dct(timeml_file):
    [doc] = read_timeml(timeml_file)
    assert (doc.id, doc.dct) == ("essai-1", "2024-06-19")
    assert [(t["text"], t["value"]) for t in doc.timexes] == [
        ("lundi", "2024-06-17"), ("demain", "2024-06-20"), ("8 h", "2024-06-20T08:00")]
    assert all(doc.text[t["start"] : t["end"]] == t["text"] for t in doc.timexes)
    assert "<" not in doc.text


def test_a_folder_of_timeml_is_read_recursively(tmp_path, timeml_file):
    assert [doc.id for doc in read_gold(tmp_path)] == ["essai-1"]


def test_broken_timeml_is_refused(tmp_path):
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>hier</TimeML>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="broken.tml"):
        read_timeml(path)


def test_scores_count_extent_type_and_value_apart():
    text = "Il est parti hier soir et revient le 3 mai."
    gold = GoldDoc("d", text, "2024-04-10", [], "x",
                   timexes=[timex(13, 22, "hier soir", "2024-04-09TEV", "TIME"), timex(33, 42, "le 3 mai", "2024-05-03")])
    system = [timex(13, 17, "hier", "2024-04-09"), timex(33, 42, "le 3 mai", "2024-05-03"), timex(0, 2, "Il", "X")]
    scores = score_timexes([gold], [system])
    assert (scores.counts["relaxed"].tp, scores.counts["relaxed"].fp, scores.counts["relaxed"].fn) == (2, 1, 0)
    assert scores.counts["strict"].tp == 1
    assert scores.counts["type"].tp == 1 and scores.counts["value"].tp == 1
    lines = timex_errors(gold, system)
    assert any("SPURIOUS" in line for line in lines) and any("VALUE" in line for line in lines)


def test_eval_timex_command_prints_veille_beside_dateparser(timeml_file):
    result = CliRunner().invoke(app, ["eval", "timex", str(timeml_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)[str(timeml_file)]
    assert set(report) == {"veille", "dateparser"}
    assert report["veille"]["value"]["f1"] == 1.0
