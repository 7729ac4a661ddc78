"""The command-line interface: a thin typer layer over the library.

Each command lives in its own module and only turns options into library
calls. Heavy libraries (polars, jieba, opencc, openpyxl) are imported inside
the commands, so `govreport --help` stays fast.
"""

from __future__ import annotations

import sys

from govreport.cli import common
from govreport.cli.app import app
from govreport.errors import ExitCode, GovReportError, Termination

# Importing a command module registers its command on `app`.
from govreport.cli import clean as _clean  # noqa: E402,F401  (registers commands)
from govreport.cli import extract as _extract  # noqa: E402,F401
from govreport.cli import evaluate as _evaluate  # noqa: E402,F401
from govreport.cli import compare as _compare  # noqa: E402,F401
from govreport.cli import report as _report  # noqa: E402,F401
from govreport.cli import run as _run  # noqa: E402,F401


def _terminated(signum, frame) -> None:
    # SIGTERM (kill, a scheduler's time limit) unwinds like an error, so every temporary file and
    # folder an output was being written to is removed on the way out; the target is never touched.
    Termination.requested = True
    raise SystemExit(int(ExitCode.TERMINATED))


def main() -> None:
    """Console entry point: one-line errors, named exit codes, quiet on a closed pipe."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    try:
        app(standalone_mode=True)
    except SystemExit as exc:
        if Termination.requested and not exc.code:
            sys.exit(int(ExitCode.TERMINATED))  # the handler's exit was swallowed and the command ran on
        raise
    except GovReportError as exc:
        if common.SETTINGS.debug:
            raise
        common.console().print(f"govreport: error: {exc.one_line()}", markup=False, style="red")
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        sys.exit(int(ExitCode.INTERRUPTED))
    except BrokenPipeError:
        # `govreport ... -o - | head`: the reader left; say nothing.
        try:
            sys.stdout = None  # type: ignore[assignment]
        finally:
            sys.exit(int(ExitCode.OK))
