"""Compare's four tables from an indicators Parquet file, a few governments at a time (`govreport run`).

    from govreport.compare.stream import write_tables
    write_tables("out/indicators.parquet", {"attainment": "out/attainment.parquet", "regions": ...,
                                            "series": ..., "conflicts": ...})

The library functions (attainment, across_regions, series, conflicts) take a
whole table and turn every row into a Python object of about 2.4 kB, ten times
its size in the table: 55,000 figures took 130 MB more. Here the table is read
from Parquet in parts that each hold whole groups (all of a government's
figures of an indicator for attainment, series and conflicts, which only weigh
one government's statements of one indicator against each other; all
governments' figures of one indicator, measure, period and kind for regions,
which sets governments side by side), and each part's rows are written as
they come. Memory holds one part as Python objects, not the corpus.

The tables are the ones the library functions give on the whole table
(tests/compare/test_stream.py): a part keeps the rows in the table's order,
parts are taken in the order the functions sort their groups (government and
indicator; indicator, measure, period and kind), and attainment, which lists targets in document order, is
sorted back into it when the parts are combined.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

# Figures per part: about 12 MB of Python objects each. A government (or an indicator) with more
# figures is one part of its own.
PART_ROWS = 5_000
_ROW = "_row"  # a figure's place in the table: the last tie-break of every order
_KEY = "_part_key"
_PART = "_part"
# attainment's order (figures.prepare: Figure.order, then the table's order), as columns of the parts
_ORDER = ("_o_year", "_o_date", "_o_doc", "_o_start", "_o_indicator", "_o_measure", "_o_period", _ROW)


def _text(name: str, schema) -> Any:
    """figures.text of a column, as a polars expression: stripped, an empty text as null."""
    import polars as pl

    column = pl.col(name)
    if schema[name] != pl.String:
        column = column.cast(pl.String)  # one consistent spelling per value is all a part key needs
    column = column.str.strip_chars()
    return pl.when(column == "").then(None).otherwise(column)


def _first_of(names: tuple[str, ...], schema) -> Any:
    import polars as pl

    present = [_text(n, schema) for n in names if n in schema]
    return pl.coalesce(present).fill_null("") if present else pl.lit("")


def _government(schema) -> Any:
    """Figure.gov: today's division code, else the code, else the name."""
    return _first_of(("region_code_current", "region_code", "region"), schema)


def _indicator(schema) -> Any:
    """Figure.ind: the indicator id, else the name as written."""
    return _first_of(("indicator_id", "indicator"), schema)


def _joined(*parts: Any) -> Any:
    # NUL sorts before every character a text holds, so the joined texts sort as the tuples of them do
    import polars as pl

    return pl.concat_str(parts, separator="\x00")


def government_key(schema) -> Any:
    """(Figure.gov, Figure.ind): attainment, series and conflicts weigh one government's statements of one
    indicator against each other, so a part holds whole pairs (not whole governments: one government's
    thousands of figures in a corpus of its reports would make one part of them all)."""
    return _joined(_government(schema), _indicator(schema))


def indicator_key(schema) -> Any:
    """The group of regions: (Figure.ind, measure, period, kind, rank scope), every government of it."""
    import polars as pl

    measure = _first_of(("measure",), schema)
    scope = pl.when(measure == "rank").then(_first_of(("rank_scope",), schema)).otherwise(pl.lit(""))
    return _joined(_indicator(schema), measure, _first_of(("period",), schema), _first_of(("kind",), schema), scope)


def parts(lazy, key, scratch: Path, part_rows: int = PART_ROWS) -> Iterator[Any]:
    """DataFrames of whole groups of `key`, groups in sorted order, rows within a part in the table's order.

    One pass counts each group; groups are dealt, in sorted order, into parts of about `part_rows` rows;
    a second pass, streaming, writes each row into its part's folder in `scratch`; each part is then read
    back alone. Memory holds one part, never the table.
    """
    import polars as pl

    sizes = lazy.group_by(key.alias(_KEY)).len().sort(_KEY).collect()
    numbers, part, taken = [], 0, 0
    for size in sizes.get_column("len").to_list():
        if taken and taken + size > part_rows:
            part, taken = part + 1, 0
        numbers.append(part)
        taken += size
    if not numbers:
        return
    numbered = lazy.with_row_index(_ROW).with_columns(
        key.replace_strict(sizes.get_column(_KEY), pl.Series(numbers, dtype=pl.Int64), return_dtype=pl.Int64).alias(_PART))
    if not hasattr(pl, "PartitionBy"):  # an older polars: each part read from the whole table (time ~ parts × table)
        for number in range(part + 1):
            yield numbered.filter(pl.col(_PART) == number).drop(_PART).collect().sort(_ROW)
        return
    folder = scratch / "parts"
    numbered.sink_parquet(pl.PartitionBy(folder, key=_PART, include_key=False), mkdir=True)
    for number in range(part + 1):
        yield (pl.scan_parquet(folder, hive_partitioning=True).filter(pl.col(_PART) == number).drop(_PART)
               .collect().sort(_ROW))
    shutil.rmtree(folder)


def write_tables(indicators: str | Path, outputs: Mapping[str, str | Path], *, tolerance: float | None = None,
                 level_tolerance: float | None = None, indicators_file: Path | None = None,
                 part_rows: int = PART_ROWS, advance: Callable[[], None] = lambda: None) -> None:
    """Write attainment, regions, series and conflicts (keys of `outputs`) for an indicators Parquet file."""
    import tempfile

    import polars as pl

    from govreport.compare.attainment import DEFAULT_LEVEL_TOLERANCE, DEFAULT_TOLERANCE
    from govreport.compare.figures import REQUIRED
    from govreport.errors import UsageError
    from govreport.schema import require_columns

    tolerance = DEFAULT_TOLERANCE if tolerance is None else tolerance
    level_tolerance = DEFAULT_LEVEL_TOLERANCE if level_tolerance is None else level_tolerance
    if tolerance < 0 or level_tolerance < 0:
        raise UsageError("tolerances cannot be negative")
    lazy = pl.scan_parquet(indicators)
    schema = lazy.collect_schema()
    require_columns(schema.names(), REQUIRED, table="indicators", path=str(indicators))
    out = Path(outputs["attainment"]).parent
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".govreport-compare-", dir=out) as scratch:
        _write(lazy, schema, outputs, Path(scratch), tolerance, level_tolerance, indicators_file, part_rows, advance)


def _write(lazy, schema, outputs, scratch: Path, tolerance: float, level_tolerance: float, indicators_file: Path | None,
           part_rows: int, advance: Callable[[], None]) -> None:
    from importlib import import_module

    import polars as pl

    from govreport.compare.figures import prepare, text
    from govreport.io import BatchWriter, frame_from_rows

    att, con, reg, ser = (import_module(f"govreport.compare.{name}")
                          for name in ("attainment", "conflicts", "regions", "series"))  # not the functions
    names: dict[str, tuple[tuple, str]] = {}  # division code -> (where first written, name), for regions
    order_types = [pl.Int64, pl.String, pl.String, pl.Int64, pl.String, pl.String, pl.String, pl.Int64]
    with BatchWriter(str(outputs["attainment"]), att.COLUMNS, order_by=_ORDER) as attainment, \
            BatchWriter(str(outputs["series"]), ser.COLUMNS) as series, \
            BatchWriter(str(outputs["conflicts"]), con.COLUMNS) as conflicts:
        for part in parts(lazy, government_key(schema), scratch, part_rows):
            figures = prepare(part)
            targets = att.attainment_of(figures, tolerance, level_tolerance, indicators_file)
            table = frame_from_rows([row for _, row in targets], att.COLUMNS).select(list(att.COLUMNS))
            order = list(zip(*(t.order + (t.row[_ROW],) for t, _ in targets))) or [[] for _ in _ORDER]
            attainment.write_frame(table.with_columns(
                pl.Series(name, values, dtype=dtype) for name, values, dtype in zip(_ORDER, order, order_types)))
            series.write_frame(frame_from_rows(ser.series_of(figures), ser.COLUMNS).select(list(ser.COLUMNS)))
            conflicts.write_frame(frame_from_rows(con.conflicts_of(figures, tolerance, level_tolerance), con.COLUMNS)
                                  .select(list(con.COLUMNS)))
            for f in figures:
                code, name = text(f.row["region_code"]), text(f.row["region"])
                if code and name:
                    where = f.order + (f.row[_ROW],)
                    if code not in names or where < names[code][0]:
                        names[code] = (where, name)
            del figures, targets
    for _ in ("attainment", "series", "conflicts"):
        advance()
    first_names = {code: name for code, (_, name) in names.items()}
    with BatchWriter(str(outputs["regions"]), reg.COLUMNS) as regions:
        for part in parts(lazy, indicator_key(schema), scratch, part_rows):
            rows = reg.across_regions_of(prepare(part), first_names, indicators_file)
            regions.write_frame(frame_from_rows(rows, reg.COLUMNS).select(list(reg.COLUMNS)))
    advance()
