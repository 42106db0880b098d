"""Pass 2 of ``veille_quotes`` (``quotes.sources``): source phrases, on French sentences written for the tests."""

from __future__ import annotations

import pytest


def _quotes(analyse_text, text):
    return [(q.text, q.speaker.name) for q in analyse_text(text).quotes]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("La voiture a été retrouvée dans un fossé par un promeneur.\n\n"
         "Selon le parquet, le conducteur était bien l'auteur de ces deux vols.",
         "le conducteur était bien l'auteur de ces deux vols", "le parquet"),
    ],
)
def test_sources_the_source_phrase_ends_at_its_comma(analyse_text, text, content, speaker):
    """The parser hangs the clause after "Selon le parquet," on the source: the clause is still what it said."""
    assert (content, speaker) in _quotes(analyse_text, text)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, speaker, members",
    [
        ("La Chine et le Japon ont repris le dialogue lundi. Les deux pays ont affirmé que la crise était close.",
         "Chine et Japon", {"Chine", "Japon"}),
    ],
)
def test_sources_the_two_countries_are_the_pair_named_before(analyse_text, text, speaker, members):
    """"les deux pays" speaks for the two countries the text coordinated just before, as one group."""
    quote = analyse_text(text).quotes[0]
    assert quote.speaker.name == speaker and {m.name for m in quote.speaker.members} == members


@pytest.mark.issue(12)
def test_sources_two_of_another_kind_are_no_pair(analyse_text):
    """"les deux pays" after two people: no pair of countries, so no group speaker is made up."""
    text = "Emmanuel Macron et Olaf Scholz se sont vus lundi. Les deux pays ont affirmé que la crise était close."
    quote = analyse_text(text).quotes[0]
    assert not quote.speaker.members


@pytest.mark.issue(12)
def test_sources_pour_a_person_noun_with_a_name(analyse_text):
    """"Pour l'économiste X, P": a person noun before the name makes "pour" a source."""
    quotes = analyse_text("Pour le sociologue Marc Aubry, la réforme creusera les inégalités.").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("la réforme creusera les inégalités", "Marc Aubry")]


@pytest.mark.issue(12)
def test_sources_a_magistrates_description_takes_up_the_prosecutor_named_before(analyse_text):
    text = ("La procureure de Lyon, Hélène Vidal, a ouvert une enquête. Selon la magistrate, aucune hypothèse n'est "
            "écartée à ce stade.")
    quotes = analyse_text(text).quotes
    assert [q.speaker.name for q in quotes if q.text.startswith("aucune hypothèse")] == ["Hélène Vidal"]


@pytest.mark.issue(12)
def test_sources_an_unnamed_person_after_the_source_is_the_clauses_subject_not_an_apposition(analyse_text):
    """"Selon la juge, le prévenu était ivre": the judge says it, not the defendant (a wrong fact before)."""
    quotes = analyse_text("Selon la juge, le prévenu était ivre au moment des faits.").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("le prévenu était ivre au moment des faits", "la juge")]


@pytest.mark.issue(12)
def test_sources_the_name_after_a_verbs_addressee_names_no_outlet(analyse_text):
    """"a déclaré à la presse M. Diallo": Diallo is the subject, so a later "selon la presse" is not Diallo."""
    text = "« Nous voulons la paix », a déclaré à la presse M. Diallo. Le cortège est passé à Thiès, selon la presse."
    quotes = analyse_text(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("Nous voulons la paix", "Diallo"),
                                                          ("Le cortège est passé à Thiès", "la presse")]


@pytest.mark.issue(12)
def test_sources_pour_a_description_of_a_body_named_before(analyse_text):
    """"Pour l'ONG, P": a definite description whose noun picks up an entity is a source, the one named before."""
    text = ("Amnesty International a publié mardi un rapport sur les prisons. Pour l'ONG, les détenus « vivent dans "
            "des conditions indignes ».")
    assert ("les détenus « vivent dans des conditions indignes »", "Amnesty International") in _quotes(analyse_text, text)


@pytest.mark.issue(12)
def test_sources_pour_a_place_noun_is_no_source(analyse_text):
    """"Pour la commune, la facture …": a beneficiary, not someone who speaks (no description head)."""
    assert _quotes(analyse_text, "Pour la commune, la facture s'élève à deux millions d'euros.") == []


@pytest.mark.issue(12)
def test_sources_pour_after_a_conjunction_opening_the_sentence(analyse_text):
    quotes = _quotes(analyse_text, "Mais pour la présidente du département, Anne Roux, « rien n'a été fait ».")
    assert quotes == [("rien n'a été fait", "Anne Roux")]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Selon plusieurs sources proches de l'enquête, le suspect aurait quitté le pays.",
         "plusieurs sources proches de l'enquête"),
        ("Selon des sources proches du ministère, la réforme sera reportée.", "des sources proches du ministère"),
    ],
)
def test_sources_sources_are_not_the_words_of_where_they_sit(analyse_text, text, speaker):
    """"selon des sources proches du dossier": the sources speak; "du dossier" says where they sit (it had been read
    as the owner of words, "selon les propos du ministre", and the file became the speaker)."""
    assert [speaker] == [name for _, name in _quotes(analyse_text, text)]


@pytest.mark.issue(12)
@pytest.mark.parametrize("first,second", [("le journal Le Monde", "Le quotidien"),
                                          ("le quotidien Libération", "Le journal")])
def test_sources_an_outlet_s_class_noun_takes_up_the_outlet_named_with_another(analyse_text, first, second):
    """The class noun a text names an outlet with is no post: "le quotidien" is the journal named before."""
    text = f"Selon {first}, le gouvernement prépare un remaniement. {second} affirme que trois ministres vont partir."
    analysis = analyse_text(text)
    names = {e.id: e.name for e in analysis.entities}
    speakers = [names.get(q.speaker.entity) for q in analysis.quotes]
    assert len(speakers) == 2 and speakers[0] is not None and speakers == [speakers[0]] * 2


@pytest.mark.issue(12)
def test_sources_pour_a_plural_definite_body_opens_its_opinion(analyse_text):
    quotes = analyse_text("Pour les syndicats, la réforme des retraites est injuste.").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("la réforme des retraites est injuste", "les syndicats")]


@pytest.mark.issue(12)
def test_sources_l_organisation_takes_up_a_body_named_with_its_own_class_noun(analyse_text):
    """"l'organisation" is any body's class: the union named "le syndicat X" before."""
    text = "Le syndicat SUD-Rail a dénoncé des conditions indignes. L'organisation appelle à la grève."
    assert [q.speaker.name for q in analyse_text(text).quotes][-1] == "SUD-Rail"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text,content,speaker", [
    ("Le Monde a publié un rapport selon lequel l'armée aurait utilisé des armes chimiques.",
     "l'armée aurait utilisé des armes chimiques", "Le Monde"),
    ("Des informations du Figaro selon lesquelles le ministre allait démissionner ont circulé.",
     "le ministre allait démissionner", "Le Figaro"),
    # who made the charge is not said: no speaker, the words nested in those of who rejects it
    ("Le directeur réfute l'accusation selon laquelle il aurait menti.", "il aurait menti", None),
])
def test_sources_selon_lequel_reports_the_words_of_the_noun_it_stands_for(analyse_text, text, content, speaker):
    quotes = {q.text: q.speaker.name for q in analyse_text(text).quotes}
    assert content in quotes and quotes[content] == speaker


@pytest.mark.issue(12)
def test_sources_selon_a_document_of_someone_is_their_words(analyse_text):
    quotes = analyse_text("Selon un communiqué de l'armée malienne, dix soldats ont été tués.").quotes
    assert [q.speaker.mention.text for q in quotes] == ["l'armée malienne"]


@pytest.mark.issue(12)
def test_sources_a_relative_source_s_words_end_before_the_main_predicate(analyse_text):
    """"La déclaration du Kremlin selon laquelle P a été démentie par Kiev": the parser hung the main predicate inside
    the relative clause; P ends before it."""
    text = ("La déclaration du Kremlin selon laquelle l'armée ukrainienne aurait bombardé une école a été démentie par "
            "Kiev.")
    assert [q.text for q in analyse_text(text).quotes] == ["l'armée ukrainienne aurait bombardé une école"]
