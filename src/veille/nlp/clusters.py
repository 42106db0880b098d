"""The referents the coreference stage builds while it reads a document, before they become contract records.

A cluster gathers the mentions (token offsets) of one referent: a named entity with its descriptions and pronouns,
or an *unnamed* referent that the text follows only by description ("l'avocate générale … elle requiert"). Named
clusters become the document's entities (``doc._.veille_entities``); unnamed ones are written beside them, marked
``unnamed``, so that the quotation and event stages can name a speaker or an actor by its description, but they are
no entities of the contract: nothing names them, and no two articles' "la victime" are one person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..kb.normalize import is_wikidata_id


@dataclass
class ClusterMention:
    start: int  # token offsets
    end: int
    kind: str  # name | nominal | pronoun
    stands_for: dict | None = None


@dataclass
class Cluster:
    name: str
    label: str
    type: str
    kb_id: str | None
    gender: str | None = None  # "m" | "f"
    mentions: list[ClusterMention] = field(default_factory=list)
    roles: set[tuple[str, str]] = field(default_factory=set)
    appositions: list[tuple[tuple[str, ...], str, int]] = field(default_factory=list)  # (title words, "of", token)
    unnamed: bool = False
    plural: bool = False
    known_by: str | None = None  # an unnamed referent's noun ("avocat" for "l'avocate générale")
    qualifiers: frozenset[str] = frozenset()  # and the adjectives it was first given
    name_is_indefinite: bool = False  # named "un homme" until the text says "l'homme"


def gender_of(token: Token) -> str | None:
    """"m" or "f" from the token's morphology, None when it says nothing."""
    value = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(value[0]) if value else None


def is_plural(token: Token) -> bool:
    return "Plur" in token.morph.get("Number")


def ordered(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters that have mentions, each one's mentions in text order, by their first mention."""
    kept = [cluster for cluster in clusters if cluster.mentions]
    for cluster in kept:
        cluster.mentions.sort(key=lambda mention: mention.start)
    return sorted(kept, key=lambda cluster: cluster.mentions[0].start)


def to_records(doc: Doc, clusters: list[Cluster]) -> list[dict]:
    """The contract's entity records (``E1``…), then the unnamed referents (``U1``…, marked ``unnamed``)."""
    named = [cluster for cluster in clusters if not cluster.unnamed]
    unnamed = [cluster for cluster in clusters if cluster.unnamed]
    return [*(to_record(doc, c, f"E{n}") for n, c in enumerate(named, start=1)),
            *(to_record(doc, c, f"U{n}") for n, c in enumerate(unnamed, start=1))]


def to_record(doc: Doc, cluster: Cluster, identifier: str) -> dict:
    """Plain data (character offsets) so the Doc pickles and the converter reads it without spaCy objects.

    Entries the KB holds under a local id (no Wikidata QID yet) cluster like any other but are reported unlinked.
    """
    mentions = []
    for mention in cluster.mentions:
        span = doc[mention.start : mention.end]
        text = span.text.lstrip("-") if mention.kind == "pronoun" else span.text
        start = span.end_char - len(text)
        record = {"start": start, "end": span.end_char, "text": text, "kind": mention.kind}
        if mention.stands_for:
            record["stands_for"] = mention.stands_for
        mentions.append(record)
    record = {
        "id": identifier,
        "name": cluster.name,
        "label": cluster.label,
        "type": cluster.type,
        "kb_id": cluster.kb_id if is_wikidata_id(cluster.kb_id) else None,
        "mentions": mentions,
    }
    if cluster.label == "PER" and cluster.gender:
        record["gender"] = cluster.gender  # for the later stages' own look-ups; no field of the contract
    if cluster.unnamed:
        record["unnamed"] = True
    return record
