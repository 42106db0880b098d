"""The API's commands: ``serve`` runs the REST API and the web UI with uvicorn, ``api-spec`` prints the OpenAPI
spec."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .main import DataDirOption, DbOption, KBOption, PublicUrlOption, _open_store, _pipeline, _settings, app, stderr

ANY_ADDRESS = ("0.0.0.0", "::")

@app.command()
def serve(
    data_dir: DataDirOption = None,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(
        help="Bearer token that allows POST /api/ingest (prefer $VEILLE_API_TOKEN: options show in ps). "
             "Without one the API is read-only.")] = None,
    kb: KBOption = None,
    workers: Annotated[int, typer.Option(min=1, max=256, help="Requests answered at once (the others wait).")] = 8,
    allowed_host: Annotated[Optional[list[str]], typer.Option(
        help="A host name clients reach the server by, besides loopback ones (repeat for more; '*' for any).")] = None,
    public_url: PublicUrlOption = None,
) -> None:
    """Serve the store over HTTP: the web UI at /, the REST API under /api (docs at /api/docs)."""
    import uvicorn

    from ..api import ApiSettings, create_app
    from ..api.app import LOOPBACK_HOSTS
    from ..web import mount_web

    hosts = [*LOOPBACK_HOSTS, *(allowed_host or [])]
    if host not in ANY_ADDRESS:
        hosts.append(host)  # the address it listens on is one clients may name
    if host not in LOOPBACK_HOSTS:
        stderr.print(f"[yellow]warning:[/] serving on {host}, beyond this machine: anyone who can reach it reads the "
                     "whole store. Clients must name it by " + ", ".join(dict.fromkeys(hosts)) + " (--allowed-host "
                     "adds a name).")
    resolved = _settings(token=token, public_url=public_url)
    token = resolved.token
    analyse = _bound_analyse(kb) if token else None
    settings = ApiSettings(token=token, workers=workers, allowed_hosts=tuple(dict.fromkeys(hosts)),
                           public_url=resolved.public_url)
    with _open_store(db, data_dir, connections=workers) as store:
        application = create_app(store, settings, analyse=analyse)
        mount_web(application, store, public_url=resolved.public_url, token=token)
        mode = "ingest allowed with the token" if token else "read-only"
        stderr.print(f"serving http://{host}:{port}/ (web) and http://{host}:{port}/api/docs (API) — {mode}")
        uvicorn.run(application, host=host, port=port)


def _bound_analyse(kb: Path | None):
    """``veille.pipeline.analyse`` over a pipeline loaded now, so that a bad KB fails at start and not at a request."""
    from functools import partial

    from ..pipeline import analyse

    return partial(analyse, nlp=_pipeline(kb), n_process=1)


@app.command("api-spec")
def api_spec(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the spec to this file.")] = None,
) -> None:
    """Print the REST API's OpenAPI spec (docs/openapi.json is this output, kept current by a test)."""
    from ..api import openapi_text

    text = openapi_text()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
