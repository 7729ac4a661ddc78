"""`govreport run`: the whole pipeline, each stage's table left in OUTDIR."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from govreport.cli import common
from govreport.cli.app import app
from govreport.cli.report import Lang, command_line
from govreport.errors import ExitCode

EXAMPLES = common.examples(
    "govreport run -o out",
    "govreport run downloads/ -o out --jobs 2",
    "govreport run reports/*.html -o out --lang en --tolerance 0.1 --strict",
)


class _StageBars:
    """One rich Progress on stderr for the whole run: a line per stage."""

    def __init__(self, bar) -> None:
        self.bar = bar
        self.tasks: dict[str, int] = {}

    def start(self, stage: str, total: int | None) -> None:
        self.tasks[stage] = self.bar.add_task(stage, total=total)

    def advance(self, stage: str, n: int = 1) -> None:
        if stage in self.tasks:
            self.bar.advance(self.tasks[stage], n)


@app.command(epilog=EXAMPLES)
def run(
    output: Annotated[str, typer.Option("--output", "-o", metavar="DIR", help="Folder for every stage's output.", show_default=False)],
    inputs: common.OptionalInputs = None,
    jobs: common.Jobs = 1,
    lang: Lang = "zh",
    strict: common.Strict = False,
    tolerance: Annotated[
        Optional[float], typer.Option("--tolerance", metavar="POINTS", help="Tolerance when judging a target met (passed to compare).",
                                      show_default=False)
    ] = None,
) -> None:
    """Run clean → extract → compare → report on documents (default: the embedded seeds/) into one folder."""
    with common.guard():
        from govreport.pipeline import run_pipeline

        common.check_lang(lang)
        kwargs = dict(jobs=jobs, lang=lang, strict=strict, tolerance=tolerance, command=command_line())
        if not common.SETTINGS.quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=common.console(), transient=True) as bar:
                result = run_pipeline(inputs, output, progress=_StageBars(bar), **kwargs)
        else:
            result = run_pipeline(inputs, output, **kwargs)
        for line in result.failures:
            common.warn(line)
        common.info(result.summary())
        if result.failures:
            raise typer.Exit(int(ExitCode.INPUT_FAILED))
