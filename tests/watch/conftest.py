"""Watch fixtures: a store per backend, the example corpus to ingest with the watches running, and real local
servers that receive what the watches send: an HTTP server for JSON webhooks, an aiosmtpd SMTP server for e-mail
(both on free ports of 127.0.0.1, started and stopped by the tests: no network)."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from veille.ingest import read_inputs
from veille.store import Store, ingest
from veille.watch import after_batch

DEMO_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "corpus.jsonl"
PUBLIC_URL = "http://veille.example"


@pytest.fixture
def store(database):
    with Store.open(database) as opened:
        yield opened


@pytest.fixture
def ingest_demo(store, replay_analyse):
    """Ingest the example corpus (or other inputs) with the watches running after each batch."""

    def run(inputs=None, batch_size: int = 8):
        items = read_inputs([DEMO_CORPUS]) if inputs is None else inputs
        return ingest(store, items, analyse=replay_analyse, batch_size=batch_size,
                      after_batch=after_batch(store, PUBLIC_URL))

    return run


class Webhook:
    """A local HTTP server keeping the JSON bodies POSTed to it, by path; ``failing`` makes it answer 500."""

    def __init__(self):
        self.received: list[tuple[str, dict]] = []
        self.failing = False
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                if hook.failing:
                    self.send_response(500)
                else:
                    hook.received.append((self.path, json.loads(body)))
                    self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"json://127.0.0.1:{self.port}{path}"

    def messages(self, path: str) -> list[dict]:
        return [body for where, body in self.received if where == path]


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.server.shutdown()
    hook.server.server_close()


class Mailbox:
    """A local SMTP server (aiosmtpd) keeping every message it accepts; ``start``/``stop`` bring it up and down."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list[str] = []
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.running = False

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"

    def url(self) -> str:
        return f"mailto://127.0.0.1:{self.port}?from=veille@example.com&to=lecteur@example.com&mode=insecure"

    def start(self) -> None:
        self.controller.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.controller.stop()
            self.running = False


@pytest.fixture
def mailbox():
    box = Mailbox()
    yield box
    box.stop()
