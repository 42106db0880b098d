"""Assembling the French pipeline and analysing batches of articles: the floor above every stage.

``build_pipeline`` puts the model and the stages together (the stages never import one another: they meet on the
Doc, through ``veille.doc``); ``analyse`` is the one function the CLI, the evaluation, the store's ingest and the
batch jobs call: a fix made here lands everywhere at once.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

import spacy
from spacy.language import Language
from spacy.lang.char_classes import ALPHA, ALPHA_UPPER, HYPHENS
from spacy.util import compile_infix_regex

from .. import events, geo, lang, quotes, timex  # noqa: F401  (registers their components)
from ..doc.article import ArticleContext  # (and registers veille_article)
from ..doc import sentences  # noqa: F401  (registers veille_sentence_hints)
from ..errors import AnalysisFailed, InputError, UnsupportedLanguage
from ..ingest import Article, Rejected
from ..model import Analysis
from ..nlp import coref, descriptions, entity_fixes, linker  # noqa: F401  (registers the entity stages)
from .convert import doc_to_analysis

MODEL = "fr_core_news_md"
SUPPORTED_LANGUAGES = ("fr",)
VEILLE_COMPONENTS = ("veille_entity_fixes", "veille_linker", "veille_coref", "veille_descriptions")
logger = logging.getLogger(__name__)


# An elided word before an opening quotation mark ("qualifié d'\"irresponsable\"", "l'«opération»", "l'“accord”"):
# the model's tokenizer leaves d'"irresponsable one token, which no stage can read; the mark is split off. (A closing
# mark there, "l'”accord”", is a typo the parser reads no better split.)
_QUOTE_AFTER_ELISION = r"""(?<=['’])["“«](?=\w)"""


def _hyphen_between_words(nlp: Language) -> str:
    """Where a hyphen between letters splits a word: before or after a capital ("al-Assad", "Addis-Abeba", which the
    KB reads as one name) or before a clitic ("vous-même", "celle-là"); lowercase compounds stay one token
    ("l'état-major", "le centre-ville", "Week-end": the model's tokenizer keeps only those of its list whole, and
    the parser read "état - major" as two nouns and a dash that may open a sentence). "dit-il", "est-ce" are
    suffixes, split before."""
    clitics = "|".join(sorted(lang.load(nlp.lang).words.hyphen_clitics, key=len, reverse=True))
    return (rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA_UPPER}]|(?:{clitics})(?![{ALPHA}]))"
            rf"|(?<=[{ALPHA_UPPER}])(?:{HYPHENS})(?=[{ALPHA}])")


def _set_infixes(nlp: Language) -> None:
    """The model's infixes, with hyphens split as ``_hyphen_between_words`` says and quotation marks split off an
    elided word."""
    infixes = [rule for rule in nlp.Defaults.infixes if not re.search(rule, "état-major")]
    infixes += [_hyphen_between_words(nlp), _QUOTE_AFTER_ELISION]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# A lowercase compound the tagger calls a proper noun ("l'état-major", "accords de libre-échange": unknown to its
# vectors, the shape misleads it) is a common noun, as no name is written in lowercase; the attribute ruler, after
# the parser and before the lemmatizer, says so (matching shapes, "xxxx-xxxx": a regex would double its time).
_RUNS = ["x" * n for n in range(1, 5)]  # a word's shape writes at most four letters of a run
_COMPOUND_SHAPES = sorted({f"{a}-{b}" for a in _RUNS for b in _RUNS} | {f"{a}-{b}-{c}" for a in _RUNS for b in _RUNS
                                                                          for c in _RUNS})
_LOWERCASE_COMPOUND_AS_NAME = [{"POS": "PROPN", "SHAPE": {"IN": _COMPOUND_SHAPES}}]


def build_pipeline(kb_path: str | None = None, model: str = MODEL) -> Language:
    """The French model followed by veille's components.

    kb_path (str | None): the knowledge base file; None for the default one (built on first use).
    model (str): the spaCy package to start from.
    RETURNS (Language): a pipeline users can also extend with their own components.
    """
    nlp = spacy.load(model)
    _set_infixes(nlp)
    nlp.get_pipe("attribute_ruler").add([_LOWERCASE_COMPOUND_AS_NAME], {"POS": "NOUN", "TAG": "NOUN"})
    nlp.add_pipe("veille_article", first=True)
    nlp.add_pipe("veille_sentence_hints", after="veille_article")
    for name in VEILLE_COMPONENTS:
        nlp.add_pipe(name, config={"kb_path": kb_path})
    nlp.add_pipe("veille_geo", config={"kb_path": kb_path})
    nlp.add_pipe("veille_timex", config={"kb_path": kb_path})
    nlp.add_pipe("veille_quotes")
    nlp.add_pipe("veille_events", config={"kb_path": kb_path})
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(kb_path: str | None = None) -> Language:
    """``build_pipeline`` once per process."""
    return build_pipeline(kb_path)


def analyse(
    items: Iterable[Article | Rejected],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Analysis]:
    """Analyse articles in input order; a document that cannot be analysed yields an Analysis with ``error``.

    items (Iterable[Article | Rejected]): what ``veille.ingest.read_inputs`` yields; rejected inputs pass through
        as error records so that the output keeps one record per input.
    nlp (Language | None): a pipeline from ``build_pipeline``; the default one when None.
    n_process (int): worker processes, each analysing whole batches (see ``_analyse_in_processes``).
    batch_size (int): documents per batch sent to the model (and to a worker).
    RETURNS (Iterator[Analysis]): one analysis per item, in order.
    """
    nlp = nlp or load_pipeline()
    if n_process > 1:
        return _analyse_in_processes(items, nlp, n_process, batch_size)
    return _analyse_here(items, nlp, batch_size)


def _analyse_here(items: Iterable[Article | Rejected], nlp: Language, batch_size: int) -> Iterator[Analysis]:
    """The analyses of ``items`` in this process, in input order. When a stage raises on a batch (a bug), each of its
    documents is analysed again on its own, so that only the one it raises on becomes an error record
    (``analysis_failed``, logged with its traceback) and the others, and the rest of the input, are kept."""
    for batch in _batches(items, batch_size):
        try:
            yield from list(_analyse_batch_here(batch, nlp, batch_size))
        except Exception:  # a bug in a stage: find the document, keep the rest
            for item in batch:
                yield _analyse_alone(item, nlp)


def _analyse_alone(item: Article | Rejected, nlp: Language) -> Analysis:
    try:
        return next(_analyse_batch_here([item], nlp, 1))
    except Exception as exc:
        logger.exception("%s: analysis failed", item.origin or item.id)
        return Analysis(id=item.id, text="", error=str(AnalysisFailed(f"{type(exc).__name__}: {exc}")))


def _analyse_batch_here(items: list[Article | Rejected], nlp: Language, batch_size: int) -> Iterator[Analysis]:
    """The analyses of one batch, in order; a stage that raises stops it."""
    failed: dict[int, Analysis] = {}
    pending: dict[int, Article] = {}

    def admitted() -> Iterator[tuple[str, ArticleContext]]:
        for index, item in enumerate(items):
            try:
                article = _admit(item)
            except InputError as error:
                failed[index] = _failure(item, error)
                continue
            pending[index] = article
            boilerplate = tuple((span.start, span.end) for span in article.boilerplate)
            yield article.text, ArticleContext(index, article.dct, boilerplate, article.dct_partial)

    next_index = 0
    for doc, context in nlp.pipe(admitted(), as_tuples=True, batch_size=batch_size):
        while next_index < context.index:
            yield failed.pop(next_index)
            next_index += 1
        yield doc_to_analysis(doc, pending.pop(context.index))
        next_index = context.index + 1
    for index in sorted(failed):
        yield failed.pop(index)


_worker_pipeline: Language | None = None
"""The pipeline of a worker process of ``_analyse_in_processes`` (set by its initializer)."""


def _analyse_in_processes(items: Iterable[Article | Rejected], nlp: Language, n_process: int, batch_size: int
                          ) -> Iterator[Analysis]:
    """The analyses of ``items`` by ``n_process`` worker processes, in input order.

    Each worker analyses whole batches (tokenising, the model, the stages and the conversion to ``Analysis``) and
    sends back the analyses: a Doc never crosses a process boundary (spaCy's own ``n_process`` tokenises in the
    calling process and moves every Doc there and back as bytes, which on two cores costs a fifth of the time).
    At most two batches per worker are in flight, so a long input is read as it is analysed, never all at once.
    Workers are forked where the system allows (they inherit the loaded pipeline), else spawned with a copy of it.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(n_process, initializer=_set_worker_pipeline, initargs=(nlp,)) as pool:
        in_flight: deque = deque()
        for batch in _batches(items, batch_size):
            in_flight.append(pool.apply_async(_analyse_batch, (batch, batch_size)))
            if len(in_flight) >= 2 * n_process:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _set_worker_pipeline(nlp: Language) -> None:
    global _worker_pipeline
    _worker_pipeline = nlp


def _analyse_batch(batch: list[Article | Rejected], batch_size: int) -> list[Analysis]:
    return list(_analyse_here(batch, _worker_pipeline, batch_size))


def _batches(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _admit(item: Article | Rejected) -> Article:
    """The article if veille can analyse it; raises the reason otherwise."""
    if isinstance(item, Rejected):
        raise item.error
    if item.lang is not None and item.lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"the text is in {item.lang!r}; veille analyses {', '.join(SUPPORTED_LANGUAGES)} for now"
        )
    return item


def _failure(item: Article | Rejected, error: InputError) -> Analysis:
    return Analysis(id=item.id, text="", error=str(error))
