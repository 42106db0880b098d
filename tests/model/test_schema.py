"""The ``veille/1`` JSON Schema (docs/schema/veille-1.schema.json) and the JSON that ``Analysis.to_json`` writes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from jsonschema import Draft202012Validator

from veille.model import SCHEMA, Analysis, Entity, Mention, Ref, Speaker, TextSpan
from veille.model.analysis import StandsFor, _to_json

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "schema" / "veille-1.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def seed_json(seed_analysis) -> dict:
    return seed_analysis.to_json()


def _spans(node, path="$"):
    """Every object in ``node`` that carries ``start`` and ``end`` offsets, with its JSON path."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield path, node
        for key, value in node.items():
            yield from _spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _spans(value, f"{path}[{index}]")


def test_schema_file_is_a_valid_draft_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_seed_analysis_validates(validator, seed_json):
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(seed_json)]
    assert errors == []


def test_schema_error_record_validates(validator):
    record = Analysis(id="vide", text="", error="empty: no text").to_json()
    assert record == {"schema": SCHEMA, "id": "vide", "error": "empty: no text"}
    validator.validate(record)


def test_schema_rejects_a_record_without_its_layers(validator, seed_json):
    """The schema has teeth: a document that lost a required layer, or has a bad label, is refused."""
    without_events = {key: value for key, value in seed_json.items() if key != "events"}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(without_events)
    bad_label = json.loads(json.dumps(seed_json))
    bad_label["entities"][0]["label"] = "PERSON"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad_label)


def test_schema_seed_offsets_index_the_text(seed_json):
    text = seed_json["text"]
    spans = list(_spans({k: v for k, v in seed_json.items() if k != "text"}))
    mentions = [span for path, span in spans if ".mentions[" in path]
    assert len(mentions) >= 15  # every entity has at least one mention
    wrong = []
    for path, span in spans:
        if not 0 <= span["start"] < span["end"] <= len(text):
            wrong.append(f"{path}: {span['start']}..{span['end']} out of the text ({len(text)} characters)")
        elif "text" in span and text[span["start"]:span["end"]] != span["text"]:
            wrong.append(f"{path}: {text[span['start']:span['end']]!r} != {span['text']!r}")
    assert wrong == []


def test_schema_seed_mentions_omit_stands_for_when_absent(seed_json):
    mentions = [m for entity in seed_json["entities"] for m in entity["mentions"]]
    with_key = [m for m in mentions if "stands_for" in m]
    # Both kinds occur in the seed ("Moscou les a appuyés" stands for Russia; "Russie" stands for nothing).
    assert with_key and len(with_key) < len(mentions)
    assert all(isinstance(m["stands_for"], dict) and m["stands_for"]["name"] for m in with_key)


def test_schema_to_json_omits_stands_for_and_lists_the_layers():
    literal = Mention(start=0, end=6, text="Moscou", kind="name")
    metonymic = Mention(start=0, end=6, text="Moscou", kind="name", stands_for=StandsFor("Russie", "Q159"))
    analysis = Analysis(id="doc", text="Moscou", lang="fr",
                        entities=[Entity("E1", "Moscou", "LOC", "CITY", "Q649", [literal, metonymic])])
    out = analysis.to_json()
    first, second = out["entities"][0]["mentions"]
    assert first == {"start": 0, "end": 6, "text": "Moscou", "kind": "name"}
    assert second["stands_for"] == {"name": "Russie", "kb_id": "Q159"}
    assert (out["quotes"], out["timexes"], out["events"]) == ([], [], [])
    assert "error" not in out
    json.dumps(out)  # plain JSON types only


def test_schema_seed_layers_are_lists(seed_json):
    for layer in ("entities", "quotes", "timexes", "events"):
        assert isinstance(seed_json[layer], list), layer
    assert seed_json["schema"] == SCHEMA and "error" not in seed_json


@pytest.mark.parametrize("mention", [TextSpan(0, 6, "Moscou"), None])
def test_schema_ref_mention_round_trips_and_is_omitted_when_none(mention):
    ref = Ref("E1", "Russie", code="RUS GOV", mention=mention)
    out = _to_json(ref)
    assert ("mention" in out) is (mention is not None)
    assert Ref.from_json(out) == ref


def test_schema_speaker_mention_is_written_even_when_none():
    assert _to_json(Speaker(None, "un témoin", None))["mention"] is None
