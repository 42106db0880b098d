"""Event scoring: the standoff reader and its checks, matching, argument rules, modality and source, the CLI.

System events are built by hand (``veille.model.Event``): the events stage lives on another branch, and the scorer
must not wait for it. The mini dataset (``data/events-mini``) is self-written; the dev set itself is checked against
the shared texts when they are there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.errors import GoldFormatError
from veille.eval import read_event_gold, score_events
from veille.eval.events import event_errors, ref_is_right
from veille.eval.events_gold import read_fr_news_events
from veille.model import Analysis, Entity, Event, Mention, Ref, SentenceSpan, StandsFor, TextSpan

from .conftest import REPO, SHARED

DATA = Path(__file__).parent / "data"
MINI = DATA / "events-mini"


@pytest.fixture
def docs():
    return read_event_gold(MINI, DATA)


def _event(analysis, trigger, type, actor=None, target=None, modality="asserted", source=None) -> Event:
    start = analysis.text.index(trigger)
    return Event(type=type, mode=None, cameo=None, trigger=TextSpan(start, start + len(trigger), trigger),
                 actor=actor, target=target, date=None, place=None, modality=modality, source=source,
                 sentence=SentenceSpan(0, len(analysis.text)))


def _perfect(docs) -> list[Analysis]:
    """An analysis per document that gives every gold event, by name."""
    one, two = Analysis(docs[0].id, docs[0].text), Analysis(docs[1].id, docs[1].text)
    russia, ukraine = Ref(None, "Russie"), Ref(None, "Ukraine")
    group = Ref(None, "Américains et Européens", members=[Ref(None, "Européens"), Ref(None, "Américains")])
    one.events = [
        _event(one, "accuse", "ACCUSE", russia, ukraine),
        _event(one, "frappé", "ASSAULT", ukraine, None, "alleged", russia),
        _event(one, "rendra", "CONSULT", Ref(None, "le ministre"), Ref(None, "Chine"), "planned"),
    ]
    two.events = [
        _event(two, "accusent", "ACCUSE", group, Ref(None, "Corée du Nord")),
        _event(two, "livrer", "AID", Ref(None, "Corée du Nord"), Ref(None, "Russie"), "alleged", group),
    ]
    return [one, two]


def test_events_gold_reads_sentences_events_and_texts(docs):
    assert [d.id for d in docs] == ["mini-1", "mini-2"]
    assert [len(d.sentences) for d in docs] == [3, 1]
    assert [e.trigger[2] for e in docs[0].events] == ["accuse", "frappé", "rendra"]
    assert docs[1].events[0].actor.members[1].name == "Européens"


@pytest.mark.parametrize("field, value, message", [
    ("trigger", {"start": 7, "end": 13, "text": "accusé"}, "mini-1:7"),
    ("sentence", [0, 10], "not an annotated sentence"),
    ("type", "ATTACK", "unknown type"),
    ("actor", {"start": 0, "end": 6, "text": "Moscou"}, "needs a name"),
])
def test_events_gold_names_the_broken_record(tmp_path, field, value, message):
    dataset = shutil.copytree(MINI, tmp_path / "set")
    lines = (dataset / "events.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0]) | {field: value}
    (dataset / "events.jsonl").write_text("\n".join([json.dumps(record)] + lines[1:]) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        read_event_gold(dataset, DATA)


def test_events_gold_without_the_shared_folder_says_so(tmp_path):
    with pytest.raises(GoldFormatError, match="--shared"):
        read_event_gold(MINI, tmp_path / "nowhere")


def test_events_perfect_system_scores_one_everywhere(docs):
    scores = score_events(docs, _perfect(docs))
    assert scores.typed.f1 == scores.arguments.f1 == scores.trigger.f1 == 1.0
    assert scores.modality_accuracy == scores.source_accuracy == 1.0
    assert (scores.n_gold, scores.n_pred, scores.n_sentences) == (5, 5, 4)


def test_events_no_system_events_scores_zero_recall(docs):
    scores = score_events(docs, [Analysis(d.id, d.text) for d in docs])
    assert (scores.typed.tp, scores.typed.fn, scores.typed.fp) == (0, 5, 0)


def test_events_wrong_type_finds_the_trigger_but_not_the_event(docs):
    analyses = _perfect(docs)
    analyses[0].events[0].type = "REJECT"
    scores = score_events(docs, analyses)
    assert (scores.trigger.tp, scores.typed.tp, scores.typed.fp, scores.typed.fn) == (5, 4, 1, 1)


def test_events_in_a_sentence_without_gold_event_are_false_positives(docs):
    analyses = _perfect(docs)
    analyses[0].events.append(_event(analyses[0], "fait", "PROTEST"))
    assert score_events(docs, analyses).typed.fp == 1


def test_events_outside_annotated_sentences_are_not_scored(docs):
    analyses = [Analysis(d.id, d.text + " Paris menace Rome.") for d in docs]
    analyses[0].events = [_event(analyses[0], "menace", "THREATEN")]
    assert score_events(docs, analyses).n_pred == 0


def test_events_wrong_target_costs_arguments_not_type(docs):
    analyses = _perfect(docs)
    analyses[0].events[0].target = Ref(None, "Pologne")
    scores = score_events(docs, analyses)
    assert (scores.typed.tp, scores.arguments.tp, scores.arguments.fp, scores.arguments.fn) == (5, 4, 1, 1)


def test_events_modality_and_source_accuracy_count_typed_matches(docs):
    analyses = _perfect(docs)
    analyses[0].events[1].modality = "asserted"
    analyses[0].events[1].source = None
    scores = score_events(docs, analyses)
    assert (scores.modality_accuracy, scores.source_accuracy) == (0.8, 0.8)


@pytest.mark.parametrize("ref, right", [
    (Ref("E1", "Moscou"), True),                     # the entity's mention overlaps the gold "Moscou"
    (Ref(None, "Russie"), True),                     # the canonical name
    (Ref(None, "moscou"), True),                     # the gold mention's text, normalised
    (Ref("E2", "Kiev"), False),
    (None, False),
])
def test_events_ref_is_right_for_a_metonymic_capital(docs, ref, right):
    analysis = Analysis(docs[0].id, docs[0].text, entities=[
        Entity("E1", "Moscou", "LOC", "CITY", "Q649", [Mention(0, 6, "Moscou", "name", StandsFor("Russie", "Q159"))]),
        Entity("E2", "Kiev", "LOC", "CITY", None, [Mention(14, 18, "Kiev", "name")]),
    ])
    assert ref_is_right(docs[0].events[0].actor, ref, analysis) is right


@pytest.mark.parametrize("mention, right", [
    (TextSpan(0, 6, "Moscou"), True),       # the same words, whatever name the system gives them
    (TextSpan(2, 10, "scou acc"), True),    # any overlap
    (TextSpan(14, 18, "Kiev"), False),
    (None, False),
])
def test_events_ref_is_right_when_its_mention_overlaps_the_gold_one(docs, mention, right):
    analysis = Analysis(docs[0].id, docs[0].text)
    ref = Ref(None, "le gouvernement", mention=mention)
    assert ref_is_right(docs[0].events[0].actor, ref, analysis) is right


def test_events_ref_is_right_null_gold_target_needs_null(docs):
    analysis = Analysis(docs[0].id, docs[0].text)
    assert ref_is_right(None, None, analysis) and not ref_is_right(None, Ref(None, "Ukraine"), analysis)


def test_events_group_needs_every_member(docs):
    analysis = Analysis(docs[1].id, docs[1].text)
    assert not ref_is_right(docs[1].events[0].actor, Ref(None, "Occidentaux", members=[Ref(None, "Américains")]), analysis)


def test_events_errors_list_missed_and_wrong_modality(docs):
    analyses = _perfect(docs)
    analyses[0].events[1].modality = "asserted"
    del analyses[0].events[2]
    lines = event_errors(docs[0], analyses[0])
    assert [line.split()[2] for line in lines] == ["MODALITY", "MISSED"]


@pytest.fixture
def no_pipeline(monkeypatch):
    import veille.pipeline

    monkeypatch.setattr(veille.pipeline, "load_pipeline", lambda kb=None: None)
    monkeypatch.setattr(veille.pipeline, "analyse", lambda articles, nlp=None: (Analysis(a.id, a.text) for a in articles))


def test_events_cli_prints_scores_and_errors(no_pipeline):
    from veille.cli import app

    result = CliRunner().invoke(app, ["eval", "events", str(MINI), "--shared", str(DATA), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    assert "mini-1 @7 MISSED ACCUSE 'accuse' 'Russie' → 'Ukraine' (asserted)" in result.stdout
    table = CliRunner().invoke(app, ["eval", "events", str(MINI), "--shared", str(DATA)])
    assert "typed + actor + target" in table.stdout


def test_events_cli_without_shared_folder_is_a_clean_error(no_pipeline, tmp_path):
    from veille.cli import app

    result = CliRunner().invoke(app, ["eval", "events", str(MINI), "--shared", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "--shared" in result.output


NEWS = DATA / "fr_news_events_mini.jsonl"


def test_fr_news_events_read_every_event_of_the_whole_text():
    docs = read_fr_news_events(NEWS)
    assert [(d.id, len(d.events)) for d in docs] == [("mini-news-1", 2), ("mini-news-2", 0)]
    expel, refusal = docs[0].events
    assert docs[0].sentences == [(0, len(docs[0].text))]
    assert (expel.type, expel.mode, expel.trigger[2]) == ("SANCTION", "expel", "expulse")
    assert (expel.actor.name, expel.actor.text, expel.target.text) == ("Portugal", "Portugal", "un attaché de Moravie")
    assert (refusal.actor.text, refusal.target, refusal.source.name) == ("Nous", None, "Ana Dias")


def test_fr_news_events_score_by_name_or_mention_overlap():
    docs = read_fr_news_events(NEWS)
    one = Analysis(docs[0].id, docs[0].text)
    attache = TextSpan(one.text.index("attaché"), one.text.index("attaché") + 7, "attaché")
    one.events = [_event(one, "expulse", "SANCTION", Ref(None, "Portugal"), Ref(None, "attaché", mention=attache))]
    scores = score_events(docs, [one, Analysis(docs[1].id, docs[1].text)])
    assert (scores.typed.tp, scores.typed.fn, scores.arguments.tp) == (1, 1, 1)


def test_fr_news_events_name_a_broken_offset(tmp_path):
    record = json.loads(NEWS.read_text(encoding="utf-8").splitlines()[0])
    record["events"][0]["trigger_start"] += 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="mini-news-1 event 1"):
        read_fr_news_events(broken)


def test_events_cli_reads_fr_news_jsonl_and_selects_ids(no_pipeline):
    from veille.cli import app

    result = CliRunner().invoke(app, ["eval", "events", str(NEWS), "--json", "--ids", "-1$"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[str(NEWS)]["typed"]["fn"] == 2
    other = CliRunner().invoke(app, ["eval", "events", str(NEWS), "--json", "--ids", "-2$"])
    assert json.loads(other.stdout)[str(NEWS)]["n_gold"] == 0
    bad = CliRunner().invoke(app, ["eval", "events", str(NEWS), "--ids", "("])
    assert bad.exit_code == 2 and "--ids" in bad.output


@pytest.fixture
def dev_set():
    if not SHARED.exists():
        pytest.skip("shared/ is not beside the repo")
    return read_event_gold(REPO / "data" / "events-dev", SHARED)


def test_events_dev_set_reads_with_every_offset_checked(dev_set):
    assert sum(len(d.sentences) for d in dev_set) >= 40
    assert sum(len(d.events) for d in dev_set) >= 50


def test_events_dev_set_keeps_no_article_text():
    """Standoff only: the longest string in the dataset is a short trigger or mention, not a sentence."""
    folder = REPO / "data" / "events-dev"
    strings = [value for line in (folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
               for value in _strings(json.loads(line))]
    assert max(len(text) for text in strings) <= 80


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
