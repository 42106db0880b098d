"""Pass 3 of ``veille_quotes`` (``quotes.marks``): quotation marks, on French sentences written for the tests."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
def test_marks_first_person_words_quoted_inside_the_writers_sentence_are_not_the_last_speakers(analyse_text):
    """A cue-less first-person quotation continues the last speaker only when it stands as a sentence."""
    text = ("« Nous ne fermerons pas l'école », a promis Paul Vernet. Le conseil doit voter un budget que la préfète "
            "Anne Roux « a elle-même validé pour notre commune ».")
    assert _quotes(analyse_text, text) == [("Nous ne fermerons pas l'école", "Paul Vernet")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« Le quartier revit enfin », s'est félicitée Nadia Ferhat, la présidente de l'association.", "Nadia Ferhat"),
        ("« Personne ne nous a prévenus », s'indigne Paul Vernet.", "Paul Vernet"),
        ("« Je n'ai rien à cacher », se défend Bruno Castel.", "Bruno Castel"),
    ],
)
def test_marks_a_reflexive_verb_after_the_quote_is_its_incise(analyse_text, text, speaker):
    """"se féliciter", "s'indigner", "se défendre": the reflexive clitic before the verb does not stop the incise."""
    assert [s for _, s in _quotes(analyse_text, text)] == [speaker]


@pytest.mark.issue(12)
def test_marks_the_scene_of_the_words_is_no_part_of_their_speakers_description(analyse_text):
    """"s'est défendu l'ancien trésorier devant la cour": the speaker is the treasurer, not the treasurer at court."""
    text = "« Je n'ai jamais signé ces chèques », s'est défendu l'ancien trésorier devant la cour d'appel."
    assert _quotes(analyse_text, text) == [("Je n'ai jamais signé ces chèques", "l'ancien trésorier")]


@pytest.mark.issue(12)
def test_marks_a_quotation_the_parser_made_the_subject_is_the_incises_words(analyse_text):
    """"« … Le pays a besoin de calme », a dit à la presse M. Diallo": no name inside the quotation speaks it, and
    a titled name the parser hung on the complement is the incise's subject."""
    text = "« Nous avons choisi la rue. Le pays a besoin de calme », a dit à la presse M. Diallo, samedi soir."
    assert {s for _, s in _quotes(analyse_text, text)} == {"Diallo"}


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, speaker", [
    ("« Ce budget est un scandale », a lancé la sénatrice PS Martine Roussel.", "Martine Roussel"),
    ("« Ce budget est un scandale », s'emporte le député LR Paul Vernet.", "Paul Vernet"),
    ("« Ce budget est un scandale », a lancé le maire PS de Brest, Paul Vernet.", "Paul Vernet"),
])
def test_marks_a_persons_title_with_a_party_is_the_person_not_the_party(analyse_text, text, speaker):
    """"le député LR X": the party's acronym between the title and the name says whose deputy X is."""
    assert [s for _, s in _quotes(analyse_text, text)] == [speaker]


@pytest.mark.issue(12)
def test_marks_a_narrative_infinitive_speaks_for_the_subject_before(analyse_text):
    """"Il a pris la parole. Et d'ajouter : « … »": the subject of the sentence before says it."""
    text = "La directrice Anne Roux a reçu les parents. Et d'ajouter : « Aucun enfant ne sera laissé de côté. »"
    assert [s for _, s in _quotes(analyse_text, text)] == ["Anne Roux"]


@pytest.mark.issue(12)
def test_marks_a_quoted_sentence_goes_on_with_the_statement_before_it(analyse_text):
    """"Selon elle, P. « Q. »": a cue-less quoted sentence right after someone's indirect statement, in the same
    paragraph, is theirs; after a paragraph break it is no one's."""
    said = ("La porte-parole du collectif, Inès Garcia, dénonce des retards. Selon elle, les dossiers restent bloqués "
            "depuis l'été. « Les familles attendent une réponse depuis des mois. »")
    assert ("Les familles attendent une réponse depuis des mois.", "Inès Garcia") in _quotes(analyse_text, said)
    apart = said.replace("l'été. «", "l'été.\n\n«")
    assert not any(text.startswith("Les familles") for text, _ in _quotes(analyse_text, apart))


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« Nous avons tenu », s'est réjoui le capitaine Hugo Lenoir. Son homologue belge s'est montré plus sévère : "
         "« Nous avons manqué de réalisme devant le but. »", "Son homologue belge"),
        ("La préfète est catégorique : « Aucune dérogation ne sera accordée cet hiver. »", "La préfète"),
        ("La réponse de la directrice a été nette : « Personne ne sera licencié. »", "la directrice"),
        # an adjective the parser made the object is no thing the clause acts on; a guest is someone
        ("Le président a reçu le chancelier Paul Weber. Son invité s'est montré plus prudent : « Il reste des points "
         "à régler. »", "Son invité"),
        # the clause acts on a thing (no subject of its own words): the person it names, not the article of her title
        ("La directrice de l'hôpital, Claire Martin, tire la sonnette d'alarme : « Nous manquons de tout. »",
         "Claire Martin"),
    ],
)
def test_marks_the_subject_of_the_clause_before_a_colon_speaks(analyse_text, text, speaker):
    """"X s'est montré plus sévère : « … »", "X est catégorique : « … »": no reporting verb, but the clause's
    subject introduces the quotation (before, the first person gave it to the speaker quoted before); a subject that
    names words ("La réponse de X", "Le message de X") is its owner's."""
    assert _quotes(analyse_text, text)[-1][1] == speaker


@pytest.mark.issue(12)
def test_marks_a_document_before_a_colon_quotes_no_one(analyse_text):
    assert _quotes(analyse_text, "Le décret prévoit deux mesures : « une aide directe et un crédit d'impôt ».") == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text",
    ["Les gendarmes ont découvert une lettre dans la voiture : « Pardonnez-moi pour tout le mal que j'ai fait. »",
     "Sur la pancarte, on pouvait lire : « Sauvons notre hôpital de proximité. »"],
)
def test_marks_the_clause_before_a_colon_names_no_author_of_a_thing_it_finds(analyse_text, text):
    """A letter found, a sign read: the quotation is the thing's words, not the finder's nor "on"'s."""
    assert _quotes(analyse_text, text) == []


@pytest.mark.issue(12)
def test_marks_a_quoted_sentence_after_an_outlet_s_report_is_not_the_outlet_s(analyse_text):
    text = "Selon Le Parisien, le chanteur a été hospitalisé dimanche. « Il va mieux et devrait sortir rapidement. »"
    assert [speaker for _, speaker in _quotes(analyse_text, text)] == ["Le Parisien"]


@pytest.mark.issue(12)
def test_marks_the_narrative_before_a_colon_is_no_statement_of_the_incise(analyse_text):
    """"X a reçu Y : « … », a-t-il confié": he said the quotation, not that he received them."""
    text = "Le préfet a rencontré les sinistrés : « Ils ont tout perdu », a-t-il confié."
    assert _quotes(analyse_text, text) == [("Ils ont tout perdu", "Le préfet")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,speakers",
    [
        ("La décision du préfet a provoqué la colère des élus. Paul Martin, le maire de Lyon, ne décolère pas. « C'est "
         "une faute grave. Nous irons devant le tribunal. »", ["Paul Martin"]),
        # two people in the sentence before: whose words they are is not said
        ("Paul Martin a rencontré Anne Roche mardi. « Nous avons parlé de tout. »", []),
        # another paragraph
        ("Paul Martin ne décolère pas.\n« Nous irons devant le tribunal. »", []),
    ],
)
def test_marks_a_first_person_quotation_after_a_sentence_about_one_person_is_theirs(analyse_text, text, speakers):
    assert [q.speaker.name for q in analyse_text(text).quotes] == speakers


@pytest.mark.issue(12)
def test_marks_a_colon_that_ends_its_paragraph_introduces_the_quotation_of_the_next(analyse_text):
    text = "La directrice de l'usine, Claire Vasseur, a pris la parole devant tous :\n« Le site restera ouvert. »"
    assert _quotes(analyse_text, text) == [("Le site restera ouvert.", "Claire Vasseur")]


@pytest.mark.issue(12)
def test_marks_before_a_colon_a_verb_misread_as_a_noun_is_not_the_speaker_its_subject_is(analyse_text):
    """"a botté en touche" with "botté" tagged a noun: the speaker is the subject the parser gave it, never the verb."""
    text = "Interrogée sur ce point, la porte-parole du gouvernement a botté en touche : « Ce n'est pas le sujet. »"
    assert _quotes(analyse_text, text) == [("Ce n'est pas le sujet.", "la porte-parole du gouvernement")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,quote,speaker", [
    ("Les grévistes scandaient « Non à la fermeture » devant la mairie.", "Non à la fermeture", "les grévistes"),
    ("Le ministre a lancé « Nous ne reculerons pas » aux députés.", "Nous ne reculerons pas", "Le ministre"),
])
def test_marks_the_words_right_after_a_reporting_verb_are_its_subject_s(analyse_text, text, quote, speaker):
    """The parser leaves the quotation unattached to the verb (an oblique, a dependent of a later noun)."""
    assert _quotes(analyse_text, text) == [(quote, speaker)]


@pytest.mark.issue(12)
def test_marks_an_incise_whose_auxiliary_the_parser_hung_on_the_clitic(analyse_text):
    """"a-t-elle promis" with "a" hung on "-elle": the clitic is still the incise's subject."""
    text = "La ministre Sarah Klein a présenté le plan. « Nous ne laisserons rien passer », a-t-elle promis."
    assert _quotes(analyse_text, text) == [("Nous ne laisserons rien passer", "Sarah Klein")]


@pytest.mark.issue(12)
def test_marks_il_after_a_lawyer_named_by_a_possessive_is_the_lawyer_not_the_client(analyse_text):
    text = ("Paul Roux a été mis en examen. Son avocat a dénoncé un acharnement. « Mon client est innocent », "
            "a-t-il martelé.")
    assert _quotes(analyse_text, text) == [("Mon client est innocent", "Son avocat")]


@pytest.mark.issue(12)
def test_marks_an_incise_pronoun_goes_on_with_the_speaker_not_the_subject_he_reported(analyse_text):
    """"X a affirmé que Washington s'opposait … « … », a-t-il insisté": the reported clause's subject is no speaker."""
    text = ("Devant la presse, Antony Blinken a affirmé que Washington s'opposait à une offensive sur Rafah. « Une "
            "opération d'envergure serait une erreur », a-t-il insisté.")
    assert _quotes(analyse_text, text)[-1] == ("Une opération d'envergure serait une erreur", "Antony Blinken")
