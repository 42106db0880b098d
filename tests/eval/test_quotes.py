"""Quotation scoring: overlap matching, speaker rightness, per-kind counts, the table, error lines and the command."""

from __future__ import annotations

import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from tests.conftest import need_shared
from veille.eval import GoldDoc, quote_errors, quotes_table, read_gold, score_quotes, speaker_is_right
from veille.eval.quotes import match_quotes
from veille.model import Analysis, Entity, Mention, Quote, Speaker, StandsFor, TextSpan

TEXT = ("Moscou a affirmé que la paix était proche. Il a dit : « Nous restons ici »."
        " L’avocate générale a démenti. Son porte-parole a précisé que tout va bien.")


def _at(phrase: str) -> tuple[int, int]:
    return TEXT.index(phrase), TEXT.index(phrase) + len(phrase)


PHRASES = ["la paix était proche", "Il", "Nous restons ici", "L’avocate générale", "Son porte-parole",
           "tout va bien"]
PAIX, IL, NOUS, AVOCATE, PORTE, TOUT = map(_at, PHRASES)


def _gold(start: int, end: int, speaker: str = "Russie", kind: str = "indirect", mention=(0, 6)) -> dict:
    m_start, m_end = mention if mention else (None, None)
    return {"content_start": start, "content_end": end, "content": TEXT[start:end], "speaker": speaker,
            "speaker_mention_start": m_start, "speaker_mention_end": m_end,
            "speaker_mention": TEXT[m_start:m_end] if mention else None, "kind": kind}


def _quote(start: int, end: int, speaker: Speaker | None = None, kind: str = "indirect") -> Quote:
    speaker = speaker or Speaker(entity=None, name="Russie", mention=None)
    return Quote(start=start, end=end, text=TEXT[start:end], kind=kind, cue=None, speaker=speaker)


def _score(gold: list[dict], quotes: list[Quote], entities: list[Entity] | None = None):
    doc = GoldDoc(id="d1", text=TEXT, dct=None, entities=[], source="test", quotes=gold)
    return score_quotes([doc], [Analysis(id="d1", text=TEXT, entities=entities or [], quotes=quotes)])


def _right(gold: dict, speaker: Speaker, entities: list[Entity] | None = None) -> bool:
    analysis = Analysis(id="d1", text=TEXT, entities=entities or [])
    return speaker_is_right(gold, _quote(gold["content_start"], gold["content_end"], speaker), analysis)


MOSCOU = Entity(id="E1", name="Moscou", label="LOC", type="CITY", kb_id="Q649",
                mentions=[Mention(0, 6, "Moscou", "name", StandsFor("Russie", "Q159"))])


def test_quotes_overlap_threshold_is_half_the_gold_content():
    gold = [_gold(20, 30)]
    assert _score(gold, [_quote(25, 40)]).quote.tp == 1  # overlap 5 of 10
    assert _score(gold, [_quote(26, 40)]).quote.tp == 0  # overlap 4 of 10
    assert _score(gold, [_quote(10, 40)]).quote.tp == 1  # a longer system quote still matches


def test_quotes_matching_is_one_to_one_largest_overlap_first():
    gold = [_gold(20, 30), _gold(24, 34)]
    quotes = [_quote(20, 30), _quote(25, 30)]
    doc = GoldDoc(id="d1", text=TEXT, dct=None, entities=[], source="test", quotes=gold)
    assert match_quotes(doc.quotes, Analysis(id="d1", text=TEXT, quotes=quotes)) == [(0, 0), (1, 1)]
    scores = _score([_gold(20, 30)], [_quote(20, 30), _quote(21, 30)])
    assert (scores.quote.tp, scores.quote.fp, scores.quote.fn) == (1, 1, 0)


def test_quotes_any_overlap_scores_each_side_on_its_own():
    """A gold quote veille cut in two: two right system quotes, one gold quote found; one-to-one finds one pair."""
    scores = _score([_gold(20, 40)], [_quote(20, 26), _quote(30, 40), _quote(50, 60)])
    assert (scores.quote.tp, scores.quote.fp) == (1, 2)
    assert (scores.quote_any.precision, scores.quote_any.recall) == (2 / 3, 1.0)
    wrong = Speaker(entity=None, name="Kiev", mention=None)
    scores = _score([_gold(20, 40)], [_quote(20, 26), _quote(30, 40, wrong)])
    assert (scores.attributed_any.precision, scores.attributed_any.recall) == (0.5, 1.0)


def test_quotes_attributed_and_speaker_accuracy():
    wrong = Speaker(entity=None, name="Ukraine", mention=None)
    scores = _score([_gold(*PAIX), _gold(*NOUS)], [_quote(*PAIX), _quote(*NOUS, wrong)])
    assert scores.quote.f1 == 1.0
    assert (scores.attributed.tp, scores.attributed.fp, scores.attributed.fn) == (1, 1, 1)
    assert scores.speaker_accuracy == 0.5


def test_quotes_speaker_via_entity_mention():
    entity = Entity(id="E2", name="Poutine", label="PER", type="PERSON", kb_id="Q7747",
                    mentions=[Mention(*IL, "Il", "pronoun"), Mention(0, 16, "Vladimir Poutine", "name")])
    assert _right(_gold(20, 30, "Vladimir Poutine"), Speaker(entity="E2", name=None, mention=None), [entity])


def test_quotes_speaker_via_stands_for():
    assert _right(_gold(20, 30, "Russie"), Speaker(entity="E1", name=None, mention=None), [MOSCOU])
    assert not _right(_gold(20, 30, "Ukraine", mention=None), Speaker(entity="E1", name=None, mention=None), [MOSCOU])


def test_quotes_speaker_via_description_text():
    speaker = Speaker(entity=None, name=None, mention=TextSpan(*AVOCATE, "L’avocate générale"))
    assert _right(_gold(20, 30, "l'avocate générale", mention=None), speaker)


def test_quotes_unnamed_speaker_is_the_description_the_gold_points_at():
    description = Speaker(entity=None, name="L’avocate générale", mention=TextSpan(*AVOCATE, "L’avocate générale"))
    assert _right(_gold(*TOUT, "l'avocate", mention=AVOCATE), description)  # the gold's normalised form
    assert not _right(_gold(*TOUT, "l'avocate", mention=PORTE), description)  # another place
    assert not _right(_gold(*TOUT, "Marie Dupont", mention=AVOCATE), description)  # a named speaker needs the name
    pronoun = Speaker(entity=None, name="Il", mention=TextSpan(*IL, "Il"))
    assert not _right(_gold(*TOUT, "le ministre", mention=IL), pronoun)


def test_quotes_speaker_group_needs_every_member():
    members = [Speaker(entity=None, name="les Américains", mention=None),
               Speaker(entity=None, name="Européens", mention=None)]
    gold = _gold(20, 30, "Américains et Européens", mention=None)
    assert _right(gold, Speaker(entity=None, name=None, mention=None, members=members))
    assert not _right(gold, Speaker(entity=None, name=None, mention=None, members=members[:1]))
    assert not _right(gold, Speaker(entity=None, name=None, mention=None, members=members + members[:1]))


def test_quotes_speaker_unknown():
    gold = _gold(20, 30, "UNKNOWN", mention=None)
    assert _right(gold, Speaker(entity=None, name=None, mention=None))
    assert not _right(gold, Speaker(entity=None, name="Russie", mention=None))


def test_quotes_speaker_by_name_mention_position_not_pronoun():
    gold = _gold(20, 30, "ministère des Affaires étrangères de la Russie")  # mention "Moscou" at 0:6
    assert _right(gold, Speaker(entity="E1", name="Moscou", mention=TextSpan(0, 6, "Moscou")), [MOSCOU])
    pronoun = _gold(*NOUS, "Vladimir Poutine", mention=IL)
    assert not _right(pronoun, Speaker(entity=None, name="Sergueï Lavrov", mention=TextSpan(*IL, "Il")))
    spokesman = Entity(id="E3", name="Farhan Haq", label="PER", type="PERSON", kb_id=None,
                       mentions=[Mention(*PORTE, "Son porte-parole", "nominal")])
    gold = _gold(*TOUT, "Stéphane Dujarric", mention=PORTE)
    assert not _right(gold, Speaker(entity="E3", name=None, mention=TextSpan(*PORTE, "Son porte-parole")), [spokesman])


def test_quotes_per_kind_counts_gold_kind_and_predicted_kind():
    gold = [_gold(*PAIX, kind="indirect"), _gold(*NOUS, kind="direct")]
    scores = _score(gold, [_quote(*PAIX, kind="mixed"), _quote(*AVOCATE, kind="mixed")])
    assert scores.per_kind["indirect"].tp == 1 and scores.per_kind["direct"].fn == 1
    assert scores.per_kind["mixed"].fp == 1 and scores.per_kind["mixed"].tp == 0


def test_quotes_exact_recall_needs_both_ends():
    scores = _score([_gold(*PAIX), _gold(*NOUS)], [_quote(*PAIX), _quote(56, 71)])
    assert scores.exact_recall == 0.5 and scores.quote.recall == 1.0


def test_quotes_score_rejects_unpaired_documents():
    with pytest.raises(ValueError, match="1 gold documents but 0"):
        score_quotes([GoldDoc(id="d1", text=TEXT, dct=None, entities=[], source="t")], [])


def test_quotes_errors_lists_missed_spurious_and_wrong_speaker():
    doc = GoldDoc(id="d1", text=TEXT, dct=None, entities=[], source="t",
                  quotes=[_gold(*PAIX), _gold(*NOUS, "Vladimir Poutine", "direct", mention=None)])
    quotes = [_quote(*PAIX, Speaker(entity=None, name="Ukraine", mention=None)), _quote(0, 8)]
    lines = quote_errors(doc, Analysis(id="d1", text=TEXT, quotes=quotes))
    assert lines[0].startswith("d1 @0 SPURIOUS indirect speaker='Russie' 'Moscou a'")
    assert lines[1] == "d1 @21 SPEAKER gold='Russie' pred='Ukraine' 'la paix était proche'"
    assert len(lines) == 3 and lines[2].startswith("d1 @56 MISSED direct speaker='Vladimir Poutine' 'Nous restons ici'")


def test_quotes_table_shows_every_measure():
    console = Console(record=True, width=200)
    console.print(quotes_table(_score([_gold(20, 30)], [_quote(20, 30)]), "dev"))
    out = console.export_text()
    for word in ("dev", "quote", "attributed", "recall, direct", "speaker accuracy", "exact-content", "100.0"):
        assert word in out


def _as_analysis(doc: GoldDoc) -> Analysis:
    """The gold's own quotes as veille output: speakers named by their canonical, UNKNOWN as no one."""
    def speaker(q: dict) -> Speaker:
        mention = (TextSpan(q["speaker_mention_start"], q["speaker_mention_end"], q["speaker_mention"])
                   if q.get("speaker_mention") is not None else None)
        return Speaker(entity=None, name=None if q["speaker"] == "UNKNOWN" else q["speaker"], mention=mention)

    quotes = [Quote(q["content_start"], q["content_end"], q["content"], q["kind"], None, speaker(q))
              for q in doc.quotes]
    return Analysis(id=doc.id, text=doc.text, quotes=quotes)


def test_quotes_fr_news_dev_gold_against_itself_is_perfect():
    docs = read_gold(need_shared("gold/fr-news-dev/fr_news_dev.jsonl"))
    scores = score_quotes(docs, [_as_analysis(doc) for doc in docs])
    assert scores.n_gold == scores.n_pred > 100
    assert scores.quote.f1 == scores.attributed.f1 == scores.speaker_accuracy == scores.exact_recall == 1.0
    assert all(scores.per_kind[kind].recall == 1.0 for kind in ("direct", "indirect", "mixed"))


def test_quotes_cli_prints_scores_without_a_quotes_stage(tmp_path, monkeypatch):
    import veille.pipeline
    from veille.cli import app

    monkeypatch.setattr(veille.pipeline, "load_pipeline", lambda kb=None: None)
    monkeypatch.setattr(veille.pipeline, "analyse", lambda articles, nlp=None: (Analysis(a.id, a.text) for a in articles))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": TEXT, "quotes": [_gold(*PAIX)]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quotes", str(gold), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    assert "d1 @21 MISSED indirect" in result.stdout
    table = CliRunner().invoke(app, ["eval", "quotes", str(gold)])
    assert "attributed quote" in table.stdout and "0.0" in table.stdout
