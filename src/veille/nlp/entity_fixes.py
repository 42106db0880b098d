"""``veille_entity_fixes``: correct fr_core_news_md's entities where it is systematically wrong on news.

The statistical model was trained on Wikipedia-style text with its own span conventions; on news it keeps articles
and titles in spans ("la France", "M. Guterres"), tags sentence-initial capitals ("Contacté", "Félicitations"),
roles ("Premier ministre") and common nouns ("visite d'Etat") as names, calls demonyms places ("les Américains"),
and media people ("Rodong Sinmun"). Each rule below fixes one such class of errors; they run in this order:

1. drop entities inside boilerplate ("> A lire aussi : …");
2. trim leading determiners, honorifics, generic heads and quote marks, unless the whole span is a known name;
3. drop spans that are no names: lexicon of non-entities, role titles, common words that are only capitalised
   because they open a sentence;
4. extend names over the lowercase heads French typography writes with them ("bande de Gaza"), relabelling;
5. relabel: demonyms → MISC; names the knowledge base knows with one coarse label → that label;
6. add what the model missed: web domains used as source names, capitalised demonyms, KB names in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lang.fr import FrenchLexicon
from ..lang.fr import load as load_french
from .extensions import BOILERPLATE
from .gazetteer import LABEL_OF_TYPE, Gazetteer, load_gazetteer

Proposal = tuple[int, int, str]  # token start, token end, coarse label

_OPENERS = {"«", "“", '"', "(", ":", "—", "–", "-", "‹"}
_COMMON_POS = {"VERB", "AUX", "ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "INTJ", "ADJ", "NOUN"}
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|net|org|info|be|ch|ca|eu|io|re|ma|dz|tn|sn|news)$", re.I)
_DEMONYM_SUFFIX = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?:ais|ois|iens|ains|éens|ens|ins|ites|ards|ols|ins|ens|ots|ésiens)$")


@Language.factory(
    "veille_entity_fixes",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos", "token.dep"],
    default_config={"kb_path": None},
)
def make_entity_fixes(nlp: Language, name: str, kb_path: str | None) -> EntityFixes:
    return EntityFixes(nlp, name, kb_path=kb_path)


class EntityFixes:
    """Rewrites ``doc.ents`` with the rules of the module docstring."""

    def __init__(self, nlp: Language, name: str = "veille_entity_fixes", *, kb_path: str | None = None):
        self.name = name
        self.kb_path = kb_path
        self.vocab = nlp.vocab
        self.lexicon: FrenchLexicon = load_french()
        self.gazetteer: Gazetteer = load_gazetteer(kb_path)

    def __call__(self, doc: Doc) -> Doc:
        proposals = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        proposals = self._outside_boilerplate(doc, proposals)
        proposals = [p for p in (self._trim(doc, p) for p in proposals) if p]
        proposals = [p for p in proposals if self._is_name(doc, p)]
        proposals = [self._relabel(doc, self._extend_head(doc, p)) for p in proposals]
        proposals += self._missed(doc, proposals)
        spans = [Span(doc, start, end, label=label) for start, end, label in proposals]
        doc.ents = filter_spans(spans)
        return doc

    # 1. boilerplate
    def _outside_boilerplate(self, doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
        furniture = doc.spans[BOILERPLATE] if BOILERPLATE in doc.spans else []
        blocked = {i for span in furniture for i in range(span.start, span.end)}
        return [p for p in proposals if not blocked.intersection(range(p[0], p[1]))]

    # 2. trimming
    def _trim(self, doc: Doc, proposal: Proposal) -> Proposal | None:
        start, end, label = proposal
        if doc[start:end].text in self.gazetteer.article_names:
            return proposal
        while start < end:
            word = doc[start].lower_
            kind = self.lexicon.name_prefixes.get(word)
            if kind is None:
                break
            rest = doc[start + 1 : end]
            if kind in {"honorific", "head"} and rest and not _starts_name(rest):
                return None  # "ministre de la Santé", "Premier ministre libanais": a role, not a name
            start += 1
        while end > start and doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"}:
            end -= 1
        return (start, end, label) if start < end else None

    # 3. spans that are no names
    def _is_name(self, doc: Doc, proposal: Proposal) -> bool:
        start, end, label = proposal
        span = doc[start:end]
        text = span.text.lower()
        if text in self.lexicon.not_entities:
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
        """A one- or two-word span of common words, capitalised only because it opens a sentence or a quote."""
        if len(span) > 2 or any(t.pos_ == "PROPN" for t in span):
            return False
        first = span[0]
        opens = first.is_sent_start or first.i == 0 or span.doc[first.i - 1].text in _OPENERS
        if first.pos_ in {"VERB", "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "INTJ"}:
            return True
        return opens and all(t.pos_ in _COMMON_POS and self.vocab.has_vector(t.lower_) for t in span)

    # 4. heads written with the name
    def _extend_head(self, doc: Doc, proposal: Proposal) -> Proposal:
        start, end, label = proposal
        for head in self.lexicon.name_heads:
            n = len(head.words)
            inside = tuple(t.lower_ for t in doc[start : start + n])
            if inside == head.words and end > start + n:
                return (start, end, head.label)
            before = tuple(t.lower_ for t in doc[max(start - n, 0) : start])
            if start >= n and before == head.words:
                return (start - n, end, head.label)
        return proposal

    # 5. relabelling
    def _relabel(self, doc: Doc, proposal: Proposal) -> Proposal:
        start, end, label = proposal
        text = doc[start:end].text
        demonym = self.gazetteer.demonym(text)
        if demonym is not None and demonym.pos == "noun":
            return (start, end, "MISC")
        if label != "MISC" and looks_like_demonym(doc[start:end]):
            return (start, end, "MISC")
        labels = {LABEL_OF_TYPE.get(entry.type, entry.label) for entry in self.gazetteer.lookup(text)}
        if len(labels) == 1 and label not in labels:
            return (start, end, labels.pop())
        return proposal

    # 6. what the model missed
    def _missed(self, doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
        taken = {i for start, end, _ in proposals for i in range(start, end)}
        found = []
        for token in doc:
            if token.i in taken:
                continue
            if looks_like_domain(token.text) and not token.like_email:
                found.append((token.i, token.i + 1, "ORG"))
            elif token.text[:1].isupper() and self._is_demonym_noun(doc, token):
                found.append((token.i, token.i + 1, "MISC"))
        return found

    def _is_demonym_noun(self, doc: Doc, token) -> bool:
        demonym = self.gazetteer.demonym(token.text)
        if demonym is not None:
            return demonym.pos == "noun"
        return looks_like_demonym(doc[token.i : token.i + 1])

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the lexicons ship with the package and the KB is located by ``kb_path``."""

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> EntityFixes:
        return self


def looks_like_domain(text: str) -> bool:
    """A web domain used as a source name: "lequipe.fr", "www.imazpress.com"."""
    return bool(_DOMAIN.match(text))


def looks_like_demonym(span: Span) -> bool:
    """A capitalised plural noun with a demonym ending after a plural determiner: "les Cristoliens"."""
    return len(span) == 1 and bool(_DEMONYM_SUFFIX.match(span.text)) and _after_plural_determiner(span.doc, span.start)


def _starts_name(span: Span) -> bool:
    """Whether ``span`` begins with a capitalised word (a name), not a preposition, article or lowercase word."""
    return bool(span) and span[0].text[:1].isupper() and span[0].pos_ not in {"ADP", "DET"}


def _after_plural_determiner(doc: Doc, i: int) -> bool:
    """"les Cristoliens", "des Honduriens", "aux Français": a capitalised plural noun after a plural determiner."""
    return i > 0 and doc[i - 1].lower_ in {"les", "des", "aux", "ces", "deux", "trois", "nombreux", "plusieurs"}
