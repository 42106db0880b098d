"""WARC inputs: each archived HTML page is an article; other records are passed over; a broken archive is one
error, not a crash. The archives are written here with warcio, from the test page of this folder."""

from __future__ import annotations

import io
import os

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from veille.ingest import Article, Rejected, read_inputs

from .conftest import DATA

PAGE_URL = "https://www.quotidien-du-nord.example/international/sommet-bruxelles-ukraine"


def _response(writer: WARCWriter, url: str, status: str, content_type: str, body: bytes):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def _write_warc(path, gzip: bool) -> None:
    page = (DATA / "depeche-fr.html").read_bytes()
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        writer.write_record(writer.create_warc_record(PAGE_URL, "request", payload=request))
        writer.write_record(_response(writer, PAGE_URL, "200 OK", "text/html; charset=utf-8", page))
        writer.write_record(_response(writer, PAGE_URL + "/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"))
        writer.write_record(_response(writer, PAGE_URL + "/absent", "404 Not Found", "text/html", b"<html></html>"))
        writer.write_record(_response(writer, PAGE_URL + "/vide", "200 OK", "text/html", b"<html><body></body></html>"))


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path, name, gzip):
    path = tmp_path / name
    _write_warc(path, gzip)
    page, empty = read_inputs([path])
    assert isinstance(page, Article) and page.url == PAGE_URL and page.id == "crawl:1"
    assert page.title.startswith("Sommet de Bruxelles") and page.dct == "2024-03-21"
    assert page.origin.startswith(f"{path}@")
    assert isinstance(empty, Rejected) and empty.reason == "empty" and empty.id == "crawl:2"


def test_warc_plain_is_sniffed_without_its_suffix(tmp_path):
    path = tmp_path / "crawl.bin"
    _write_warc(path, gzip=False)
    assert [item.id for item in read_inputs([path])] == ["crawl:1", "crawl:2"]


def test_warc_that_stops_making_sense_is_one_error_after_its_pages(tmp_path):
    path = tmp_path / "broken.warc"
    _write_warc(path, gzip=False)
    path.write_bytes(path.read_bytes() + b"HTTP/1.1 200 OK\r\n\r\nnot a WARC record")
    page, empty, broken = read_inputs([path])
    assert isinstance(page, Article) and isinstance(empty, Rejected)
    assert isinstance(broken, Rejected) and broken.reason == "malformed_record" and broken.id == "broken:3"


def _three_pages(path, *, cut: int) -> None:
    """Three archived pages; the first record's body is ``cut`` bytes shorter than its Content-Length says."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for n in (1, 2, 3):
        body = (f"<html><head><title>Page {n}</title></head><body><article><p>"
                + f"Compte rendu numéro {n} de la séance du conseil municipal, consacrée au budget. " * 4
                + "</p></article></body></html>").encode()
        writer.write_record(_response(writer, f"{PAGE_URL}/{n}", "200 OK", "text/html; charset=utf-8", body))
    data = out.getvalue()
    body_start = data.index(b"\r\n\r\n") + 4
    length = int(data[: body_start].split(b"Content-Length: ")[1].split(b"\r\n")[0])
    path.write_bytes(data[: body_start + length - cut] + data[body_start + length :])


@pytest.mark.issue(10)
def test_warc_record_longer_than_its_body_is_rejected_and_the_next_pages_are_read(tmp_path):
    path = tmp_path / "tronque.warc"
    _three_pages(path, cut=300)
    broken, second, third = read_inputs([path])
    assert isinstance(broken, Rejected) and broken.reason == "malformed_record" and "Content-Length" in str(broken.error)
    assert (second.url, third.url) == (f"{PAGE_URL}/2", f"{PAGE_URL}/3")
    assert "Compte rendu numéro 2" in second.text and "numéro 1" not in second.text
    assert "Compte rendu numéro 3" in third.text


@pytest.mark.issue(10)
def test_warc_broken_record_from_a_pipe_stops_with_an_error(tmp_path):
    path = tmp_path / "tronque.warc"
    _three_pages(path, cut=300)
    read, write = os.pipe()
    os.write(write, path.read_bytes())
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        items = list(read_inputs(["-"], stdin=pipe))
    assert [item.reason for item in items] == ["malformed_record", "malformed_record"]
    assert not any(isinstance(item, Article) for item in items)
