"""The root typer app and its callback (-q, -v, --debug, --version)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from govreport import __version__
from govreport.cli import common

app = typer.Typer(
    name="govreport",
    help="Chinese local-government reports in, citable tables out: clean → extract → compare → report.\n\n"
    "Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 130 interrupted, 143 terminated.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"govreport {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr; no progress.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More detail on stderr.")] = 0,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = None,
) -> None:
    """Chinese local-government reports in, citable tables out.

    Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 130 interrupted, 143 terminated.
    """
    common.SETTINGS.quiet = quiet
    common.SETTINGS.verbose = verbose
    common.SETTINGS.debug = debug
