"""Property-based fuzzing of ingest and analysis (Hypothesis, issue #10): whatever arrives — random bytes, random
Unicode, HTML nested at random and cut anywhere, random JSONL lines — every input gives an Article or a typed
rejection, every analysis a result or a typed error, never a traceback nor a hang, and every offset indexes into
the text returned. ``make test`` runs a bounded number of examples; ``bench/fuzz.py`` runs the same properties
10,000 times and prints what came out.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.errors import InputError
from veille.ingest import Article, Rejected, read_inputs
from veille.ingest.build import DEFAULT_MAX_CHARS

MAX_SECONDS_PER_DOCUMENT = 20.0
"""A document analysed alone never takes this long on the slowest machine CI runs on; longer is a hang."""

SENTENCES = [
    "Le président a déclaré mardi à Paris : « Nous ne céderons pas. »",
    "Selon le ministère, 14 personnes ont été arrêtées lundi soir à Lyon.",
    "« C'est inacceptable », a réagi la maire, qui dénonce une « provocation ».",
    "L'armée a bombardé des positions rebelles près de la frontière, le 3 mars 2024.",
    "Vladimir Poutine s'est rendu à Pyongyang où il a rencontré Kim Jong-un.",
    "Les syndicats appellent à la grève jeudi prochain contre la réforme.",
]
SUFFIXES = [".txt", ".html", ".jsonl", ".warc", ".rss", ""]
TAGS = ["div", "p", "span", "article", "section", "b", "table", "td", "li", "ul", "script", "style", "a", "br",
        "nav", "footer", "h1", "font", "main", "header"]

french = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join)
noise = st.text(st.characters(codec="utf-8"), max_size=200)
texts = st.one_of(
    noise,
    st.tuples(french, noise, french).map("".join),
    st.tuples(french, st.sampled_from(["\x00", "\x07", "\u200b", "\u202e", "\ufeff", "e\u0301", "«", "»", '"']),
              french).map("".join),
)
raw_bytes = st.one_of(
    st.binary(max_size=4000),
    st.tuples(texts, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"])).map(
        lambda pair: pair[0].encode(pair[1], errors="ignore")),
)


def _element(children):
    return st.tuples(st.sampled_from(TAGS), children).map(lambda pair: f"<{pair[0]}>{''.join(pair[1])}</{pair[0]}>")


html_pages = st.tuples(
    st.recursive(st.one_of(french, noise), lambda children: _element(st.lists(children, max_size=4)), max_leaves=30),
    st.integers(0, 400), st.floats(0, 1),
).map(lambda parts: ("<html><head><title>T</title></head><body>" + "<div>" * parts[1] + parts[0]
                     + "</div>" * parts[1] + "</body></html>")[: max(1, int(len(parts[0]) * 4 * parts[2]) + 60)])
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=8)
records = st.fixed_dictionaries({}, optional={
    "id": st.one_of(texts, st.integers()), "text": texts, "html": html_pages, "url": texts, "title": texts,
    "dct": st.sampled_from(["2024-06-18", "2024-02-30", "hier", ""]), "dct_partial": st.sampled_from(["2024", "24"]),
    "lang": st.sampled_from(["fr", "en", "xx", ""]),
})
jsonl_lines = st.one_of(
    records.map(json.dumps),
    json_values.map(json.dumps),
    records.map(lambda record: json.dumps(record).replace("\\u00e9", "\\ud800")),  # a lone surrogate, escaped
    st.text(max_size=80),
)
jsonl_files = st.lists(jsonl_lines, max_size=5).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))


def check_read(path: Path) -> list[Article | Rejected]:
    """Reading any file gives Articles in veille's normal form or typed rejections, in a bounded time."""
    started = time.perf_counter()
    items = list(read_inputs([path]))
    assert time.perf_counter() - started < MAX_SECONDS_PER_DOCUMENT * max(1, len(items))
    for item in items:
        assert isinstance(item, (Article, Rejected))
        if isinstance(item, Rejected):
            assert isinstance(item.error, InputError) and item.reason
            continue
        assert item.text.strip() and len(item.text) <= DEFAULT_MAX_CHARS
        item.text.encode("utf-8"), item.id.encode("utf-8")  # no lone surrogate is left
        assert not any(0 <= ord(char) < 32 and char not in "\t\n\r\f\v" for char in item.text)
    return items


def _spans(value):
    """Every (start, end, text) in an analysis' JSON: mentions, quotes, cues, timexes, triggers, refs' mentions."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value["start"], value["end"], value.get("text")
        for child in value.values():
            yield from _spans(child)
    elif isinstance(value, list):
        for child in value:
            yield from _spans(child)


def check_analysis(nlp, items: list[Article | Rejected]) -> list:
    """Analysing them gives, for each, a result whose offsets index into its text, or a typed error."""
    from veille.pipeline import analyse

    started = time.perf_counter()
    results = list(analyse(items, nlp=nlp))
    assert time.perf_counter() - started < MAX_SECONDS_PER_DOCUMENT * max(1, len(items))
    assert [result.id for result in results] == [item.id for item in items]
    for result in results:
        if result.error is not None:
            reason, _, message = result.error.partition(": ")
            assert reason and message, result.error
            continue
        document = result.to_json()
        json.dumps(document, ensure_ascii=False).encode("utf-8")
        for start, end, text in _spans({key: document[key] for key in ("entities", "quotes", "timexes", "events")}):
            assert 0 <= start <= end <= len(result.text)
            assert text is None or result.text[start:end] == text
    return results


FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.mark.issue(10)
@FUZZ
@given(data=raw_bytes, suffix=st.sampled_from(SUFFIXES))
def test_fuzz_any_bytes_in_a_file_are_read_or_rejected(tmp_path, data, suffix):
    path = tmp_path / f"document{suffix}"
    path.write_bytes(data)
    check_read(path)


@pytest.mark.issue(10)
@FUZZ
@given(data=jsonl_files)
def test_fuzz_any_jsonl_lines_are_read_or_rejected_one_by_one(tmp_path, data):
    path = tmp_path / "lot.jsonl"
    path.write_bytes(data)
    items = check_read(path)
    assert len(items) == sum(1 for line in data.split(b"\n") if line.strip())


@pytest.mark.issue(10)
@FUZZ
@given(page=html_pages)
def test_fuzz_any_html_nesting_and_truncation_is_read_or_rejected(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8", errors="surrogatepass")
    check_read(path)


@pytest.mark.issue(10)
@FUZZ
@given(text=texts)
def test_fuzz_any_text_is_analysed_with_offsets_into_its_text(tmp_path, nlp, text):
    path = tmp_path / "texte.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    check_analysis(nlp, check_read(path))
