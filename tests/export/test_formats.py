"""PLOVER and GDELT exports of events, on an analysis built by hand (the reference article's visit, treaty and
munitions deliveries)."""

from __future__ import annotations

import csv
import io
import json

from veille.export import export_gdelt, export_plover, plover_records, plover_type
from veille.model import Analysis, Event, Ref, SentenceSpan, TextSpan

TEXT = ("Vladimir Poutine est attendu à Pyongyang mardi. Un traité pourrait être signé. "
        "Les Américains accusent la Corée du Nord de livrer des munitions. Moscou n'a pas envahi la Finlande.")


def _event(type_, mode, cameo, trigger, modality, actor, target=None, source=None):
    start = TEXT.index(trigger)
    sentence_start = TEXT.rfind(". ", 0, start) + 2 if TEXT.rfind(". ", 0, start) >= 0 else 0
    return Event(type=type_, mode=mode, cameo=cameo, trigger=TextSpan(start, start + len(trigger), trigger),
                 actor=actor, target=target, date="2024-06-18", place=None, modality=modality, source=source,
                 sentence=SentenceSpan(sentence_start, TEXT.index(".", start) + 1))


PUTIN, PYONGYANG = Ref("E1", "Vladimir Poutine"), Ref("E2", "Pyongyang")
AMERICANS, NORTH_KOREA = Ref("E3", "Américains"), Ref("E4", "Corée du Nord")
ANALYSIS = Analysis(
    id="seed", text=TEXT, url="https://exemple.fr/a", lang="fr", dct="2024-06-17", dct_source="given",
    events=[
        _event("CONSULT", "visit", "042", "attendu", "planned", PUTIN, PYONGYANG),
        _event("SUPPORT", None, "057", "signé", "possible", None),
        _event("AID", None, "070", "livrer", "alleged", NORTH_KOREA, None, source=AMERICANS),
        _event("ASSAULT", None, "190", "envahi", "negated", Ref("E5", "Moscou"), Ref("E6", "Finlande")),
    ],
)


def test_planned_or_possible_cooperation_is_an_agreement_and_negation_no_event():
    assert [plover_type(event) for event in ANALYSIS.events] == ["AGREE", "AGREE", "AID", None]


def test_plover_records_keep_provenance():
    records = plover_records(ANALYSIS)
    assert len(records) == 3
    visit = records[0]
    assert (visit["event"], visit["mode"], visit["eventText"]) == ("AGREE", None, "attendu")
    assert visit["source"] == [{"actorText": "Vladimir Poutine", "code": ""}]  # no code is ever invented
    assert visit["veille"]["type"] == "CONSULT" and visit["veille"]["modality"] == "planned"
    assert TEXT[slice(*visit["veille"]["trigger"].values())] == "attendu"
    assert records[2]["veille"]["assertedBy"] == "Américains"


def test_gdelt_rows_code_what_is_reported_to_have_happened():
    out = io.StringIO()
    assert export_gdelt([ANALYSIS], out, added="20260101") == 1  # the alleged delivery only
    [row] = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]) == ("070", "07", "2", "7.0")
    assert (row["SQLDATE"], row["Actor1Name"], row["SOURCEURL"]) == ("20240618", "CORÉE DU NORD", "https://exemple.fr/a")


def test_export_plover_writes_one_json_line_per_record():
    out = io.StringIO()
    assert export_plover([ANALYSIS], out) == 3
    assert [json.loads(line)["event"] for line in out.getvalue().splitlines()] == ["AGREE", "AGREE", "AID"]
