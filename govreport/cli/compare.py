"""`govreport compare`: indicators tables -> attainment, across governments, series or conflicts."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from govreport.cli import common
from govreport.cli.app import app

EXAMPLES = common.examples(
    "govreport compare indicators.parquet -o attainment.parquet",
    "govreport compare out/ --by region -o regions.csv",
    "govreport compare a.parquet b.parquet --by year --region 上海市 --indicator gdp -o - | jq -c .",
    "govreport compare indicators.parquet --by conflict -o conflicts.parquet",
    "govreport compare indicators.parquet --tolerance 0.3 --level-tolerance 0.02 -o attainment.csv",
)

# --by value -> (library function name, what a row is, for the summary line)
BY = {
    "attainment": ("attainment", "target(s)"),
    "region": ("across_regions", "government figure(s)"),
    "year": ("series", "government-year row(s)"),
    "conflict": ("conflicts", "disagreement(s)"),
}
TABLE_SUFFIXES = (".parquet", ".pq", ".csv", ".jsonl", ".ndjson")

Many = Optional[list[str]]


@app.command(epilog=EXAMPLES)
def compare(
    inputs: common.Inputs,
    output: common.Output,
    by: Annotated[
        str, typer.Option("--by", metavar="TABLE", help="Which table: attainment (targets vs actuals), region (governments side by side), "
                                       "year (targets and actuals by year) or conflict (one fact, different values).")
    ] = "attainment",
    fmt: common.Format = None,
    tolerance: Annotated[
        float, typer.Option("--tolerance", min=0.0, metavar="POINTS", help="Slack of 左右 (about) targets for rates, in percentage points.")
    ] = 0.5,
    level_tolerance: Annotated[
        float, typer.Option("--level-tolerance", min=0.0, metavar="SHARE",
                            help="Slack of 左右 (about) targets for amounts, relative to the target (0.01 = 1%).")
    ] = 0.01,
    region: Annotated[Many, typer.Option("--region", metavar="NAME", help="Only this government (name or code); repeatable.",
                                         show_default=False)] = None,
    indicator: Annotated[Many, typer.Option("--indicator", metavar="NAME", help="Only this indicator (name, synonym or id); repeatable.",
                                            show_default=False)] = None,
    period: Annotated[Many, typer.Option("--period", metavar="PERIOD", help="Only this period (2022, 2021-2025); repeatable.",
                                         show_default=False)] = None,
    indicators_file: common.IndicatorsFile = None,
    raw_csv: common.RawCsv = False,
) -> None:
    """Compare figures: targets against the actuals reported later (default), across governments, across years, conflicts."""
    with common.guard():
        import govreport.compare as library
        from govreport.errors import UsageError
        from govreport.io import check_not_inputs, check_output_suffix, table_format, write_table

        if by not in BY:
            raise UsageError(f"unknown table {by!r} for --by; choose one of {', '.join(BY)}")
        fmt = table_format(output, fmt)
        check_not_inputs([output], inputs, TABLE_SUFFIXES)
        check_output_suffix(output, fmt)
        frame, n_files = read_indicators(inputs)
        name, what = BY[by]
        if by == "attainment":
            table = library.attainment(frame, tolerance, level_tolerance=level_tolerance, indicators_file=indicators_file)
        elif by == "region":
            table = library.across_regions(frame, indicators_file=indicators_file)
        elif by == "conflict":
            table = library.conflicts(frame, tolerance=tolerance, level_tolerance=level_tolerance)
        else:
            table = library.series(frame)
        table = library.select(table, regions=region or (), indicators=indicator or (), periods=period or (),
                               indicators_file=indicators_file)
        write_table(table, output, fmt, raw_csv=raw_csv)
        message = f"compare: {table.height} {what} from {frame.height} figure(s) in {n_files} file(s)"
        if by == "attainment" and table.height:
            counts = dict(table.get_column("status").value_counts().iter_rows())
            from govreport.schema import STATUSES

            message += ": " + ", ".join(f"{counts[s]} {s.replace('_', ' ')}" for s in STATUSES if counts.get(s))
        common.info(message)


def read_indicators(inputs: list[str]) -> tuple[object, int]:
    """Every input table, checked to be an indicators table, as one frame; raise UsageError when there are no figures."""
    from govreport.compare import check, concat
    from govreport.errors import InputError, UsageError
    from govreport.io import expand_inputs, read_table

    paths = expand_inputs(inputs, suffixes=TABLE_SUFFIXES)
    if not paths:
        raise UsageError("no input tables found (.parquet, .csv, .jsonl)", hint="give the output of govreport extract")
    frames = []
    for path in paths:
        try:
            frame = read_table(path)
        except InputError as exc:  # compare needs every table: an unreadable one stops it (exit 2), nothing written
            raise UsageError(str(exc), path=exc.path, hint=exc.hint) from None
        if frame.width == 0:
            raise UsageError("empty table: no figures", path=path, hint="give the output of govreport extract")
        check(frame, path=path)
        frames.append(frame)
    frame = concat(frames)
    if frame.height == 0:
        where = paths[0] if len(paths) == 1 else f"{len(paths)} files"
        raise UsageError(f"{where}: no figures to compare (empty corpus)", hint="did extract find any figures?")
    return frame, len(paths)

