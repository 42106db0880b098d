"""``veille_entity_fixes``: correct fr_core_news_md's entities where it is systematically wrong on news.

The statistical model was trained on Wikipedia-style text with its own span conventions; on news it keeps articles
and titles in spans ("la France", "M. Guterres"), tags sentence-initial capitals ("Contacté", "Félicitations"),
roles ("Premier ministre") and common nouns ("visite d'Etat") as names, calls demonyms places ("les Américains"),
and media people ("Rodong Sinmun"). Each rule below fixes one such class of errors; they run in this order:

1. drop entities inside boilerplate ("> A lire aussi : …"), and run a name the model cut short on over its last
   proper nouns ("traité New [Start]");
2. split at line breaks, and split two names the model ran together ("Maison Blanche Josh Earnest");
3. trim leading determiners, honorifics, generic heads, a lowercase noun with "de" ("hôpital d'Alicante"),
   portfolios after a minister's title ("ministre des Solidarités"), a conjugated verb the model ran into and what
   follows it, trailing function words and quote marks and a lowercase epithet after a known place ("un Soudan
   pacifié"),
   unless the whole span is a known name ("la France" → "France", "maire de Pau" → "Pau", "ministre de la Santé"
   → nothing); a capitalised institution's head before the span begins it ("Tribunal d'arrondissement de …");
4. drop spans that are no names: lexicon of non-entities, role titles, single letters, common words capitalised
   only because they open a sentence, a line or follow an article;
5. extend names over the lowercase heads French typography writes with them ("bande de Gaza", "rue des Acacias") and
   over coordinated complements ("ministère de la Santé, de la Population et de la Réforme hospitalière");
6. relabel: demonyms → MISC, web domains → ORG, a head that announces the kind of name ("missiles de type
   Strela" → MISC), institutional first words ("Cour d'Assises" → ORG), a name after a person noun
   ("l'entraîneur Guerit" → PER), the knowledge base's label, places that play in sports reports → ORG, and a
   building named for its institution after a locative preposition → LOC ("une attaque sur le Kremlin"), a forum
   and the place it meets in → MISC ("le G20 de Rio");
7. let a KB name of several words replace the model's pieces of it ("[Marine] Le [Pen]"), then add what the
   model missed: web domains used as source names, capitalised demonyms, KB names in capitals
   (datelines), multi-word KB names, a geographic head with a nationality adjective ("péninsule coréenne"), an
   institution's head with its capitalised complement ("ministère marocain des Affaires étrangères"), the region
   in parentheses after a town ("Châtelet (Hainaut)"), events French writes in lowercase ("le ramadan"), a
   capitalised word after a head of products, operations or laws ("des missiles Scalp", "la loi Immigration");
8. one document, one name: a name written once after a head that says its kind ("le traité New Start") has that
   kind everywhere, a word of initials in parentheses after a name is its acronym ("(usam)") with its label at
   every occurrence, and acronyms and names of several words are tagged at every occurrence;
9. person or place, from the whole document: a person's surname alone, a name in apposition to a person noun, a
   town the model calls a person but the document writes as a place ("le détachement militaire de Bourzanga").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import numpy

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lang
from ..doc.extensions import boilerplate_tokens
from ..doc.gazetteer import LABEL_OF_TYPE, Gazetteer, ReadsKnowledgeBase
from ..doc.syntax import is_finite_verb
from ..lang import NameHead
from ..text import strip_accents
from .acronyms import abbreviates

Proposal = tuple[int, int, str]  # token start, token end, coarse label

_OPENERS = {"«", "“", '"', "(", ":", "—", "–", "-", "‹"}
_TITLE_MARKS = {"«": "»", "“": "”", '"': '"'}  # the marks around a work's title, opening to closing
_SENTENCE_ENDS = {".", "!", "?", "…"}
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "M.A.", "J.D.L.": a person's name kept from the reader
_TRAILING_POS = {"ADP", "DET", "CCONJ", "SCONJ"}  # a name never ends on these ("… internationales de l'")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # first-group participles, most of those said of a country
_COMMON_POS = {"VERB", "AUX", "ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "INTJ", "ADJ", "NOUN"}
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|net|org|info|be|ch|ca|eu|io|re|ma|dz|tn|sn|news)$", re.I)


@Language.factory(
    "veille_entity_fixes",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos", "token.dep"],
    default_config={"kb_path": None},
)
def make_entity_fixes(nlp: Language, name: str, kb_path: str | None) -> EntityFixes:
    return EntityFixes(nlp, name, kb_path=kb_path)


class EntityFixes(ReadsKnowledgeBase):
    """Rewrites ``doc.ents`` with the rules of the module docstring."""

    def __init__(self, nlp: Language, name: str = "veille_entity_fixes", *, kb_path: str | None = None):
        super().__init__(kb_path)
        self.name = name
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self._known_names: PhraseMatcher | None = None
        self._known_cased: frozenset[str] = frozenset()  # the names as written, their first letter lowered
        self._event_hashes: numpy.ndarray | None = None
        self.lexicon: lang.Lexicon = lang.load(nlp.lang)
        self.words = self.lexicon.words
        self.heads_in_name = _by_words(nlp.vocab, (head for head in self.lexicon.name_heads if head.in_name))
        self.heads_announcing = _by_words(nlp.vocab, (head for head in self.lexicon.name_heads if not head.in_name))
        self.institution_heads = numpy.array(
            [nlp.vocab.strings.add(h.words[0]) for h in self.lexicon.name_heads
             if len(h.words) == 1 and h.label == "ORG" and h.in_name],
            dtype="uint64",
        )
        self.place_heads = frozenset(h.words[0] for h in self.lexicon.name_heads
                                     if len(h.words) == 1 and h.label == "LOC" and h.in_name)
        self.geo_heads = numpy.array(
            [nlp.vocab.strings.add(h.words[0]) for h in self.lexicon.name_heads if len(h.words) == 1 and h.label == "LOC"],
            dtype="uint64",
        )

    def __call__(self, doc: Doc) -> Doc:
        blocked = boilerplate_tokens(doc)
        proposals = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        proposals = [p for p in proposals if not blocked.intersection(range(p[0], p[1]))]
        model_tokens = {i for start, end, _ in proposals for i in range(start, end)}
        proposals = [self._extend_over_cut_name(doc, p, model_tokens) for p in proposals]
        proposals = [part for p in proposals for part in self._split_at_line_breaks(doc, p)]
        proposals = [part for p in proposals for part in self._split_known_names(doc, p)]
        proposals = [p for p in (self._trim(doc, p) for p in proposals) if p]
        proposals = [p for p in proposals if self._is_name(doc, p)]
        sports = doc._.veille_sports_report
        lowers = doc.to_array("LOWER").tolist()
        proposals = [self._relabel(doc, self._extend_head(doc, p, lowers), sports, lowers) for p in proposals]
        proposals = self._prefer_known_names(doc, proposals)
        proposals += self._missed(doc, proposals, blocked)
        proposals = self._one_label_per_name(doc, proposals)
        acronyms = self._acronyms_in_parentheses(doc, proposals)
        proposals = _as_acronyms(doc, [p for p in proposals if (p[0], p[1]) not in acronyms], acronyms)
        proposals += self._other_occurrences(doc, proposals, blocked, acronyms)
        proposals = self._people_and_places(doc, proposals)
        spans = [Span(doc, start, end, label=label) for start, end, label in proposals]
        doc.ents = filter_spans(spans)
        return doc

    # 1b. a name the model cut short
    @staticmethod
    def _extend_over_cut_name(doc: Doc, proposal: Proposal, model_tokens: set[int]) -> Proposal:
        """"le traité [New] Start", "les pays [du] Golfe": the model stopped before the last capitalised word of
        the name; the span runs on over proper nouns that no other entity holds."""
        start, end, label = proposal
        while end < len(doc) and end not in model_tokens and doc[end].pos_ in {"PROPN", "X"} and doc[end].text[:1].isupper() \
                and not _opens(doc[end]) and (doc[end - 1].text[:1].isupper() or doc[end - 1].pos_ in _TRAILING_POS):
            end += 1
        return (start, end, label)

    # 2. two names the model ran together
    @staticmethod
    def _split_at_line_breaks(doc: Doc, proposal: Proposal) -> list[Proposal]:
        """A name never runs over a line break: a headline line and the paragraph after it are two spans."""
        start, end, label = proposal
        parts, part_start = [], start
        for i in range(start, end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                parts.append((part_start, i if doc[i].is_space else i + 1, label))
                part_start = i + 1
        parts.append((part_start, end, label))
        return [(s, e, label) for s, e, label in parts if e > s]

    def _split_known_names(self, doc: Doc, proposal: Proposal) -> list[Proposal]:
        """"Maison Blanche Josh Earnest", "Ennahdha Karim Bouzid" → ORG + PER; "Conseil de sécurité nationale de la
        Maison Blanche" → ORG + ORG.

        A span is split where a name the KB knows (of one word, an organisation's) ends before two capitalised words
        or more, or where "de la"/"du" introduces a KB organisation that runs to the end of the span (two names
        joined by "de la" stay two).
        """
        start, end, label = proposal
        for cut in range(end - 2, start, -1):
            head, rest = doc[start:cut], doc[cut:end]
            if not all(t.text[:1].isupper() for t in rest) or not self.gazetteer.lookup(head.text):
                continue
            if len(head) > 1 or self._kb_label(head.text) == "ORG":  # "Ennahdha Karim Bouzid", not "Georgia X Y"
                return [(start, cut, self._kb_label(head.text) or label), (cut, end, "PER")]
        for joint in range(start + 1, end - 1):
            if doc[joint].lower_ not in self.words.de_forms:
                continue
            name_start = joint + 2 if doc[joint + 1].pos_ == "DET" else joint + 1
            if name_start < end and self._kb_label(doc[name_start:end].text) == "ORG":
                return [(start, joint, label), (name_start, end, "ORG")]
        return [proposal]

    # 3. trimming
    def _trim(self, doc: Doc, proposal: Proposal) -> Proposal | None:
        if (title := self._quoted_title(doc, proposal[0])) is not None and title[1] == proposal[1]:
            return title  # "le roman « Le Grand Meaulnes »": the title keeps its article
        start, end, label = self._institution_before(doc, proposal)
        if doc[start:end].text in self.gazetteer.article_names:
            return (start, end, label)
        while start < end and (kind := self._prefix_kind(doc[start])) is not None:
            start += 1
            if kind == "honorific" and start < end and not _starts_name(doc[start:end]):
                return self._place_after_role(doc, start, end, label)
        start = self._after_common_noun(doc, start, end)
        start = self._after_portfolio(doc, start, end)
        while label == "PER" and start < end - 1 and doc[start].is_lower and doc[start].pos_ == "NOUN":
            start += 1  # "le [gouvernement] Bayrou": a person's name opens on no common noun
        # "la Société suisse des entrepreneurs [ont échoué]": a name stops before a conjugated verb
        end = next((t.i for t in doc[start + 1 : end] if t.is_lower and is_finite_verb(t)), end)
        while end > start and (doc[end - 1].pos_ in _TRAILING_POS or doc[end - 1].lower_ in self.words.de_forms
                               or (doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"})
                               or _trailing_day(doc[end - 1], self.lexicon.time_nouns)):
            end -= 1
        end = self._place_before_epithet(doc, start, end)
        return (start, end, label) if start < end else None

    def _place_before_epithet(self, doc: Doc, start: int, end: int) -> int:
        """"un Soudan pacifié", "une Libye réunifiée": a participle after a place the KB knows is said of it, no part
        of its name, unless the KB knows the whole; an adjective may be ("Europe occidentale", "Suisse romande")."""
        last = doc[end - 1]
        # inside a name the model may not tag it a participle: its ending says it ("pacifié")
        participle = last.pos_ == "VERB" or "Part" in last.morph.get("VerbForm") or last.lower_.endswith(_PARTICIPLE_ENDINGS)
        if end - start < 2 or not last.is_lower or not participle or self.gazetteer.lookup(doc[start:end].text):
            return end
        return end - 1 if self._kb_label(doc[start : end - 1].text) == "LOC" else end

    def _prefix_kind(self, token) -> str | None:
        """The kind of a word that opens a span without being part of the name (name_prefixes.tsv). A capitalised
        generic head with its complement inside a sentence begins an institution's name: "tribunal de Paris" is
        Paris, the "Tribunal d'arrondissement de Lausanne" and the "Tribunal correctionnel de Namur" are
        organisations; so is an organisation's first word ("le Groupe Casino", but "le groupe [Casino]")."""
        kind = self.lexicon.name_prefixes.get(token.lower_)
        if kind != "head" or token.is_lower or _opens(token):
            return kind
        if token.text in self.lexicon.org_heads:
            return None
        doc, cursor = token.doc, token.i + 1
        while cursor < len(doc) and doc[cursor].pos_ == "ADJ" and doc[cursor].is_lower:
            cursor += 1
        return None if cursor < len(doc) and doc[cursor].lower_ in self.words.de_forms else kind

    def _institution_before(self, doc: Doc, proposal: Proposal) -> Proposal:
        """"Tribunal d'[arrondissement de Lausanne]": the capitalised head of an institution and "de" right before
        the span begin the name, an organisation's."""
        start, end, label = proposal
        if start >= 2 and doc[start - 1].lower_ in self.words.de_forms and doc[start - 2].text in self.lexicon.org_heads:
            return (start - 2, end, "ORG")
        return proposal

    def _after_common_noun(self, doc: Doc, start: int, end: int) -> int:
        """"pays du [Golfe]", "hôpital d'[Alicante]", "détachement militaire de [Bourzanga]": a lowercase noun
        (and its adjectives) with "de" before a name is no part of it, unless French typography writes that head
        with the name ("bande de Gaza", "ministère de la Santé") or the whole span is a known name."""
        first = doc[start]
        if not first.is_lower or first.pos_ != "NOUN" or self._head_at(doc, start) \
                or self._kb_label(doc[start:end].text) not in {None, "MISC"}:  # "la guerre d'Algérie" is no name
            return start
        cursor = start + 1
        while cursor < end and doc[cursor].pos_ == "ADJ" and doc[cursor].is_lower:
            cursor += 1
        if cursor >= end or doc[cursor].lower_ not in self.words.de_forms:
            return start
        cursor += 1
        if cursor < end and doc[cursor].pos_ == "DET":
            cursor += 1
        return cursor if cursor < end and doc[cursor].text[:1].isupper() else start

    def _after_portfolio(self, doc: Doc, start: int, end: int) -> int:
        """"la ministre des [Solidarités]", "le ministre des [Affaires étrangères de l'Espagne]": a portfolio after a
        government member's title is no name (``end`` when nothing is left); a name after it still is one. The model
        may begin the span inside the title, on its nationality: "le ministre [nigérian de la Défense]"."""
        if not self._after_portfolio_holder(doc, start):
            return start
        words = self.words
        cursor = start
        while cursor < end and doc[cursor].pos_ == "ADJ" and doc[cursor].is_lower:
            cursor += 1
        if cursor > start:
            while cursor < end and (doc[cursor].lower_ in words.de_forms or doc[cursor].pos_ == "DET"):
                cursor += 1
        first = cursor
        while cursor < end and (doc[cursor].lower_ in words.portfolios or doc[cursor].is_punct
                                or doc[cursor].lower_ in words.conjunction_and or doc[cursor].pos_ == "DET"
                                or (cursor == first and doc[cursor].pos_ == "NOUN"  # "l'[Administration] territoriale"
                                    and doc[cursor].text not in self.lexicon.org_heads)  # not "du [Conseil] suprême"
                                or (cursor > first and doc[cursor].pos_ == "ADJ" and doc[cursor].is_lower)):
            cursor += 1
        if cursor == first:
            return start
        if cursor == end:
            return cursor
        if doc[cursor].lower_ not in words.de_forms:
            return start
        while cursor < end and (doc[cursor].lower_ in words.de_forms or doc[cursor].pos_ == "DET"):
            cursor += 1
        return cursor

    def _after_portfolio_holder(self, doc: Doc, start: int) -> bool:
        """Whether a portfolio holder's title ends right before ``start``, but for its articles, prepositions and
        adjectives ("la ministre française des", "le secrétaire d'État aux")."""
        cursor = start - 1
        while cursor >= max(start - 5, 0):
            token = doc[cursor]
            if token.lower_ in self.words.portfolio_holders:
                return True
            if not (token.pos_ in {"DET", "ADP", "ADJ"} or token.lower_ in self.words.de_forms
                    or token.lower_ in {"état", "etat"}):
                return False
            cursor -= 1
        return False

    def _head_at(self, doc: Doc, start: int) -> bool:
        """Whether a head written with the name ("bande de", "ministère de") begins at token ``start``."""
        return any(tuple(token.lower for token in doc[start : start + n]) in heads for n, heads in self.heads_in_name.items())

    def _place_after_role(self, doc: Doc, start: int, end: int, label: str) -> Proposal | None:
        """"maire de Pau" → Pau; "ministre de la Santé", "Premier ministre libanais" → no name at all."""
        if doc[start].lower_ not in self.words.de_forms:
            return None
        start += 2 if start + 1 < end and doc[start + 1].pos_ == "DET" else 1
        if start < end and self._kb_label(doc[start:end].text) == "LOC":
            return (start, end, "LOC")
        return None

    # 4. spans that are no names
    def _is_name(self, doc: Doc, proposal: Proposal) -> bool:
        start, end, label = proposal
        span = doc[start:end]
        if span.text.lower() in self.lexicon.not_entities or len(span.text) < 2:
            return False
        if self.gazetteer.lookup(span.text) or self.gazetteer.demonym(span.text) or looks_like_domain(span.text):
            return True
        if not any(char.isupper() for char in span.text):
            return False
        if self._is_title(span):
            return False
        return not self._is_capitalised_common_word(span)

    def _is_title(self, span: Span) -> bool:
        words = tuple(t.lower_ for t in span)
        return any(words[: len(title.words)] == title.words and not _starts_name(span[len(title.words):]) for title in self.lexicon.titles)

    def _is_capitalised_common_word(self, span: Span) -> bool:
        """Common words capitalised only because they open a sentence or a quote ("Contacté", "Félicitations"), or
        a common noun given a capital after its article ("directeurs de la Santé")."""
        if len(span) > 2:
            return self._is_capitalised_phrase(span)
        if any(t.pos_ == "PROPN" for t in span):
            return False
        first = span[0]
        if first.pos_ in {"VERB", "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "INTJ"} and self._known_word(first):
            return True
        common = all(t.pos_ in _COMMON_POS and self._known_word(t) for t in span)
        opens = first.is_sent_start or _opens(first)
        after_article = len(span) == 1 and first.pos_ == "NOUN" and first.i > 0 and span.doc[first.i - 1].pos_ == "DET"
        return common and (opens or after_article)

    def _is_capitalised_phrase(self, span: Span) -> bool:
        """A phrase of common words whose only capital opens the sentence, as a headline line ("Démission de
        l'ensemble du gouvernement", "Après un week-end agité"); an institution's first word ("Conseil de
        sécurité") keeps it a name."""
        first = span[0]
        if not _opens(first):
            return False
        if first.text in self.lexicon.org_heads or any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span[1:]):
            return False
        return all(t.is_punct or (t.pos_ in _COMMON_POS and self._known_word(t)) for t in span)

    def _known_word(self, token) -> bool:
        """A word of the model's vocabulary, or a compound of such words ("week-end", which the tokenizer keeps whole
        and the vectors, trained on its parts, lack)."""
        lower = token.lower_
        return self.vocab.has_vector(lower) or (
            "-" in lower and all(self.vocab.has_vector(part) for part in lower.split("-") if part))

    # 5. heads written with the name
    def _extend_head(self, doc: Doc, proposal: Proposal, lowers: list[int]) -> Proposal:
        """``lowers``: the doc's LOWER hashes, so heads are compared without making Token objects."""
        start, end, label = proposal
        for n, heads in self.heads_in_name.items():
            head = heads.get(tuple(lowers[start : start + n]))
            if head is not None and end > start + n:
                return (start, self._coordinated_complements(doc, end), head.label)
            head = heads.get(tuple(lowers[start - n : start])) if start >= n else None
            if head is not None:
                return (start - n, self._coordinated_complements(doc, end), head.label)
        return self._street_before(doc, proposal)

    def _street_before(self, doc: Doc, proposal: Proposal) -> Proposal:
        """"rue des [Acacias]", "place de la [Nation]", "parc du [Moulin]": a place head and "de" before a place the
        KB does not know begin its name (a street's, a square's); before a known place the head is a common noun
        ("la place de la [France] en Europe")."""
        start, end, label = proposal
        cursor = start - 1
        if cursor >= 0 and doc[cursor].lower_ in self.words.article_words | self.words.elided_articles:
            cursor -= 1
        if label != "LOC" or cursor < 1 or doc[cursor].lower_ not in self.words.de_forms:
            return proposal
        head = doc[cursor - 1]
        if not head.is_lower or head.text not in self.place_heads or self._kb_label(doc[start:end].text):
            return proposal
        return (cursor - 1, end, label)

    def _coordinated_complements(self, doc: Doc, end: int) -> int:
        """Extend over ", de la Population et de la Réforme hospitalière": complements coordinated in one name."""
        cursor = end
        while cursor + 2 < len(doc) and (doc[cursor].text == "," or doc[cursor].text in self.words.conjunction_and):
            step = cursor + 1
            if doc[step].lower_ not in self.words.de_forms:
                break
            step += 1
            if step < len(doc) and doc[step].pos_ == "DET":
                step += 1
            if step >= len(doc) or not doc[step].text[:1].isupper():
                break
            step += 1
            while step < len(doc) and doc[step].pos_ == "ADJ" and doc[step].is_lower:
                step += 1
            cursor = step
        return cursor

    # 6. relabelling
    def _relabel(self, doc: Doc, proposal: Proposal, sports: bool, lowers: list[int]) -> Proposal:
        start, end, label = proposal
        span = doc[start:end]
        known = self._kb_label(span.text)
        if self._is_people(doc, span, known) or (label != "MISC" and looks_like_demonym(span)):
            return (start, end, "MISC")
        if looks_like_domain(span.text):
            return (start, end, "ORG")
        announced = self._announced_label(start, lowers)
        if announced and (not known or announced == "MISC"):  # "hélicoptères Tigre" is no Tigray, "chars Leclerc" no one
            return (start, end, announced)
        if span[0].text in self.lexicon.org_heads or span[:2].text in self.lexicon.org_heads:
            return (start, end, "ORG")
        if len(span) > 1 and (span[0].text in self.lexicon.event_heads or span[:2].text in self.lexicon.event_heads):
            return (start, end, "MISC")
        if label in {"LOC", "MISC"} and len(span) == 1 and not known and self._after_person_noun(doc, start):
            return (start, end, "PER")
        label = known or label
        if sports and label == "LOC" and self._plays(doc, start):
            return (start, end, "ORG")
        if label == "ORG" and self._is_seat(span.text) and self._after_locative(doc, start):
            return (start, end, "LOC")
        if label == "ORG" and self._forum_meeting(span):
            return (start, end, "MISC")
        return (start, end, label)

    def _forum_meeting(self, span: Span) -> bool:
        """"le G20 de Rio", "le G7 de Biarritz": a forum the KB knows and the place it meets in name the meeting,
        an event."""
        de = next((i for i, token in enumerate(span) if token.lower_ in self.words.de_forms), None)
        if de is None or de == 0 or de + 1 >= len(span):
            return False
        forum = any(entry.subtype == "forum" for entry in self.gazetteer.lookup(span[:de].text))
        return forum and self._kb_label(span[de + 1 :].text) == "LOC"

    def _is_seat(self, text: str) -> bool:
        """A building the KB names for the institution it houses ("Kremlin", "Matignon": subtype seat)."""
        return any(entry.subtype == "seat" for entry in self.gazetteer.lookup(text))

    def _after_locative(self, doc: Doc, start: int) -> bool:
        """"sur le Kremlin", "à Matignon", "au Kremlin": the name follows a locative preposition, its article
        between (GUIDELINES 1.4: the building as a place)."""
        cursor = start - 1
        while cursor >= 0 and doc[cursor].pos_ == "DET":
            cursor -= 1
        return cursor >= 0 and doc[cursor].lower_ in self.words.locative_prepositions

    def _is_people(self, doc: Doc, span: Span, known: str | None) -> bool:
        """A demonym noun names people ("les Américains"); "Suisse" is the country unless an article says a person."""
        demonym = self.gazetteer.demonym(span.text)
        if demonym is None or demonym.pos != "noun":
            return False
        return known is None or (span.start > 0 and doc[span.start - 1].lower_ in self.words.plural_determiners)

    def _kb_label(self, text: str) -> str | None:
        """The coarse label the KB gives ``text`` when all its entries agree on one."""
        labels = {LABEL_OF_TYPE.get(entry.type, entry.label) for entry in self.gazetteer.lookup(text)}
        return labels.pop() if len(labels) == 1 else None

    def _announced_label(self, start: int, lowers: list[int]) -> str | None:
        """The label a head word right before the name announces ("missiles de type Strela" → MISC)."""
        for n, heads in self.heads_announcing.items():
            head = heads.get(tuple(lowers[start - n : start])) if start >= n else None
            if head is not None:
                return head.label
        return None

    def _after_person_noun(self, doc: Doc, start: int) -> bool:
        """"l'entraîneur Guerit": a one-word name right after a noun that introduces a person."""
        return start > 0 and doc[start - 1].lower_ in self.lexicon.person_nouns

    def _plays(self, doc: Doc, start: int) -> bool:
        """In a sports report, a place that plays or is played against, not where something happens ("à Paris")."""
        cursor = start - 1
        while cursor >= 0 and doc[cursor].pos_ == "DET":
            cursor -= 1
        if cursor < 0 or doc[cursor].lower_ not in self.words.locative_prepositions:
            return True
        return cursor > 0 and doc[cursor - 1].lemma_.lower() in self.words.opposing_words

    # 7. what the model missed
    def _prefer_known_names(self, doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
        """A name of two words or more that the KB knows replaces the model's pieces of it: "[Marine] Le [Pen]",
        "les [Forces de soutien] rapide", "le ministère français des [Affaires étrangères]". Only spans inside the
        KB name give way; one that runs past it is another reading, and stays."""
        known = [self._without_article(doc, match) for match in self._known_multiword_names(doc)]
        if not known:
            return proposals
        kept = []
        for start, end, label in proposals:
            inside = [(s, e, l) for s, e, l in known if s <= start and end <= e and e - s > end - start]
            if not inside:
                kept.append((start, end, label))
        replaced = {(s, e, l) for s, e, l in known if any(s <= start and end <= e for start, end, _ in proposals)}
        overlapping = [(s, e, l) for s, e, l in replaced
                       if not any(start < e and s < end and not (s <= start and end <= e) for start, end, _ in proposals)]
        return kept + [p for p in overlapping if not any(k[0] < p[1] and p[0] < k[1] for k in kept)]

    def _without_article(self, doc: Doc, match: Proposal) -> Proposal:
        """An organisation's article is no part of its name ("la [France insoumise]"), a newspaper's is ("Le
        Monde"): the article is left out when the KB also knows the name without it, for an organisation not a
        medium."""
        start, end, label = match
        if label != "ORG" or doc[start].lower_ not in self.words.article_words | self.words.elided_articles:
            return match
        bare, whole = self.gazetteer.lookup(doc[start + 1 : end].text), self.gazetteer.lookup(doc[start:end].text)
        if bare and not any(entry.type == "MEDIA" for entry in whole) and set(bare) & set(whole):
            return (start + 1, end, label)
        return match

    def _missed(self, doc: Doc, proposals: list[Proposal], blocked: set[int]) -> list[Proposal]:
        taken = blocked | {i for start, end, _ in proposals for i in range(start, end)}
        flags = doc.to_array(["IS_TITLE", "IS_UPPER", "LIKE_URL", "LOWER"])
        found = [
            *self._domains_and_demonyms(doc, flags),
            *self._capitalised_known_names(doc, flags),
            *self._known_multiword_names(doc),
            *self._head_and_adjective(doc, flags),
            *self._headed_institutions(doc, flags),
            *self._places_in_parentheses(doc, proposals),
            *self._lowercase_events(doc, flags),
            *self._named_after_heads(doc, flags),
            *self._anonymised_people(doc, flags),
            *self._first_named_people(doc, flags),
        ]
        kept = []
        for start, end, label in found:
            if not taken.intersection(range(start, end)):
                kept.append((start, end, label))
                taken.update(range(start, end))
        return kept

    # 8. one document, one name
    def _one_label_per_name(self, doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
        """A name the document also writes after a head that says its kind takes that kind everywhere: "le traité
        New Start" is a treaty, so is "la suspension de New Start". Names the KB knows keep their own label
        ("l'équipe de France" says nothing of "la France")."""
        headed = {}
        for start, end, label in proposals:
            name_start = next((start + n for n, heads in self.heads_in_name.items()
                               if tuple(t.lower for t in doc[start : start + n]) in heads), start)
            if name_start < end and name_start > start and not self.gazetteer.lookup(doc[name_start:end].text):
                headed[doc[name_start:end].text] = label
        return [(start, end, headed.get(doc[start:end].text, label)) for start, end, label in proposals]

    def _acronyms_in_parentheses(self, doc: Doc, proposals: list[Proposal]) -> dict[tuple[int, int], Proposal]:
        """"l'Union suisse des arts et métiers (usam)", "(Anssi)": a word in parentheses right after a name, made of
        its initials, is its acronym, whatever its case. Returns the acronyms by their token span."""
        found = {}
        for start, end, label in proposals:
            if label == "PER" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            word = doc[end + 1]
            if word.is_alpha and 2 <= len(word) <= 8 and abbreviates(word.text, doc[start:end]):
                found[(end + 1, end + 2)] = (end + 1, end + 2, label)
        return found

    def _other_occurrences(self, doc: Doc, proposals: list[Proposal], blocked: set[int],
                           acronyms: dict[tuple[int, int], Proposal]) -> list[Proposal]:
        """Every occurrence of a name is one (GUIDELINES 1.2): an acronym or a name of several words the document
        tagged once is tagged where the model missed it ("neuf VDP tués"). Single common-looking words are not
        spread: one wrong reading would multiply."""
        names: dict[tuple[int, ...], str] = {}
        for start, end, label in proposals:
            span = doc[start:end]
            if len(span) > 1 or (span[0].is_upper and span[0].is_alpha and len(span[0]) > 1) or (start, end) in acronyms:
                names.setdefault(tuple(t.orth for t in span), label)
        if not names:
            return []
        taken = blocked | {i for start, end, _ in proposals for i in range(start, end)}
        orths = doc.to_array("ORTH")
        firsts = numpy.array(sorted({words[0] for words in names}), dtype="uint64")
        found = []
        for i in numpy.flatnonzero(numpy.isin(orths, firsts)).tolist():
            for words, label in names.items():
                end = i + len(words)
                if words[0] == orths[i] and tuple(orths[i:end].tolist()) == words and not taken.intersection(range(i, end)):
                    found.append((i, end, label))
                    taken.update(range(i, end))
        return found

    # 9. people and places
    def _people_and_places(self, doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
        """Person or place, read from the whole document:

        - a one-word name that is the last word of a person the document names is that person ("la République
          irréprochable de Hollande" after "François Hollande");
        - a name of several words in apposition to a person noun is a person ("la porte-parole du ministère,
          Sushan Stepanian");
        - a one-word "person" or "thing" the KB does not know, which the document never gives a title or a first
          name and writes once as a place ("le détachement militaire de Bourzanga", "près de Bourzanga"), is a
          town everywhere.
        """
        spans = [doc[start:end] for start, end, _ in proposals]
        surnames = {span[-1].text for span, (_, _, label) in zip(spans, proposals) if label == "PER" and len(span) > 1}
        towns = self._towns_read_as_people(doc, proposals, surnames)
        relabelled = []
        for span, (start, end, label) in zip(spans, proposals):
            if label in {"LOC", "MISC"} and len(span) == 1 and span.text in surnames:
                label = "PER"
            elif label in {"LOC", "MISC"} and self._apposed_to_person(span):
                label = "PER"
            elif label in {"PER", "MISC"} and span.text in towns:
                label = "LOC"
            relabelled.append((start, end, label))
        return relabelled

    def _apposed_to_person(self, span: Span) -> bool:
        """A name of capitalised words, none of them a name the KB knows, set off by a comma in apposition to a
        person noun ("la porte-parole, Sushan Stepanian", not "le candidat (Pau Arc-en-Ciel)")."""
        root = span.root
        return (len(span) > 1 and span.start > 0 and span.doc[span.start - 1].text == "," and all(t.text[:1].isupper() or t.text == "-" for t in span)
                and root.dep_ == "appos" and root.head.lower_ in self.lexicon.person_words
                and not any(self.gazetteer.lookup(t.text) for t in span if t.text != "-"))

    def _towns_read_as_people(self, doc: Doc, proposals: list[Proposal], surnames: set[str]) -> set[str]:
        """The one-word "people" of the document that are places (see ``_people_and_places``)."""
        occurrences: dict[str, list[int]] = {}
        for start, end, label in proposals:
            if label in {"PER", "MISC"} and end == start + 1 and doc[start].text not in surnames \
                    and not self.gazetteer.lookup(doc[start].text) and not self.gazetteer.demonym(doc[start].text):
                occurrences.setdefault(doc[start].text, []).append(start)
        return {text for text, starts in occurrences.items()
                if not any(self._introduced_as_person(doc, i) for i in starts) and any(self._place_cue(doc, i) for i in starts)}

    def _introduced_as_person(self, doc: Doc, i: int) -> bool:
        before = doc[i - 1].lower_ if i > 0 else ""
        return before in self.lexicon.person_words or self.lexicon.name_prefixes.get(before) == "honorific"

    def _place_cue(self, doc: Doc, i: int) -> bool:
        """"de X" after a noun of place ("détachement militaire de X"), or a preposition only places take ("près
        de X", "dans X")."""
        cursor = i - 1
        if cursor >= 0 and doc[cursor].lower_ in self.words.place_only_prepositions:
            return True
        if cursor < 0 or doc[cursor].lower_ not in self.words.de_forms:
            return False
        cursor -= 1
        while cursor >= 0 and doc[cursor].pos_ == "ADJ" and doc[cursor].is_lower:
            cursor -= 1
        return cursor >= 0 and (doc[cursor].lower_ in self.words.place_nouns
                                or doc[cursor].lower_ in self.words.place_only_prepositions)

    def _domains_and_demonyms(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """Web domains used as source names ("actu.fr") and capitalised demonyms ("les Cristoliens"), but not a
        portfolio ("le haut-commissaire aux Retraites").

        Only capitalised or URL-like tokens are visited (from the attribute arrays), not every token.
        """
        for i in numpy.flatnonzero(flags[:, 0] | flags[:, 2]).tolist():
            token = doc[i]
            if looks_like_domain(token.text) and not token.like_email:
                yield (i, i + 1, "ORG")
            elif token.text[:1].isupper() and self._is_demonym_noun(doc, token) and not self._after_portfolio_holder(doc, i):
                yield (i, i + 1, "MISC")

    def _capitalised_known_names(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """Names in capitals the model does not read, as in datelines: "NEW YORK (Nations Unies), 1er octobre"."""
        upper = flags[:, 1].tolist()
        i = 0
        while i < len(upper):
            j = i
            while j < len(upper) and upper[j] and doc[j].is_alpha and len(doc[j]) > 1:
                j += 1
            if j > i and (label := self._kb_label(doc[i:j].text)):
                yield (i, j, label)
            i = max(j, i + 1)

    def _known_multiword_names(self, doc: Doc) -> Iterator[Proposal]:
        """Names of two words or more that the KB knows and the model missed ("département d'Etat"), written with
        the KB's capitals but for the first letter; an article written lowercase is no part of the name ("la France
        insoumise"), and an event written lowercase is a description ("la guerre d'Algérie", GUIDELINES 1.3)."""
        articles = self.words.article_words | self.words.elided_articles
        matches = [span[1:] if span[0].is_lower and span[0].lower_ in articles else span
                   for span in self.known_names(doc, as_spans=True)]
        for span in filter_spans(matches):
            label = self._kb_label(span.text)
            if not label or _first_lowered(span.text) not in self._known_cased:  # "La réunion" is no "La Réunion"
                continue
            if span[0].text[:1].isupper() or (span[0].pos_ == "NOUN" and label != "MISC"):
                yield (span.start, span.end + self._own_nationality_after(span), label)

    def _own_nationality_after(self, span: Span) -> int:
        """1 when the adjective of the name's own country follows it, which the name then takes in (GUIDELINES
        1.2: "département d'Etat américain"), else 0."""
        doc = span.doc
        return int(span.end < len(doc) and bool(self.gazetteer.of_own_nationality(span.text, doc[span.end].text)))

    def _head_and_adjective(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """A geographic head and a nationality adjective: "la péninsule coréenne"."""
        for i in numpy.flatnonzero(numpy.isin(flags[:, 3], self.geo_heads)).tolist():
            demonym = self.gazetteer.demonym(doc[i + 1].text) if i + 1 < len(doc) else None
            if demonym is not None and demonym.pos == "adj":
                yield (i, i + 2, "LOC")

    def _anonymised_people(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """The initials court reports give a defendant or a victim for a name ("le tribunal a condamné M.A.",
        "M.A. contestait le viol"): a word of two or three capital initials, each with its period, that the KB does
        not know, standing alone (no capitalised word beside it: "Renault S.A." is a company's form)."""
        for i in numpy.flatnonzero(flags[:, 1]).tolist():
            token = doc[i]
            if not _INITIALS.fullmatch(token.text) or token.text.lower() in self.lexicon.not_entities or \
                    self.gazetteer.lookup(token.text):
                continue
            if not any(0 <= j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha for j in (i - 1, i + 1)):
                yield (i, i + 1, "PER")

    def _first_named_people(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """A first name the lexicon knows, inside a sentence (the parser's sentence starts are no guide: it cuts where it
        lost its reading), with one or two capitalised words after it: a person the
        model lost when an unusual word before it broke its reading ("le président kényan William Ruto"). A
        capitalised word before the first name makes it part of another name ("rue Victor Hugo", "Saint-Jean
        Baptiste"), and a word the KB knows as something else is not a surname."""
        for i in numpy.flatnonzero(flags[:, 0]).tolist():
            if doc[i].text not in self.lexicon.first_names or i == 0 or doc[i - 1].is_title or doc[i - 1].is_upper \
                    or doc[i - 1].text in _OPENERS | _SENTENCE_ENDS or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text:
                continue
            end = i + 1
            while end < len(doc) and end < i + 3 and flags[end, 0] and doc[end].is_alpha and \
                    self._kb_label(doc[end].text) in {None, "PER"}:
                end += 1
            if end > i + 1:
                yield (i, end, "PER")

    def _lowercase_events(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """Named events French writes in lowercase, which the model does not read as names: "pendant le ramadan"."""
        if self._event_hashes is None:
            self._event_hashes = numpy.array([self.vocab.strings.add(name) for name in self.gazetteer.lowercase_events],
                                             dtype="uint64")
        for i in numpy.flatnonzero(numpy.isin(flags[:, 3], self._event_hashes)).tolist():
            if doc[i].is_lower:
                yield (i, i + 1, "MISC")

    def _named_after_heads(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """A capitalised word the model missed right after a head that makes it a product, an operation or a law:
        "des missiles Scalp", "l'opération Serval", "la loi Immigration" (the head in the name where French writes
        it so: "loi", "rapport", "plan")."""
        lowers = flags[:, 3].tolist()
        for i in numpy.flatnonzero(flags[:, 0]).tolist():  # capitalised words only
            if doc[i].is_sent_start:
                continue
            if (title := self._quoted_title(doc, i)) is not None:
                yield title
                continue
            for table, in_name in ((self.heads_announcing, False), (self.heads_in_name, True)):
                n, head = next(((n, heads[tuple(lowers[i - n : i])]) for n, heads in table.items()
                                if i >= n and tuple(lowers[i - n : i]) in heads), (0, None))
                if head is not None and head.label == "MISC":
                    end = i + 1
                    while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                        end += 1
                    yield (i - n if in_name else i, end, "MISC")
                    break

    def _quoted_title(self, doc: Doc, i: int) -> Proposal | None:
        """"le film « Les Misérables »", "le roman « Le Grand Meaulnes »": a capitalised quotation right after the
        head of a work is the work's title (MISC), article and all, whatever words it holds, up to its closing
        mark."""
        if i < 2 or doc[i - 1].text not in _TITLE_MARKS:
            return None
        mark = i - 1
        head = next((heads[words] for n, heads in self.heads_announcing.items() if mark >= n
                     and (words := tuple(t.lower for t in doc[mark - n : mark])) in heads), None)
        if head is None or head.type != "WORK":
            return None
        closing = _TITLE_MARKS[doc[i - 1].text]
        end = next((t.i for t in doc[i : min(i + 15, doc[i].sent.end)] if t.text == closing), None)
        return (i, end, "MISC") if end is not None and end > i else None

    def _places_in_parentheses(self, doc: Doc, proposals: list[Proposal]) -> Iterator[Proposal]:
        """"à Châtelet (Hainaut)", "Vienne (Isère)": one capitalised word in parentheses right after a place is the
        region it lies in. A word in capitals is rather an agency of a dateline ("Dakar (APS)"), and a name the KB
        gives another label keeps it."""
        for start, end, label in proposals:
            if label != "LOC" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            word = doc[end + 1]
            if word.is_title and self._kb_label(word.text) in {None, "LOC"}:  # "APS" is no title
                yield (end + 1, end + 2, "LOC")

    def _headed_institutions(self, doc: Doc, flags: numpy.ndarray) -> Iterator[Proposal]:
        """An institution's lowercase head, perhaps a nationality adjective, then its capitalised complement, which
        the model missed: "le ministère marocain des Affaires étrangères" (GUIDELINES 1.2)."""
        for i in numpy.flatnonzero(numpy.isin(flags[:, 3], self.institution_heads)).tolist():
            cursor = i + 1
            if cursor < len(doc) and (demonym := self.gazetteer.demonym(doc[cursor].text)) and demonym.pos == "adj":
                cursor += 1
            if cursor >= len(doc) or doc[cursor].lower_ not in self.words.de_forms:
                continue
            cursor += 1
            if cursor < len(doc) and doc[cursor].pos_ == "DET":
                cursor += 1
            if cursor >= len(doc) or not doc[cursor].text[:1].isupper() or _opens(doc[cursor]):
                continue
            end = cursor + 1
            while end < len(doc) and not _opens(doc[end]) and (doc[end].text[:1].isupper()
                                                               or (doc[end].is_lower and doc[end].pos_ == "ADJ")):
                end += 1
            yield (i, self._coordinated_complements(doc, end), "ORG")

    def _is_demonym_noun(self, doc: Doc, token) -> bool:
        demonym = self.gazetteer.demonym(token.text)
        if demonym is not None:
            return demonym.pos == "noun"
        return looks_like_demonym(doc[token.i : token.i + 1])

    def prepare(self, gazetteer: Gazetteer) -> None:
        """A phrase matcher of the KB's names of two words or more (rule 7), in the forms news writes them too:
        capitals without their accent ("département d'Etat") and either apostrophe ("département d’État"). A
        hyphenated name the tokenizer keeps whole is one token, which the model reads or not: no pattern."""
        self._known_names = PhraseMatcher(self.vocab, attr="LOWER")
        forms = sorted({form for name in gazetteer.multiword_names() for form in _written_forms(name)})
        patterns = [pattern for pattern in self.tokenizer.pipe(forms) if len(pattern) > 1]
        forms = [pattern.text for pattern in patterns]
        self._known_names.add("KB", patterns)
        self._known_cased = frozenset(_first_lowered(form) for form in forms)

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> EntityFixes:
        self._known_names = self._event_hashes = None  # they were built from the KB read before
        return super().from_disk(path, exclude=exclude)

    @property
    def known_names(self) -> PhraseMatcher:
        """The KB's names of two words or more, as a phrase matcher that ``prepare`` builds when the KB loads."""
        if self._known_names is None:
            self.prepare(self.gazetteer)
        return self._known_names


def _by_words(vocab, heads: Iterable[NameHead]) -> dict[int, dict[tuple[int, ...], NameHead]]:
    """Heads indexed by length then by the hashes of their lowercase words, longest first."""
    table: dict[int, dict[tuple[int, ...], NameHead]] = {}
    for head in heads:
        table.setdefault(len(head.words), {})[tuple(vocab.strings.add(word) for word in head.words)] = head
    return dict(sorted(table.items(), reverse=True))


def _as_acronyms(doc: Doc, proposals: list[Proposal], acronyms: dict[tuple[int, int], Proposal]) -> list[Proposal]:
    """The acronyms with the others: a name written as an acronym the document spelled out takes its label ("(Anssi)
    … l'Anssi")."""
    labels = {doc[start:end].text: label for start, end, label in acronyms.values()}
    return [(start, end, labels.get(doc[start:end].text, label)) for start, end, label in proposals] + list(acronyms.values())


def _trailing_day(token, time_nouns: frozenset[str]) -> bool:
    """"des émeutes dans Paris *samedi*": a day or month in lowercase after a name is when, not part of it (a name
    that holds one writes it capitalised: "le Journal du Dimanche")."""
    return token.is_lower and token.text in time_nouns


def _first_lowered(text: str) -> str:
    """The case that tells a name from common words, but for its first letter ("Département d'État" and
    "département d'État" alike; "La réunion" is not "La Réunion")."""
    return text[:1].lower() + text[1:]


def _written_forms(name: str) -> set[str]:
    """``name`` as news may write it: as is, its capitals unaccented ("État" → "Etat"), with either apostrophe."""
    unaccented = "".join(strip_accents(char) if char.isupper() else char for char in name)
    return {form for base in (name, unaccented) for form in (base, base.replace("’", "'"), base.replace("'", "’"))}


def looks_like_domain(text: str) -> bool:
    """A web domain used as a source name: "lequipe.fr", "www.imazpress.com"."""
    return bool(_DOMAIN.match(text))


def looks_like_demonym(span: Span) -> bool:
    """A capitalised plural noun with a demonym ending after a plural determiner: "les Cristoliens"."""
    return (len(span) == 1 and bool(_demonym_pattern(span.doc.lang_).match(span.text))
            and _after_plural_determiner(span.doc, span.start))


@cache
def _demonym_pattern(code: str) -> re.Pattern[str]:
    """A capitalised word, hyphenated parts allowed, with one of the language's demonym endings."""
    endings = "|".join(sorted(lang.load(code).words.demonym_endings, key=len, reverse=True))
    return re.compile(rf"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?:{endings})$")


def _opens(token) -> bool:
    """Whether a token opens a sentence, a line or a quote, where French capitalises any word (read from the
    punctuation before it: the parser's sentence starts fall inside names it misreads)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in _OPENERS or before.text in _SENTENCE_ENDS or "\n" in before.whitespace_ \
        or (before.is_space and "\n" in before.text)


def _starts_name(span: Span) -> bool:
    """Whether ``span`` begins with a capitalised word (a name), not a preposition, article or lowercase word; a
    name may open on a lowercase particle joined to it ("al-Atta", "el-Sissi")."""
    if not span:
        return False
    first = span[0]
    particle, _, rest = first.text.partition("-")
    if len(span) >= 3 and not rest and span[1].text == "-":  # the tokenizer splits "al-Atta" into three
        rest = span[2].text
    if rest[:1].isupper() and particle in lang.words_of(span.doc).name_particles:
        return True
    return first.text[:1].isupper() and first.pos_ not in {"ADP", "DET"}


def _after_plural_determiner(doc: Doc, i: int) -> bool:
    """"les Cristoliens", "des Honduriens", "aux Français": a capitalised plural noun after a plural determiner."""
    return i > 0 and doc[i - 1].lower_ in lang.words_of(doc).plural_quantifiers
