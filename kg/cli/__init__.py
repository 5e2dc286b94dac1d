"""The ``kg`` command line: thin Typer commands over the library functions.

Data goes to stdout, progress and logs to stderr; errors are one line with exit code 1
(3 for a graph that fails validation, 2 for usage errors).
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
from typing import NoReturn

import typer

from .. import __version__
from ..errors import KGError

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs of papers, methods, datasets, metrics, tasks and results from arXiv digests.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output on stderr (-vv for debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr; no progress bars."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """kg: digests in, knowledge graph out (RDF/SPARQL, Cypher, Neo4j, HTML)."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)
    from . import common

    common.STATE.quiet = quiet


# Command modules register themselves on ``app`` when imported.
from . import build_cmds  # noqa: E402,F401  (first: the commands are listed in import order)
from . import extract_cmds  # noqa: E402,F401
from . import html_cmds  # noqa: E402,F401
from . import query_cmds, rdf_cmds  # noqa: E402,F401
from . import export_cmds  # noqa: E402,F401
from . import bench_cmds  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    from .. import pipeline

    pipeline.UNFREEZE_AFTER_RUN = False  # the process ends after its one command
    try:
        app()
    except SystemExit as exc:
        _end_process(exc.code)
    except KGError as exc:
        typer.echo(f"kg: error: {exc}", err=True)
        _end_process(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("kg: interrupted", err=True)
        _end_process(130)
    _end_process(0)


def _end_process(code: int | str | None) -> NoReturn:
    """Exit with ``code`` (as ``sys.exit`` takes it) once the exit handlers have run and the streams are flushed,
    skipping the interpreter's teardown: freeing a build's heap object by object (spaCy, lexicons, the graph) took
    0.1 s of every command's wall time and writes nothing."""
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()  # what sys.exit would run: multiprocessing's clean-up, logging.shutdown
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be written to it anyway
            pass
    os._exit(code if isinstance(code, int) else 0)
