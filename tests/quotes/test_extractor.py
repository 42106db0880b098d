"""``veille_quotes`` on real French sentences: one construction per test, and the reference article."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.kind, q.text, q.speaker.name, q.cue.text if q.cue else None) for q in analyse_text(text).quotes]


def _said(analyse_text, text):
    """Each quote's words and speaker's name."""
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


def test_quotes_seed_finds_every_statement_with_its_speaker(seed_analysis, seed_expected):
    missed = [
        want["snippet"]
        for want in seed_expected["quotes"]
        if not any(want["snippet"] in q.text and q.speaker.name == want["speaker"] for q in seed_analysis.quotes)
    ]
    assert missed == []


def test_quotes_seed_statements_from_the_tribune_go_through_its_outlets(seed_analysis):
    relayed = {q.text[:30]: [m.name for m in q.via.members] for q in seed_analysis.quotes if q.via is not None}
    assert relayed == {
        'Pyongyang de son "soutien indé': ["Rodong Sinmun", "KCNA"],
        "la Russie a soutenu la Corée d": ["Rodong Sinmun", "KCNA"],
        "Moscou les a appuyés dans la c": ["Rodong Sinmun", "KCNA"],
    }


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Le ministre Jean Dupont a précisé que la réforme serait votée en juin.", "la réforme serait votée en juin",
         "Jean Dupont", "a précisé"),
        ("Marie Curie affirme qu'elle ne se représentera pas.", "elle ne se représentera pas", "Marie Curie", "affirme"),
    ],
)
def test_quotes_que_clause_after_a_reporting_verb_is_indirect(analyse_text, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in _quotes(analyse_text, text)


def test_quotes_incise_after_a_quote_names_the_speaker(analyse_text):
    text = "Paul Martin a parlé longuement. « Nous ne céderons rien sur les salaires », a-t-il martelé."
    kind, content, speaker, cue = _quotes(analyse_text, text)[0]
    assert (kind, content, speaker, cue) == ("direct", "Nous ne céderons rien sur les salaires", "Paul Martin", "a-t-il martelé")


def test_quotes_selon_attributes_the_clause_to_its_source(analyse_text):
    quotes = _quotes(analyse_text, "Selon Jean Dupont, la réforme sera votée en juin.")
    assert ("indirect", "la réforme sera votée en juin", "Jean Dupont", "Selon") in quotes


def test_quotes_colon_introduces_the_words_of_the_clause_before_it(analyse_text):
    text = "Josep Borrell, chef de la diplomatie européenne : « Nous demandons à la Russie de cesser ces attaques. »"
    (kind, content, speaker, _), *_ = _quotes(analyse_text, text)
    assert (kind, speaker) == ("direct", "Josep Borrell")
    assert content.startswith("Nous demandons à la Russie")


def test_quotes_quoted_words_inside_a_complement_make_it_mixed(analyse_text):
    quotes = _quotes(analyse_text, "François Hollande a déclaré que la France avait « manqué à sa promesse ».")
    assert quotes[0][0] == "mixed" and quotes[0][2] == "François Hollande"


@pytest.mark.parametrize(
    "text",
    [
        "La « patrouille improvisée » s'est élancée dans la rue.",
        "Le porte-parole a refusé de préciser les options envisagées.",
    ],
)
def test_quotes_labels_and_refused_speech_are_no_quotes(analyse_text, text):
    assert _quotes(analyse_text, text) == []


def test_quotes_group_speaker_keeps_its_members(seed_analysis):
    accusation = next(q for q in seed_analysis.quotes if "livrer des munitions" in q.text)
    assert [m.name for m in accusation.speaker.members] == ["Américains", "Européens"]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("D'après le ministre Jean Dupont, la crise est désormais finie.", "D'après", "Jean Dupont"),
        ("Aux yeux de Paul Martin, la crise est désormais finie.", "Aux yeux de", "Paul Martin"),
    ],
)
def test_quotes_multiword_source_markers_name_their_source(analyse_text, text, cue, speaker):
    assert [(c, s) for _, _, s, c in _quotes(analyse_text, text)] == [(cue, speaker)]


def test_quotes_a_place_after_aux_is_no_source(analyse_text):
    quotes = _quotes(analyse_text, "Le ministre est parti aux Etats-Unis, où il restera trois jours.")
    assert not [q for q in quotes if q[3] and q[3].lower().startswith("aux")]


@pytest.mark.parametrize(
    "text",
    [
        "Marie Dupont a visité l'usine mardi. Par contre, souligne-t-elle, « les salaires restent bien trop bas ».",
        "Marie Dupont a visité l'usine mardi. « Les salaires restent bien trop bas », souligne-t-elle.",
    ],
)
def test_quotes_incise_before_or_after_a_spaced_quote_gives_its_inside(analyse_text, text):
    kind, content, speaker, cue = _quotes(analyse_text, text)[0]
    assert (kind, content.lower(), speaker, cue) == ("direct", "les salaires restent bien trop bas", "Marie Dupont", "souligne-t-elle")


def test_quotes_a_name_in_the_speakers_complement_is_not_the_speaker(analyse_text):
    quotes = _quotes(analyse_text, "Les quatre syndicats de la SNCF ont annoncé que la grève continuerait.")
    assert quotes == [("indirect", "la grève continuerait", "Les quatre syndicats de la SNCF", "ont annoncé")]


def test_quotes_the_noun_after_an_incise_is_its_subject_not_a_statement(analyse_text):
    text = ("Le ministère a publié un communiqué dimanche. « Les hôpitaux sont prêts à accueillir les malades », a "
            "rappelé la même source.")
    assert [q[1] for q in _quotes(analyse_text, text)] == ["Les hôpitaux sont prêts à accueillir les malades"]
    text = ("L'Union européenne va proposer une nouvelle enveloppe, a annoncé lundi la présidente de la Commission "
            "européenne Ursula von der Leyen.")
    assert _quotes(analyse_text, text) == [
        ("indirect", "L'Union européenne va proposer une nouvelle enveloppe", "Ursula von der Leyen", "a annoncé")
    ]


@pytest.mark.parametrize(
    "text",
    ["Le gouvernement doit préciser ses intentions sur la réforme des retraites.",
     "Anne Durand va annoncer que la réforme est reportée."],
)
def test_quotes_what_is_yet_to_be_said_is_no_statement(analyse_text, text):
    assert _quotes(analyse_text, text) == []


def test_quotes_a_list_after_a_reporting_verb_and_a_colon_is_one_statement_per_item(analyse_text):
    text = ("La mairie a publié de nouvelles règles.\n\nDans le détail, le règlement précise :\n\n- la baignade est "
            "interdite après 20 heures\n\n- les chiens doivent être tenus en laisse\n\nLes contrevenants seront verbalisés.")
    assert _quotes(analyse_text, text) == [
        ("indirect", "la baignade est interdite après 20 heures", "le règlement", "précise"),
        ("indirect", "les chiens doivent être tenus en laisse", "le règlement", "précise"),
    ]
    assert _quotes(analyse_text, "Le menu de la cantine comprend :\n\n- une entrée de saison\n\n- un plat chaud") == []


def test_quotes_a_subject_lost_across_a_parenthesis_and_a_relayed_statement(analyse_text):
    text = ("Selon l'AFP qui a rapporté la déclaration, Paul Martin, qui a été applaudi par la salle, a soutenu que "
            "« la ville a tenu ses promesses ».")
    assert _quotes(analyse_text, text) == [("mixed", "la ville a tenu ses promesses", "Paul Martin", "a soutenu")]


def test_quotes_relative_qui_after_coordinated_relatives_is_the_name_before_them(analyse_text):
    text = ("L'article a fait réagir le directeur, M. Paul Lambert que nous avons rencontré hier et qui réfute en "
            "bloc les accusations portées contre lui.")
    assert [(q[2], q[3]) for q in _quotes(analyse_text, text)] == [("Paul Lambert", "réfute")]


def test_quotes_pour_qui_after_a_speaker_gives_its_opinion(analyse_text):
    text = "À Lyon, les cheminots sont prêts, indique la CGT, pour qui la réforme est une stigmatisation."
    quotes = _quotes(analyse_text, text)
    assert ("indirect", "la réforme est une stigmatisation", "Confédération générale du travail", "pour") in quotes
    assert _quotes(analyse_text, "Il a voté pour qui il voulait, comme chaque année.") == []


def test_quotes_a_selon_clause_that_announces_a_quotation_is_no_statement_itself(analyse_text):
    text = ("Le directeur conteste. Le motif, selon lui, est le suivant : « Ces gens n'ont jamais présenté leur bilan "
            "annuel aux salariés ».")
    assert [q[1] for q in _quotes(analyse_text, text)] == ["Ces gens n'ont jamais présenté leur bilan annuel aux salariés"]


def test_quotes_a_possessive_no_one_near_answers_to_is_the_last_speaker(analyse_text):
    text = ("Paul Martin dénonce la réforme. « Nous ne céderons rien », souligne-t-il. Rencontre qui promet d'être "
            "houleuse. Cette situation l'a amené, selon ses déclarations, à convoquer une réunion publique.")
    assert _quotes(analyse_text, text)[-1][2:] == ("Paul Martin", "selon")
    alone = "Le maire a reçu les habitants lundi. Cette situation l'a amené, selon ses déclarations, à convoquer une réunion."
    assert [q[2] for q in _quotes(analyse_text, alone)] == [None]


def test_quotes_a_pronoun_picks_up_an_unnamed_person_two_sentences_back(analyse_text):
    text = ("Le policier est resté avec la victime, âgée de 22 ans. Son sac avait été volé. Selon Le Parisien, elle "
            "aurait même affirmé avoir été suivie toute la journée.")
    assert _quotes(analyse_text, text) == [
        ("indirect", "avoir été suivie toute la journée", "la victime", "aurait même affirmé")
    ]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Le président de la région Bretagne a réagi au discours de Paul Arnaud. Pour lui, le gouvernement a tort de "
         "précipiter la réforme.\nContacté par la rédaction, Jean-Marc Le Goff a réagi à la déclaration de Paul "
         "Arnaud. Le président de la région Bretagne n'est pas opposé à la réforme.",
         "le gouvernement a tort de précipiter la réforme", "Jean-Marc Le Goff"),
        ("La cour d'assises juge depuis lundi un homme de 30 ans et une femme de 41 ans. L'avocate générale requiert "
         "une peine de dix ans à l'encontre de la femme, qui vivait avec la victime. Selon elle, la préméditation ne "
         "fait aucun doute.",
         "la préméditation ne fait aucun doute", "L'avocate générale"),
    ],
)
def test_quotes_a_pronoun_picks_up_the_salient_person_of_its_sentence_not_a_complement(analyse_text, text, content,
                                                                                        speaker):
    """"X a réagi au discours de Y. Pour lui, …": the subject, not the name in a complement; a description that has a
    name elsewhere stands for it, one that has none for itself, whole ("L'avocate générale")."""
    assert {q.text: q.speaker.name for q in analyse_text(text).quotes}[content] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Les délégués syndicaux ont été reçus par Paul Martin mardi. « Nous resterons mobilisés jusqu'au bout », "
        "ont-ils prévenu.",
        "Les infirmières ont rencontré le ministre Paul Martin mardi. Selon elles, le service des urgences manque de lits.",
    ],
)
def test_quotes_a_plural_pronoun_is_never_one_named_person(analyse_text, text):
    """Not Paul Martin: no one, or the group described before ("Les infirmières … Selon elles")."""
    (quote,) = analyse_text(text).quotes
    assert quote.speaker.name in {None, "Les délégués syndicaux", "Les infirmières"}


def test_quotes_a_que_clause_the_parser_split_at_a_quotation_mark_stays_whole(analyse_text):
    text = ('Le porte-parole Marc Dubois a parlé mardi. Il a prévenu que Paris "envisagerait d\'autres mesures si la '
            'situation continue à se dégrader".')
    assert _quotes(analyse_text, text) == [
        ("mixed", 'Paris "envisagerait d\'autres mesures si la situation continue à se dégrader"', "Marc Dubois", "a prévenu")
    ]


def test_quotes_selon_opening_a_line_the_parser_ran_into_the_previous_one(analyse_text):
    text = ("Des drones ont frappé deux raffineries dans le sud du pays\nSelon le ministère de la Défense, les attaques "
            'prennent "une ampleur inédite".')
    assert [(q[1], q[3]) for q in _quotes(analyse_text, text)] == [('les attaques prennent "une ampleur inédite"', "Selon")]


def test_quotes_an_incise_reports_only_its_own_sentence_when_the_parser_ran_two_together(analyse_text):
    text = ("Le porte-parole Josh Earnest a parlé mardi. Pyongyang doit faire le choix de rejoindre la communauté "
            "internationale en s'engageant à dénucléariser la péninsule, a-t-il indiqué.")
    assert _quotes(analyse_text, text) == [
        ("indirect", "Pyongyang doit faire le choix de rejoindre la communauté internationale en s'engageant à "
         "dénucléariser la péninsule", "Josh Earnest", "a-t-il indiqué")
    ]
    said = _quotes(analyse_text, "Le ministre a dû préciser que la réforme était reportée.")
    assert [q[1] for q in said] == ["la réforme était reportée"]


def test_quotes_a_colon_clause_speaks_through_its_name_not_a_pour_inside_it(analyse_text):
    text = ("Josep Borrell, Haut représentant de l'UE pour les Affaires étrangères : « Nous demandons à la Russie de "
            "cesser ces attaques. »")
    assert [(q[2], q[3]) for q in _quotes(analyse_text, text)] == [("Josep Borrell", ":")]


def test_quotes_le_communique_is_whoever_issued_one_not_just_the_last_speaker(analyse_text):
    text = ("« Une guerre totale doit être évitée », a dit Marc Dubois dans un communiqué. Le ministre a ensuite reçu "
            "les ambassadeurs, a précisé Paul Martin. « Les contacts se poursuivront cette semaine », ajoute le communiqué.")
    assert [q[2] for q in _quotes(analyse_text, text)] == ["Marc Dubois", "Paul Martin", "Marc Dubois"]
    text = "Le ministre a reçu les ambassadeurs, a précisé Paul Martin. « Les contacts se poursuivront », ajoute le communiqué."
    assert _quotes(analyse_text, text)[-1][2] == "Paul Martin"


def test_quotes_a_version_spelled_out_after_a_colon_is_the_statement_the_bare_version_none(analyse_text):
    text = ("L'avocat de l'accusé maintient la version de son client : une tentative de suicide, empêchée par son "
            "épouse. Le verdict est attendu.")
    assert _quotes(analyse_text, text) == [
        ("indirect", "une tentative de suicide, empêchée par son épouse", "L'avocat de l'accusé", "maintient")
    ]
    assert _quotes(analyse_text, "L'avocat de l'accusé maintient la version de son client.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« Nous ne reculerons pas sur la réforme des retraites », a déclaré le porte-parole du gouvernement belge, "
         "Marc Vandenbosch.", "Marc Vandenbosch"),
        ("« Les digues tiendront cet hiver », a assuré la directrice de l'Agence des eaux (AdE) Sophie Lambrecht.",
         "Sophie Lambrecht"),
    ],
)
def test_quotes_a_name_after_the_speakers_description_is_the_speaker(analyse_text, text, speaker):
    assert [q.speaker.name for q in analyse_text(text).quotes] == [speaker]


def test_quotes_a_description_said_again_names_whom_it_named_first(analyse_text):
    text = ("Le directeur de la Fédération nationale des meuniers (FNM) Henri Delcourt a dénoncé la hausse des taxes. "
            "Le directeur de la FNM a ajouté que les petits moulins allaient fermer.")
    said = {q.text: q.speaker.name for q in analyse_text(text).quotes}
    assert said["les petits moulins allaient fermer"] == "Henri Delcourt"


def test_quotes_a_participle_after_a_comma_speaks_for_the_main_subject(analyse_text):
    text = "La maire de Quimperlé a exprimé son inquiétude face à la montée des eaux, soulignant que trois quartiers restaient inondés."
    assert ("indirect", "trois quartiers restaient inondés", "La maire de Quimperlé", "soulignant") in _quotes(analyse_text, text)


def test_quotes_a_participle_never_speaks_for_the_patient_of_a_passive(analyse_text):
    assert _quotes(analyse_text, "Onze personnes ont été blessées, affirmant que la police avait tiré.") == []


def test_quotes_a_description_takes_up_a_salient_person_not_a_name_in_a_complement(analyse_text):
    text = ("Le ministre Paul Arnaud a visité l'atelier de Julie Morin. "
            "Le chef du parti a affirmé que la campagne commencerait en mai.")
    said = {q.text: q.speaker.name for q in analyse_text(text).quotes}
    assert said["la campagne commencerait en mai"] == "Paul Arnaud"


def test_quotes_a_description_takes_up_no_possessive_of_someone_in_passing(analyse_text):
    """"Cité par son porte-parole X lors de son point de presse, le chef de l'OTAN a dit …": the "son" of the press
    briefing may have been linked to the spokesman; the description takes up the secretary general named before."""
    text = ("Le secrétaire général de l’OTAN, Karl Lindqvist, a appelé jeudi les deux camps au calme. Cité par son "
            "porte-parole Marc Delaunay lors de son point de presse à Bruxelles, le chef de l’OTAN a dit suivre de "
            "près la situation.")
    said = {q.text: q.speaker.name for q in analyse_text(text).quotes}
    assert said["suivre de près la situation"] == "Karl Lindqvist"


def test_quotes_a_description_of_someone_elses_post_takes_up_no_one_given_another(analyse_text):
    """"le porte-parole du ministère français" is not the Tunisian minister named just before: his post is said, and
    it is not one of that ministry; the description stays the speaker."""
    text = ("Le ministre tunisien de l'Intérieur, Karim Benali, a annoncé mardi que la frontière serait fermée. « La "
            "France reste attachée au dialogue entre les deux pays », a répondu le porte-parole du ministère français "
            "des Affaires étrangères.")
    said = {q.text: q.speaker for q in analyse_text(text).quotes}
    speaker = said["La France reste attachée au dialogue entre les deux pays"]
    assert (speaker.name, speaker.entity) == ("le porte-parole du ministère français des Affaires étrangères", None)


def _relayed(analyse_text, text):
    return [(q.text, q.speaker.name, q.via.name if q.via else None) for q in analyse_text(text).quotes]


@pytest.mark.parametrize(
    "text, content, speaker, via",
    [
        ("Le ministre Paul Arnaud a déclaré à l'AFP que la réforme passerait.", "la réforme passerait", "Paul Arnaud",
         "Agence France-Presse"),
        ("Dans un entretien au Monde, la ministre Julie Morin a affirmé que rien ne changerait.", "rien ne changerait",
         "Julie Morin", "Le Monde"),
        ("Interrogé par BFMTV, Jean Roux a assuré que tout allait bien.", "tout allait bien", "Jean Roux", "BFMTV"),
        # a relaying participle the tagger read as a noun ("cité": "la cité")
        ("Cité par le quotidien Le Monde, le ministre Paul Arnaud a assuré que la réforme serait votée.",
         "la réforme serait votée", "Paul Arnaud", "Le Monde"),
        # an unnamed speaker, the outlet hung on its noun by the parser
        ("« Nous sommes prêts à négocier », a assuré leur porte-parole à l'AFP, sous couvert d'anonymat.",
         "Nous sommes prêts à négocier", "leur porte-parole", "Agence France-Presse"),
    ],
)
def test_quotes_an_outlet_that_carries_the_words_is_the_via_not_the_speaker(analyse_text, text, content, speaker, via):
    assert (content, speaker, via) in _relayed(analyse_text, text)


def test_quotes_a_channel_goes_on_for_its_speaker_until_someone_else_speaks(analyse_text):
    text = ("La sénatrice Anne Roy s'est exprimée dans les colonnes de Libération. Elle a estimé que la loi était injuste. "
            "Le député Marc Blin a répondu que la loi serait votée. Il a ajouté que le vote aurait lieu mardi.")
    assert _relayed(analyse_text, text) == [
        ("la loi était injuste", "Anne Roy", "Libération"),
        ("la loi serait votée", "Marc Blin", None),
        ("le vote aurait lieu mardi", "Marc Blin", None),
    ]


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Selon Le Monde, le maire de Brest Yann Le Goff a démissionné.", "Le Monde"),
        ("Comme le rapporte Le Parisien, la ministre Julie Morin quittera le gouvernement en mai.", "Le Parisien"),
    ],
)
def test_quotes_an_outlet_that_reports_is_the_speaker_with_no_via(analyse_text, text, outlet):
    assert [(speaker, via) for _, speaker, via in _relayed(analyse_text, text)] == [(outlet, None)]


def test_quotes_an_outlet_in_another_act_of_the_speaker_is_no_via(analyse_text):
    text = "Le maire Jean Roux a porté plainte contre Le Parisien et a affirmé que l'article était faux."
    assert _relayed(analyse_text, text) == [("l'article était faux", "Jean Roux", None)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("L'avocat général a requis douze ans de réclusion contre l'accusé.", "douze ans de réclusion contre l'accusé",
         "L'avocat général"),
        # the label is the statement, with what it qualifies (GUIDELINES: "qualifiés de « héros du quotidien »")
        ("Le maire de Vannes a qualifié de « scandaleuse » la fermeture de la maternité.",
         "de « scandaleuse » la fermeture de la maternité", "Le maire de Vannes"),
        ("Les syndicats ont exprimé leur colère devant la préfecture.", "leur colère devant la préfecture", "Les syndicats"),
        ("La ministre a promis de réformer la loi avant l'été.", "de réformer la loi avant l'été", "La ministre"),
    ],
)
def test_quotes_verbs_of_requisition_qualification_and_promise_report_their_complement(analyse_text, text, content, speaker):
    assert [(q.text, q.speaker.name) for q in analyse_text(text).quotes] == [(content, speaker)]


def test_quotes_the_subject_of_a_passive_reporting_verb_is_not_its_speaker(analyse_text):
    assert _quotes(analyse_text, "Sur les réseaux sociaux, les pompiers ont été qualifiés de « héros de la nuit ».") == []


def test_quotes_an_object_stops_before_a_participle_clause_after_a_comma(analyse_text):
    text = "Le préfet a dénoncé la lenteur des travaux, rappelant que la digue devait être finie en mars."
    assert [q.text for q in analyse_text(text).quotes] == ["la lenteur des travaux", "la digue devait être finie en mars"]


def test_quotes_a_bare_time_noun_after_the_verb_is_no_object(analyse_text):
    text = "Le maire a qualifié lundi de « désastreuses » les conséquences de la crue."
    assert [q.text for q in analyse_text(text).quotes] == ["de « désastreuses » les conséquences de la crue"]


def test_quotes_an_outlet_between_an_incise_verb_and_its_subject_is_not_the_speaker(analyse_text):
    text = ("Quelque « 40 tracteurs sont en route vers la préfecture, on ne veut pas de blocage », a expliqué sur "
            "France Bleu Paul Garnier, président des Jeunes agriculteurs.")
    assert [q.speaker.name for q in analyse_text(text).quotes] == ["Paul Garnier"]


def test_quotes_an_incise_after_a_passive_clause_is_said_by_its_inverted_subject(analyse_text):
    text = "Au moins trois personnes ont été blessées dans l'incendie d'un entrepôt de Lorient, a annoncé le préfet du Morbihan."
    said = {q.text: q.speaker.mention.text for q in analyse_text(text).quotes}
    assert said["Au moins trois personnes ont été blessées dans l'incendie d'un entrepôt de Lorient"] == "le préfet du Morbihan"


@pytest.mark.parametrize(
    "text",
    [
        "Selon nos informations, le suspect a gardé le silence pendant sa garde à vue.",
        "D'après nos informations, la direction prépare un plan de départs.",
    ],
)
def test_quotes_a_source_in_the_first_person_is_the_newsroom_not_a_speaker(analyse_text, text):
    assert _quotes(analyse_text, text) == []


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Les rebelles ont déclaré par voie de communiqué qu'ils acceptaient un cessez-le-feu de trois jours.",
         "ils acceptaient un cessez-le-feu de trois jours", "les rebelles", "ont déclaré"),
        ("Bakou accuse son voisin d'avoir ouvert le feu. Tbilissi affirme au contraire avoir subi une attaque.",
         "avoir subi une attaque", "Géorgie", "affirme"),
    ],
)
def test_quotes_a_complement_after_a_prepositional_phrase_the_parser_lost(analyse_text, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in _quotes(analyse_text, text)


def test_quotes_a_participle_after_an_incise_speaks_for_the_incise_subject_not_the_quote(analyse_text):
    text = ("« La situation est grave », a déclaré le ministre belge des Affaires étrangères, Pierre Lemaire, "
            "affirmant que des sanctions seraient prises.")
    assert ("indirect", "des sanctions seraient prises", "Pierre Lemaire", "affirmant") in _quotes(analyse_text, text)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("L'entraîneur Marc Olivier a livré sa version des faits : l'arbitre aurait ignoré deux fautes.",
         "l'arbitre aurait ignoré deux fautes", "Marc Olivier"),
        ("La police a interpellé deux hommes. Aux dires des témoins, ils portaient des cagoules.",
         "ils portaient des cagoules", "témoins"),
    ],
)
def test_quotes_nominal_cues_give_the_words_they_name(analyse_text, text, content, speaker):
    assert _said(analyse_text, text) == [(content, speaker)]


def test_quotes_a_verb_that_only_names_words_reports_nothing_else(analyse_text):
    assert _quotes(analyse_text, "La police a livré des armes aux gendarmes. Le club a donné un concert.") == []


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("« Nous ne reculerons pas sur ce dossier », a finalement tranché, mardi, la maire de Lyon, Sophie Marchand.",
         "Nous ne reculerons pas sur ce dossier", "Sophie Marchand", "a finalement tranché"),
        ("« Le plus important est de rester unis », poursuit Mme Odile Lefort.", "Le plus important est de rester unis",
         "Odile Lefort", "poursuit"),
        ("« La forêt doit vivre », clamaient les militants de l'association.", "La forêt doit vivre",
         "les militants de l'association", "clamaient"),
    ],
)
def test_quotes_incise_verbs_of_journalistic_reporting(analyse_text, text, content, speaker, cue):
    assert ("direct", content, speaker, cue) in _quotes(analyse_text, text)


def test_quotes_verb_after_a_quoted_label_is_no_incise(analyse_text):
    text = "Alors que deux des gendarmes « hors-service » poursuivent le voleur, le troisième reste avec le gérant."
    assert _quotes(analyse_text, text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Le prévenu niait toutefois le vol.", "le vol"),
        ("Maître Paul Girard plaidait avec confiance un acquittement.", "un acquittement"),
    ],
)
def test_quotes_a_denial_or_plea_states_its_short_object(analyse_text, text, content):
    assert content in [q[1] for q in _quotes(analyse_text, text)]


@pytest.mark.parametrize(
    "text", ["Le ministre a démenti la déclaration.", "La préfète a rappelé l'ambassadeur.", "Le maire a annoncé sa venue."]
)
def test_quotes_a_short_object_that_names_words_or_is_no_claim_says_nothing(analyse_text, text):
    assert _quotes(analyse_text, text) == []


def test_quotes_a_participle_inside_a_quote_cuts_no_incise(analyse_text):
    text = ("« Les colonnes rebelles ont franchi le fleuve, soutenues par des drones. Elles ont ensuite reculé », "
            "a affirmé dans un communiqué le ministère de la Défense.")
    quotes = _quotes(analyse_text, text)
    assert [(q[1].startswith("Les colonnes rebelles ont franchi le fleuve, soutenues"), q[2]) for q in quotes] == [
        (True, "ministère de la Défense")]


def test_quotes_a_finite_verb_the_parser_hung_on_another_clause_keeps_no_foreign_subject():
    """The parse the tagger gives initials ("mais K.L. contestait …" hung as an adverbial clause of the first verb):
    the finite verb does not take the first clause's subject."""
    import spacy
    from spacy.tokens import Doc

    from veille.quotes.clauses import subject_of

    words = ["Sa", "plaque", "avait", "été", "relevée", "par", "la", "victime", "mais", "K.L.", "contestait", "le", "vol"]
    heads = [1, 4, 4, 4, 4, 7, 7, 4, 9, 7, 4, 12, 10]
    deps = ["det", "nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "det", "obl:agent", "cc", "conj", "advcl",
            "det", "obj"]
    morphs = [""] * 10 + ["Mood=Ind|Tense=Imp|VerbForm=Fin"] + [""] * 2
    pos = ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "CCONJ", "NOUN", "VERB", "DET", "NOUN"]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, morphs=morphs, pos=pos)
    assert subject_of(doc[10]) is None


def test_quotes_a_que_clause_after_an_adverbial_between_commas(analyse_text):
    text = "Les magistrats ont estimé, au contraire, qu'il avait joué un rôle central."
    assert ("indirect", "il avait joué un rôle central", "les magistrats", "ont estimé") in [
        (k, c, s.lower(), cue) for k, c, s, cue in _quotes(analyse_text, text)]


def test_quotes_an_object_spelled_out_after_a_colon(analyse_text):
    text = "La procureure a requis la peine maximale : 20 ans de réclusion criminelle."
    assert "la peine maximale : 20 ans de réclusion criminelle" in [q[1] for q in _quotes(analyse_text, text)]


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("Le maire s'est dit prêt à reprendre les discussions si l'opposition faisait un geste, et il est parti.",
         "prêt à reprendre les discussions si l'opposition faisait un geste", "s'est dit"),
        ("La ministre s'est dite favorable à une réforme rapide du code.", "favorable à une réforme rapide du code",
         "s'est dite"),
    ],
)
def test_quotes_what_a_speaker_says_of_itself_with_a_reflexive_verb(analyse_text, text, content, cue):
    assert ("indirect", content, cue) in [(k, c, cue_) for k, c, _, cue_ in _quotes(analyse_text, text)]


def test_quotes_a_reflexive_verb_with_no_adjective_says_nothing_of_itself(analyse_text):
    assert _quotes(analyse_text, "Le président s'est déclaré candidat.") == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Le directeur a informé les employés que l'usine fermerait en mars.", "l'usine fermerait en mars"),
        ("La préfecture a prévenu les riverains que la route serait coupée jusqu'à lundi.",
         "la route serait coupée jusqu'à lundi"),
    ],
)
def test_quotes_what_the_addressee_was_told(analyse_text, text, content):
    assert content in [q[1] for q in _quotes(analyse_text, text)]


def test_quotes_called_to_gives_who_and_what(analyse_text):
    quotes = _quotes(analyse_text, "Le maire a appelé les habitants à rester chez eux.")
    assert ("indirect", "les habitants à rester chez eux", "Le maire", "a appelé") in quotes


def test_quotes_called_by_name_is_no_call_to_act(analyse_text):
    assert _quotes(analyse_text, "La presse a appelé le joueur Pierre Vidal.") == []


def test_quotes_a_label_given_with_qualifier_and_what_it_qualifies(analyse_text):
    text = "Lors d'un entretien, le président du club a qualifié lundi de «catastrophiques» les effets de la décision."
    assert ("mixed", "de «catastrophiques» les effets de la décision") in [(q[0], q[1]) for q in _quotes(analyse_text, text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Le ministre a parlé lundi. Une source policière a indiqué que le suspect avait été relâché.",
         "le suspect avait été relâché", "une source policière"),
        ("Des sources diplomatiques ont affirmé que la réunion aurait lieu mardi.", "la réunion aurait lieu mardi",
         "des sources diplomatiques"),
    ],
)
def test_quotes_an_unnamed_source_with_an_indefinite_article_is_a_new_speaker(analyse_text, text, content, speaker):
    assert (content, speaker) in [(q[1], q[2].lower()) for q in _quotes(analyse_text, text)]


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("« Ce n'est pas fini », glisse Paul Martin.", "Ce n'est pas fini", "glisse"),
        ("Son rapport a établi que le bâtiment avait été mal entretenu.", "le bâtiment avait été mal entretenu",
         "a établi"),
        ("La maire s'inquiète que les travaux prennent du retard.", "les travaux prennent du retard", "s'inquiète"),
    ],
)
def test_quotes_more_reporting_verbs_of_the_press(analyse_text, text, content, cue):
    assert (content, cue) in [(q[1], q[3]) for q in _quotes(analyse_text, text)]


def test_quotes_the_same_verbs_in_their_other_senses_report_nothing(analyse_text):
    assert _quotes(analyse_text, "Le joueur a lâché le ballon. Il a glissé sur la glace.") == []


def test_quotes_a_closing_source_reports_only_its_own_sentence(analyse_text):
    text = ("Le pays est confronté à des violences qui ont fait des milliers de morts.\n\n"
            "Plus de la moitié des écoles sont fermées, selon des chiffres officiels.")
    assert [q[1] for q in _quotes(analyse_text, text)] == ["Plus de la moitié des écoles sont fermées"]


def test_quotes_a_continuation_quote_resolves_its_shared_pronoun_speaker_too(analyse_text):
    """"« A », ajoute-t-il, affirmant « B »": B continues A and shares its speaker; the "-il" that refers back is
    resolved for both, not for the first one only."""
    text = ("Deux randonneurs ont été secourus mardi, a annoncé la gendarmerie de l’Isère dans un communiqué.\n\n"
            "« On déplore malheureusement deux blessés légers, trois véhicules ont également été endommagés », "
            "ajoute-t-il, affirmant « qu’au moins vingt arbres » ont été abattus.")
    assert [q[2] for q in _quotes(analyse_text, text)] == ["la gendarmerie"] * 3


@pytest.mark.issue(12)
def test_quotes_a_defendant_named_by_initials_is_the_speaker_of_le_prevenu(analyse_text):
    """"… a condamné R.D. … Le prévenu niait …": the court's description takes up the person the initials name."""
    text = ("Le tribunal correctionnel de Liège a condamné mardi R.D. à une peine de cinq ans. L'homme, âgé de 31 ans, "
            "était poursuivi pour des coups. Le prévenu niait les faits qui lui étaient reprochés.")
    assert [(q.speaker.name, q.speaker.mention.text) for q in analyse_text(text).quotes] == [("R.D.", "Le prévenu")]


@pytest.mark.issue(12)
def test_quotes_an_incise_clitic_after_a_selon_statement_is_its_source(analyse_text):
    """"Selon le ministère public, X était l'auteur des coups. « … », avait-il ajouté": "il" is the source that
    spoke, not X, the subject of what it said."""
    text = ("Le tribunal de Liège jugeait mardi Paul Garnier pour des violences. Selon le ministère public, Paul Garnier "
            "était bien l'auteur des coups. « Les témoignages concordent et les images sont claires », avait-il ajouté.")
    said = {q.text: q.speaker.name for q in analyse_text(text).quotes}
    assert said["Les témoignages concordent et les images sont claires"] == "le ministère public"


@pytest.mark.issue(12)
def test_whom_a_call_addresses_is_never_its_speaker(analyse_text):
    """"…, a appelé le président à démissionner" after a comma, its subject lost by the parser: the one called on
    speaks no words (no speaker is better than the wrong one)."""
    analysis = analyse_text("Dénonçant la «dérive autoritaire du régime», Paul Arnaud, chef du parti d'opposition, "
                            "l'Union démocratique (UD), a appelé le président à démissionner.")
    assert all(q.speaker is None or q.speaker.mention is None or q.speaker.mention.text != "le président"
               for q in analysis.quotes)


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "« Les négociations sont rompues », avait déclaré la semaine dernière un porte-parole du ministère.",
    "Les négociations sont rompues, a affirmé la semaine dernière le porte-parole du ministère.",
])
def test_an_incise_subject_after_a_time_phrase(analyse_text, text):
    """"a déclaré la semaine dernière X": the time phrase the parser takes for the subject is when, X is who."""
    (quote,) = analyse_text(text).quotes
    assert "porte-parole" in quote.speaker.mention.text and "semaine" not in quote.speaker.mention.text


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,speaker", [
    ("Le syndicat a incité les salariés à cesser le travail.", "Le syndicat"),
    ("Le juge a sommé le gouvernement de publier le rapport.", "Le juge"),
    ("Le maire a encouragé les habitants à quitter le quartier.", "Le maire"),
])
def test_a_call_to_act_reports_what_it_asks(analyse_text, text, speaker):
    """inciter, encourager à, sommer de: what someone asks of others is their indirect speech."""
    (quote,) = analyse_text(text).quotes
    assert (quote.kind, quote.speaker.name) == ("indirect", speaker)


@pytest.mark.issue(12)
def test_coordinated_names_speak_as_a_group(analyse_text):
    (quote,) = analyse_text("Le Mali et le Niger ont accusé dimanche la France d'avoir armé les rebelles.").quotes
    assert quote.speaker.name == "Mali et Niger" and [m.name for m in quote.speaker.members] == ["Mali", "Niger"]


@pytest.mark.issue(12)
def test_a_name_with_an_unnamed_partner_speaks_alone(analyse_text):
    (quote,) = analyse_text("Paul Arnaud et son avocat ont affirmé que le contrat était valable.").quotes
    assert (quote.speaker.name, quote.speaker.members) == ("Paul Arnaud", None)


@pytest.mark.issue(12)
def test_a_label_in_straight_quotes_after_an_elision_is_what_the_speaker_says(analyse_text):
    """"a qualifié d'"inacceptable" la réforme": the tokenizer splits d' from the mark, and the content stops before
    ", tandis que" another speaker's words."""
    analysis = analyse_text("Le syndicat a qualifié d'\"inacceptable\" la réforme des retraites, tandis que le "
                            "patronat a salué une avancée.")
    quote = next(q for q in analysis.quotes if q.speaker.name == "Le syndicat")
    assert quote.text == "d'\"inacceptable\" la réforme des retraites"
    assert any(e.trigger.text == "inacceptable" and e.type == "ACCUSE" for e in analysis.events)


@pytest.mark.issue(12)
def test_a_pronoun_going_on_with_someone_unknown_is_not_given_to_the_person_named_before(analyse_text):
    """"Une voisine a frappé la victime. Plus tard, elle est partie. « … », a-t-elle dit": not the victim."""
    (quote,) = analyse_text("Ce soir-là, une voisine a frappé la victime. Plus tard, elle a quitté les lieux. "
                            "« Je regrette », a-t-elle dit.").quotes
    assert quote.speaker.name != "la victime"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", ["Il a dénoncé l'«opération» de l'armée.", "Il a dénoncé l'“opération” de l'armée.",
                                  "Il a dénoncé l'\"opération\" de l'armée."])
def test_an_elision_is_split_from_the_quotation_mark_after_it(nlp, text):
    assert [t.text for t in nlp(text)][3:6] == ["l'", text[text.index("l'") + 2], "opération"]


@pytest.mark.issue(12)
def test_respectively_gives_each_member_its_own_part(analyse_text):
    """"X et Y ont respectivement appelé Z à A et à B": X asked A, Y asked B."""
    quotes = analyse_text("La Norvège et le Royaume-Uni ont respectivement appelé Caracas à « libérer les "
                          "prisonniers » et à « rouvrir le dialogue ».").quotes
    assert [(q.speaker.name, q.text) for q in quotes] == [("Norvège", "à « libérer les prisonniers »"),
                                                          ("Royaume-Uni", "à « rouvrir le dialogue »")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,content,speaker", [
    ("Le suspect a été mis en examen jeudi, a appris l'AFP auprès du parquet.",
     "Le suspect a été mis en examen jeudi", "parquet"),
    ("Trois personnes ont été blessées, a-t-on appris auprès de la préfecture du Rhône.",
     "Trois personnes ont été blessées", "préfecture du Rhône"),
    ("Deux policiers ont été blessés lors de l'interpellation, a-t-on appris de source policière.",
     "Deux policiers ont été blessés lors de l'interpellation", "source policière"),
])
def test_what_one_learned_from_someone_is_that_ones_words(analyse_text, text, content, speaker):
    """"…, a-t-on appris auprès de X": X said it; the one who learned it (the agency, "on") did not."""
    assert _said(analyse_text, text) == [(content, speaker)]


@pytest.mark.issue(12)
def test_learning_something_from_no_one_named_reports_no_words(analyse_text):
    assert analyse_text("Le ministre a appris que son conseiller démissionnait.").quotes == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "second, speaker",
    [("Le premier a toutefois accusé sa rivale de mentir.", "Marc Blanc"),
     ("La seconde a toutefois accusé son rival de mentir.", "Julie Noir")],
)
def test_extractor_an_ordinal_is_one_of_the_pair_named_before(analyse_text, second, speaker):
    """"X et Y … Le premier …": the pair's first member, "la seconde" its second — not the last person named."""
    text = f"Marc Blanc et Julie Noir ont promis un débat courtois. {second}"
    quotes = analyse_text(text).quotes
    assert [q.speaker.name for q in quotes if "mentir" in q.text] == [speaker]


@pytest.mark.issue(12)
def test_extractor_a_description_with_a_masculine_article_is_no_woman(analyse_text):
    """"Le Premier ministre" takes up no woman named before (the last person of its gender, if any)."""
    text = "Julie Noir a visité l'usine. Le Premier ministre a déclaré que le site serait sauvé."
    quotes = analyse_text(text).quotes
    assert [q.speaker.name for q in quotes] != ["Julie Noir"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« Personne ne nous écoute », déplore une infirmière. Elle assure que le service manque de lits.",
         "une infirmière"),
        ("Les organisateurs ont reporté le salon. Ils évoquent des problèmes de sécurité.", "Les organisateurs"),
    ],
)
def test_extractor_a_pronoun_goes_on_with_the_unnamed_person_just_described(analyse_text, text, speaker):
    """An indefinite description as a speaker ("déplore une infirmière") and a plural definite one ("les
    organisateurs") are who the next pronoun is, when no one is named."""
    quotes = analyse_text(text).quotes
    assert quotes[-1].speaker.name == speaker


@pytest.mark.issue(12)
def test_quotes_a_quotation_opening_the_sentence_after_an_incise_continues_it(analyse_text):
    """"« A », a déclaré X lors d'une conférence de presse. « B »": the rest of the incise's sentence lies between
    them, the second quotation opens the next sentence of the paragraph: X goes on."""
    text = ("« La population ne peut plus attendre », a déclaré Martin Griffiths lors d'une conférence de presse à "
            "Genève. « Des millions de personnes ont besoin d'aide. »")
    assert [q[2] for q in _quotes(analyse_text, text)] == ["Martin Griffiths"] * 2


@pytest.mark.issue(12)
def test_quotes_a_quotation_in_the_next_paragraph_or_after_another_sentence_does_not(analyse_text):
    text = ("« La population ne peut plus attendre », a déclaré Martin Griffiths lors d'une conférence de presse. "
            "Les combats ont repris dans la soirée. « Des millions de personnes ont besoin d'aide. »")
    assert [q[2] for q in _quotes(analyse_text, text)] == ["Martin Griffiths"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« Mon client est soulagé », a réagi son avocat à la sortie de l'audience.", "son avocat"),
        ("« Rien n'est joué », a confié l'entraîneur au micro de la radio locale.", "l'entraîneur"),
        ("« Il sortira bientôt », estime l'un des médecins, sous couvert d'anonymat.", "l'un des médecins"),
    ],
)
def test_extractor_a_setting_after_the_speaker_is_no_part_of_its_name(analyse_text, text, speaker):
    """"à la sortie de", "au micro de" set the scene (``setting_nouns``), and so does "sous couvert d'anonymat"
    (``setting_prepositions``); "l'ambassadeur à l'ONU" keeps its post."""
    assert _said(analyse_text, text)[0][1] == speaker


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text",
    [
        "La CGT et la CFDT ont annoncé une nouvelle journée de mobilisation nationale.",
        "Les syndicats CGT et CFDT ont annoncé une nouvelle journée de mobilisation nationale.",
    ],
)
def test_extractor_two_named_subjects_speak_as_a_group(analyse_text, text):
    """Two names joined by "et" speak as one group, also when the parser left them two subjects of the verb, or a
    class noun introduces them ("Les syndicats X et Y")."""
    speaker = analyse_text(text).quotes[0].speaker
    assert speaker.members is not None and len(speaker.members) == 2


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,content",
    [
        ("Critiquant la politique du gouvernement, Paul Martin, président du principal parti de l'opposition, "
         "l'Union des démocrates (UD), a appelé le Premier ministre à démissionner.", "à démissionner"),
        ("Raillant la « réforme injuste du gouvernement », Paul Martin, président du parti de l'opposition, l'Union "
         "des démocrates (UD), a appelé le Premier ministre à démissionner.", "à démissionner"),
    ],
)
def test_clauses_the_speaker_hung_on_the_object_of_a_fronted_participle_clause(analyse_text, text, content):
    """The parser may hang the subject, with its appositions, on the object of the participle clause that opens the
    sentence (``doc.syntax.subject_in_fronted_clause``); the party after the name is his apposition, not a second
    speaker; the participle's own words stop before him."""
    analysis = analyse_text(text, dct="2025-01-10")
    quote = next(q for q in analysis.quotes if q.text == content)
    assert quote.speaker.name == "Paul Martin" and not quote.speaker.members
    assert all("Paul Martin" not in q.text for q in analysis.quotes)
    event = next(e for e in analysis.events if e.trigger.text == "appelé")
    assert event.actor.name == "Paul Martin"


@pytest.mark.issue(12)
def test_quotes_ils_after_two_names_joined_as_a_subject_is_both(analyse_text):
    """The names are the subject of a passive ("sont jugés"): coreference links no group, the sentence does."""
    text = "Paul Martin et Julie Roy sont jugés depuis lundi à Nantes. Ils ont affirmé qu'ils étaient innocents."
    speaker = analyse_text(text).quotes[0].speaker
    assert [member.name for member in speaker.members] == ["Paul Martin", "Julie Roy"]
    assert speaker.mention.text == "Ils"


@pytest.mark.issue(12)
def test_quotes_ils_after_a_subject_of_one_name_stays_unresolved(analyse_text):
    text = "Paul Martin est jugé depuis lundi à Nantes. Ils ont affirmé qu'il était innocent."
    assert analyse_text(text).quotes[0].speaker.members is None


@pytest.mark.issue(12)
def test_quotes_a_post_is_its_earlier_holder_never_a_longer_title_named_later(analyse_text):
    """"le ministre délégué chargé des Réformes, X … « … », a justifié le ministre … l'ancien Premier ministre Y":
    the minister is X (the post's participle no end of its description), never Y, whose "Premier ministre" is
    another post named after the quote."""
    text = ("Le décret, lu à la télévision par le ministre délégué chargé des Réformes politiques, Mamani Nassiré, "
            "interdit toute réunion politique. « Cette décision vise à préserver l'ordre public », a justifié le "
            "ministre.\nPlusieurs responsables ont appelé à la résistance. « Nous ne nous laisserons pas faire », a "
            "réagi l'ancien Premier ministre Moussa Mara.")
    assert [q.speaker.name for q in analyse_text(text).quotes if q.kind == "direct"] == ["Mamani Nassiré",
                                                                                          "Moussa Mara"]


@pytest.mark.issue(12)
def test_quotes_the_court_s_magistrate_is_never_the_one_it_tries(analyse_text):
    """"La cour a condamné Karim B. … L'avocat général avait requis la perpétuité. « … », avait souligné le
    magistrat": the defendant, the person named last, is neither (``court_roles``, ``trying_verbs``)."""
    text = ("La cour d'assises a condamné vendredi Karim B. à vingt ans de réclusion. L'avocat général avait requis la "
            "perpétuité. « Il n'a jamais exprimé le moindre regret », avait souligné le magistrat.")
    assert "Karim B." not in [q.speaker.name for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
def test_quotes_a_report_inside_a_quotation_is_nested_in_the_incise_speaker_s_words(analyse_text):
    """"« Il a expliqué avoir agi sous l'emprise de l'alcool », a ajouté le procureur": the quotation is the
    prosecutor's; the suspect's explanation, reported inside it, is a statement of its own, never the whole
    quotation given to the suspect."""
    text = ("Le procureur, Antoine Leroy, a précisé que le suspect avait reconnu les faits.\n« Il a expliqué avoir agi "
            "sous l'emprise de l'alcool », a ajouté le magistrat.")
    found = {(q.kind, q.text, q.speaker.name) for q in analyse_text(text).quotes}
    assert ("direct", "Il a expliqué avoir agi sous l'emprise de l'alcool", "Antoine Leroy") in found
    assert ("indirect", "avoir agi sous l'emprise de l'alcool", "le suspect") in found


@pytest.mark.issue(12)
def test_quotes_a_relative_clause_on_the_incise_s_speaker_is_no_statement(analyse_text):
    """"« … », a précisé cette source, qui a requis l'anonymat": the parser made the relative clause the verb's
    complement; it says something of the speaker, not what the speaker said."""
    text = "« Les assaillants sont arrivés à moto », a précisé cette source, qui a requis l'anonymat."
    assert [q.text for q in analyse_text(text).quotes] == ["Les assaillants sont arrivés à moto"]
