"""Domain errors and exit codes.

The library raises `GovReportError` subclasses with a message an analyst can
act on; the CLI prints it as one line and exits with the code below.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1  # some inputs failed; the rest were processed
    USAGE = 2  # bad options or an unusable input (wrong table, no inputs)
    INTERRUPTED = 130
    TERMINATED = 143  # SIGTERM: 128 + 15, as a shell reports a process ended by it


class Termination:
    """Whether SIGTERM has arrived (set by the CLI's handler). The handler unwinds with SystemExit, but Python
    drops an exception raised inside a callback it runs for itself (a module lock's, a finaliser's): the work
    then goes on. Publishing an output asks here too, so a terminated run never leaves a target behind."""

    requested = False


class GovReportError(Exception):
    """An error with a one-line message fit for an analyst."""

    exit_code = ExitCode.INPUT_FAILED

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None):
        self.path = path
        self.hint = hint
        super().__init__(message)

    def one_line(self) -> str:
        msg = str(self)
        if self.path:
            msg = f"{self.path}: {msg}"
        if self.hint:
            msg = f"{msg} ({self.hint})"
        return msg


class InputError(GovReportError):
    """One input file cannot be used (missing, empty, binary, undecodable)."""


class UsageError(GovReportError):
    """The request itself cannot be carried out (wrong table kind, no inputs)."""

    exit_code = ExitCode.USAGE


class SchemaError(UsageError):
    """A table lacks the columns a stage needs (e.g. an extract table given to report)."""


class OutputError(UsageError):
    """An output cannot be written as asked: it would replace an input, or its extension names another format."""
