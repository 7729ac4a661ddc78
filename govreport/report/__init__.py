"""`govreport report`: the stages' tables -> one Excel workbook an analyst can open.

    from govreport.report import build_workbook, read_report_tables
    tables = read_report_tables(["out/attainment.parquet", "out/indicators.parquet", "out/docs.parquet"])
    build_workbook(tables, "report.xlsx", lang="zh")

Sheets (sheets.py): 说明, 目标完成, 指标面板, 图表, 地区对比, 历年, 冲突, 明细, 文档.
The workbook is written in openpyxl's write-only mode (rows are streamed, so a
large 明细 sheet does not hold the whole workbook in memory), each sheet's rows
turned into dicts a batch at a time in the sheet's order (sheets.SheetRows), and its document
properties and zip timestamps are fixed, so the same tables give the same file.
"""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from govreport.errors import SchemaError, UsageError

# Table kinds report reads, keyed by the name used in messages and file names.
TABLE_KINDS = ("documents", "indicators", "attainment", "regions", "series", "conflicts")
TABLE_SUFFIXES = (".parquet", ".pq", ".csv", ".jsonl", ".ndjson")
# The fixed timestamp used when no document carries a date: the workbook must
# not change because it was rebuilt on another day.
FALLBACK_TIMESTAMP = _dt.datetime(2000, 1, 1)
_ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


def _schemas() -> dict[str, Mapping[str, str]]:
    from govreport import schema

    return {
        "documents": schema.DOCUMENTS,
        "indicators": schema.INDICATORS,
        "attainment": schema.ATTAINMENT,
        "regions": schema.ACROSS_REGIONS,
        "series": schema.SERIES,
        "conflicts": schema.CONFLICTS,
    }


def detect_kind(columns: Sequence[str], *, path: str | None = None) -> str:
    """The kind of a table from its columns (the most specific schema it satisfies); SchemaError if none."""
    present = set(columns)
    schemas = _schemas()
    matches = [kind for kind, cols in schemas.items() if set(cols) <= present]
    if matches:
        return max(matches, key=lambda k: (len(schemas[k]), -TABLE_KINDS.index(k)))
    closest = min(schemas, key=lambda k: (len(set(schemas[k]) - present), TABLE_KINDS.index(k)))
    missing = [c for c in schemas[closest] if c not in present]
    shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
    raise SchemaError(
        f"not a table govreport report reads (closest: {closest}, missing {shown})",
        path=path,
        hint="give the outputs of clean, extract or compare",
    )


@dataclass
class ReportTables:
    """The input tables by kind (None when not given) and where each came from."""

    frames: dict[str, Any] = field(default_factory=dict)
    inputs: list[tuple[str, str, int]] = field(default_factory=list)  # (path, kind, rows)

    def get(self, kind: str):
        return self.frames.get(kind)

    def add(self, kind: str, frame, path: str = "") -> None:
        """Add a table: a polars DataFrame, or a LazyFrame (`govreport run`: each sheet reads its table when
        it is written, so the workbook never holds every table at once)."""
        import polars as pl

        self.inputs.append((path, kind, height(frame)))
        old = self.frames.get(kind)
        self.frames[kind] = frame if old is None else pl.concat([old, frame], how="diagonal_relaxed")


def height(table) -> int:
    """Rows of a DataFrame or a LazyFrame (counted without reading its columns)."""
    import polars as pl

    if isinstance(table, pl.LazyFrame):
        return int(table.select(pl.len()).collect().item())
    return table.height


def collect(table):
    """A DataFrame of a DataFrame or a LazyFrame."""
    import polars as pl

    return table.collect() if isinstance(table, pl.LazyFrame) else table


def expand_table_inputs(inputs: Sequence[str | Path]) -> list[str]:
    from govreport.io import expand_inputs

    return expand_inputs(inputs, suffixes=TABLE_SUFFIXES)


def read_report_tables(inputs: Sequence[str | Path], fmt: str | None = None) -> ReportTables:
    """Read each input table and tell its kind by its columns (folders are searched for tables)."""
    from govreport.io import read_table

    paths = expand_table_inputs(inputs)
    if not paths:
        raise UsageError("no input tables found (.parquet, .csv, .jsonl)")
    tables = ReportTables()
    for path in paths:
        frame = read_table(path, fmt)
        tables.add(detect_kind(frame.columns, path=path), frame, path)
    return tables


def as_tables(tables: ReportTables | Mapping[str, Any]) -> ReportTables:
    if isinstance(tables, ReportTables):
        return tables
    out = ReportTables()
    for kind, frame in tables.items():
        if kind not in TABLE_KINDS:
            raise UsageError(f"unknown table kind {kind!r}; choose from {', '.join(TABLE_KINDS)}")
        if frame is not None:
            out.add(kind, frame, f"<{kind}>")
    return out


@dataclass
class WorkbookSummary:
    path: str
    sheets: list[str]
    rows: dict[str, int]
    charts: int
    charts_omitted: int


def document_timestamp(tables: ReportTables) -> _dt.datetime:
    """The workbook's created/modified time: the latest document date in the inputs, else a constant."""
    import polars as pl

    dates: list[str] = []
    for kind, column in (("documents", "date"), ("indicators", "doc_date")):
        frame = tables.get(kind)
        if frame is not None and column in frame.collect_schema().names():
            dates.extend(str(d) for d in collect(frame.lazy().select(pl.col(column).drop_nulls().unique()))
                         .to_series().to_list())
    best = None
    for d in dates:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            try:
                value = _dt.datetime.fromisoformat(d)
            except ValueError:
                continue
            best = value if best is None or value > best else best
    return best or FALLBACK_TIMESTAMP


def build_workbook(
    tables: ReportTables | Mapping[str, Any],
    output: str | Path,
    *,
    lang: str = "zh",
    command: str = "",
) -> WorkbookSummary:
    """Write the workbook for `tables` (by kind: documents, indicators, attainment, regions, series, conflicts).

    Missing tables give sheets with a header only. `output` may be '-' (standard output).
    """
    from openpyxl import Workbook

    from govreport import __version__
    from govreport.report import charts as charts_mod
    from govreport.report import sheets as S
    from govreport.report.excel import write_sheet

    if lang not in ("zh", "en"):
        raise UsageError(f"unknown language {lang!r}; choose zh or en")
    tables = as_tables(tables)
    vocab = S.load_vocabulary()

    documents = tables.get("documents")
    indicators = tables.get("indicators")
    doc_rows = S.document_rows(documents)
    titles = {str(d): str(t or "") for d, t in zip(*doc_rows.sorted_columns("doc_id", "title"))}

    attainment = S.attainment_rows(tables.get("attainment"), vocab)
    across = S.across_rows(tables.get("regions"), vocab)
    series = S.series_rows(tables.get("series"), vocab)
    conflicts = S.conflict_rows(tables.get("conflicts"), vocab)
    # the panel and the charts show headline indicators only: read just their rows (from series when it has
    # any row, else from attainment, as panel_facts decides)
    with_series = tables.get("series") is not None and height(tables.get("series")) > 0
    facts = S.panel_facts(S.headline(tables.get("series"), vocab) if with_series else None,
                          None if with_series else S.headline(tables.get("attainment"), vocab), vocab=vocab)
    panel_spec, panel_rows = S.panel_table(facts, vocab, lang)
    plans, omitted = charts_mod.plan_charts(facts, vocab, lang)
    chart_rows = charts_mod.chart_data_rows(plans)
    n_figures = height(indicators) if indicators is not None else 0

    specs = {
        "attainment": S.ATTAINMENT_SHEET, "panel": panel_spec, "charts": charts_mod.CHART_DATA_SHEET,
        "across": S.ACROSS_SHEET, "series": S.SERIES_SHEET, "conflicts": S.CONFLICTS_SHEET,
        "figures": S.FIGURES_SHEET, "documents": S.DOCUMENTS_SHEET,
    }
    sheet_names = {key: spec.name(lang) for key, spec in specs.items()}
    counts = {"attainment": len(attainment), "across": len(across), "series": len(series), "conflicts": len(conflicts),
              "figures": n_figures, "documents": len(doc_rows)}
    about = S.about_rows(lang=lang, version=__version__, command=command, inputs=tables.inputs, documents=doc_rows,
                         counts=counts, charts=len(plans), charts_omitted=omitted, sheet_names=sheet_names)

    wb = Workbook(write_only=True)
    stamp = document_timestamp(tables)
    props = wb.properties
    props.creator = f"govreport {__version__}"
    props.lastModifiedBy = f"govreport {__version__}"
    props.title = "govreport 报告" if lang == "zh" else "govreport report"
    props.created = stamp
    props.modified = stamp

    taken: list[str] = []
    rows_written: dict[str, int] = {}
    write_sheet(wb, S.ABOUT_SHEET, about, lang, taken)
    rows_written[taken[-1]] = len(about)
    write_sheet(wb, S.ATTAINMENT_SHEET, attainment, lang, taken)
    rows_written[taken[-1]] = len(attainment)
    write_sheet(wb, panel_spec, panel_rows, lang, taken)
    rows_written[taken[-1]] = len(panel_rows)
    chart_ws = write_sheet(wb, charts_mod.CHART_DATA_SHEET, chart_rows, lang, taken)
    charts_mod.add_charts(chart_ws, plans, lang)
    rows_written[taken[-1]] = len(chart_rows)
    for spec, rows in ((S.ACROSS_SHEET, across), (S.SERIES_SHEET, series), (S.CONFLICTS_SHEET, conflicts)):
        write_sheet(wb, spec, rows, lang, taken)
        rows_written[taken[-1]] = len(rows)
    if indicators is not None:
        figures = collect(indicators)
        order = S.figures_order(figures)
        sample = list(S.figure_rows(figures, order.head(2000), titles))
        write_sheet(wb, S.FIGURES_SHEET, S.figure_rows(figures, order, titles), lang, taken, sample=sample)
        del figures, order
    else:
        write_sheet(wb, S.FIGURES_SHEET, [], lang, taken)
    rows_written[taken[-1]] = n_figures
    write_sheet(wb, S.DOCUMENTS_SHEET, doc_rows, lang, taken)
    rows_written[taken[-1]] = len(doc_rows)

    _save(wb, output)
    return WorkbookSummary(str(output), list(taken), rows_written, len(plans), omitted)


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose entries all carry one fixed time, so the same workbook is the same bytes."""

    def _entry(self, name: str) -> zipfile.ZipInfo:
        entry = zipfile.ZipInfo(name, date_time=_ZIP_TIMESTAMP)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        return entry

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = self._entry(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl streams each write-only sheet from a temporary file: copy it in chunks, never whole.
        import os
        import shutil

        entry = self._entry(arcname or os.path.basename(filename))
        big = os.path.getsize(filename) > 2**31 - 2**20
        with open(filename, "rb") as src, self.open(entry, "w", force_zip64=big) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


def _save(wb, output: str | Path) -> None:
    """Save with the properties as set (openpyxl's own save stamps 'now') and fixed zip entry times."""
    import shutil
    import sys
    import tempfile

    from openpyxl.writer.excel import ExcelWriter

    from govreport.io import STDIO, atomic_path

    if str(output) == STDIO:
        if sys.stdout.isatty():
            raise UsageError("refusing to write an Excel workbook to a terminal", hint="give -o report.xlsx")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "report.xlsx"
            _save(wb, path)
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        return
    with atomic_path(output) as tmp:
        archive = _FixedTimeZip(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        ExcelWriter(wb, archive).save()  # closes the archive


__all__ = ["TABLE_KINDS", "ReportTables", "WorkbookSummary", "build_workbook", "detect_kind", "read_report_tables"]
