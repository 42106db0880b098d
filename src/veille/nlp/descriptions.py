"""``veille_descriptions``: an institution news names by a description becomes a mention of its KB entity.

French news often designates one organisation by a common-noun phrase: "l'armée israélienne" for Tsahal, "la
diplomatie américaine" for the Département d'État, "la présidence russe" for the Kremlin. Such a phrase is no name
(fr-news GUIDELINES 1.3: no entity span), but it is the organisation: a quote "selon l'armée israélienne" or an
event whose actor it is must name the same entity as "Tsahal" elsewhere.

The KB writes these descriptions as aliases all in lowercase, of two words or more, of an organisation, a party or
an armed group (``kb/data/orgs.tsv``). After coreference, each one the text writes outside any name is added, with
its article, as a nominal mention of the document's entity for that KB entry, or of a new entity when the text never
names it. A description the KB gives to several entries, or whose words coreference gave a named referent, is left
alone; an unnamed referent coreference opened with it ("le parquet national financier … il") is the KB's entity, and
its mentions join that entity.

A state is described by a noun news uses for it and a nationality adjective ("l'ennemi russe", "le régime syrien":
``words.country_nouns``); the phrase becomes a mention of the KB's country.

The institutions of a place are described the same way: "le parquet de Charleroi", "la cour d'assises de la
Mayenne" (``lang/fr/local_institutions.tsv``: the heads). Only the place is a name; the phrase, from its head to the
end of the place's name, becomes an entity of its own ("parquet de Charleroi"), one per document and phrase
(coreference leaves such phrases to this stage). Coreference's unnamed referents (U…) stay after the entities.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lang
from ..lexicon import read_words
from ..doc.gazetteer import FINE_TYPE, LABEL_OF_TYPE, Gazetteer, ReadsKnowledgeBase
from ..kb import KBEntry
from ..kb.normalize import is_wikidata_id


@Language.factory(
    "veille_descriptions",
    assigns=["doc._.veille_entities"],
    requires=["doc.ents", "doc._.veille_entities"],
    default_config={"kb_path": None},
)
def make_descriptions(nlp: Language, name: str, kb_path: str | None) -> DescriptionMentions:
    return DescriptionMentions(nlp, name, kb_path=kb_path)


class DescriptionMentions(ReadsKnowledgeBase):
    """Adds the KB's descriptions of organisations to ``doc._.veille_entities`` as nominal mentions."""

    def __init__(self, nlp: Language, name: str = "veille_descriptions", *, kb_path: str | None = None):
        super().__init__(kb_path)
        self.name = name
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.words = lang.load(nlp.lang).words
        self.articles = frozenset(self.words.article_words | self.words.elided_articles)
        self._matcher: PhraseMatcher | None = None
        self.local_heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        heads = read_words(lang.data_file(nlp.lang, "local_institutions.tsv"), "head")
        self.local_heads.add("HEAD", list(nlp.tokenizer.pipe(sorted(heads))))
        self.country_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.country_nouns.add("COUNTRY", list(nlp.tokenizer.pipe(sorted(self.words.country_nouns))))

    def __call__(self, doc: Doc) -> Doc:
        described = [span for span in filter_spans(self.matcher(doc, as_spans=True)) if _written_lowercase(span)]
        local = self._local_institutions(doc)
        countries = self._countries_described(doc)
        if not described and not local and not countries:
            return doc
        records = doc._.veille_entities or []
        for mention, entry in countries:
            holder, within = _holder(records, mention)
            if holder is None:
                _add_mention(_record_of(entry, records), mention)
        for span in described:
            entry = self._entry(span.text)
            mention = self._with_article(span)
            if entry is None:
                continue
            holder, within = _holder(records, mention)
            if holder is None:
                _add_mention(_record_of(entry, records), mention)
            elif holder.get("unnamed") and within:  # coreference followed the description: the KB's entity
                records.remove(holder)
                _record_of(entry, records)["mentions"].extend(holder["mentions"])
        for head, place in local:
            mention = self._with_article(doc[head.start : place.end])
            if not _mentioned(records, doc[mention.start : place.start]):  # the place is a name of its own
                _add_mention(_local_record(doc[head.start : place.end].text, records), mention)
        doc._.veille_entities = _renumbered(records)
        return doc

    def _local_institutions(self, doc: Doc) -> list[tuple[Span, Span]]:
        """Each institution's head written in lowercase and the place its "de" complement names, right after it
        but for adjectives ("la police judiciaire fédérale de Charleroi")."""
        places = {ent.start: ent for ent in doc.ents if ent.label_ == "LOC"}
        found = []
        for head in filter_spans(self.local_heads(doc, as_spans=True)):
            if not _written_lowercase(head):
                continue
            cursor = head.end
            while cursor < len(doc) and doc[cursor].pos_ == "ADJ" and doc[cursor].is_lower:
                cursor += 1
            if cursor >= len(doc) or doc[cursor].lower_ not in self.words.de_forms:
                continue
            cursor += 1
            if cursor < len(doc) and doc[cursor].pos_ == "DET":
                cursor += 1
            if cursor in places:
                found.append((head, places[cursor]))
        return found

    def _countries_described(self, doc: Doc) -> list[tuple[Span, KBEntry]]:
        """"l'ennemi russe", "le régime syrien": a definite article, a noun that designates a state in news and a
        nationality adjective are the state (``words.country_nouns``); the KB's country of the adjective. A "de"
        complement after them makes a person of them ("l'occupant russe du véhicule")."""
        found = []
        for _, i, _ in self.country_nouns(doc):
            token = doc[i]
            if not 0 < i < len(doc) - 1 or doc[i - 1].lower_ not in self.articles:
                continue
            demonym = self.gazetteer.demonym(doc[token.i + 1].text)
            entry = self.gazetteer.entry(demonym.country_qid) if demonym is not None and demonym.pos == "adj" else None
            whose = token.i + 3 < len(doc) and doc[token.i + 2].lower_ in self.words.de_forms and \
                doc[token.i + 3].pos_ != "VERB"  # not "accuse l'occupant russe de piller …"
            if entry is not None and doc[token.i + 1].is_lower and not whose:  # "l'occupant russe du véhicule"
                found.append((doc[token.i - 1 : token.i + 2], entry))
        return found

    def _entry(self, description: str) -> KBEntry | None:
        """The one organisation the KB gives this description to (``lookup`` reads names only, not lowercase)."""
        entries = self.gazetteer.descriptions.get(description.lower(), [])
        return entries[0] if len(entries) == 1 else None

    def _with_article(self, span: Span) -> Span:
        """"l'armée israélienne", as the text designates it: the article before the description goes with it."""
        before = span.start - 1
        if before >= 0 and span.doc[before].lower_ in self.articles:
            return span.doc[before : span.end]
        return span

    def prepare(self, gazetteer: Gazetteer) -> None:
        """A phrase matcher of the KB's descriptions, when the KB first loads."""
        self._matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self._matcher.add("DESCRIPTION", list(self.tokenizer.pipe(sorted(gazetteer.descriptions))))

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> DescriptionMentions:
        self._matcher = None  # it was built from the KB read before
        return super().from_disk(path, exclude=exclude)

    @property
    def matcher(self) -> PhraseMatcher:
        if self._matcher is None:
            self.prepare(self.gazetteer)
        return self._matcher


def _written_lowercase(span: Span) -> bool:
    """A description is written in lowercase: a capitalised phrase is a name, the entity stage's business."""
    return all(token.is_lower or not token.is_alpha for token in span)


def _holder(records: list[dict], mention: Span) -> tuple[dict | None, bool]:
    """The referent coreference gave words of ``mention``, if any, and whether its mention lies within the
    description ("le parquet national financier", not "les avocats du parquet national financier")."""
    for record in records:
        for m in record["mentions"]:
            if m["start"] < mention.end_char and mention.start_char < m["end"]:
                return record, mention.start_char <= m["start"] and m["end"] <= mention.end_char
    return None, False


def _mentioned(records: list[dict], mention: Span) -> bool:
    """Whether coreference already gave a referent words of ``mention``: that reading stands."""
    return any(m["start"] < mention.end_char and mention.start_char < m["end"]
               for record in records for m in record["mentions"])


def _add_mention(record: dict, mention: Span) -> None:
    record["mentions"].append({"start": mention.start_char, "end": mention.end_char, "text": mention.text,
                               "kind": "nominal"})


def _local_record(name: str, records: list[dict]) -> dict:
    """The document's entity for an institution of a place, by the phrase that names it, else a new one."""
    for record in records:
        if not record.get("unnamed") and record["kb_id"] is None and record["name"] == name and record["label"] == "ORG":
            return record
    return _new_record(records, name, "ORG", "ORG", None)


def _new_record(records: list[dict], name: str, label: str, type_: str, kb_id: str | None) -> dict:
    record = {"id": "", "name": name, "label": label, "type": type_, "kb_id": kb_id, "mentions": []}  # id: _renumbered
    records.append(record)
    return record


def _renumbered(records: list[dict]) -> list[dict]:
    """The entities in the order of their first mention, numbered E1… as coreference numbers them, then the unnamed
    referents, U1… (no later stage has read the ids yet)."""
    for record in records:
        record["mentions"].sort(key=lambda mention: mention["start"])
    named = sorted((r for r in records if not r.get("unnamed")), key=lambda record: record["mentions"][0]["start"])
    unnamed = [record for record in records if record.get("unnamed")]
    for prefix, group in (("E", named), ("U", unnamed)):
        for number, record in enumerate(group, start=1):
            record["id"] = f"{prefix}{number}"
    return named + unnamed


def _record_of(entry: KBEntry, records: list[dict]) -> dict:
    """The document's entity for ``entry`` (by QID, or for a local id by its name and label), else a new one."""
    label = LABEL_OF_TYPE.get(entry.type, entry.label)
    qid = entry.qid if is_wikidata_id(entry.qid) else None
    for record in records:
        if record.get("unnamed"):
            continue
        if (qid and record["kb_id"] == qid) or (record["name"] == entry.name and record["label"] == label):
            return record
    return _new_record(records, entry.name, label, FINE_TYPE.get(entry.type, entry.type), qid)
