"""Story scoring: how well the stories veille makes of a corpus match gold stories.

A story gold is fr-news JSONL whose lines carry a ``story`` label (and optionally a ``title``): articles with the
same label tell the same events. The system's stories are a partition of the same articles (article id → story id),
made by whatever puts articles in stories (the CLI ingests the documents into a fresh store); this module never
imports the store.

Two standard clustering measures, both over the gold articles:

* **pairwise**: every pair of articles is a decision, "same story" or not; a pair in one system story and one gold
  story is a true positive, in one system story only a false positive (a wrong merge), in one gold story only a false
  negative (a wrong split).
* **B³** (Bagga and Baldwin 1998): for each article, the share of its system story that is in its gold story
  (precision) and the share of its gold story that is in its system story (recall), averaged over the articles.
  Unlike pairwise counts, big stories do not outweigh small ones quadratically.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rich.table import Table

from ..errors import GoldFormatError
from ..ingest import Article, article_from_text
from .gold import GoldDoc
from .scoring import PRF, f1_score


@dataclass
class BCubed:
    """B³ precision and recall, averaged over the articles."""

    precision: float = 0.0
    recall: float = 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class StoryScores:
    """Pairwise and B³ scores of a partition, with the sizes of both sides."""

    pairwise: PRF = field(default_factory=PRF)
    bcubed: BCubed = field(default_factory=BCubed)
    n_articles: int = 0
    n_gold: int = 0
    n_system: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.n_articles, "gold_stories": self.n_gold, "system_stories": self.n_system,
                "pairwise": self.pairwise.to_dict(), "bcubed": self.bcubed.to_dict()}


def gold_stories(docs: Sequence[GoldDoc]) -> dict[str, str]:
    """Article id → gold story label; GoldFormatError names the first document without one."""
    labels = {}
    for doc in docs:
        label = doc.meta.get("story")
        if not isinstance(label, str) or not label:
            raise GoldFormatError(f"{doc.source}: document {doc.id} has no story label (a 'story' string)")
        labels[doc.id] = label
    return labels


def gold_articles(docs: Sequence[GoldDoc]) -> list[Article]:
    """The gold documents as French articles to ingest, with their date and title; each gets a URL of its own, so
    that two gold articles with the same text stay two articles."""
    return [article_from_text(doc.text, id=doc.id, url=f"gold:{doc.id}", title=doc.meta.get("title"), dct=doc.dct,
                              lang="fr") for doc in docs]


def score_stories(gold: Mapping[str, str], system: Mapping[str, Hashable]) -> StoryScores:
    """Score a system partition against the gold one, over the gold articles.

    gold (Mapping[str, str]): article id → gold story label.
    system (Mapping[str, Hashable]): article id → system story; an article missing from it is a story of its own.
    RETURNS (StoryScores): pairwise counts, B³ averages, and the number of articles and stories on each side.
    """
    predicted = _complete(gold, system)
    scores = StoryScores(n_articles=len(gold), n_gold=len(set(gold.values())), n_system=len(set(predicted.values())))
    for first, second in combinations(sorted(gold), 2):
        same_gold, same_system = gold[first] == gold[second], predicted[first] == predicted[second]
        scores.pairwise.tp += same_gold and same_system
        scores.pairwise.fp += same_system and not same_gold
        scores.pairwise.fn += same_gold and not same_system
    if gold:
        joint = Counter((gold[article], predicted[article]) for article in gold)
        gold_sizes, system_sizes = Counter(gold.values()), Counter(predicted.values())
        shared = {article: joint[gold[article], predicted[article]] for article in gold}
        scores.bcubed.precision = sum(shared[a] / system_sizes[predicted[a]] for a in gold) / len(gold)
        scores.bcubed.recall = sum(shared[a] / gold_sizes[gold[a]] for a in gold) / len(gold)
    return scores


def story_errors(docs: Sequence[GoldDoc], system: Mapping[str, Hashable]) -> list[str]:
    """One line per wrong pair: ``MERGED`` (one system story, two gold stories) then ``SPLIT`` (one gold story, two
    system stories), each naming both articles by id, gold story and title (else first words)."""
    gold = gold_stories(docs)
    predicted = _complete(gold, system)
    by_id = {doc.id: doc for doc in docs}
    merged, split = [], []
    for first, second in combinations(sorted(gold), 2):
        same_gold, same_system = gold[first] == gold[second], predicted[first] == predicted[second]
        if same_system != same_gold:
            line = f"{_describe(by_id[first], gold[first])}  ~  {_describe(by_id[second], gold[second])}"
            (merged if same_system else split).append(f"{'MERGED' if same_system else 'SPLIT'} {line}")
    return merged + split


def stories_table(scores: StoryScores, title: str) -> Table:
    """Pairwise and B³ precision, recall and F1, with the number of gold and system stories."""
    table = Table(title=title)
    for name in ("measure", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "measure" else "right")
    table.add_row("pairwise", *(_pct(x) for x in (scores.pairwise.precision, scores.pairwise.recall,
                                                   scores.pairwise.f1)))
    table.add_row("B³", *(_pct(x) for x in (scores.bcubed.precision, scores.bcubed.recall, scores.bcubed.f1)),
                  end_section=True)
    table.add_row(f"{scores.n_articles} articles: {scores.n_gold} gold stories, {scores.n_system} made", "", "", "")
    return table


def _complete(gold: Mapping[str, str], system: Mapping[str, Hashable]) -> dict[str, Hashable]:
    """The system story of every gold article; one the system did not place is alone in a story of its own."""
    return {article: system[article] if article in system else ("unplaced", article) for article in gold}


def _describe(doc: GoldDoc, label: str) -> str:
    heading = doc.meta.get("title") or " ".join(doc.text.split()[:10])
    return f"{doc.id} [{label}] {heading!r}"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"
