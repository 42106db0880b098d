"""``veille batch run`` in Ray local mode: the tables it writes hold what ``veille analyze`` gives for the same
documents, a bad document is a row of ``errors``, and a second run over the same output has nothing left to do."""

from __future__ import annotations

import json

import pytest

from veille.export import read_table

from .conftest import PAGE_URL, write_shards

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def job(tmp_path_factory, ray_local):
    """The example corpus in four shards (JSONL, gzipped JSONL, Parquet), a WARC of one page and a bad shard,
    analysed by two workers in parts of four documents."""
    from veille.batch import run_batch

    root = tmp_path_factory.mktemp("batch")
    records = write_shards(root / "in", mixed=True)
    summary = run_batch([str(root / "in")], str(root / "out"), workers=2, batch_size=4)
    return root, records, summary


def test_batch_documents_equal_what_analyze_gives(job, nlp):
    from veille.ingest import read_inputs
    from veille.pipeline import analyse

    root, records, summary = job
    expected = {analysis.id: analysis.to_json() for analysis in
                analyse(read_inputs(sorted((root / "in").iterdir())), nlp=nlp) if not analysis.error}
    written = {row["doc_id"]: json.loads(row["document"]) for row in read_table(str(root / "out"), "documents").to_pylist()}
    assert len(expected) == len(records) + 1 == summary.documents - 1  # the corpus, the page; the bad line apart
    assert written == expected
    assert written["crawl:1"]["url"] == PAGE_URL


def test_batch_tables_are_partitioned_by_month_with_their_types(job):
    root, records, _ = job
    articles = read_table(str(root / "out"), "articles")
    assert str(articles.schema.field("dct").type) == "date32[day]"
    assert sorted(articles.column("doc_id").to_pylist()) == sorted([record["id"] for record in records] + ["crawl:1"])
    assert all(row["month"] == row["dct"].strftime("%Y-%m") for row in articles.to_pylist())
    assert {row["month"] for row in articles.to_pylist()} >= {"2024-06", "2024-07"}
    mentions = read_table(str(root / "out"), "mentions").to_pylist()
    assert any(row["doc_id"] == "article-fr-poutine-pyongyang" and row["text"] == "le numéro un russe"
               and row["kb_id"] == "Q7747" for row in mentions)
    events = read_table(str(root / "out"), "events").to_pylist()
    assert any(row["type"] == "SUPPORT" and row["actor"] and row["actor_entity"] for row in events)


def test_a_bad_document_is_a_row_of_errors_not_a_failed_job(job):
    root, _, summary = job
    [error] = read_table(str(root / "out"), "errors").to_pylist()
    assert (error["reason"], error["month"], summary.errors) == ("malformed_record", "unknown", 1)
    assert error["origin"].endswith("lot-99-abime.jsonl:1")


def test_every_shard_is_in_the_manifest_and_a_second_run_does_nothing(job):
    from veille.batch import run_batch

    root, _, summary = job
    manifest = [json.loads(line) for line in (root / "out" / "_manifest.jsonl").read_text().splitlines()]
    assert sorted(line["shard"].rsplit("/", 1)[-1] for line in manifest) == [
        "crawl.warc.gz", "lot-00.jsonl", "lot-01.jsonl.gz", "lot-02.parquet", "lot-03.jsonl", "lot-99-abime.jsonl"]
    assert sum(line["documents"] for line in manifest) == summary.documents
    again = run_batch([str(root / "in")], str(root / "out"), workers=2, batch_size=4)
    assert (again.documents, again.shards, again.shards_done_before) == (0, 0, 6)


def test_load_gives_the_store_ingest_gives(job, tmp_path, nlp):
    """Loading the batch output and ingesting the same shards give the same articles, entities and stories."""
    from functools import partial

    from veille.batch import load_output
    from veille.ingest import read_inputs
    from veille.pipeline import analyse
    from veille.store import Store, ingest, store_url

    root, _, _ = job
    loaded = Store.open(store_url(None, tmp_path / "loaded"))
    ingested = Store.open(store_url(None, tmp_path / "ingested"))
    summary = load_output(str(root / "out"), loaded)
    ingest(ingested, read_inputs(sorted((root / "in").iterdir())), analyse=partial(analyse, nlp=nlp))
    assert (summary.stored, summary.errors) == (23, 1)
    assert _contents(loaded) == _contents(ingested)
    assert load_output(str(root / "out"), loaded).skipped == 23


def _contents(store) -> dict:
    """What a user reads of a store, without its row ids: documents, entities, stories, a search, the errors."""
    import io

    from veille.store import export_csv, export_jsonl, list_stories, search, story

    def without_ids(entities):
        return sorted((entity.name, entity.kb_id, entity.articles, entity.mentions) for entity in entities)

    with store.session() as session:
        documents = io.StringIO()
        export_jsonl(session, documents)
        errors = io.StringIO()
        export_csv(session, errors, "errors")
        stories = [story(session, ref.id) for ref in list_stories(session, limit=100).stories]
        return {
            "documents": sorted(documents.getvalue().splitlines()),
            "errors": sorted(line.split(",", 1)[1] for line in errors.getvalue().splitlines()[1:]),
            "stories": sorted((detail.story.title, detail.story.first_date, detail.story.last_date,
                               sorted(article.doc_id for article in detail.articles), without_ids(detail.entities))
                              for detail in stories),
            "search": sorted(hit.doc_id for hit in search(session, "Poutine", limit=100).hits),
        }


def test_cli_load_then_search_and_export_load_back(job, tmp_path):
    """``veille load`` from the command line; a store's Parquet export loads into another store unchanged."""
    from typer.testing import CliRunner

    from veille.cli import app

    root, _, _ = job
    runner = CliRunner()
    loaded = runner.invoke(app, ["load", str(root / "out"), "--data-dir", str(tmp_path / "a")])
    assert loaded.exit_code == 0 and "stored 23" in loaded.output and "errors 1" in loaded.output, loaded.output
    found = runner.invoke(app, ["search", "Pyongyang", "--json", "--data-dir", str(tmp_path / "a")])
    assert json.loads(found.stdout)["total"] >= 5
    exported = runner.invoke(app, ["export", "--format", "parquet", "--out", str(tmp_path / "export"),
                                   "--data-dir", str(tmp_path / "a")])
    assert exported.exit_code == 0, exported.output
    again = runner.invoke(app, ["load", str(tmp_path / "export"), "--data-dir", str(tmp_path / "b")])
    assert "stored 23" in again.output, again.output
    documents = [runner.invoke(app, ["export", "--data-dir", str(tmp_path / name)]).stdout for name in "ab"]
    assert sorted(documents[0].splitlines()) == sorted(documents[1].splitlines())


def test_cli_load_refuses_a_missing_folder(tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    result = CliRunner().invoke(app, ["load", "nowhere", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "nowhere: no such folder" in result.output


def test_cli_batch_error_names_the_extra_to_install(monkeypatch, tmp_path):
    """veille's error messages are printed as text: the "[ray]" of "pip install 'veille[ray]'" is no markup."""
    from typer.testing import CliRunner

    import veille.batch
    from veille.cli import app
    from veille.errors import MissingDependency

    def without_ray(*args, **kwargs):
        raise MissingDependency("veille batch needs Ray: pip install 'veille[ray]'")

    monkeypatch.setattr(veille.batch, "run_batch", without_ray)
    result = CliRunner().invoke(app, ["batch", "run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "pip install 'veille[ray]'" in result.output
