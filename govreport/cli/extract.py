"""`govreport extract`: documents -> indicators table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from govreport.cli import common
from govreport.cli.app import app
from govreport.errors import ExitCode

EXAMPLES = common.examples(
    "govreport extract docs.parquet -o indicators.parquet",
    "govreport extract downloads/ -o indicators.parquet --jobs 2",
    "govreport extract docs.parquet -o - --format csv | grep gdp",
    "govreport clean page.html -o - | govreport extract - -o - | jq -c '[.indicator,.value,.unit]'",
    "govreport extract docs.parquet --indicators my_indicators.csv -o indicators.parquet",
)


@app.command(epilog=EXAMPLES)
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="FILE", help="Documents tables written by `clean` (.parquet/.csv/.jsonl), "
                       "or raw .txt/.html/.pdf/.docx files and folders, cleaned on the fly; '-' reads standard input, "
                       "either kind (a first line that is a JSON object makes it a JSON Lines table).", show_default=False),
    ],
    output: common.Output,
    fmt: common.Format = None,
    jobs: common.Jobs = 1,
    indicators: Annotated[
        Optional[list[Path]],
        typer.Option("--indicators", metavar="FILE", help="Extra or overriding indicator definitions (columns of "
                     "data/indicators.csv); repeatable.", show_default=False),
    ] = None,
    segmenter: Annotated[
        str, typer.Option("--segmenter", metavar="NAME", help="Word segmenter for subject phrases: jieba, pkuseg or none.")
    ] = "jieba",
    pkuseg_model: Annotated[
        Optional[Path], typer.Option("--pkuseg-model", metavar="DIR", help="Folder of a trained pkuseg model (with --segmenter pkuseg).",
                                     show_default=False)
    ] = None,
    strict: common.Strict = False,
    raw_csv: common.RawCsv = False,
) -> None:
    """Extract every quantitative statement: indicator, value, unit, period, target or actual, bound,
    ranking, and the evidence with its character offsets in the cleaned text."""
    with common.guard():
        from govreport.errors import UsageError
        from govreport.extract import ExtractOptions, extract_outcomes
        from govreport.extract.inputs import iter_documents
        from govreport.io import RAW_SUFFIXES, BatchWriter, check_not_inputs, check_output_suffix, table_format
        from govreport.schema import INDICATORS

        check_not_inputs([output], inputs, RAW_SUFFIXES)  # a folder is read for its raw pages only
        check_output_suffix(output, table_format(output, fmt))

        if segmenter not in ("jieba", "pkuseg", "none"):
            raise UsageError(f"unknown segmenter {segmenter!r}; choose jieba, pkuseg or none")
        for path in indicators or ():
            if not path.is_file():
                raise UsageError("no such indicator file", path=str(path))
        options = ExtractOptions(
            indicator_files=tuple(map(str, indicators or ())),
            segmenter=segmenter,
            pkuseg_model=str(pkuseg_model) if pkuseg_model else None,
        )
        failures = 0
        documents = 0

        def docs():
            nonlocal failures
            for item in iter_documents(inputs, strict=strict, defer_raw=jobs > 1):
                if isinstance(item, tuple):
                    failures += 1
                    common.warn(f"{item[0]}: {item[1]}")
                else:
                    yield item

        with BatchWriter(output, INDICATORS, fmt, raw_csv=raw_csv) as writer:
            outcomes = extract_outcomes(docs(), jobs=jobs, options=options, as_columns=True)
            for outcome in common.progress(outcomes, total=None, label="extract"):
                documents += 1
                if outcome.error is not None:
                    if strict:
                        raise _input_error(outcome)
                    failures += 1
                    common.warn(f"{outcome.label}: {outcome.error}")
                    continue
                writer.write(outcome.figures())
        common.info(f"extract: {writer.count} figure(s) from {documents} document(s)"
                    + (f", {failures} input(s) failed" if failures else ""))
        if failures:
            raise typer.Exit(int(ExitCode.INPUT_FAILED))


def _input_error(outcome):
    from govreport.errors import InputError

    return InputError(outcome.error, path=outcome.label)
