"""The command line: `policykg COMMAND --help` shows examples for each command.

The commands live in store_commands (fill, move or serve the store) and query_commands (ask it); this module
registers them on the one app, in the order `policykg --help` lists them, and turns errors into one line.
"""

from __future__ import annotations

import sys

import typer
from typer.exceptions import TyperException

from policykg.graph.errors import PolicykgError

from .query_commands import entity, measures, neighbours, path, problems, regulations, search, sparql, timeline, trace
from .store_commands import documents, export, ingest, push, serve

app = typer.Typer(
    help="policykg: Chinese government documents on problems and measures, as a knowledge graph and a search. "
         "Every command has --help with examples, query commands have --json; add --debug to see the traceback of an error.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
for command in (ingest, export, search, measures, trace, serve, push, sparql, problems, regulations, entity,
                neighbours, path, timeline, documents):
    app.command()(command)


def _fail(message: str, hint: str, code: int) -> None:
    """One line on standard error, however wide the terminal: `error: message  (hint: ...)`."""
    line = f"error: {message}" + (f"  (hint: {hint})" if hint else "")
    sys.stderr.write(" ".join(line.split()) + "\n")
    sys.exit(code)


def main() -> None:
    """Run the command line. Errors print one line with a hint; `--debug` (anywhere) shows tracebacks instead."""
    args = sys.argv[1:]
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"] or ["--help"]
    try:
        code = app(args=args, prog_name="policykg", standalone_mode=False)
    except typer.Abort:
        _fail("interrupted", "", 130)
    except TyperException as e:  # usage errors: a missing argument, an unknown command or option
        names = {c.name or c.callback.__name__ for c in app.registered_commands if c.callback}
        command = next((a for a in args if a in names), "")
        _fail(e.format_message(), f"policykg {command} --help" if command else "policykg --help", e.exit_code)
    except PolicykgError as e:
        if debug:
            raise
        _fail(e.message, e.hint, 2)
    except Exception as e:  # noqa: BLE001 - anything unexpected still ends in one line
        if debug:
            raise
        _fail(f"unexpected {type(e).__name__}: {e}", "run again with --debug to see the traceback", 1)
    sys.exit(code if isinstance(code, int) else 0)
