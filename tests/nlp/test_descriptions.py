"""``veille_descriptions``: the descriptions the KB lists for organisations are mentions of them, never names."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(12)


def _entity_of(doc, text):
    return next((record for record in doc._.veille_entities
                 if any(mention["text"] == text for mention in record["mentions"])), None)


def test_descriptions_join_the_entity_the_text_names(nlp):
    doc = nlp("Tsahal a confirmé la frappe. Selon l'armée israélienne, deux entrepôts ont été détruits.")
    record = _entity_of(doc, "l'armée israélienne")
    assert record is not None and record["name"] == "Tsahal"
    assert [mention["kind"] for mention in record["mentions"]] == ["name", "nominal"]


def test_descriptions_are_no_named_entities(nlp):
    doc = nlp("La diplomatie américaine a convoqué l'ambassadeur du Venezuela mardi.")
    assert "diplomatie" not in " ".join(ent.text for ent in doc.ents)
    record = _entity_of(doc, "La diplomatie américaine")
    assert record is not None and record["kb_id"] == "Q789915" and record["label"] == "ORG"


def test_descriptions_make_an_entity_the_text_never_names(nlp):
    doc = nlp("Le gouvernement français a annoncé une aide aux éleveurs de la Creuse.")
    record = _entity_of(doc, "Le gouvernement français")
    assert record is not None and record["name"] == "gouvernement français"


def test_descriptions_entities_stay_numbered_in_the_order_of_their_first_mention(nlp):
    doc = nlp("Les forces russes ont bombardé Kharkiv, selon l'armée ukrainienne.")
    records = doc._.veille_entities
    assert [record["id"] for record in records] == [f"E{n}" for n in range(1, len(records) + 1)]
    assert [record["name"] for record in records] == ["Armée russe", "Kharkiv", "Armée ukrainienne"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Le gouvernement a présenté son budget.", "Le gouvernement"),  # no country: coreference's business
        ("Selon ce texte, les Forces armées russes sont en alerte.", "les Forces armées russes"),  # a name
    ],
)
def test_descriptions_need_the_kb_description_written_in_lowercase(nlp, text, phrase):
    doc = nlp(text)
    nominal = [mention["text"] for record in doc._.veille_entities for mention in record["mentions"]
               if mention["kind"] == "nominal"]
    assert phrase not in nominal


def test_descriptions_an_institution_of_a_place_is_an_entity_the_place_stays_a_name(nlp):
    doc = nlp("Le parquet de Lille a ouvert une enquête, puis le parquet de Lille a requis la détention.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Lille", "LOC"), ("Lille", "LOC")]
    record = _entity_of(doc, "Le parquet de Lille")
    assert record["name"] == "parquet de Lille" and record["label"] == "ORG" and record["id"] == "E1"
    assert [mention["text"] for mention in record["mentions"]] == ["Le parquet de Lille", "le parquet de Lille"]


def test_descriptions_an_institution_of_a_place_may_take_adjectives(nlp):
    doc = nlp("La police judiciaire fédérale de Namur a interpellé deux hommes mardi.")
    assert _entity_of(doc, "La police judiciaire fédérale de Namur") is not None


def test_descriptions_leave_coreference_s_unnamed_referents_after_the_entities(nlp):
    doc = nlp("La police judiciaire fédérale de Namur a interpellé deux suspects mardi.")
    ids = [record["id"] for record in doc._.veille_entities]
    named = [i for i in ids if i.startswith("E")]
    assert named == [f"E{n}" for n in range(1, len(named) + 1)] and ids[: len(named)] == named


def test_descriptions_a_role_of_a_place_is_no_institution(nlp):
    doc = nlp("Le maire de Tarbes a inauguré la piscine.")
    assert [record["name"] for record in doc._.veille_entities] == ["Tarbes"]


def test_descriptions_an_army_and_its_acronym_are_one_entity(nlp):
    doc = nlp("L'armée malienne a repris le camp. Les FAMa ont annoncé dix interpellations.")
    record = _entity_of(doc, "L'armée malienne")
    assert record is not None and "FAMa" in [mention["text"] for mention in record["mentions"]]


def test_descriptions_an_unnamed_referent_opened_by_a_kb_description_is_the_kb_entity(nlp):
    doc = nlp("Le parquet national financier a ouvert une enquête. Le PNF a saisi un juge d'instruction.")
    record = _entity_of(doc, "Le parquet national financier")
    assert record is not None and record["name"] == "Parquet national financier" and not record.get("unnamed")
    assert "PNF" in [mention["text"] for mention in record["mentions"]]


@pytest.mark.parametrize("text, description, state", [
    ("Le régime birman a fait arrêter trois journalistes.", "Le régime birman", "Birmanie"),
    ("Kiev accuse l'occupant russe de piller les musées.", "l'occupant russe", "Russie"),
])
def test_descriptions_a_state_by_a_noun_and_its_nationality_adjective(nlp, text, description, state):
    """"le régime birman", "l'occupant russe": the state the adjective names, as a nominal mention."""
    record = _entity_of(nlp(text), description)
    assert record is not None and record["name"] == state


def test_descriptions_a_country_noun_without_a_nationality_adjective_is_no_state(nlp):
    record = _entity_of(nlp("Le régime a fait arrêter trois journalistes."), "Le régime")
    assert record is None or (record.get("unnamed") and record["kb_id"] is None)


@pytest.mark.parametrize("text, description", [
    ("La victime habitait au deuxième étage. Le voisin marocain a entendu des cris.", "Le voisin marocain"),
    ("L'occupant russe du véhicule a été blessé.", "L'occupant russe"),
])
def test_descriptions_a_person_of_a_nationality_is_no_state(nlp, text, description):
    """A neighbour, or an occupant of something, is a person, not the state of their nationality."""
    record = _entity_of(nlp(text), description)
    assert record is None or record["label"] != "LOC"
