"""The API's commands: ``serve`` runs it with uvicorn, ``api-spec`` prints its OpenAPI spec.

FastAPI and uvicorn come with the ``serve`` extra; without them these commands say what to install.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .main import PipelineKBOption, _load, app, stderr
from .store_commands import DataDirOption, DbOption, _open_store

_EXTRA_HINT = "the API needs FastAPI and uvicorn: pip install 'veille[serve]'"


def _api():
    """``veille.api``, or a clean message naming the extra when FastAPI is not installed."""
    try:
        from .. import api
    except ModuleNotFoundError as error:
        if error.name not in ("fastapi", "uvicorn", "starlette"):
            raise
        stderr.print(f"[red]error:[/red] {_EXTRA_HINT}")
        raise typer.Exit(code=2) from error
    return api


@app.command()
def serve(
    data_dir: DataDirOption = None,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(
        envvar="VEILLE_API_TOKEN", show_envvar=True,
        help="Bearer token that allows POST /api/ingest (prefer the variable: options show in ps). "
             "Without one the API is read-only.")] = None,
    kb: PipelineKBOption = None,
) -> None:
    """Serve the store over HTTP: the REST API under /api (docs at /api/docs)."""
    import uvicorn

    api = _api()
    analyse = _bound_analyse(kb) if token else None
    with _open_store(db, data_dir) as store:
        application = api.create_app(store, api.ApiSettings(token=token), analyse=analyse)
        stderr.print(f"serving http://{host}:{port}/api/docs — {'ingest allowed with the token' if token else 'read-only'}")
        uvicorn.run(application, host=host, port=port)


def _bound_analyse(kb: Path | None):
    """``veille.nlp.analyse`` over a pipeline loaded now, so that a bad KB fails at start and not at a request."""
    from functools import partial

    from ..nlp import analyse, load_pipeline

    nlp = _load(lambda: load_pipeline(str(kb) if kb else None))
    return partial(analyse, nlp=nlp, n_process=1)


@app.command("api-spec")
def api_spec(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the spec to this file.")] = None,
) -> None:
    """Print the REST API's OpenAPI spec (docs/openapi.json is this output, kept current by a test)."""
    text = _api().openapi_text()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
