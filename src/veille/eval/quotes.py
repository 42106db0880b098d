"""Quotation scoring: is each gold quotation found, with the right speaker?

A system quote **matches** a gold quote when their content spans overlap by at least half of the gold content's
length. Matching is one-to-one within a document, greedy: the pair with the largest overlap first (ties: the pair
with the right speaker, then the closest lengths, then text order). On that one matching:

* ``quote``: P/R/F1 of matched quotes (a system quote may be shorter or longer than the gold one);
* ``attributed``: the same pairs, counted only when the speaker is right (see :func:`speaker_is_right`);
  unmatched and wrongly attributed quotes are both false positives and false negatives;
* ``speaker_accuracy``: right speakers among matched quotes (``attributed.tp / quote.tp``);
* ``exact_recall``: gold quotes whose content span some system quote gives exactly (same start and end);
* ``quote_any`` / ``attributed_any``: the lenient reading some scorers use, without one-to-one matching: a system
  quote is right when it overlaps some gold quote at all (with the right speaker, for ``attributed_any``), a gold
  quote is found when some system quote overlaps it so; a quote cut in two by veille counts twice, not once;
* ``per_kind``: ``quote`` counted by kind; TP and FN by the gold kind, FP by the predicted kind, so recall per kind
  is exact and precision per kind is only indicative.

Gold quotes are the raw fr-news records of :attr:`GoldDoc.quotes` (``content_start``, ``content_end``,
``speaker``, ``speaker_mention_start``/``_end``, ``kind``…; see ``shared/gold/fr-news-dev/GUIDELINES.md`` §2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table

from ..kb import normalize_alias
from ..kb.normalize import strip_determiner
from ..model import Analysis, Entity, Quote, Speaker
from .gold import GoldDoc
from .scoring import PRF, count_per_label, f1_score, one_to_one

KINDS = ("direct", "indirect", "mixed")
UNKNOWN = "UNKNOWN"
CLIP_CHARS = 90

# Mentions that refer only through coreference: finding the same one as the gold says nothing about the referent.
_PRONOUNS = frozenset(
    "il elle ils elles on lui eux leur leurs son sa ses qui je j' tu nous vous celui-ci celle-ci ceux-ci celles-ci "
    "-il -elle -ils -elles -on".split()
) | {"ce dernier", "cette derniere", "ces derniers", "ces dernieres"}
_GROUP_SEPARATOR = re.compile(r"\s*,\s*|\s+et\s+")


@dataclass
class QuoteScores:
    """Quotation scores over a corpus (see the module docstring for each measure)."""

    quote: PRF = field(default_factory=PRF)
    attributed: PRF = field(default_factory=PRF)
    quote_any: AnyOverlap = field(default_factory=lambda: AnyOverlap())
    attributed_any: AnyOverlap = field(default_factory=lambda: AnyOverlap())
    speaker_accuracy: float = 0.0
    exact_recall: float = 0.0
    per_kind: dict[str, PRF] = field(default_factory=lambda: {kind: PRF() for kind in KINDS})
    n_gold: int = 0
    n_pred: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_gold": self.n_gold, "n_pred": self.n_pred,
            "quote": self.quote.to_dict(), "attributed": self.attributed.to_dict(),
            "quote_any": self.quote_any.to_dict(), "attributed_any": self.attributed_any.to_dict(),
            "speaker_accuracy": round(self.speaker_accuracy, 4), "exact_recall": round(self.exact_recall, 4),
            "per_kind": {kind: prf.to_dict() for kind, prf in self.per_kind.items()},
        }


def score_quotes(gold_docs: Sequence[GoldDoc], analyses: Sequence[Analysis]) -> QuoteScores:
    """Score veille's quotes against gold, document by document (both lists are parallel, same ids)."""
    if len(gold_docs) != len(analyses):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(analyses)} analyses")
    scores = QuoteScores()
    exact = 0
    for doc, analysis in zip(gold_docs, analyses):
        if doc.id != analysis.id:
            raise ValueError(f"gold document {doc.id!r} is paired with analysis {analysis.id!r}")
        pairs = match_quotes(doc.quotes, analysis)
        right = sum(speaker_is_right(doc.quotes[g], analysis.quotes[p], analysis) for g, p in pairs)
        n_gold, n_pred = len(doc.quotes), len(analysis.quotes)
        scores.quote.add(PRF(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs)))
        scores.attributed.add(PRF(tp=right, fp=n_pred - right, fn=n_gold - right))
        scores.quote_any.add(_any_overlap(doc.quotes, analysis, attributed=False))
        scores.attributed_any.add(_any_overlap(doc.quotes, analysis, attributed=True))
        count_per_label([g.get("kind") or "?" for g in doc.quotes], [q.kind or "?" for q in analysis.quotes], pairs,
                        scores.per_kind)
        spans = {(q.start, q.end) for q in analysis.quotes}
        exact += sum((g["content_start"], g["content_end"]) in spans for g in doc.quotes)
        scores.n_gold += n_gold
        scores.n_pred += n_pred
    scores.speaker_accuracy = scores.attributed.tp / scores.quote.tp if scores.quote.tp else 0.0
    scores.exact_recall = exact / scores.n_gold if scores.n_gold else 0.0
    return scores


def match_quotes(gold: Sequence[dict[str, Any]], analysis: Analysis) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs whose overlap is at least half the gold content, largest first."""
    candidates = []
    for g, record in enumerate(gold):
        start, end = record["content_start"], record["content_end"]
        for p, quote in enumerate(analysis.quotes):
            overlap = min(end, quote.end) - max(start, quote.start)
            if overlap > 0 and 2 * overlap >= end - start:
                right = speaker_is_right(record, quote, analysis)
                gap = abs((quote.end - quote.start) - (end - start))
                candidates.append((-overlap, not right, gap, g, p))
    return sorted(one_to_one(candidates))


@dataclass
class AnyOverlap:
    """Lenient counts: precision over system quotes, recall over gold quotes, each side matched on its own."""

    right_system: int = 0
    n_system: int = 0
    found_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.right_system / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def add(self, other: AnyOverlap) -> None:
        self.right_system += other.right_system
        self.n_system += other.n_system
        self.found_gold += other.found_gold
        self.n_gold += other.n_gold

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _any_overlap(gold: Sequence[dict[str, Any]], analysis: Analysis, *, attributed: bool) -> AnyOverlap:
    """System quotes that overlap some gold quote (with its speaker, if ``attributed``), and gold quotes so
    overlapped."""
    links = [(g, p) for g, record in enumerate(gold) for p, quote in enumerate(analysis.quotes)
             if min(record["content_end"], quote.end) > max(record["content_start"], quote.start)
             and (not attributed or speaker_is_right(record, quote, analysis))]
    return AnyOverlap(len({p for _, p in links}), len(analysis.quotes), len({g for g, _ in links}), len(gold))


def speaker_is_right(gold: dict[str, Any], quote: Quote, analysis: Analysis) -> bool:
    """Whether a system quote names the gold quote's speaker.

    The gold ``speaker`` is a canonical name (GUIDELINES §2.5): the entity's canonical name, the state for a
    metonymic capital ("Moscou" → "Russie"), a lowercase description with its determiner for an unnamed person
    ("l'avocate générale"), or ``UNKNOWN`` when no source is given.

    Names are compared after :func:`veille.kb.normalize_alias` (casefold, accents stripped, apostrophes unified,
    one leading le/la/les/l' dropped, whitespace collapsed). The speaker is right when the gold name equals:

    * the speaker's ``name``;
    * the name of the speaker's entity (``analysis.entities`` by id), any of that entity's mention texts, or the
      ``stands_for.name`` of any of its mentions ("Moscou" standing for "Russie");
    * the text of the speaker's ``mention`` ("l'avocate générale");
    * for a group speaker with ``members``: when the gold name splits (on " et " and commas) into as many parts
      as there are members and each part is one member by the rules above ("Américains et Européens").

    It is also right when the gold ``speaker_mention`` overlaps the system speaker's ``mention`` and that mention
    is a name (an entity mention of kind ``name``; for a mention no entity holds, a capitalised phrase that is not
    a pronoun): the same referent written the same way, whatever canonical spelling each side chose. Pronouns and
    descriptions ("il", "le directeur") do not count by position, since they only name someone through
    coreference, which is what the speaker score measures.

    An unnamed speaker is also right by position: when the gold speaker is a lowercase description and the system
    speaker is, unlinked, the description at the gold ``speaker_mention``. The gold writes such a speaker in one
    normalised form for the whole document ("l'Avocate général" → "l'avocate générale", "la jeune femme" → "la
    victime"); with no name to reach, the description the gold itself points at is the speaker.

    Gold ``UNKNOWN`` is right only when the system speaker has neither ``name`` nor ``entity``. Anything else is
    wrong.
    """
    speaker = quote.speaker
    wanted = gold.get("speaker")
    if not wanted or wanted == UNKNOWN:
        return speaker.name is None and speaker.entity is None
    entities = {entity.id: entity for entity in analysis.entities}
    if _is_named(normalize_alias(wanted), wanted, speaker, entities):
        return True
    return _same_name_mention(gold, speaker, analysis) or _same_description(gold, wanted, speaker)


def _is_named(key: str, wanted: str, speaker: Speaker, entities: dict[str, Entity]) -> bool:
    if key in _name_keys(speaker, entities):
        return True
    if not speaker.members:
        return False
    parts = [normalize_alias(part) for part in _GROUP_SEPARATOR.split(wanted) if part.strip()]
    return len(parts) > 1 and _cover(parts, [_name_keys(member, entities) for member in speaker.members])


def _name_keys(speaker: Speaker, entities: dict[str, Entity]) -> set[str]:
    """Every normalised name a speaker answers to."""
    names = [speaker.name, speaker.mention.text if speaker.mention else None]
    entity = entities.get(speaker.entity) if speaker.entity else None
    if entity is not None:
        names.append(entity.name)
        for mention in entity.mentions:
            names.append(mention.text)
            if mention.stands_for is not None:
                names.append(mention.stands_for.name)
    return {normalize_alias(name) for name in names if name}


def _cover(parts: list[str], members: list[set[str]]) -> bool:
    """Whether parts and members pair off one-to-one, each part among its member's names."""
    if not parts:
        return not members
    head, rest = parts[0], parts[1:]
    return any(head in keys and _cover(rest, members[:i] + members[i + 1:]) for i, keys in enumerate(members))


def _same_name_mention(gold: dict[str, Any], speaker: Speaker, analysis: Analysis) -> bool:
    start, end = gold.get("speaker_mention_start"), gold.get("speaker_mention_end")
    mention = speaker.mention
    if start is None or end is None or mention is None:
        return False
    return start < mention.end and mention.start < end and _is_name(mention.start, mention.end, mention.text, analysis)


def _same_description(gold: dict[str, Any], wanted: str, speaker: Speaker) -> bool:
    """The system names, unlinked, the description the gold points at for an unnamed speaker (not a pronoun)."""
    mention = speaker.mention
    start, end = gold.get("speaker_mention_start"), gold.get("speaker_mention_end")
    if mention is None or speaker.entity is not None or not speaker.name or start is None or end is None:
        return False
    description = normalize_alias(mention.text)
    return (
        strip_determiner(wanted)[:1].islower()
        and description not in _PRONOUNS
        and normalize_alias(speaker.name) == description
        and start < mention.end
        and mention.start < end
    )


def _is_name(start: int, end: int, text: str, analysis: Analysis) -> bool:
    """A name mention: the analysis says so when an entity holds this span; otherwise capitalised, not a pronoun."""
    for entity in analysis.entities:
        for mention in entity.mentions:
            if (mention.start, mention.end) == (start, end):
                return mention.kind == "name"
    return strip_determiner(text)[:1].isupper() and normalize_alias(text) not in _PRONOUNS


def quotes_table(scores: QuoteScores, title: str) -> Table:
    """Quote and attributed-quote P/R/F1, recall per gold kind, then speaker accuracy and exact-content recall."""
    table = Table(title=title)
    for name in ("measure", "gold", "system", "P", "R", "F1 / acc."):
        table.add_column(name, justify="left" if name == "measure" else "right")
    table.add_row("quote (overlap ≥ ½ gold)", *_prf_cells(scores.quote, scores.n_gold, scores.n_pred))
    table.add_row("attributed quote", *_prf_cells(scores.attributed, scores.n_gold, scores.n_pred))
    table.add_row("quote (any overlap)", *_prf_cells(scores.quote_any, scores.n_gold, scores.n_pred))
    table.add_row("attributed quote (any overlap)", *_prf_cells(scores.attributed_any, scores.n_gold, scores.n_pred),
                  end_section=True)
    kinds = list(scores.per_kind.items())
    for i, (kind, prf) in enumerate(kinds):
        table.add_row(f"recall, {kind}", str(prf.support), "", "", _pct(prf.recall), "",
                      end_section=i == len(kinds) - 1)
    table.add_row("speaker accuracy (matched quotes)", str(scores.quote.tp), "", "", "", _pct(scores.speaker_accuracy))
    table.add_row("exact-content recall", str(scores.n_gold), "", "", _pct(scores.exact_recall), "")
    return table


def _prf_cells(prf: PRF | AnyOverlap, n_gold: int, n_pred: int) -> list[str]:
    return [str(n_gold), str(n_pred), _pct(prf.precision), _pct(prf.recall), _pct(prf.f1)]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def quote_errors(gold_doc: GoldDoc, analysis: Analysis) -> list[str]:
    """One line per error, in text order: ``MISSED`` gold quotes, ``SPURIOUS`` system quotes and ``SPEAKER``
    (matched quote, wrong speaker), each with the quote's kind, speaker(s) and content."""
    pairs = match_quotes(gold_doc.quotes, analysis)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    lines: list[tuple[int, str]] = []
    for g, record in enumerate(gold_doc.quotes):
        if g not in matched_gold:
            lines.append((record["content_start"], f"{gold_doc.id} @{record['content_start']} MISSED "
                          f"{record.get('kind')} speaker={record.get('speaker')!r} {_clip(record['content'])!r}"))
    for p, quote in enumerate(analysis.quotes):
        if p not in matched_pred:
            lines.append((quote.start, f"{gold_doc.id} @{quote.start} SPURIOUS {quote.kind} "
                          f"speaker={_describe(quote.speaker, analysis)} {_clip(quote.text)!r}"))
    for g, p in pairs:
        record, quote = gold_doc.quotes[g], analysis.quotes[p]
        if not speaker_is_right(record, quote, analysis):
            lines.append((record["content_start"], f"{gold_doc.id} @{record['content_start']} SPEAKER "
                          f"gold={record.get('speaker')!r} pred={_describe(quote.speaker, analysis)} "
                          f"{_clip(record['content'])!r}"))
    return [text for _, text in sorted(lines, key=lambda line: line[0])]


def _describe(speaker: Speaker, analysis: Analysis) -> str:
    """``'Vladimir Poutine' (mention 'il')``; members joined with ``+``; ``UNKNOWN`` for no one."""
    if speaker.members:
        return " + ".join(_describe(member, analysis) for member in speaker.members)
    entity = next((e for e in analysis.entities if e.id == speaker.entity), None) if speaker.entity else None
    name = speaker.name or (entity.name if entity else None)
    shown = repr(name) if name else UNKNOWN
    if speaker.mention is not None and speaker.mention.text != name:
        shown += f" (mention {speaker.mention.text!r})"
    return shown


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLIP_CHARS else text[: CLIP_CHARS - 1] + "…"
