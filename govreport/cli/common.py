"""Shared CLI pieces: options defined once, the stderr console, progress, error reporting.

stdout carries only data; every message, warning and progress bar goes to
stderr through `console()`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Iterable, Iterator, Optional, TypeVar

import typer

from govreport.errors import ExitCode


@dataclass
class Settings:
    quiet: bool = False
    verbose: int = 0
    debug: bool = False


SETTINGS = Settings()
_console = None

T = TypeVar("T")


def console():
    """The one stderr console (rich is imported on first use)."""
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")), highlight=False, soft_wrap=True)
    return _console


def info(message: str) -> None:
    if not SETTINGS.quiet:
        console().print(message, markup=False)


def warn(message: str) -> None:
    """A one-line problem report; shown even with --quiet."""
    console().print(f"govreport: {message}", markup=False, style="yellow")


def fail(message: str, code: ExitCode = ExitCode.USAGE) -> "typer.Exit":
    console().print(f"govreport: error: {message}", markup=False, style="red")
    return typer.Exit(int(code))


def progress(items: Iterable[T], *, total: int | None, label: str) -> Iterator[T]:
    """A progress bar on stderr, only for a terminal and only for batches worth one."""
    show = not SETTINGS.quiet and sys.stderr.isatty() and (total is None or total > 3)
    if not show:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console(), transient=True
    ) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


# ------------------------------------------------------------ shared options


def _metavar_instead_of_type(argument, ctx):
    """An argument given a metavar (FILE, PRED) shows it alone, as options do: typer would add the
    annotation's type (`FILE <list[str]>`), a name a user of a shell does not think in."""
    return None if argument.metavar else _typer_argument_type(argument, ctx)


def _metavar_with_ellipsis(argument) -> str:
    """`FILE...` for an argument that takes several, as the usage line writes it (`{FILE}...`)."""
    return argument.display_name_raw + ("..." if argument.nargs != 1 else "")


import typer.core  # noqa: E402  (already loaded with typer; named here for the overrides below)

_typer_argument_type = typer.core.TyperArgument.display_type_rich
typer.core.TyperArgument.display_type_rich = _metavar_instead_of_type
typer.core.TyperArgument._rich_display_name = _metavar_with_ellipsis

Inputs = Annotated[
    list[str],
    typer.Argument(metavar="FILE", help="Files or folders (searched recursively); '-' reads standard input.",
                   show_default=False),
]
OptionalInputs = Annotated[
    Optional[list[str]],
    typer.Argument(metavar="FILE", help="Files or folders; '-' reads standard input.", show_default=False),
]
Output = Annotated[
    str,
    typer.Option("--output", "-o", metavar="FILE", help="Output file; '-' writes to standard output.", show_default=False),
]
Format = Annotated[
    Optional[str],
    typer.Option("--format", "-f", metavar="FORMAT", help="parquet, csv or jsonl (default: from the output's extension; jsonl for '-').",
                 show_default=False),
]
RawCsv = Annotated[
    bool,
    typer.Option("--raw-csv", help="Write CSV text cells exactly as they are. By default a text cell beginning with "
                 "= + - @, tab or CR gets a leading apostrophe so that no spreadsheet runs it as a formula "
                 "(read back by govreport without it); Parquet and JSON Lines always keep the text exact."),
]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first input that fails instead of skipping it.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes.")]
IndicatorsFile = Annotated[
    Optional[Path],
    typer.Option("--indicators", metavar="FILE", help="Extra indicator definitions (CSV, same columns as the shipped file).",
                 show_default=False),
]


class guard:
    """Turn library errors into one line on stderr and a named exit code.

    Used as `with guard():` around a command body, so the CLI runner in tests
    sees the same exit codes and messages as a user in a shell. Tracebacks
    only with --debug.
    """

    def __enter__(self) -> "guard":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or isinstance(exc, (typer.Exit, typer.Abort, SystemExit)):
            return False
        if SETTINGS.debug:
            return False
        from govreport.errors import GovReportError

        if isinstance(exc, GovReportError):
            raise fail(exc.one_line(), exc.exit_code)
        if isinstance(exc, KeyboardInterrupt):
            raise typer.Exit(int(ExitCode.INTERRUPTED))
        if isinstance(exc, BrokenPipeError):
            raise typer.Exit(int(ExitCode.OK))
        raise fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)", ExitCode.INPUT_FAILED)


def examples(*lines: str) -> str:
    """An epilog of runnable one-liners, kept verbatim (click's \\b stops re-wrapping)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


LANGUAGES = ("zh", "en")


def check_lang(lang: str) -> None:
    """Workbook headers come in Chinese or English."""
    from govreport.errors import UsageError

    if lang not in LANGUAGES:
        raise UsageError(f"unknown language {lang!r}; choose zh or en")
