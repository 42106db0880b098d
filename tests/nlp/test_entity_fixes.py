"""``veille_entity_fixes`` on real French news sentences: one class of model errors per test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc


def _names(nlp, text):
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    "text",
    ["Le président est attendu pour une visite d’Etat exceptionnelle mardi.", "Il a rappelé le rôle de l'Etat."],
)
def test_entity_fixes_state_as_common_noun_is_no_entity(nlp, text):
    assert not any(name in {"Etat", "État"} for name, _ in _names(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ce rapprochement inquiète les Américains et les Européens.", "Américains"),
        ("Ces derniers ont accusé les Nord-Coréens de livrer des munitions.", "Nord-Coréens"),
        ("Les Cristoliens se sont imposés face aux visiteurs.", "Cristoliens"),
        ("Depuis des mois, les Sahraouis attendent ce référendum.", "Sahraouis"),
        ("Des milliers de Kabyles ont défilé samedi.", "Kabyles"),
    ],
)
def test_entity_fixes_demonyms_are_misc(nlp, text, name):
    assert (name, "MISC") in _names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("La tribune a été publiée par le quotidien officiel Rodong Sinmun et l’agence KCNA.", "Rodong Sinmun"),
        ("Comme le rapporte Le Figaro, le président sera en déplacement.", "Le Figaro"),
        ("Une scène relatée sur le site actu.fr dimanche.", "actu.fr"),
    ],
)
def test_entity_fixes_media_are_organisations(nlp, text, name):
    assert (name, "ORG") in _names(nlp, text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Selon M. Guterres, la situation est grave.", "Guterres"),
        ("La France a été versée dans le groupe E.", "France"),
        ("Le maire de Pau a annoncé sa candidature.", "Pau"),
        # a day or month after a name says when: "dans Grenoble lundi" names Grenoble (the model takes both)
        ("La police est intervenue en force dans Grenoble lundi.", "Grenoble"),
    ],
)
def test_entity_fixes_spans_exclude_titles_and_determiners(nlp, text, kept):
    assert kept in [name for name, _ in _names(nlp, text)]


@pytest.mark.parametrize(
    "text, not_a_name",
    [
        ("Contacté par la rédaction, Jean-Paul Bachy a réagi.", "Contacté"),
        ("Félicitations aux policiers pour leur intervention.", "Félicitations"),
        ("Le Premier ministre libanais a appelé au calme.", "Premier ministre libanais"),
        ("Le ministre de la Santé a parlé.", "Santé"),
    ],
)
def test_entity_fixes_capitalised_common_words_and_roles_are_no_names(nlp, text, not_a_name):
    assert not_a_name not in [name for name, _ in _names(nlp, text)]


def test_entity_fixes_splits_an_institution_from_the_person_after_it(nlp):
    names = _names(nlp, "Le porte-parole de la Maison Blanche Josh Earnest a lancé un avertissement.")
    assert ("Josh Earnest", "PER") in names
    assert any(label == "ORG" and "Maison" in name for name, label in names)


def test_entity_fixes_extends_a_geographic_head(nlp):
    assert ("bande de Gaza", "LOC") in _names(nlp, "Des frappes ont visé la bande de Gaza lundi.")


def test_entity_fixes_reads_a_dateline_in_capitals(nlp):
    assert ("NEW YORK", "LOC") in _names(nlp, "NEW YORK, 1er octobre -- Le secrétaire général a parlé.")


def test_entity_fixes_places_that_play_in_a_sports_report_are_teams(nlp):
    text = (
        "Le match a tourné court. Créteil a battu Saran 30-25 en championnat, une victoire nette. "
        "L'entraîneur a salué les buts de son équipe à Paris."
    )
    names = dict(_names(nlp, text))
    assert names.get("Créteil") == "ORG"
    assert names.get("Paris") == "LOC"


def test_entity_fixes_ignore_boilerplate(seed_analysis):
    start = seed_analysis.text.index("> A lire aussi")
    assert not [m for e in seed_analysis.entities for m in e.mentions if m.start >= start]


def test_entity_fixes_political_victories_are_no_sports_report(nlp):
    text = (
        "La France a remporté une victoire diplomatique. L'équipe du président prépare la saison budgétaire, "
        "dans le but de réduire le déficit face à l'Allemagne."
    )
    names = dict(_names(nlp, text))
    assert names.get("France") == "LOC"
    assert names.get("Allemagne") == "LOC"


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Elle enseigne à l’École nationale des ponts et chaussées de l’Université de Namur depuis 2019.",
         "École nationale des ponts et chaussées", "ORG"),
        ("Le traité New Start expire en février.", "traité New Start", "MISC"),
    ],
)
def test_entity_fixes_span_ends_on_the_name(nlp, text, name, label):
    """No trailing "de l'" ("… chaussées de l'"), and no word of the name left outside ("traité New [Start]")."""
    assert (name, label) in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Les délégations se sont retrouvées au Caire jeudi.", "Caire"),
        ("Le navire a accosté au Havre dans la nuit.", "Havre"),
        ("L'aide est arrivée aux Comores par bateau.", "Comores"),
    ],
)
def test_entity_fixes_a_contracted_article_is_no_part_of_a_place(nlp, text, name):
    """The model tags "au Caire" whole; "au" / "aux" are "à le" / "à les", a determiner like "le"."""
    assert (name, "LOC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_hyphenated_known_name_the_tokenizer_splits_is_one_place(nlp):
    """The tokenizer cuts "Addis-Abeba" in three and the model reads two places; the KB's name is one."""
    assert _names(nlp, "Le sommet des chefs d'Etat se tiendra à Addis-Abeba en février.") == [("Addis-Abeba", "LOC")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("La Norvège organisera le Mondial de handball féminin en 2029.", "Mondial de handball féminin"),
        ("Le Salon de l'agriculture ferme ses portes dimanche soir.", "Salon de l'agriculture"),
    ],
)
def test_entity_fixes_an_event_head_makes_the_name_an_event(nlp, text, name):
    """The model reads "Mondial de handball" and "Salon de l'agriculture" as organisations; their first word
    names an event (lang/fr/event_heads.tsv)."""
    assert (name, "MISC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_portfolio_of_a_common_noun_and_adjective_is_no_name(nlp):
    """"le ministre de l'Administration territoriale": a portfolio, as "des Affaires étrangères" is; an institution
    after a title still is a name ("le secrétaire du Conseil suprême …")."""
    assert _names(nlp, "Le ministre de l'Administration territoriale a lu le décret.") == []
    assert ("Conseil suprême de la sécurité nationale", "ORG") in _names(
        nlp, "Le secrétaire du Conseil suprême de la sécurité nationale est arrivé.")


@pytest.mark.issue(12)
def test_entity_fixes_a_person_s_name_opens_on_no_common_noun(nlp):
    """The model tags "gouvernement Lecornu" as a person; the government is no part of his name."""
    assert ("Lecornu", "PER") in _names(nlp, "Le gouvernement Lecornu a présenté son budget mardi.")


@pytest.mark.issue(12)
def test_entity_fixes_no_name_runs_over_a_headline_line(nlp):
    text = ("Le conseil a siégé.\nGrève générale dans les transports publics\n"
            "Après une semaine agitée par les manifestations, le calme revient.")
    assert _names(nlp, text) == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Il a été transféré à l'hôpital de Valence en urgence.", "Valence", "LOC"),
        ("Les pays du Golfe ont annoncé des sanctions.", "Golfe", "LOC"),
        ("Des pluies sont attendues dans le canton de Fribourg.", "canton de Fribourg", "LOC"),
        ("Le ministère arménien de la Défense a publié un bilan.", "ministère arménien de la Défense", "ORG"),
        ("Le Tribunal d'arrondissement de Martigny a rendu son jugement.", "Tribunal d'arrondissement de Martigny", "ORG"),
        ("Le Tribunal correctionnel de Namur a rendu son jugement.", "Tribunal correctionnel de Namur", "ORG"),
    ],
)
def test_entity_fixes_lowercase_heads_stay_out_unless_typography_writes_them(nlp, text, name, label):
    """"hôpital de [Valence]", but "canton de Fribourg", "ministère arménien de la Défense" and a capitalised
    institution's head ("Tribunal d'arrondissement de …") are the name."""
    assert (name, label) in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text",
    [
        "La ministre des Solidarités Odile Fargeau a reçu les syndicats.",
        "Le ministre français du Budget a démissionné mardi.",
        "Le haut-commissaire aux Retraites Paul Vernier a présenté son plan.",
        "Les ministres de l'Économie et ceux de la Culture et de la Jeunesse ont quitté le gouvernement.",
    ],
)
def test_entity_fixes_portfolios_are_no_names(nlp, text):
    assert all(label == "PER" for _, label in _names(nlp, text))


@pytest.mark.issue(12)
def test_entity_fixes_a_country_after_a_portfolio_stays(nlp):
    names = _names(nlp, "Les ministres des Affaires étrangères de l'Espagne et du Portugal se réuniront.")
    assert ("Espagne", "LOC") in names and not any("Affaires" in name for name, _ in names)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("La France insoumise a dénoncé le texte, et la France insoumise votera contre.", "France insoumise"),
        ("Jean Dupont, député de la France insoumise, a voté contre.", "France insoumise"),
    ],
)
def test_entity_fixes_a_known_name_replaces_the_models_pieces(nlp, text, name):
    """The model reads "la France" in "la France insoumise"; the KB's name wins, without the party's article."""
    names = _names(nlp, text)
    assert (name, "ORG") in names and ("France", "LOC") not in names


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Le directeur de l'Union vaudoise des arts et métiers (uvam) Pierre Jaccard a dénoncé les taxes. "
         "Selon le directeur de l'uvam, les ateliers ferment.", "uvam"),
        ("Le Syndicat romand des métiers du bâtiment (srmb) appelle à la grève. La srmb sera reçue lundi.", "srmb"),
    ],
)
def test_entity_fixes_an_acronym_in_parentheses_is_the_names_whatever_its_case(nlp, text, acronym):
    assert _names(nlp, text).count((acronym, "ORG")) == 2


@pytest.mark.issue(12)
def test_entity_fixes_every_occurrence_of_an_acronym_is_tagged(nlp):
    text = ("Les miliciens du Front de libération du delta (FLD) ont attaqué le poste, selon la police. "
            "Neuf combattants et trois FLD ont été tués.")
    assert _names(nlp, text).count(("FLD", "ORG")) == 2


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Moscou a annoncé la suspension de Nova Terra, jusqu'à la fin du traité. Signé en 2012, le traité Nova "
         "Terra limite les missiles.", "Nova Terra", "MISC"),
        ("La Russie reste à Lisbonne. Le traité Lisbonne encadre les essais.", "Lisbonne", "LOC"),
    ],
)
def test_entity_fixes_a_head_gives_its_kind_to_the_bare_name(nlp, text, name, label):
    """"le traité Nova Terra" makes "Nova Terra" a treaty everywhere; a place the KB knows stays a place."""
    assert (name, label) in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize("town", ["Boulzanga", "Djibasso", "Koutougou"])
def test_entity_fixes_a_town_the_model_calls_a_person_is_a_place(nlp, town):
    text = (f"« Une unité du détachement militaire de {town} qui menait une patrouille a été attaquée », selon "
            f"l'armée. Trois soldats sont morts à {town}.")
    assert _names(nlp, text) == [(town, "LOC"), (town, "LOC")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, surname",
    [
        ("Marc Lorient a été élu. Les promesses de Lorient ont déçu.", "Lorient"),
        ("Paul Nancy a démissionné hier. Selon Nancy, la décision était prise depuis longtemps.", "Nancy"),
    ],
)
def test_entity_fixes_the_surname_of_a_named_person_is_that_person(nlp, text, surname):
    assert (surname, "PER") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_name_apposed_to_a_person_noun_is_a_person(nlp):
    words = ["Selon", "la", "porte-parole", ",", "Tamar", "Gelashvili", ",", "rien", "n'", "est", "décidé", "."]
    heads = [2, 2, 9, 4, 2, 4, 4, 9, 9, 9, 9, 9]
    deps = ["case", "det", "obl:mod", "punct", "appos", "flat:name", "punct", "nsubj", "advmod", "aux:pass",
            "ROOT", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "ADV", "AUX", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-MISC", "I-MISC", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    doc = nlp.get_pipe("veille_entity_fixes")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Tamar Gelashvili", "PER")]


@pytest.mark.issue(12)
def test_entity_fixes_a_name_may_open_on_a_particle(nlp):
    text = "Toutefois, le général al-Mansouri a déclaré dimanche qu'une trêve était possible."
    assert ("al-Mansouri", "PER") in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Une explosion a été signalée sur le Kremlin dans la nuit.", "Kremlin", "LOC"),
        ("Le nouveau Premier ministre a dormi à Matignon.", "Matignon", "LOC"),
        ("Le porte-parole du Kremlin a démenti toute implication.", "Kremlin", "ORG"),
        ("L'Élysée a publié un communiqué mardi.", "Élysée", "ORG"),
        ("Le ministre a été reçu à la Maison Blanche jeudi.", "Maison Blanche", "ORG"),
    ],
)
def test_entity_fixes_a_seat_is_a_place_after_a_locative_preposition(nlp, text, name, label):
    assert (name, label) in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Un porte-parole du departement d'Etat a répondu aux journalistes.", "departement d'Etat"),
        ("Un porte-parole du département d’État a répondu aux journalistes.", "département d’État"),
        ("La numéro trois du département d'Etat américain, Lisa Brandt, est attendue à Oslo.",
         "département d'Etat américain"),
    ],
)
def test_entity_fixes_known_institution_as_news_writes_it(nlp, text, name):
    """Unaccented capitals, either apostrophe, and the institution's own nationality adjective after it."""
    linked = [(ent.text, ent.label_, ent.kb_id_) for ent in nlp(text).ents]
    assert (name, "ORG", "Q789915") in linked


@pytest.mark.issue(12)
def test_entity_fixes_another_country_adjective_stays_out_of_the_link(nlp):
    doc = nlp("Le département d'État russe n'existe pas.")
    assert not any(ent.kb_id_ == "Q789915" for ent in doc.ents)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Dans un long entretien Marine Le Pen, visiblement agacée, a répondu à ses rivaux.", "Marine Le Pen", "PER"),
        ("L'ancien cadre du mouvement Ennahdha Karim Bouzid a été entendu lundi.", "Ennahdha", "ORG"),
        ("La FGTB et la CSC appellent à une journée de grève jeudi.", "CSC", "ORG"),
        ("La CAQ et le Bloc québécois ont voté contre le texte.", "Bloc québécois", "ORG"),
    ],
)
def test_entity_fixes_parties_unions_and_their_leaders_beyond_france(nlp, text, name, label):
    """The KB's parties, unions and party leaders of the French-speaking press (Belgium, Québec, Maghreb) give
    whole names the model cuts or runs together."""
    assert (name, label) in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Selon le ministère marocain des Affaires étrangères, Rabat rejette ces accusations.",
         "ministère marocain des Affaires étrangères"),
        ("Un porte-parole du ministère tunisien de l'Intérieur a confirmé trois interpellations.",
         "ministère tunisien de l'Intérieur"),
    ],
)
def test_entity_fixes_a_ministry_the_model_missed(nlp, text, name):
    assert (name, "ORG") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_ministry_without_its_name_is_none(nlp):
    assert _names(nlp, "Le ministère a réagi dans la soirée.") == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("La joueuse tchèque a remporté Roland-Garros pour la deuxième fois.", "Roland-Garros"),
        ("Le club lensois retrouvera la Ligue des champions en septembre.", "Ligue des champions"),
        ("Les fidèles ont célébré l'Aïd el-Fitr dans la grande mosquée de Lunel.", "Aïd el-Fitr"),
    ],
)
def test_entity_fixes_named_events_are_misc(nlp, text, name):
    """Competitions, festivals and holidays the KB knows (events.tsv) are MISC, whatever the model read."""
    assert (name, "MISC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_an_event_written_lowercase_is_a_description(nlp):
    names = _names(nlp, "Son grand-père avait combattu pendant la guerre d'Algérie, dans les Aurès.")
    assert ("Algérie", "LOC") in names and not any(name.startswith("guerre") for name, _ in names)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Standard de Liège a arraché le nul à Ostende samedi soir.", "Standard de Liège"),
        ("Le Sporting de Charleroi recrute un gardien.", "Sporting de Charleroi"),
        ("Le Stade rennais a arraché le nul à Lorient.", "Stade rennais"),
    ],
)
def test_entity_fixes_sports_clubs_are_organisations(nlp, text, name):
    assert (name, "ORG") in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, region",
    [
        ("Il a ensuite frappé la victime à Fleurus (Hainaut), avant de prendre la fuite.", "Hainaut"),
        ("Le maire d'Annecy (Haute-Savoie) a signé l'arrêté.", "Haute-Savoie"),
    ],
)
def test_entity_fixes_the_region_in_parentheses_after_a_town(nlp, text, region):
    assert (region, "LOC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_dateline_agency_in_parentheses_stays_an_organisation(nlp):
    assert ("APS", "ORG") in _names(nlp, "DAKAR (APS) - Le chef de l'État a reçu les syndicats.")


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, organisation, person",
    [
        ("Le député Ennahdha Sami Tlili a démissionné jeudi.", "Ennahdha", "Sami Tlili"),
        ("Le responsable du Hamas Ismaïl Haniyeh a démenti.", "Hamas", "Ismaïl Haniyeh"),
    ],
)
def test_entity_fixes_a_one_word_organisation_run_into_a_person(nlp, text, organisation, person):
    names = _names(nlp, text)
    assert (organisation, "ORG") in names and (person, "PER") in names


@pytest.mark.issue(12)
def test_entity_fixes_a_participle_after_a_country_is_no_part_of_it(nlp):
    names = _names(nlp, "Les exilés rêvent d'un Soudan pacifié et d'une Libye réunifiée.")
    assert ("Soudan", "LOC") in names and ("Libye", "LOC") in names


@pytest.mark.issue(12)
def test_entity_fixes_a_regional_adjective_stays_in_the_name(nlp):
    assert ("Guinée équatoriale", "LOC") in _names(nlp, "La Guinée équatoriale a rappelé son ambassadeur.")


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Le président s'est envolé pour le G20 de Rio dimanche soir.", "G20 de Rio"),
        ("Le G7 de Biarritz avait été marqué par une visite surprise.", "G7 de Biarritz"),
    ],
)
def test_entity_fixes_a_forum_meeting_in_a_place_is_an_event(nlp, text, meeting):
    assert (meeting, "MISC") in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, region",
    [
        ("Les exportations vers l'Afrique australe ont reculé.", "Afrique australe"),
        ("La sécheresse frappe l'Europe centrale cet été.", "Europe centrale"),
        ("Les cinémas de Suisse romande ont fermé.", "Suisse romande"),
    ],
)
def test_entity_fixes_a_region_named_by_a_continent_or_country_and_its_adjective(nlp, text, region):
    """The model stops at the continent or country ("[Europe] centrale"); the KB knows the region."""
    assert (region, "LOC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_an_event_french_writes_in_lowercase_is_a_name(nlp):
    assert ("ramadan", "MISC") in _names(nlp, "Les horaires du marché de Roubaix changent pendant le ramadan.")


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Des militants ont bloqué le siège de la société Vinci à Nanterre.", "Vinci"),
        ("Le syndicat Alliance police nationale a dénoncé la décision.", "Alliance police nationale"),
        ("Le Groupe Casino a cédé ses magasins.", "Groupe Casino"),
    ],
)
def test_entity_fixes_an_organisation_s_lowercase_kind_is_no_part_of_its_name(nlp, text, name):
    assert (name, "ORG") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_title_case_acronym_keeps_its_expansion_s_label(nlp):
    text = ("Une enquête a été confiée à l'Agence nationale de la sécurité des systèmes d'information (Anssi). "
            "L'Anssi rendra ses conclusions en mars.")
    assert [name for name in _names(nlp, text) if name[0] == "Anssi"] == [("Anssi", "ORG"), ("Anssi", "ORG")]


@pytest.mark.issue(12)
def test_entity_fixes_a_kb_name_needs_its_capitals(nlp):
    """"La réunion" opening a sentence is no "La Réunion": a KB name is found with the KB's capitals, but for the
    first letter."""
    names = _names(nlp, "La réunion s'est achevée tard. Le préfet de La Réunion était présent.")
    assert ("La réunion", "LOC") not in names and ("La Réunion", "LOC") in names


@pytest.mark.issue(12)
def test_entity_fixes_a_polling_institute_without_its_kind(nlp):
    assert ("Ifop", "ORG") in _names(nlp, "Le parti obtiendrait 12 % des voix, selon l'institut Ifop.")


@pytest.mark.issue(12)
def test_entity_fixes_the_initials_a_court_report_gives_a_person_are_a_name(nlp):
    """"M.A." for a defendant kept anonymous is a person; initials beside a capitalised word are not ("Vinci S.A.")."""
    text = ("Le tribunal correctionnel de Liège a condamné mardi R.D. à une peine de cinq ans. Le 3 mai 2019, R.D., "
            "qui vivait à Seraing, avait frappé un voisin. La victime a porté plainte mais R.D. contestait les coups. "
            "Le groupe Vinci S.A. a été cité.")
    names = _names(nlp, text)
    assert names.count(("R.D.", "PER")) == 3 and not any(name == "S.A." for name, _ in names)


@pytest.mark.issue(12)
def test_entity_fixes_a_known_first_name_and_a_capitalised_word_are_a_person(nlp):
    """An unusual nationality adjective breaks the model's reading ("le président kényan William Ruto" gives no
    entity); a known first name with a capitalised word after it is a person, unless a capitalised word before
    makes it part of another name ("rue Victor Hugo")."""
    names = _names(nlp, "Le président kényan William Ruto a reçu le maire de la rue Victor Hugo.")
    assert ("William Ruto", "PER") in names and ("Victor Hugo", "PER") not in names


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Un incendie s'est déclaré rue des Acacias dans la nuit de lundi.", "rue des Acacias"),
        ("Les manifestants se sont rassemblés place des Lices avant de défiler.", "place des Lices"),
    ],
)
def test_entity_fixes_a_street_begins_at_its_head(nlp, text, name):
    """"rue des [Acacias]": the model tags the street's own name; its head and "de" before it are the name."""
    assert (name, "LOC") in _names(nlp, text)


@pytest.mark.issue(14)
@pytest.mark.parametrize("text", ["Il a défendu la place de la France dans le monde lors de sa visite."])
def test_entity_fixes_a_head_before_a_known_place_stays_a_common_noun(nlp, text):
    assert ("France", "LOC") in _names(nlp, text)


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "text, name",
    [("Square Dufrêne, les enfants jouent sous la surveillance de leurs parents.", "Square Dufrêne")],
)
def test_entity_fixes_a_square_opening_a_sentence_is_a_place(nlp, text, name):
    """The model reads a capitalised head and a surname as a person; a square's head says it is a place."""
    assert (name, "LOC") in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, name", [
    ("Les accords de Dayton ont mis fin à la guerre.", "accords de Dayton"),
    ("Le protocole de Montréal protège la couche d'ozone.", "protocole de Montréal"),
])
def test_entity_fixes_agreements_named_after_a_place_are_misc(nlp, text, name):
    """"les accords de X", "le protocole de X": a named agreement (a law or report's kind), not the place."""
    assert (name, "MISC") in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "Le ministre nigérian de la Défense, Yusuf Bello, a reçu son homologue.",
    "La ministre brésilienne des Affaires étrangères, Ana Souza, a démenti.",
])
def test_entity_fixes_a_portfolio_after_a_nationality_is_no_name(nlp, text):
    """The model tags "nigérian de la Défense" a person: a span that opens on the title's nationality adjective
    and holds only a portfolio is none; the minister's name is the person."""
    names = _names(nlp, text)
    assert [label for _, label in names] == ["PER"] and names[0][0] in {"Yusuf Bello", "Ana Souza"}


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, name", [
    ("La France a livré des missiles Scalp à l'Ukraine.", "Scalp"),  # missed by the model
    ("La France a livré des canons Caesar à l'Ukraine.", "Caesar"),  # read as a person
    ("L'armée a reçu deux hélicoptères Tigre.", "Tigre"),  # read as the Ethiopian region
    ("Le gouvernement a fait voter la loi Immigration en décembre.", "loi Immigration"),
])
def test_entity_fixes_a_name_after_a_head_of_products_or_laws_is_misc(nlp, text, name):
    assert (name, "MISC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_name_stops_before_a_conjugated_verb(nlp):
    """The model ran "… des entrepreneurs" into "ont échoué": no name holds a conjugated verb."""
    text = "Les discussions avec la Fédération romande des entrepreneurs ont échoué mardi."
    assert ("Fédération romande des entrepreneurs", "ORG") in _names(nlp, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,name",
    [
        ("L'armée a reçu des missiles Javelin la semaine dernière.", "Javelin"),
        ("Le pays a commandé des avions Rafale.", "Rafale"),
    ],
)
def test_entity_fixes_a_weapon_is_named_without_its_kind(nlp, text, name):
    """Products, weapons and systems are named without the lowercase head that says what they are (GUIDELINES
    1.1: "Strela", "Dôme de fer")."""
    assert (name, "MISC") in _names(nlp, text)


@pytest.mark.issue(12)
def test_entity_fixes_a_quoted_title_after_a_works_head_is_misc(nlp):
    """"le roman « Le Grand Meaulnes »": a capitalised quotation after the head of a work is its title, MISC."""
    assert ("Le Grand Meaulnes", "MISC") in _names(nlp, "Elle relit le roman « Le Grand Meaulnes » chaque été.")
