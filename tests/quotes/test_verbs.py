"""Pass 1 of ``veille_quotes`` (``quotes.verbs``): reporting verbs, on French sentences written for the tests."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('Le maire avait évoqué mardi des travaux "avant la fin de l\'année sur le pont principal".',
         'des travaux "avant la fin de l\'année sur le pont principal"', "Le maire"),
    ],
)
def test_verbs_an_object_the_parser_hung_on_the_day_before_it(analyse_text, text, content, speaker):
    assert (content, speaker) in _quotes(analyse_text, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quotes",
    [
        ("Les commerces resteront fermés dimanche, a annoncé Mme Lebrun en précisant que les marchés seraient maintenus.",
         [("Les commerces resteront fermés dimanche", "Lebrun"), ("les marchés seraient maintenus", "Lebrun")]),
        ("La route sera coupée jusqu'à lundi, a indiqué M. Garnier.", [("La route sera coupée jusqu'à lundi", "Garnier")]),
    ],
)
def test_verbs_an_incise_after_a_main_clause_names_its_speaker_after_the_verb(analyse_text, text, quotes):
    """"P, a annoncé Mme X": the speaker is the titled name after the verb, even when the parser made P's subject
    the verb's, or cut the sentence at the comma."""
    assert _quotes(analyse_text, text) == quotes


@pytest.mark.issue(12)
def test_verbs_a_subject_with_a_relative_clause_keeps_its_verb(analyse_text):
    text = "Le maire, qui est arrivé hier, a annoncé des mesures pour les éleveurs."
    assert _quotes(analyse_text, text) == [("des mesures pour les éleveurs", "Le maire")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quotes",
    [
        ("Le maire de Castelnou a dit suivre de près la situation sur le barrage, tout en condamnant les dégradations "
         "commises la nuit dernière.",
         [("suivre de près la situation sur le barrage", "Le maire de Castelnou"),
          ("les dégradations commises la nuit dernière", "Le maire de Castelnou")]),
    ],
)
def test_verbs_a_participle_after_the_content_is_the_speakers_next_statement(analyse_text, text, quotes):
    """", tout en condamnant …" after a content with no subject of its own ends the content and reports the same
    speaker's next statement, though the parser hangs it inside the content."""
    assert _quotes(analyse_text, text) == quotes


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quotes",
    [
        ("La présidente du syndicat Claire Morel a annoncé jeudi que les grévistes quittaient les négociations, "
         "accusant la direction d’« arrogance ».",
         [("les grévistes quittaient les négociations", "Claire Morel"), ("la direction d’« arrogance »", None)]),
        ("La préfecture a indiqué que les manifestants avaient défilé dans le calme, dénonçant la fermeture de la "
         "maternité.",
         [("les manifestants avaient défilé dans le calme", "La préfecture"), ("la fermeture de la maternité", None)]),
    ],
)
def test_verbs_a_participle_after_a_clause_with_its_own_subject_is_a_statement_of_no_said_speaker(
        analyse_text, text, quotes):
    """", accusant …", ", après avoir annoncé …" after "que P" with a subject of its own: the content ends before
    it, and whether the speaker or P's subject acts is not said (a wrong speaker costs more than none)."""
    assert _quotes(analyse_text, text) == quotes


@pytest.mark.issue(12)
def test_verbs_a_relative_qui_speaks_only_for_someone(analyse_text):
    """"Une erreur qui … et qui confirme une rumeur": "qui" stands for a thing, which says nothing."""
    text = ("Le maire a reconnu son erreur. Une erreur qui a provoqué une vague de colère chez les habitants et qui "
            "confirme une rumeur du journal local.")
    assert _quotes(analyse_text, text) == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Du côté de la préfecture, on assure que la route rouvrira vendredi.", "la préfecture"),
        ("Chez Michelin, on affirme que l'usine de Vannes ne fermera pas.", "Michelin"),
        # the entourage speaks for its own part, not the mayor
        ("Dans l'entourage du maire, on indique qu'il ne se représentera pas.", "entourage"),
        # the phrase after an incise's "-on"
        ("« Rien n'est décidé », affirme-t-on chez Renault.", "Renault"),
        ("« Le ministre ne démissionnera pas », assure-t-on dans son entourage.", "entourage"),
    ],
)
def test_verbs_on_speaks_for_the_side_a_fronted_phrase_names(analyse_text, text, speaker):
    """"Du côté de X, on assure …", "Chez X, on …", "« … », affirme-t-on chez X": "on" is X; alone, or after a mere
    place, it stays no one."""
    (quote,) = _quotes(analyse_text, text)
    assert speaker in quote[1]


@pytest.mark.issue(12)
def test_verbs_on_after_a_place_alone_is_no_institution(analyse_text):
    assert [s for _, s in _quotes(analyse_text, "À Rennes, on craint que les pluies reprennent.")] == [None]


@pytest.mark.issue(12)
def test_verbs_a_label_the_parser_hung_on_the_object_is_what_was_said(analyse_text):
    """"a qualifié ces propos de « honteux »": the object and its label, even a demonstrative object."""
    text = "La maire a qualifié ces propos de « honteux » lors du conseil municipal."
    assert _quotes(analyse_text, text) == [("ces propos de « honteux »", "La maire")]


@pytest.mark.issue(12)
def test_verbs_a_reflexive_verb_of_feeling_reports_its_de_complement(analyse_text):
    """"se réjouit de", "s'indigne de": the concern voiced is the statement; "a félicité X de Y" (no clitic) too is
    kept apart from feelings one causes ("La hausse inquiète les ménages" reports nothing)."""
    quotes = _quotes(analyse_text, "Les riverains s'indignent de la fermeture du bureau de poste. La hausse des loyers "
                                   "inquiète les familles du quartier.")
    assert quotes == [("de la fermeture du bureau de poste", "Les riverains")]


@pytest.mark.issue(12)
def test_verbs_accuse_of_a_compound_infinitive(analyse_text):
    """"accuse X d'avoir …": the infinitive's auxiliary heads the charge."""
    text = "Le syndicat accuse la direction d'avoir caché les comptes aux salariés."
    assert _quotes(analyse_text, text) == [("la direction d'avoir caché les comptes aux salariés", "Le syndicat")]


@pytest.mark.issue(12)
def test_verbs_a_reporting_verb_misread_as_an_auxiliary(analyse_text):
    """"X, qui …, affirme n'avoir …": the parser makes the verb an auxiliary of the participle; its subject and the
    negated infinitive after it are still the statement's."""
    text = "M. Garnier, qui préside le club depuis 2015, affirme n'avoir jamais vu ces factures."
    assert _quotes(analyse_text, text) == [("n'avoir jamais vu ces factures", "M. Garnier")]


@pytest.mark.issue(12)
def test_verbs_a_noun_that_disagrees_with_the_verb_is_its_object_not_an_inverted_subject(analyse_text):
    """"X et Y, voisins brouillés depuis des années, ont annoncé mardi la reprise de …": "ont" is plural, "la reprise"
    singular: the statement is the object, said by the pair, not a clause before an incise."""
    text = ("La Serbie et le Kosovo, voisins brouillés depuis des années, ont annoncé mardi la reprise de leurs "
            "échanges commerciaux.")
    quotes = analyse_text(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("la reprise de leurs échanges commerciaux", "Serbie et Kosovo")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, content",
    [
        ("La gendarmerie a fait état de deux blessés graves sur l'autoroute.", "deux blessés graves sur l'autoroute"),
        ("Le recteur a fait part de son inquiétude après la fermeture du collège.", "son inquiétude"),
    ],
)
def test_verbs_faire_etat_and_faire_part_report_their_complement(analyse_text, text, content):
    """The bare noun after "faire" makes it a reporting verb; what follows "de" is what was said."""
    quotes = analyse_text(text).quotes
    assert [q.text for q in quotes] and quotes[0].text.startswith(content)


@pytest.mark.issue(12)
def test_verbs_faire_with_a_determined_noun_reports_nothing(analyse_text):
    assert analyse_text("L'équipe a fait une part du chemin sous la pluie.").quotes == []


@pytest.mark.issue(12)
def test_verbs_an_adjective_before_the_object_is_part_of_the_statement(analyse_text):
    """"a jugé « scandaleuse » la hausse des tarifs": what the speaker called it is said too."""
    text = "La présidente de l'association a jugé « scandaleuse » la hausse des tarifs de cantine."
    assert [q.text for q in analyse_text(text).quotes] == ["« scandaleuse » la hausse des tarifs de cantine"]


@pytest.mark.issue(12)
def test_verbs_a_que_clause_after_a_source_parenthesis_is_the_verbs(analyse_text):
    """"X estiment, selon une source …, que P": the parser hangs P on the source; X said P, the source relays it."""
    text = "Les inspecteurs estiment, selon une source syndicale, que les contrôles ont été bâclés."
    quotes = analyse_text(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("les contrôles ont été bâclés", "Les inspecteurs")]


@pytest.mark.issue(12)
def test_verbs_an_object_after_a_source_parenthesis_is_the_verbs(analyse_text):
    """"X a démenti, selon l'agence Y, toute implication": the parser hangs the object on the source."""
    text = "Le club a démenti, selon le quotidien régional, tout accord avec le joueur."
    quotes = analyse_text(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("tout accord avec le joueur", "Le club")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quote",
    [
        ("Les riverains ont signé une pétition réclamant un radar devant l'école.",
         ("un radar devant l'école", "Les riverains")),
        ("Le collectif a publié un texte sur son blog appelant à boycotter la foire.",
         ("à boycotter la foire", "Le collectif")),
        ("Dans une tribune dénonçant la fermeture du lycée, les parents d'élèves réclament un rendez-vous.",
         ("la fermeture du lycée", "les parents d'élèves")),
    ],
)
def test_verbs_a_writing_speaks_for_who_issued_it(analyse_text, text, quote):
    """"a signé une pétition réclamant …": the signatories ask, and never the blog the text was posted on."""
    assert quote in _quotes(analyse_text, text)


@pytest.mark.issue(12)
def test_verbs_the_label_a_subject_gives_itself_with_comme(analyse_text):
    assert _quotes(analyse_text, "Le prévenu s'est décrit comme « un homme en colère ».") == \
        [("un homme en colère", "le prévenu")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", ["Le témoin a décrit la voiture comme une berline grise.",
                                  "Le candidat s'est présenté au commissariat de Lens."])
def test_verbs_describing_or_presenting_without_a_self_label_says_nothing(analyse_text, text):
    assert _quotes(analyse_text, text) == []


@pytest.mark.issue(12)
def test_verbs_ruling_out_a_prospect_is_a_statement_excluding_people_an_act(analyse_text):
    assert _quotes(analyse_text, "La direction exclut toute fermeture d'usine.") == \
        [("toute fermeture d'usine", "La direction")]
    assert _quotes(analyse_text, "Le syndicat a exclu deux délégués.") == []


@pytest.mark.issue(12)
def test_verbs_a_participle_after_a_subordinate_clause_speaks_for_its_subject(analyse_text):
    """"Alors que X …, se présentant comme …, Y ont …": the participle continues the clause before it."""
    text = ("Alors que le maire refusait de répondre, se présentant comme « la cible d'une cabale », "
            "ses adjoints ont démissionné.")
    assert ("la cible d'une cabale", "le maire") in _quotes(analyse_text, text)


@pytest.mark.issue(12)
def test_verbs_a_fronted_participle_the_tagger_read_as_an_adjective(analyse_text):
    text = "Raillant « la fausse modestie » du ministre, la députée Lucie Marin a quitté la séance."
    assert [speaker for _, speaker in _quotes(analyse_text, text)] == ["Lucie Marin"]


@pytest.mark.issue(12)
def test_verbs_a_self_description_keeps_the_adverb_of_its_adjective(analyse_text):
    text = "Le syndicat s'est dit « très inquiet » pour l'avenir du site."
    assert _quotes(analyse_text, text) == [("très inquiet", "Le syndicat")]


@pytest.mark.issue(12)
def test_verbs_a_relative_after_a_name_in_apposition_is_the_names(analyse_text):
    """"une intervention de la députée, Anne Kerlo, qui a dénoncé …": Kerlo denounced, not the intervention."""
    text = "Les débats ont repris après une intervention de la députée, Anne Kerlo, qui a dénoncé un passage en force."
    assert _quotes(analyse_text, text) == [("un passage en force", "Anne Kerlo")]


@pytest.mark.issue(12)
def test_verbs_l_elue_takes_up_the_named_person_before_it(analyse_text):
    text = ("« Le budget sera voté », a assuré la présidente du département, Sylvie Marchand. "
            "L'élue a précisé que les routes seraient prioritaires.")
    assert _quotes(analyse_text, text)[-1] == ("les routes seraient prioritaires", "Sylvie Marchand")


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, quote", [
    ("Les partis de gauche ont boycotté la séance. Ils jugent que le texte est bâclé.",
     ("le texte est bâclé", "Les partis de gauche")),
    ("Les syndicats ont quitté la réunion. Ils affirment que rien n'a été proposé.",
     ("rien n'a été proposé", "Les syndicats")),
])
def test_verbs_a_plural_pronoun_goes_on_with_organisations_named_by_their_class(analyse_text, text, quote):
    assert _quotes(analyse_text, text) == [quote]


@pytest.mark.issue(12)
def test_verbs_an_institution_after_an_incise_verb_is_its_speaker(analyse_text):
    """"…, a annoncé le parquet de Lyon": the parser made "trois hommes" the verb's subject and the prosecutor's
    office its object; an institution news names by its function is someone who speaks, so the verb is an incise."""
    text = "La police a interpellé trois hommes soupçonnés d'avoir incendié une voiture, a annoncé le parquet de Lyon."
    assert _quotes(analyse_text, text) == [
        ("La police a interpellé trois hommes soupçonnés d'avoir incendié une voiture", "parquet de Lyon")]


@pytest.mark.issue(12)
def test_verbs_the_us_treasury_speaks(analyse_text):
    """The model tags "le Trésor américain" a place, which says nothing; the KB knows the ministry."""
    text = "Les États-Unis ont imposé de nouvelles sanctions contre l'Iran, a annoncé mardi le Trésor américain."
    assert _quotes(analyse_text, text) == [
        ("Les États-Unis ont imposé de nouvelles sanctions contre l'Iran", "Trésor américain")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, quote", [
    ("Le syndicat a publié un communiqué mercredi. « La direction refuse tout dialogue », dénonce-t-il.",
     ("La direction refuse tout dialogue", "Le syndicat")),
    ("Le parti a tenu son congrès à Lyon. Il appelle à voter contre le texte.", ("à voter contre le texte", "Le parti")),
])
def test_verbs_a_singular_pronoun_goes_on_with_an_organisation_named_by_its_class(analyse_text, text, quote):
    assert _quotes(analyse_text, text) == [quote]


@pytest.mark.issue(12)
def test_verbs_a_pronoun_outside_quotation_marks_takes_up_no_one_inside_them(analyse_text):
    """"« Le directeur nous ment », dénonce-t-il": the one who denounces is not the director the words accuse; no
    one named or described before the quotation, so no speaker."""
    text = "Des salariés se sont rassemblés devant l'usine. « Le directeur nous ment », dénonce-t-il."
    assert _quotes(analyse_text, text) == [("Le directeur nous ment", None)]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", ["« Tout est prêt », a assuré le maire dimanche.",
                                  "Des habitants ont interpellé le maire mardi. Selon lui, tout est prêt."])
def test_verbs_a_day_the_parser_hung_on_the_speaker_is_no_part_of_its_name(analyse_text, text):
    assert _quotes(analyse_text, text)[-1] == ("tout est prêt" if "Selon" in text else "Tout est prêt", "le maire")


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, speaker", [
    ("« Il faut une trêve », a déclaré Paul Martin. L'armée soudanaise a rejeté l'appel. Dans un communiqué, elle "
     "accuse les paramilitaires de mentir.", "Forces armées soudanaises"),
    ("« Il faut une trêve », a déclaré Paul Martin. L'armée soudanaise a rejeté l'appel. Pour elle, les "
     "paramilitaires mentent.", "Forces armées soudanaises"),
    ("« Il faut fermer l'école », a déclaré Claire Dubois. Le collectif a lancé une pétition. Il appelle à un "
     "rassemblement samedi.", "Le collectif"),
])
def test_verbs_a_pronoun_no_person_answers_goes_on_with_the_organisation_before(analyse_text, text, speaker):
    """"elle" was given to Paul Martin, the last speaker, whatever his gender: the organisation the sentence before
    made its subject, of the pronoun's gender, speaks."""
    assert _quotes(analyse_text, text)[-1][1] == speaker


@pytest.mark.issue(12)
def test_verbs_a_pronoun_is_not_the_last_speaker_of_another_gender(analyse_text):
    text = ("« Il faut fermer l'école », a déclaré Claire Dubois. Les parents ont lancé une pétition. Il appelle à un "
            "rassemblement samedi.")
    assert _quotes(analyse_text, text)[-1] == ("à un rassemblement samedi", None)


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "Le tribunal correctionnel de Bobigny a condamné jeudi un policier à dix-huit mois de prison avec sursis.",
    "La cour a condamné l'ancien maire à une amende de 5000 euros.",
])
def test_verbs_a_conviction_is_no_statement(analyse_text, text):
    """"condamner X à dix-huit mois de prison" is a court's act (a SANCTION event), not words of condemnation."""
    assert _quotes(analyse_text, text) == []


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, quote", [
    ("La famille de la victime s'est dite « soulagée ».", ("soulagée", "La famille de la victime")),
    ("Le syndicat s'est dit « soulagé ».", ("soulagé", "Le syndicat")),  # a participle, not an adjective
    ("La ministre s'est dite « très inquiète » pour l'avenir du site.", ("très inquiète", "La ministre")),
    ("Kiev a aussitôt dénoncé un « chantage ».", ("un « chantage »", "Ukraine")),
    ("Le préfet s'est dit « en colère » après les incidents.", ("en colère", "Le préfet")),  # a quoted phrase
])
def test_verbs_a_few_quoted_words_are_a_statement(analyse_text, text, quote):
    """One adjective a speaker says of itself, or a noun it is quoted calling something, is a statement (the
    speaker's own words); a self-description in quotation marks ends at its closing mark."""
    assert _quotes(analyse_text, text) == [quote]


@pytest.mark.issue(12)
def test_verbs_an_incise_clitic_after_a_lawyer_named_in_apposition(analyse_text):
    """This paragraph made coreference look up a name's mention for a word in no name (a KeyError that stopped the
    whole analysis); the clitic is the lawyer."""
    text = ("Le parquet avait requis deux ans. L'avocat du policier, Me Laurent Vasseur, a annoncé que son client "
            "ferait appel. « Mon client a agi dans le cadre de sa mission », a-t-il plaidé.")
    assert _quotes(analyse_text, text)[-1] == ("Mon client a agi dans le cadre de sa mission", "Laurent Vasseur")


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, speaker", [
    ("« Nous avons décidé de défendre la paix », a déclaré l'un des officiers à la télévision.", "l'un des officiers"),
    ("« Il ne reviendra pas », a confié un de ses proches.", "un de ses proches"),
])
def test_verbs_one_picked_out_of_a_group_is_a_speaker(analyse_text, text, speaker):
    """"a déclaré l'un des officiers": a pronoun with the group it picks from names the speaker; the audience the
    parser hung on it ("à la télévision") is no part of its name."""
    assert _quotes(analyse_text, text)[0][1] == speaker


@pytest.mark.issue(12)
def test_verbs_a_quoted_adverb_read_as_an_object_keeps_the_object_after_it(analyse_text):
    """"a condamné « fermement » la tentative": the tagger made the quoted adverb a noun, the verb's first object;
    what was condemned follows it."""
    text = "L'Union africaine a condamné « fermement » la tentative de coup d'État."
    assert _quotes(analyse_text, text) == [("« fermement » la tentative de coup d'État", "Union africaine")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", ["Le Rassemblement national n'a pas encore dit s'il voterait le texte.",
                                  "Le maire a refusé de dire s'il serait candidat."])
def test_verbs_an_indirect_question_or_a_statement_not_yet_made_is_none(analyse_text, text):
    """"n'a pas encore dit" (the parser hangs "pas" on "encore") made no statement, and "s'il voterait" states
    nothing: whether is not what."""
    assert _quotes(analyse_text, text) == []


@pytest.mark.issue(12)
def test_verbs_sources_hung_on_the_outlet_after_an_incise_speak(analyse_text):
    """"…, ont indiqué à l'AFP des sources sécuritaires": the parser read "des" as "de les" and hung the sources on
    the agency; the incise was given to the soldiers killed, the subject of the clause it reports."""
    text = "Douze soldats ont été tués dimanche dans le nord du pays, ont indiqué à l'AFP des sources sécuritaires."
    assert _quotes(analyse_text, text)[0][1] == "sources sécuritaires"


@pytest.mark.issue(12)
def test_verbs_an_infinitive_after_a_comma_is_no_incise(analyse_text):
    """"…, sans donner d'explication, selon un communiqué": the infinitive's object was made the speaker of the
    clause before; the source phrase gives it (the document's issuer)."""
    text = ("Le président a limogé jeudi son Premier ministre, Paul Marchand, sans donner d'explication, selon un "
            "communiqué de la présidence.")
    assert [speaker for _, speaker in _quotes(analyse_text, text)] == ["la présidence"]


@pytest.mark.issue(12)
def test_verbs_asking_not_to_be_named_is_no_statement(analyse_text):
    text = "« Tout a été décidé à l'avance », affirme un responsable de l'opposition, qui a requis l'anonymat."
    analysis = analyse_text(text)
    assert [q.text for q in analysis.quotes] == ["Tout a été décidé à l'avance"]
    assert not [e for e in analysis.events if e.trigger.text == "requis"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, quote", [
    ("« Nous étions au courant », a reconnu, sous le couvert de l'anonymat, un haut fonctionnaire.",
     ("Nous étions au courant", "un haut fonctionnaire")),  # the parser hung him on "anonymat"
    ("Selon Paul Roux, qui s'exprimait lors d'un meeting, la gauche doit s'unir.",
     ("la gauche doit s'unir", "Paul Roux")),  # the relative clause describes the source
])
def test_verbs_a_phrase_between_commas_belongs_to_the_speaker_not_to_the_statement(analyse_text, text, quote):
    assert _quotes(analyse_text, text) == [quote]


@pytest.mark.issue(12)
def test_verbs_avant_de_opens_the_speaker_s_next_act(analyse_text):
    """"…, avant d'annoncer …": the statement ends at the comma; "avant de" has the main clause's subject, so the
    announcement is the speaker's too, even after a content with a subject of its own."""
    text = "Le président a assuré que « personne ne sera oublié », avant d'annoncer une hausse des aides."
    assert _quotes(analyse_text, text) == [("personne ne sera oublié", "Le président"),
                                           ("une hausse des aides", "Le président")]


@pytest.mark.issue(12)
def test_verbs_recalling_an_ambassador_is_no_statement(analyse_text):
    """"rappeler" reports words ("a rappelé que …"), not a person it calls back; nor is "pour consultations" a
    meeting."""
    analysis = analyse_text("L'Algérie a rappelé son ambassadeur à Paris pour consultations.", dct="2024-03-01")
    assert analysis.quotes == [] and [e.type for e in analysis.events] == ["SANCTION"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", ["« Aucune décision n'a été prise », a fait savoir l'Élysée.",
                                  "« Une décision sera prise », a fait savoir l'Élysée."])
def test_verbs_a_two_word_reporting_verb_in_an_incise(analyse_text, text):
    """"a fait savoir X" after a quotation: its first word, a verb of its own, leads on to the reporting one."""
    assert [speaker for _, speaker in _quotes(analyse_text, text)] == ["Élysée"]


@pytest.mark.issue(12)
def test_verbs_a_quoted_adjective_the_parser_hung_on_the_verb_completes_the_object(analyse_text):
    text = "Le ministre a dénoncé une grève « irresponsable » en pleine période de vacances."
    assert _quotes(analyse_text, text) == [("une grève « irresponsable »", "Le ministre")]


@pytest.mark.issue(12)
def test_verbs_a_specific_title_does_not_take_up_someone_with_another_post(analyse_text):
    """"son secrétaire général, Olivier Joly" … "Le ministre des Transports a dénoncé …": the minister is not the
    union's secretary general named before (a generic head, "le responsable", still may be)."""
    text = ("Le syndicat réclame une hausse des salaires. « Nous n'avons pas eu d'autre choix », explique son "
            "secrétaire général, Olivier Joly. Le ministre des Transports a dénoncé une grève « irresponsable ».")
    assert _quotes(analyse_text, text)[-1] == ("une grève « irresponsable »", "Le ministre des Transports")


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,quotes",
    [("L'ancienne directrice, qui a géré le budget pendant dix ans, conteste l'ensemble des accusations.", []),
     # the relative clause's accusation is the farmers' own (its subject, not the prefect's)
     ("Le préfet, que les agriculteurs accusent de lenteur, dément ces reproches.",
      [("de lenteur", "les agriculteurs")])],
)
def test_verbs_a_subject_with_its_relative_clause_before_a_comma_is_no_incise(analyse_text, text, quotes):
    """When the parser misses the subject of "conteste", the words before the comma are no statement of whoever
    follows the verb ("l'ensemble des accusations" said nothing): an incise reports a clause."""
    assert _quotes(analyse_text, text) == quotes


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quote",
    [
        ("La préfecture se dit « consternée » par ces violences.", ("consternée", "La préfecture")),
    ],
)
def test_verbs_se_dire_with_a_noun_the_tagger_read(analyse_text, text, quote):
    """"se dit « consternée »" with the participle tagged a noun: what the subject said of itself, as with an
    adjective (an unquoted noun is an act: "s'est déclaré candidat")."""
    assert quote in _quotes(analyse_text, text)


@pytest.mark.issue(12)
def test_verbs_a_quoted_object_of_a_verb_of_description_is_the_speaker_s_words(analyse_text):
    """"a décrit « … »": the quotation marks make the object the witness's words; "décrit la scène" says nothing."""
    assert _quotes(analyse_text, "Un voisin a décrit « un vacarme épouvantable » vers minuit.") == [
        ("un vacarme épouvantable", "un voisin")]
    assert _quotes(analyse_text, "Le rapport décrit la scène avec précision.") == []


@pytest.mark.issue(12)
def test_verbs_pour_sa_part_is_no_speaker(analyse_text):
    """The parser hangs "appelé" on "part" as a participle clause; the speaker is the sentence's subject."""
    text = "Ottawa, partenaire historique de Kigali, a pour sa part appelé à « une désescalade rapide »."
    assert [speaker for _, speaker in _quotes(analyse_text, text)] == ["Ottawa"]


@pytest.mark.issue(12)
def test_verbs_a_headline_topic_before_a_colon_is_no_subject(analyse_text):
    """"Procès X : la défense plaide l'acquittement": the parser gives the verb two subjects; the one across the
    colon is the headline's topic."""
    assert _quotes(analyse_text, "Procès du braquage : la défense plaide la relaxe\n\nLe verdict est attendu.") == [
        ("la relaxe", "la défense")]


@pytest.mark.issue(12)
def test_verbs_a_speaker_hung_on_the_outlet_after_aupres_de(analyse_text):
    """"a réagi auprès de l'AFP un ancien ministre": "auprès" read as an adverb, the speaker as the outlet's
    apposition; the outlet relays."""
    quotes = analyse_text("« Nous sommes inquiets », a confié auprès de l'AFP un ancien ministre, sous couvert "
                          "d'anonymat.").quotes
    assert [(q.speaker.name, q.via.name if q.via else None) for q in quotes] == [
        ("un ancien ministre", "Agence France-Presse")]


@pytest.mark.issue(12)
def test_verbs_an_apposed_comment_is_no_part_of_the_statement(analyse_text):
    """", une décision dénoncée par l'opposition …": the writer's comment on what was announced, not the words of
    those who announced it."""
    text = "Le gouvernement a annoncé la fermeture de trois écoles, une décision aussitôt critiquée par les parents."
    assert _quotes(analyse_text, text) == [("la fermeture de trois écoles", "Le gouvernement")]


@pytest.mark.issue(12)
def test_verbs_a_reporting_verb_tagged_as_a_noun_before_que(analyse_text):
    """"La Fédération … juge qu'elle …": the tagger reads "juge" as the noun; with no determiner and a "que" clause
    after it, it is the verb, and the phrase right before it its subject, named or not (which ends before "juge")."""
    text = "La Fédération autonome de l'enseignement juge qu'elle « stigmatise les enseignantes »."
    assert _quotes(analyse_text, text) == [("elle « stigmatise les enseignantes »",
                                            "Fédération autonome de l'enseignement")]
    assert _quotes(analyse_text, "La Confédération paysanne juge que ce texte « menace les petites fermes ».") == [
        ("ce texte « menace les petites fermes »", "La Confédération paysanne")]


@pytest.mark.issue(12)
def test_verbs_le_gouvernement_takes_up_no_organisation_named_before(analyse_text):
    """"le gouvernement" stands for a state; the union named before it is no government."""
    text = ("La Fédération des enseignants juge la loi injuste. Le gouvernement, lui, affirme qu'elle protège « la "
            "neutralité de l'école ».")
    speakers = [speaker for text_, speaker in _quotes(analyse_text, text) if "neutralité" in text_]
    assert speakers and "Fédération" not in speakers[0]


@pytest.mark.issue(12)
def test_verbs_de_son_cote_is_no_de_complement(analyse_text):
    """"assure de son côté que P": the aside is read as the verb's "de" complement (a label, "qualifié de …"); the
    statement is P."""
    text = "La directrice, Anne Morel, assure de son côté que « tout a été tenté pour sauver le site »."
    assert _quotes(analyse_text, text) == [("tout a été tenté pour sauver le site", "Anne Morel")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, quote",
    [
        ("La mesure a été jugée « disproportionnée » par la Ligue des droits de l'homme.",
         ("disproportionnée", "Ligue des droits de l'homme")),
        ("Cette hausse, qualifiée d'« injuste » par les commerçants, entre en vigueur lundi.",
         ("injuste", "les commerçants")),
        ("Le préfet a interdit la manifestation, une décision dénoncée par les organisateurs comme « une atteinte "
         "aux libertés ».", ("une atteinte aux libertés", "les organisateurs")),
    ],
)
def test_verbs_a_quoted_label_in_a_passive_is_the_agent_s(analyse_text, text, quote):
    """"jugée « … » par X", "qualifiée de « … » par X", "dénoncée par X comme « … »": the quoted label is the
    agent's words (the quotation no part of the agent's name)."""
    assert quote in _quotes(analyse_text, text)


@pytest.mark.issue(12)
def test_verbs_a_passive_without_quoted_words_reports_nothing(analyse_text):
    assert _quotes(analyse_text, "Le projet, critiqué par les associations, a été adopté mardi.") == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le maire Paul Girard a salué « un geste fort ».", [("un geste fort", "Paul Girard")]),
        ("« Enfin une bonne nouvelle », a salué la députée Claire Roy.", [("Enfin une bonne nouvelle", "Claire Roy")]),
        ("Le maire a salué la décision du préfet.", []),
        ("La ministre Anne Roux a défendu un budget « sincère et responsable ».",
         [("un budget « sincère et responsable »", "Anne Roux")]),
        ("La ministre a défendu sa réforme.", []),
    ],
)
def test_verbs_saluer_reports_only_quoted_words(analyse_text, text, expected):
    """"saluer", "défendre" report an object only when it holds quoted words (frame ``quoted``), and the quote their
    incise follows; "a salué la décision", "a défendu sa réforme" are acts of support, no statement."""
    assert _quotes(analyse_text, text) == expected


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le maire a jugé ces mesures « tardives mais nécessaires ».",
         [("ces mesures « tardives mais nécessaires »", "Le maire")]),
        ("Le maire a jugé ces mesures excessives.", []),
    ],
)
def test_verbs_a_demonstrative_object_with_quoted_words_is_reported(analyse_text, text, expected):
    """An object that only points back ("ces mesures") says nothing of its own, unless the speaker's quoted words
    qualify it."""
    assert _quotes(analyse_text, text) == expected


@pytest.mark.issue(12)
def test_verbs_a_participle_after_the_object_completes_it(analyse_text):
    """"a critiqué un projet « préparé dans l'urgence »": the tagger called the participle an infinitive and the
    parser hung it on the verb; it still belongs to the object, quoted words and all."""
    quotes = _quotes(analyse_text, "Le syndicat a critiqué un projet « préparé dans l'urgence ».")
    assert quotes == [("un projet « préparé dans l'urgence »", "Le syndicat")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Un sénateur, Marc Olivier, a estimé que le texte était inapplicable.", "Marc Olivier"),
        ("Un parlementaire a jugé que le texte était inapplicable.", "un parlementaire"),
    ],
)
def test_verbs_an_indefinite_person_speaks(analyse_text, text, speaker):
    """An indefinite subject speaks when it is a person's noun or has a name in apposition ("Des menaces ont …" does
    not)."""
    assert [name for _, name in _quotes(analyse_text, text)] == [speaker]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a dénoncé le gouvernement russe.",
        "La Tunisie a reconnu le gouvernement de transition.",
        "Le maire a rappelé son conseiller à l'ordre.",
    ],
)
def test_verbs_an_object_that_names_someone_is_no_words(analyse_text, text):
    """An object that names a person, a group or a body and nothing more is whom the act is aimed at, not words."""
    assert _quotes(analyse_text, text) == []


@pytest.mark.issue(12)
def test_verbs_a_quoted_label_of_a_body_is_words(analyse_text):
    """"qu'il qualifie d'« organisation terroriste »": the quoted label is words, though its noun names a body."""
    quotes = _quotes(analyse_text, "Le ministre vise le Front, qu'il qualifie d'« organisation criminelle ».")
    assert [text for text, _ in quotes] == ["d'« organisation criminelle »"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("L'association a dénoncé des « loyers indécents ».", ("des « loyers indécents »", "L'association")),
        ("Le Parti socialiste réclame pour sa part le retrait du texte.", ("le retrait du texte", "Parti socialiste")),
    ],
)
def test_verbs_objects_the_parser_misread(analyse_text, text, expected):
    """A determined noun the parser made the verb's xcomp (a quotation mark after the article), or an apposition of
    the aside "pour sa part", is the verb's object."""
    assert _quotes(analyse_text, text) == [expected]


@pytest.mark.issue(12)
def test_verbs_faire_valoir_reports(analyse_text):
    quotes = _quotes(analyse_text, "La directrice, Anne Morel, a fait valoir que le budget était en baisse.")
    assert quotes == [("le budget était en baisse", "Anne Morel")]


@pytest.mark.issue(12)
def test_verbs_a_verb_read_as_a_noun_speaks_with_the_subject_the_parser_gave_it(analyse_text):
    """"Le chef de file des sénateurs LR juge que …": the tagger read "juge" as a noun, the parser still gave it the
    subject; that subject speaks, named or not."""
    quotes = _quotes(analyse_text, "Le chef de file des sénateurs LR juge que « le budget est insincère ».")
    assert quotes == [("le budget est insincère", "Le chef de file des sénateurs LR")]


@pytest.mark.issue(12)
def test_verbs_an_indefinite_article_read_as_de_still_opens_the_object(analyse_text):
    """"a évoqué « des avancées réelles »": the parser read "des" as "de les" and made the object an oblique."""
    quotes = _quotes(analyse_text, "La ministre a évoqué « des avancées réelles » lors du sommet.")
    assert [name for _, name in quotes] == ["La ministre"] and "avancées réelles" in quotes[0][0]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("La Fédération des travailleurs a prévenu : soit le gouvernement recule, soit des grèves auront lieu.",
         [("soit le gouvernement recule, soit des grèves auront lieu", "Fédération des travailleurs")]),
        ("Le ministre a averti lundi : les sanctions seront levées si Moscou recule.",
         [("les sanctions seront levées si Moscou recule", "Le ministre")]),
        # no clause after the colon: a list of figures is left alone
        ("Le porte-parole a précisé : dix morts, vingt blessés.", []),
    ],
)
def test_verbs_a_clause_after_a_colon_without_quotation_marks_is_reported(analyse_text, text, expected):
    assert _quotes(analyse_text, text) == expected


@pytest.mark.issue(12)
def test_verbs_a_participle_after_a_reported_clause_about_a_thing_is_the_speaker_s(analyse_text):
    """"a annoncé que les négociations avaient échoué, accusant …": negotiations accuse no one, the speaker does;
    so after the speaker's own side ("que son organisation quittait …"); after a clause with a subject of its own
    who could ("que les rebelles avaient quitté la table, accusant …"), no one is said."""
    quotes = _quotes(analyse_text, "Le ministre a annoncé que les négociations avaient échoué, accusant les rebelles "
                                   "de mauvaise foi.")
    assert ("les rebelles de mauvaise foi", "Le ministre") in quotes
    quotes = _quotes(analyse_text, "La présidente du syndicat Claire Morel a annoncé jeudi que son organisation "
                                   "quittait les négociations, accusant la direction d’« arrogance ».")
    assert ("la direction d’« arrogance »", "Claire Morel") in quotes  # her own side's act: hers
    quotes = _quotes(analyse_text, "Dimanche, M. Vidal avait affirmé que le pont serait rouvert en mai, quelques jours "
                                   "après avoir annoncé des travaux supplémentaires.")
    assert quotes == [("le pont serait rouvert en mai", "Vidal"), ("des travaux supplémentaires", "Vidal")]
    quotes = _quotes(analyse_text, "Le ministre a annoncé que les rebelles avaient quitté la table, accusant le "
                                   "gouvernement de mauvaise foi.")
    assert ("le gouvernement de mauvaise foi", "Le ministre") not in quotes


@pytest.mark.issue(12)
def test_verbs_a_name_the_parser_left_unlabelled_before_the_verb_speaks(analyse_text):
    """"Shigeru Tanaka s'est engagé à …" parsed with the name as a bare dependent of the verb: its subject
    (``doc.syntax.name_left_as_subject``)."""
    quotes = _quotes(analyse_text, "Shigeru Tanaka s'est engagé à faire toute la lumière sur l'accident.")
    assert quotes == [("à faire toute la lumière sur l'accident", "Shigeru Tanaka")]


@pytest.mark.issue(12)
def test_verbs_two_names_the_parser_split_around_the_verb_speak_together(analyse_text):
    """"Kiev et Moscou ont affirmé" with "Kiev" the parser's root: both say it, never "Moscou" alone."""
    quote = analyse_text("Kiev et Moscou ont affirmé que la trêve tenait.").quotes[0]
    assert [member.mention.text for member in quote.speaker.members] == ["Kiev", "Moscou"]


@pytest.mark.issue(12)
def test_verbs_a_name_read_as_the_predicate_speaks(analyse_text):
    """"La France insoumise souligne que …" with "insoumise" the parser's root: the party speaks."""
    quotes = _quotes(analyse_text, "La France insoumise souligne quant à elle que le scrutin a été organisé dans la "
                                   "précipitation.")
    assert quotes == [("le scrutin a été organisé dans la précipitation", "La France insoumise")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,speaker", [("Le maire juge que la fermeture est prématurée.", "Le maire"),
                                          ("Le maire de Lyon, lui, juge que la fermeture est prématurée.",
                                           "Le maire de Lyon")])
def test_verbs_juge_read_as_a_noun_after_its_subject_reports(analyse_text, text, speaker):
    """"juge" tagged a noun and hung on the subject (as its adjective or conjunct): the subject judges."""
    assert [(q.text, q.speaker.name) for q in analyse_text(text).quotes] == [("la fermeture est prématurée", speaker)]


@pytest.mark.issue(12)
def test_verbs_juge_with_its_article_and_a_relative_is_a_judge(analyse_text):
    assert analyse_text("Le ministre et le juge que la presse avait cités ont démissionné.").quotes == []


@pytest.mark.issue(12)
def test_verbs_the_document_words_were_said_in_is_no_part_of_them(analyse_text):
    quotes = analyse_text("Le ministère a annoncé la fermeture des écoles dans une note aux recteurs.").quotes
    assert [q.text for q in quotes] == ["la fermeture des écoles"]


@pytest.mark.issue(12)
def test_verbs_an_aside_the_parser_made_the_root_is_never_the_speaker(analyse_text):
    """"La direction … a de son côté dénoncé" parsed with "côté" as the root and the verb on it."""
    text = ("« On ne lâchera rien tant que nous n'aurons pas obtenu gain de cause », a assuré Karim Benali, délégué "
            "CGT, devant les grilles de l'usine. Selon la CFDT, près de 80 % des ouvriers ont cessé le travail.\n\n"
            "La direction du groupe a de son côté dénoncé « un blocage illégal » du site et menacé de saisir la "
            "justice. Une nouvelle réunion est prévue jeudi avec les représentants du personnel.")
    assert [q.speaker.name for q in analyse_text(text).quotes][-1] == "La direction du groupe"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,content", [
    ("La présidente a déclaré mardi soir, devant les députés réunis en congrès, que le pays traversait une crise.",
     "le pays traversait une crise"),
    ("Le général Ahmed Salim avait affirmé par l'intermédiaire de son porte-parole, voici quelques jours, qu'il était "
     "prêt à négocier.", "il était prêt à négocier"),
])
def test_verbs_a_que_clause_after_adverbials_set_off_by_commas_is_reported(analyse_text, text, content):
    """The parser hangs the clause on the adverbial ("voici") or nowhere: the "que" after the comma opens it."""
    assert [q.text for q in analyse_text(text).quotes] == [content]


@pytest.mark.issue(12)
def test_verbs_an_ultimatum_spelled_out_after_a_colon_is_what_was_said(analyse_text):
    text = "Le syndicat a lancé un ultimatum au gouvernement : soit il recule, soit la grève commencera lundi."
    assert [(q.text, q.speaker.name) for q in analyse_text(text).quotes] == [
        ("soit il recule, soit la grève commencera lundi", "Le syndicat")]


@pytest.mark.issue(12)
def test_verbs_a_time_before_an_event_is_no_court_sentence(analyse_text):
    """"à quelques mois des élections" counts no term a court gives: "a dénoncé" stays a statement."""
    text = "L'entourage du ministre a dénoncé une « manœuvre politique » à quelques mois des élections."
    assert [q.speaker.name for q in analyse_text(text).quotes] == ["l'entourage"]
    assert analyse_text("Le tribunal a condamné le prévenu à un an de prison.").quotes == []


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,charge,speaker", [
    ("Le Mali a rompu avec la France, qu'il accuse d'ingérence.", "d'ingérence", "Mali"),
    # the parser read "de" as the partitive article of an object
    ("Le Niger pourrait reprendre le dialogue si Paris, qu'il accuse de multiples violations, reculait.",
     "de multiples violations", "Niger"),
])
def test_verbs_the_charge_of_an_accusation_whose_accused_is_a_relative(analyse_text, text, charge, speaker):
    assert [(q.text, q.speaker.name) for q in analyse_text(text).quotes] == [(charge, speaker)]


@pytest.mark.issue(12)
def test_verbs_an_infinitive_after_a_day_and_its_adverbials_is_reported(analyse_text):
    text = "Des militaires ont annoncé mercredi soir à la télévision nationale avoir pris le pouvoir."
    assert [q.text for q in analyse_text(text).quotes] == ["avoir pris le pouvoir"]


@pytest.mark.issue(12)
def test_verbs_alors_que_after_a_day_opens_no_reported_clause(analyse_text):
    text = "La grève se poursuit vendredi dans les transports alors que les syndicats réclament le retrait du texte."
    assert [q.speaker.name for q in analyse_text(text).quotes] == ["les syndicats"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,content", [
    ("Le ministre a concédé que des erreurs avaient été commises.", "des erreurs avaient été commises"),
    ("L'OMS recommande de limiter les déplacements.", "de limiter les déplacements"),
    ("Le maire a constaté que la situation s'aggravait.", "la situation s'aggravait"),
    ("Le député a juré qu'il n'avait rien su.", "il n'avait rien su"),
])
def test_verbs_more_verbs_of_saying_report(analyse_text, text, content):
    assert [q.text for q in analyse_text(text).quotes] == [content]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Le préfet a rencontré les élus de Lyon et de Grenoble. Ces derniers ont dénoncé un projet « inacceptable ».",
         "les élus de Lyon et de Grenoble"),
        ("Le préfet a rencontré Paul Roux et Anne Vidal. Ces derniers ont dénoncé un projet « inacceptable ».",
         "Paul Roux et Anne Vidal"),
    ],
)
def test_verbs_ces_derniers_are_the_group_named_last(analyse_text, text, speaker):
    """"Ces derniers" after two names speaks for both; after names that only complete a noun ("les élus de Lyon et
    de Grenoble"), for that noun's people, never for the two cities."""
    assert [name for _, name in _quotes(analyse_text, text)] == [speaker]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Comme l'a souligné le porte-parole du gouvernement, Maud Bregeon, « aucune décision n'est prise ».",
         [("aucune décision n'est prise", "Maud Bregeon")]),
        ("Comme l'a souligné Anne Roux, aucune décision n'est prise.", [("aucune décision n'est prise", "Anne Roux")]),
    ],
)
def test_verbs_a_comme_clause_reports_the_main_clause_the_parser_hung_on_it(analyse_text, text, expected):
    """"Comme l'a souligné X, aucune décision …": the parser made the main clause's subject the object of the "comme"
    clause's verb; that clause ends at the comma after its subject, its "aucune" negates nothing it says."""
    assert _quotes(analyse_text, text) == expected


@pytest.mark.issue(12)
def test_verbs_a_word_of_a_name_read_as_a_verb_gives_its_object_back(analyse_text):
    """"a dénoncé sur France Inter une « décision absurde »": "Inter" tagged a verb and made the complement, the
    object hung on it; the words are the object alone."""
    quotes = _quotes(analyse_text, "Le maire de Grenoble, Eric Piolle, a dénoncé sur France Inter une « décision "
                                   "absurde ».")
    assert quotes == [("une « décision absurde »", "Eric Piolle")]


@pytest.mark.issue(12)
def test_verbs_a_quoted_label_the_parser_made_the_object_is_the_statement(analyse_text):
    """"a jugé mardi « inacceptables » les frappes": the parser made the adjective the object and the strikes its
    conjunct; the label, with its marks, and what it qualifies are the words."""
    quotes = _quotes(analyse_text, "La cheffe de la diplomatie européenne, Kaja Kallas, a jugé mardi « inacceptables » "
                                   "les frappes russes sur Kiev.")
    assert quotes == [("« inacceptables » les frappes russes sur Kiev", "Kaja Kallas")]


@pytest.mark.issue(12)
def test_verbs_an_object_after_a_comme_phrase_is_what_the_speaker_rules_out(analyse_text):
    """"a exclu, comme son prédécesseur, toute hausse des impôts": the object the parser hung on the "comme" phrase
    (``doc.syntax.object_past_comparison``)."""
    quotes = _quotes(analyse_text, "La ministre a exclu, comme son prédécesseur, toute hausse des impôts.")
    assert quotes == [("toute hausse des impôts", "La ministre")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, expected", [
    ("Le maire a reçu les commerçants, les encourageant à déposer un dossier.",
     [("à déposer un dossier", "Le maire")]),
    ("Le président a haussé le ton, menaçant de suspendre les aides.", [("de suspendre les aides", "Le président")]),
])
def test_verbs_a_present_participle_tagged_an_adjective_reports_for_the_main_subject(analyse_text, text, expected):
    """"…, les encourageant à …", "…, menaçant de …": the tagger took the participle for the adjective of the same
    form (its "à" or "de" shows it is not); it reports for the main clause's subject, clitics before it aside."""
    assert _quotes(analyse_text, text) == expected


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, expected", [
    ("Le ministre a laissé entendre que la réforme pourrait être reportée.",
     [("la réforme pourrait être reportée", "Le ministre")]),
    ("Le Premier ministre n'exclut pas de recourir au 49.3.", [("de recourir au 49.3", "Le Premier ministre")]),
    ("De l'avis de plusieurs économistes, la croissance restera faible.",
     [("la croissance restera faible", "plusieurs économistes")]),
    ("Pour reprendre les mots de la ministre Anne Roux, « le pays est au bord du gouffre ».",
     [("le pays est au bord du gouffre", "Anne Roux")]),
    ("Le parti a exclu trois élus du groupe.", []),
])
def test_verbs_more_ways_of_saying(analyse_text, text, expected):
    """"laisser entendre", "ne pas exclure de" (a litotes: it may happen; "exclure trois élus" is an act), "de l'avis
    de", "pour reprendre les mots de"."""
    assert _quotes(analyse_text, text) == expected
