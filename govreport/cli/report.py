"""`govreport report`: the stages' tables -> one Excel workbook."""

from __future__ import annotations

import shlex
import sys
from typing import Annotated

import typer

from govreport.cli import common
from govreport.cli.app import app

EXAMPLES = common.examples(
    "govreport report out/*.parquet -o report.xlsx",
    "govreport report attainment.parquet indicators.parquet docs.parquet -o report.xlsx --lang en",
    "govreport report out/ -o report.xlsx",
)

Lang = Annotated[str, typer.Option("--lang", metavar="LANG", help="Language of sheet names and headers: zh or en.")]


def command_line() -> str:
    """The command as typed, for the workbook's 说明 sheet."""
    from govreport.io import shown_path

    # (absolute paths as the file's name, as everywhere in the outputs: a colleague sees no one's folders)
    args = [shown_path(a) if a.startswith(("/", "~")) or (len(a) > 2 and a[1] == ":") else a for a in sys.argv[1:]]
    return "govreport " + " ".join(shlex.quote(a) for a in args) if args else "govreport"


@app.command(epilog=EXAMPLES)
def report(
    inputs: common.Inputs,
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help="The workbook to write (.xlsx).", show_default=False)],
    lang: Lang = "zh",
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", metavar="FORMAT", help="Format of the inputs when their extension does not say.",
                                 show_default=False)
    ] = None,
) -> None:
    """Write one Excel workbook from the tables of compare, extract and clean (kind told by the columns)."""
    with common.guard():
        from govreport.io import check_not_inputs, check_output_suffix
        from govreport.report import TABLE_SUFFIXES, build_workbook, read_report_tables

        common.check_lang(lang)
        check_not_inputs([output], inputs, TABLE_SUFFIXES)
        check_output_suffix(output, "xlsx")
        tables = read_report_tables(inputs, fmt)
        summary = build_workbook(tables, output, lang=lang, command=command_line())
        rows = ", ".join(f"{name} {n}" for name, n in summary.rows.items() if n)
        common.info(f"report: {output}: {rows}; {summary.charts} chart(s)")
