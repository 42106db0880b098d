"""``veille_geo``: locate every place entity of a document, offline, from the gazetteer (:mod:`veille.kb.places`).

For each LOC entity, the candidates are the places its names (and the KB entity it is linked to) may designate;
:func:`veille.geo.resolve.choose` picks one from the document's evidence, in rounds: the first with what the text
says outright (the KB's links, its countries, demonyms and regions' adjectives, the words around each name), each
next one adding the places the one before located (their countries, the subdivisions named, the neighbours), until
nothing changes. A street or facility the gazetteer lacks takes the point of the town its own phrase names ("rue X, à
Lyon"), else of its article's nearest-named town when all its towns lie close together. The chosen
place is written on the entity record as ``geo`` (the contract's ``{geonames_id, lat, lon, country, admin1, feature}``
plus its gazetteer ``name``); an entity that nothing locates gets none. A place standing for its state ("Moscou a
condamné") is still located where it lies: metonymy stays in the mention's ``stands_for``.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lang
from ..doc.gazetteer import ReadsKnowledgeBase
from ..kb.places import PLACES_FILE, Place, Places, distance_km, places_path
from ..lexicon import read_mapping, read_words
from .resolve import Evidence, choose

MAX_ROUNDS = 4
TOWN_KM = 30.0  # the towns of a document about one city and its suburbs lie this close to one another
WINDOW_BEFORE, WINDOW_AFTER = 4, 8  # tokens around a name that make its own phrase ("X, dans le nord du Liban")
_LINKING_WORDS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les", "en", "au", "aux"})
_FULL_STOPS = frozenset({".", "!", "?", "…"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "au", "aux"})
_ATTACHING = frozenset({"à", "de", "d'", "d’", "("})  # "rue X à Lyon", "rue X de Lyon", "X (Lyon)"
# words between a town, its comma and the street after it ("À Lyon, dans la rue X")
_LEADING = _ARTICLES | frozenset({"à", "dans", "sur", "vers", "devant", "près", "de", "d'", "d’"})
_COUNTRY_LIKE = frozenset({"country"})
_ADMIN_LIKE = frozenset({"admin1", "admin2", "region"})


@Language.factory("veille_geo", assigns=["doc._.veille_entities"], requires=["doc._.veille_entities"],
                  default_config={"kb_path": None})
def make_geo(nlp: Language, name: str, kb_path: str | None) -> PlaceResolver:
    return PlaceResolver(nlp, name, kb_path=kb_path)


@cache
def place_kinds() -> dict[str, str]:
    """Words that say what kind of place follows ("département" → admin), from ``lang/fr/place_kinds.tsv``."""
    return read_mapping(lang.data_file("fr", "place_kinds.tsv"), "words", "kind")


@dataclass
class _PlaceName:
    """A place entity of the document as its own names describe it, before any evidence from the others."""

    id: str
    kb_id: str | None
    candidates: list[tuple[Place, bool]]
    spans: list[Span]
    kind: str | None
    after_a: bool
    demonyms: frozenset[str]  # countries the demonyms around its mentions name
    regions: tuple[Place, ...]  # subdivisions the adjectives around its mentions name ("la ville *ontarienne*")
    country: tuple[str | None, int]  # the country it is, if one, and its number of mentions


class PlaceResolver(ReadsKnowledgeBase):
    """Adds ``geo`` to the LOC entity records of ``doc._.veille_entities``."""

    def __init__(self, nlp: Language, name: str = "veille_geo", *, kb_path: str | None = None):
        super().__init__(kb_path)
        self.name = name
        self._places: tuple[int, Places] | None = None

    @property
    def places(self) -> Places:
        """The gazetteer, opened in this process (a forked worker opens its own connection)."""
        if self._places is None or self._places[0] != os.getpid():
            self._places = (os.getpid(), Places.open(places_path(self.kb_path)))
        return self._places[1]

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """Save the KB file and the gazetteer beside it, so the saved pipeline locates places as this one does."""
        super().to_disk(path, exclude=exclude)
        shutil.copyfile(self.places.path, Path(path) / PLACES_FILE)

    def from_disk(self, path, *, exclude: Iterable[str] = ()):
        """Read the KB file and the gazetteer ``to_disk`` saved (opened when first needed)."""
        super().from_disk(path, exclude=exclude)
        self._places = None
        return self

    def __call__(self, doc: Doc) -> Doc:
        records = doc._.veille_entities or []
        located = [record for record in records if record.get("label") == "LOC" and not record.get("unnamed")]
        names = [self._read(doc, record) for record in located]
        local = [(record, name.spans) for record, name in zip(located, names)
                 if not name.candidates and _is_local_place(record)]
        names = [name for name in names if name.candidates]
        if not names:
            return doc
        demonyms = self._demonym_countries(doc)
        regions = tuple({place.id: place for token in doc if (place := self._region_of(token))}.values())
        spans = {name.id: name.spans for name in names}
        found: dict[str, Place] = {}
        for _ in range(MAX_ROUNDS):  # each round sees what the one before located, until nothing changes
            again = {name.id: place for name in names if (place := choose(
                name.candidates, self._evidence(name, names, demonyms, regions, spans, found)))}
            if again == found:
                break
            found = again
        for record in records:
            if record["id"] in found:
                record["geo"] = found[record["id"]].geo()
        towns = [(span, place) for key, place in found.items() if place.feature == "city" for span in spans[key]]
        for record, own in local:
            _place_in_town(record, _own_town(own, towns) or _nearest_close_town(own, towns))
        doc._.veille_entities = records
        return doc

    def _read(self, doc: Doc, record: dict) -> _PlaceName:
        """What a place entity's names say by themselves: its candidates and the words around its mentions."""
        kind, candidates = None, []
        for text in self._names(record):
            candidates += self.places.candidates(text)
            name, named_kind = _without_kind(text)
            if named_kind:
                kind = kind or named_kind
                candidates += self.places.candidates(name)
        linked = self.places.by_qid(record["kb_id"]) if record.get("kb_id") else None
        if linked is not None:
            candidates.append((linked, True))
        spans = self._spans(doc, record)
        return _PlaceName(
            id=record["id"], kb_id=record.get("kb_id"), candidates=candidates, spans=spans,
            kind=kind or _kind_before(spans), after_a=any(span.start > 0 and span.doc[span.start - 1].lower_ == "à"
                                                          for span in spans),
            demonyms=frozenset(self._local_demonyms(spans)), country=self._named_country(record, linked),
            regions=tuple(place for span in spans for token in _window(span) if (place := self._region_of(token))))

    def _evidence(self, name: _PlaceName, names: list[_PlaceName], demonyms: Counter, regions: tuple[Place, ...],
                  spans: dict[str, list[Span]], found: dict[str, Place]) -> Evidence:
        """The evidence for one name: the document's, with the places located so far (the name's own aside)."""
        others = {key: place for key, place in found.items() if key != name.id}
        local = self._local(name.spans, spans, others)
        countries = demonyms + Counter({other.country[0]: other.country[1] for other in names
                                        if other.country[0] and other.id != name.id})
        return Evidence(
            countries=countries + Counter(p.country for p in others.values() if p.country),
            local_countries=name.demonyms | frozenset(
                p.country for p in local if p.feature in _COUNTRY_LIKE and p.country),
            admins=tuple(p for p in others.values() if p.feature in _ADMIN_LIKE) + regions,
            local_admins=tuple(p for p in local if p.feature in _ADMIN_LIKE) + name.regions,
            anchors=tuple(p for p in others.values() if p.feature == "city"),
            kind=name.kind, after_a=name.after_a, kb_id=name.kb_id)

    @staticmethod
    def _names(record: dict) -> list[str]:
        names = [m["text"] for m in record.get("mentions", []) if m.get("kind") == "name"]
        return list(dict.fromkeys(names or [record["name"]]))

    @staticmethod
    def _spans(doc: Doc, record: dict) -> list[Span]:
        spans = (doc.char_span(m["start"], m["end"], alignment_mode="expand") for m in record.get("mentions", [])
                 if m.get("kind") == "name")
        return [span for span in spans if span is not None]

    @staticmethod
    def _named_country(record: dict, place: Place | None) -> tuple[str | None, int]:
        """The country a country entity is, and how often the document names it (None for other places)."""
        if place is None or place.feature != "country":
            return None, 0
        return place.country, len(record.get("mentions", [])) or 1

    def _demonym_countries(self, doc: Doc) -> Counter:
        """The countries the document's demonyms name ("les Libanais", "l'armée ukrainienne")."""
        return Counter(country for token in doc if (country := self._demonym_country(token.text)))

    def _local_demonyms(self, spans: list[Span]) -> set[str]:
        """Countries that the demonyms in the names' own phrases name ("le port *ukrainien* d'Odessa")."""
        return {country for span in spans for token in _window(span)
                if (country := self._demonym_country(token.text))}

    @staticmethod
    def _local(own: list[Span], spans: dict[str, list[Span]], found: dict[str, Place]) -> list[Place]:
        """The located places named in the names' own phrases ("Valence (*Drôme*)", "Paris, au *Texas*")."""
        near = []
        for span in own:
            window = _window(span)
            lo, hi = (window[0].i, window[-1].i) if window else (span.start, span.start)
            near += [place for key, place in found.items()
                     if any(lo <= other.start <= hi for other in spans.get(key, ()))]
        return near

    def _region_of(self, token) -> Place | None:
        """The subdivision a lowercase adjective names ("andalouse" → Andalousie)."""
        return self.places.by_adjective(token.text) if token.is_lower and token.is_alpha else None

    def _demonym_country(self, word: str) -> str | None:
        demonym = self.gazetteer.demonym(word) or self.gazetteer.demonym(word.lower())
        if demonym is None:
            return None
        place = self.places.by_qid(demonym.country_qid)
        return place.country if place is not None else None


@cache
def local_place_heads() -> frozenset[str]:
    """Words that open the name of a street, square, park, quarter or facility (``lang/fr/local_place_heads.tsv``)."""
    return read_words(lang.data_file("fr", "local_place_heads.tsv"), "word")


def _is_local_place(record: dict) -> bool:
    return record["name"].split(" ", 1)[0].lower() in local_place_heads()


def _place_in_town(record: dict, town: Place | None) -> None:
    """A street, square, park or facility the gazetteer lacks lies in its town: it takes the town's point, with no
    GeoNames id of its own and the feature ``local`` (the town's name says where)."""
    if town is not None:
        record["geo"] = {**town.geo(), "geonames_id": None, "feature": "local"}


def _own_town(own: list[Span], towns: list[tuple[Span, Place]]) -> Place | None:
    """The town a street's own phrase attaches it to: right after it ("rue X à Lyon", "rue X, à Lyon", "le centre
    commercial X de Lyon", "place X (Lyon)"), or right before it, a comma between ("À Lyon, rue X", "à Lyon, dans
    le parc X"). A town named elsewhere in the sentence says nothing: "né à Lyon, il habite rue X"."""
    starts = {span.start: place for span, place in towns}
    ends = {span.end: place for span, place in towns}
    for span in own:
        doc = span.doc
        after = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        if after + 1 in starts and doc[after].lower_ in _ATTACHING:
            return starts[after + 1]
        before = span.start - 1
        while before >= max(0, span.start - 3) and doc[before].lower_ in _LEADING:
            before -= 1
        if before in ends and doc[before].text == ",":
            return ends[before]
    return None


def _nearest_close_town(own: list[Span], towns: list[tuple[Span, Place]]) -> Place | None:
    """The town named nearest a street, when all the towns its article names lie within ``TOWN_KM`` of one another
    (a city and its suburbs): the street lies in one of them, so the one chosen is at most that far off. None when
    the article names towns farther apart, or none: which one holds the street is then unknown."""
    places = list({place.id: place for _, place in towns}.values())
    if not places or any(distance_km(a.lat, a.lon, b.lat, b.lon) > TOWN_KM for a in places for b in places):
        return None
    return min(towns, key=lambda town: min((abs(town[0].start - span.start) for span in own), default=0))[1]


def _window(span: Span) -> list:
    """The tokens around ``span`` up to the ends of its sentence, the span itself left out. The ends are read
    from the full stops, not from the parser's sentences, which a comma after a name sometimes ends."""
    doc = span.doc
    before = list(doc[max(0, span.start - WINDOW_BEFORE):span.start])
    after = list(doc[span.end:min(len(doc), span.end + WINDOW_AFTER)])
    stops = [i for i, token in enumerate(before) if token.text in _FULL_STOPS]
    before = before[stops[-1] + 1:] if stops else before
    end = next((i for i, token in enumerate(after) if token.text in _FULL_STOPS), len(after))
    return before + after[:end]


def _kind_before(spans: list[Span]) -> str | None:
    """The kind of place the words just before a name announce: a kind word ("le *département* de la Mayenne",
    "la *ville* andalouse de Córdoba"), else an article ("*la* Mayenne": no town) or a parenthesis after another
    place ("Angoulême *(*Charente)": its département)."""
    kinds = place_kinds()
    for span in spans:
        before = span.doc[max(0, span.start - 5):span.start]
        for token in reversed(before):
            if token.lower_ in kinds:
                return kinds[token.lower_]
            if token.lower_ not in _LINKING_WORDS and token.pos_ != "ADJ" or token.text in _FULL_STOPS:
                break
    for span in spans:
        previous = span.doc[span.start - 1] if span.start > 0 else None
        if previous is not None and (previous.lower_ in _ARTICLES or _parenthesis_after_place(previous)):
            return "not_city"
    return None


def _parenthesis_after_place(token) -> bool:
    return token.text == "(" and token.i > 0 and token.doc[token.i - 1].ent_type_ == "LOC"


def _without_kind(text: str) -> tuple[str, str | None]:
    """A name without the kind word it was written with ("département de la Mayenne" → "Mayenne", admin)."""
    words = text.split()
    kinds = place_kinds()
    if len(words) < 2 or words[0].lower() not in kinds:
        return text, None
    rest = words[1:]
    while rest and (rest[0].lower() in _LINKING_WORDS or rest[0].lower().startswith(("d'", "d’", "l'", "l’"))):
        head = rest[0]
        if head.lower() in _LINKING_WORDS:
            rest = rest[1:]
        else:
            rest = [head[2:], *rest[1:]]
            break
    return (" ".join(rest), kinds[words[0].lower()]) if rest else (text, None)
