"""Excel helpers: safe cell text, widths that fit Chinese, number formats per unit, streamed sheets.

Everything that touches openpyxl's cell model lives here so the sheet builders
only say *what* goes where. openpyxl is imported inside functions: this module
is imported by `govreport report`, and `govreport --help` must stay fast.
"""

from __future__ import annotations

import math
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

# Excel's own limits (Excel specifications and limits, "Total number of
# characters that a cell can contain", "Worksheet name").
MAX_CELL_CHARS = 32_767
MAX_SHEET_NAME = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE, repeated so this module imports
# nothing heavy: the C0 controls XML 1.0 cannot carry (tab, LF, CR are kept).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
# A spreadsheet reads text starting with these as a formula (`=`), or as the
# start of one when a user edits the cell (`+`, `-`, `@`): OWASP "CSV injection".
FORMULA_TRIGGERS = ("=", "+", "-", "@")
_TRUNCATED = "…[截断]"

# Units whose figures are money in 亿 (two decimals) or rates (one decimal).
# The unit list is the annotation guide's (tests/data/gold/GUIDE.md, "unit").
_TWO_DECIMALS = {"万亿元", "亿元", "亿美元", "亿斤"}
_ONE_DECIMAL = {"%", "个百分点", "倍", "万人", "万户", "万吨", "万亩", "万平方米", "万元", "万美元"}
_PERCENT = {"%"}
_MAX_DECIMALS = 6


def clean_text(value: Any) -> str:
    """Text fit for a cell: control characters stripped, at most 32,767 characters."""
    text = _ILLEGAL.sub("", str(value))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(_TRUNCATED)] + _TRUNCATED
    return text


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def display_width(text: str) -> int:
    """Columns a text takes on screen: East-Asian wide and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def safe_sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A sheet name Excel accepts: no []:*?/\\, not blank, at most 31 characters, unique (case-insensitive)."""
    base = _SHEET_NAME_FORBIDDEN.sub("_", clean_text(name)).strip().strip("'") or "Sheet"
    base = base[:MAX_SHEET_NAME]
    used = {t.lower() for t in taken}
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    return candidate


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Excel table headers must be unique (case-insensitive), non-empty strings without line breaks."""
    out: list[str] = []
    seen: set[str] = set()
    for i, header in enumerate(headers, 1):
        text = re.sub(r"[\r\n]+", " ", clean_text(header if header is not None else "")).strip() or f"列{i}"
        candidate, n = text, 2
        while candidate.lower() in seen:
            candidate = f"{text} ({n})"
            n += 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def _decimals(value: float) -> int:
    """Decimals needed to show `value` exactly as written (5.25 -> 2), capped."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        return _MAX_DECIMALS
    frac = text.split(".")[1] if "." in text else ""
    frac = frac.rstrip("0")
    return min(len(frac), _MAX_DECIMALS)


def number_format(unit: str | None, value: float | None, *, signed: bool = False) -> str:
    """The number format for a figure in `unit`.

    Percent with one decimal, 亿元 with two, counts with none — but never fewer
    decimals than the figure has: a rounded display would show a number the
    document does not say.
    """
    unit = (unit or "").strip()
    default = 2 if unit in _TWO_DECIMALS else 1 if unit in _ONE_DECIMAL else 0
    shown = max(default, _decimals(value)) if value is not None and math.isfinite(value) else default
    pattern = "#,##0" + ("." + "0" * shown if shown else "")
    if unit in _PERCENT and not signed:
        pattern += '"%"'
    if signed:
        return f"+{pattern};-{pattern};{pattern}"
    return pattern


INTEGER_FORMAT = "0"
RATIO_FORMAT = "0.0%"  # a share stored as a fraction (0.123 -> 12.3%)


from govreport.values import finite  # noqa: E402  a float Excel can store, or None


# ---------------------------------------------------------------- columns and sheets


@dataclass(frozen=True)
class Column:
    """One column of a sheet: where its value comes from and how it is shown.

    kind: text, label (an enumeration shown through `labels`), number (format
    from the unit in `unit_key`), int, ratio (a fraction shown as a percent),
    bool, evidence (wide, wrapped).
    """

    key: str
    zh: str
    en: str
    kind: str = "text"
    unit_key: str | None = None
    signed: bool = False
    labels: Mapping[str, Mapping[str, str]] | None = None  # lang -> value -> label
    max_width: int = 40

    def header(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass
class SheetSpec:
    """A sheet: its name in both languages, its table's name and its columns."""

    zh: str
    en: str
    table: str  # Excel table name: ASCII letters, digits, underscore
    columns: list[Column]
    rules: list[Callable[..., None]] = field(default_factory=list)  # rule(ws, spec, n_rows, lang)

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


EVIDENCE_WIDTH = 60
_BOOL_LABELS = {"zh": {True: "是", False: "否"}, "en": {True: "yes", False: "no"}}
_WIDTH_SAMPLE = 2000  # rows looked at for widths: a big sheet must not be read twice


def display_value(column: Column, row: Mapping[str, Any], lang: str) -> Any:
    value = row.get(column.key)
    if column.kind in ("number", "int", "ratio"):
        if isinstance(value, str):  # a panel range (7-8) or disagreeing values, kept as text
            return value
        number = finite(value)
        if number is not None and column.kind == "int":
            return int(number)
        return number
    if value is None:
        return None
    if column.kind == "bool":
        return _BOOL_LABELS[lang].get(bool(value)) if isinstance(value, bool) else str(value)
    if column.kind == "label" and column.labels:
        return column.labels.get(lang, {}).get(str(value), str(value))
    if isinstance(value, float) and not math.isfinite(value):
        return None
    # Codes and ids stay text even when a CSV reader typed them as numbers (410311).
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_widths(spec: SheetSpec, rows: Sequence[Mapping[str, Any]], lang: str) -> list[float]:
    """Widths from the header and the first rows, counting wide characters double, capped per column."""
    widths = []
    for column in spec.columns:
        header = display_width(column.header(lang)) + 3  # room for the filter button
        if column.kind == "evidence":
            widths.append(float(EVIDENCE_WIDTH))
            continue
        content = 0
        for row in rows[:_WIDTH_SAMPLE]:
            value = display_value(column, row, lang)
            if value is None:
                continue
            if isinstance(value, float):
                text = f"{value:,.{min(_decimals(value), _MAX_DECIMALS)}f}" + ("%" if row.get(column.unit_key or "") == "%" else "")
                text = ("+" if column.signed else "") + text
            else:
                text = str(value)
            content = max(content, display_width(text.split("\n")[0]) + 2)
        widths.append(float(min(max(header, content, 6), max(column.max_width, header))))
    return widths


def write_sheet(wb, spec: SheetSpec, rows: Iterable[Mapping[str, Any]], lang: str, taken: list[str],
                sample: Sequence[Mapping[str, Any]] | None = None):
    """Stream `rows` into a new write-only sheet: frozen header, widths, formats, an Excel table (or autofilter).

    Widths come from `sample` (default: the first rows of `rows`, a list or a sheets.SheetRows), because
    a write-only sheet needs them before its first row.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    name = safe_sheet_name(spec.name(lang), taken)
    taken.append(name)
    ws = wb.create_sheet(name)
    headers = unique_headers([c.header(lang) for c in spec.columns])
    if sample is None:
        if hasattr(rows, "head"):  # sheets.SheetRows: rows come a batch at a time; the widths need only the first
            sample = rows.head(_WIDTH_SAMPLE)
        else:
            rows = list(rows)
            sample = rows
    widths = column_widths(spec, sample, lang)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    # Printed and PDF copies: landscape, as wide as the page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wrapped = [(i, widths[i]) for i, c in enumerate(spec.columns) if c.kind == "evidence"]

    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
        header_cells.append(cell)
    ws.append(header_cells)

    styles = _StyleCache(ws, WriteOnlyCell, Alignment)
    n = 0
    for row in rows:
        n += 1
        cells = [_cell(ws, column, row, lang, styles, WriteOnlyCell) for column in spec.columns]
        lines = max((wrapped_lines(cells[i].value, width) for i, width in wrapped), default=1)
        if lines > 1:
            # Spreadsheet applications do not grow a row for wrapped text they did not lay out themselves.
            ws.row_dimensions[n + 1].height = min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT)
        ws.append(cells)
        ws.row_dimensions.pop(n + 1, None)  # written; a big sheet must not keep one per row

    last_col = get_column_letter(len(spec.columns))
    if n:
        ref = f"A1:{last_col}{n + 1}"
        table = Table(displayName=spec.table, ref=ref)
        table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():
            # openpyxl warns on every write-only table; the columns are set just above.
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)
    else:
        # Excel refuses a table without a data row; a header-only sheet gets a plain filter.
        ws.auto_filter.ref = f"A1:{last_col}1"
    for rule in spec.rules:
        rule(ws, spec, n, lang)
    return ws


LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def wrapped_lines(value: Any, width: float) -> int:
    """Lines a wrapped text takes in a column `width` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    usable = max(width - 1, 1)
    return sum(max(1, math.ceil(display_width(part) / usable)) for part in value.split("\n"))


class _StyleCache:
    """One style per (alignment, number format, quote prefix), shared by every cell that uses it.

    Setting a style attribute on each cell makes openpyxl hash the style objects
    again for every cell: on a 明细 of 200,000 rows that was most of the time.
    """

    def __init__(self, ws, WriteOnlyCell, Alignment) -> None:
        self.ws, self.cell_type = ws, WriteOnlyCell
        self.alignments = {"top": Alignment(vertical="top"), "wrap": Alignment(wrap_text=True, vertical="top")}
        self.cache: dict[tuple, Any] = {}

    def get(self, align: str, fmt: str | None, quote: bool = False):
        key = (align, fmt, quote)
        style = self.cache.get(key)
        if style is None:
            template = self.cell_type(self.ws)
            template.alignment = self.alignments[align]
            if fmt:
                template.number_format = fmt
            if quote:
                template.quotePrefix = True
            style = self.cache[key] = template._style
        return style


def _cell(ws, column: Column, row: Mapping[str, Any], lang: str, styles: _StyleCache, WriteOnlyCell):
    value = display_value(column, row, lang)
    cell = WriteOnlyCell(ws)
    if value is None:
        return cell
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        fmt = None
        if column.kind == "int":
            fmt = INTEGER_FORMAT
        elif column.kind == "ratio":
            fmt = RATIO_FORMAT
        elif column.kind == "number":
            unit = row.get(column.unit_key) if column.unit_key else None
            fmt = number_format(unit, float(value), signed=column.signed)
        cell._style = styles.get("top", fmt)
        return cell
    text = clean_text(str(value))
    cell.value = text
    cell.data_type = "s"  # never a formula: see set_text
    cell._style = styles.get("wrap" if column.kind == "evidence" else "top", None, is_formula_like(text))
    return cell


def set_text(cell, text: str) -> None:
    """Write `text` as a string cell, never a formula, whatever it starts with."""
    text = clean_text(text)
    cell.value = text
    # openpyxl turns a leading '=' into a formula; the inputs are untrusted web pages.
    cell.data_type = "s"
    if is_formula_like(text):
        # quotePrefix keeps the cell text when a user edits it in Excel or LibreOffice.
        cell.quotePrefix = True
