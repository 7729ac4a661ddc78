"""The workbook's sheets: what each holds, its columns, its order of rows.

A sheet is a `SheetSpec` (names, columns, conditional formats) plus a function
that turns the input tables into rows (plain dicts). Rows are sorted on stable
keys so the same inputs always give the same workbook.
"""

from __future__ import annotations

from govreport.datafiles import read_rows
from govreport.values import finite

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from govreport.report import labels
from govreport.report.excel import Column, SheetSpec

MEASURE_ORDER = {m: i for i, m in enumerate(("level", "growth", "avg_growth", "change", "share", "rank"))}


# ---------------------------------------------------------------- vocabulary order


@dataclass(frozen=True)
class Vocabulary:
    """Indicator ids in the order of govreport/data/indicators.csv, and which are headline indicators."""

    order: Mapping[str, int]
    headline: frozenset[str]
    names: Mapping[str, str]

    def rank(self, indicator_id: Any, indicator: Any) -> tuple[int, int, str]:
        """Headline indicators first, then the rest of the vocabulary, then free phrases (issue 13, point 7):
        the sheets lead with what the vocabulary vouches for."""
        ident = str(indicator_id or "")
        tier = 0 if ident in self.headline else 1 if ident in self.order else 2
        return (tier, self.order.get(ident, len(self.order)), str(indicator or ""))


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    path = path or Path(__file__).resolve().parents[1] / "data" / "indicators.csv"
    order: dict[str, int] = {}
    headline: set[str] = set()
    names: dict[str, str] = {}
    try:
        for i, row in enumerate(read_rows(path)):
            ident = (row.get("id") or "").strip()
            if not ident:
                continue
            order.setdefault(ident, i)
            names.setdefault(ident, (row.get("name") or "").strip())
            if (row.get("headline") or "").strip().lower() in ("yes", "true", "1", "y"):
                headline.add(ident)
    except OSError:
        pass
    return Vocabulary(order, frozenset(headline), names)


def _period_key(period: Any) -> tuple[int, int, str]:
    text = str(period or "")
    head = text.split("-")[0]
    return (0 if text.isdigit() else 1, int(head) if head.isdigit() else 0, text)


def _s(value: Any) -> str:
    return "" if value is None else str(value)


# ---------------------------------------------------------------- conditional formats


STATUS_COLOURS = {
    # status -> (fill, font): Excel's own "Good", "Bad" and "Neutral" cell styles, grey for no actual.
    "met": ("C6EFCE", "006100"),
    "missed": ("FFC7CE", "9C0006"),
    "no_actual": ("D9D9D9", "404040"),
    "conflicting": ("FFEB9C", "9C5700"),
}


def _status_rule(ws, spec: SheetSpec, n_rows: int, lang: str) -> None:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    col = next(i for i, c in enumerate(spec.columns, 1) if c.key == "status")
    letter = get_column_letter(col)
    ref = f"{letter}2:{letter}{max(n_rows, 1) + 1}"
    for status, (fill, font) in STATUS_COLOURS.items():
        label = labels.STATUS[lang][status]
        ws.conditional_formatting.add(
            ref,
            CellIsRule(
                operator="equal",
                formula=[f'"{label}"'],
                fill=PatternFill("solid", start_color=fill, end_color=fill),
                font=Font(color=font),
            ),
        )


# ---------------------------------------------------------------- sheet specs

_REGION = [
    Column("region", "政府", "government", max_width=16),
    Column("region_code", "区划代码", "division code", max_width=10),
]
_LEVEL = Column("level", "层级", "level", "label", labels=labels.LEVEL)
_INDICATOR = Column("indicator", "指标", "indicator", max_width=24)
_MEASURE = Column("measure", "口径", "measure", "label", labels=labels.MEASURE, max_width=12)
_IND = [_INDICATOR, _MEASURE, Column("period", "时期", "period", max_width=11)]
_UNIT = Column("unit", "单位", "unit", max_width=10)
_VALUE = [  # a figure as the indicators table gives it
    Column("value", "数值", "value", "number", unit_key="unit"),
    Column("value_hi", "上限", "upper", "number", unit_key="unit"),
    _UNIT,
    Column("bound", "界限", "bound", "label", labels=labels.BOUND, max_width=10),
]
_KIND = Column("kind", "类型", "kind", "label", labels=labels.KIND)
_INDICATOR_ID = Column("indicator_id", "指标ID", "indicator id", max_width=24)

ATTAINMENT_SHEET = SheetSpec(
    "目标完成", "Targets vs actuals", "Attainment",
    [
        *_REGION,
        _LEVEL,
        *_IND,
        Column("target_value", "目标值", "target", "number", unit_key="target_unit"),
        Column("target_value_hi", "目标上限", "target (upper)", "number", unit_key="target_unit"),
        Column("target_unit", "目标单位", "target unit", max_width=10),
        Column("target_bound", "界限", "bound", "label", labels=labels.BOUND, max_width=10),
        Column("target_hardness", "力度", "commitment", max_width=10),
        Column("actual_value", "实际值", "actual", "number", unit_key="actual_unit"),
        Column("actual_unit", "实际单位", "actual unit", max_width=10),
        Column("gap", "差距", "gap", "number", unit_key="_gap_unit", signed=True),
        Column("status", "状态", "status", "label", labels=labels.STATUS, max_width=12),
        Column("met_if", "达成条件", "met if", max_width=14),
        Column("target_evidence", "目标原文", "target evidence", "evidence"),
        Column("actual_evidence", "实际原文", "actual evidence", "evidence"),
        Column("target_doc", "目标文档", "target document", max_width=20),
        Column("actual_doc", "实际文档", "actual document", max_width=20),
        Column("note", "备注", "note", max_width=30),
        _INDICATOR_ID,
        Column("parent_code", "上级代码", "parent code", max_width=10),
    ],
    rules=[_status_rule],
)

ACROSS_SHEET = SheetSpec(
    "地区对比", "Across governments", "AcrossGovernments",
    [
        *_IND,
        _KIND,
        *_REGION,
        _LEVEL,
        *_VALUE,
        Column("parent_region", "上级政府", "parent government", max_width=16),
        Column("parent_value", "上级数值", "parent value", "number", unit_key="parent_unit"),
        Column("parent_unit", "上级单位", "parent unit", max_width=10),
        Column("difference_to_parent", "较上级(放大)", "vs parent (amplification)", "number", unit_key="_diff_unit",
               signed=True),
        Column("beyond_parent", "超过上级", "beyond parent", "bool"),
        Column("share_of_parent", "占上级比重", "share of parent", "ratio"),
        Column("sibling_rank", "同级排名", "rank among siblings", "int"),
        Column("siblings", "同级数", "siblings", "int"),
        Column("evidence", "原文", "evidence", "evidence"),
        Column("doc_id", "文档", "document", max_width=20),
        Column("parent_evidence", "上级原文", "parent evidence", "evidence"),
        Column("parent_doc", "上级文档", "parent document", max_width=20),
        _INDICATOR_ID,
        Column("parent_code", "上级代码", "parent code", max_width=10),
    ],
)

SERIES_SHEET = SheetSpec(
    "历年", "Over the years", "Series",
    [
        *_REGION,
        *_IND,
        Column("target_value", "目标值", "target", "number", unit_key="unit"),
        Column("target_value_hi", "目标上限", "target (upper)", "number", unit_key="unit"),
        Column("target_bound", "界限", "bound", "label", labels=labels.BOUND, max_width=10),
        Column("actual_value", "实际值", "actual", "number", unit_key="unit"),
        _UNIT,
        Column("target_change", "目标较上年", "target change", "number", unit_key="_diff_unit", signed=True),
        Column("target_carried_over", "沿用上年目标", "target carried over", "bool"),
        Column("actual_change", "实际较上年", "actual change", "number", unit_key="_diff_unit", signed=True),
        Column("target_evidence", "目标原文", "target evidence", "evidence"),
        Column("actual_evidence", "实际原文", "actual evidence", "evidence"),
        Column("target_doc", "目标文档", "target document", max_width=20),
        Column("actual_doc", "实际文档", "actual document", max_width=20),
        _INDICATOR_ID,
    ],
)

CONFLICTS_SHEET = SheetSpec(
    "冲突", "Conflicts", "Conflicts",
    [
        *_REGION,
        *_IND,
        _KIND,
        Column("value_a", "数值A", "value A", "number", unit_key="unit_a"),
        Column("unit_a", "单位A", "unit A", max_width=10),
        Column("evidence_a", "原文A", "evidence A", "evidence"),
        Column("doc_a", "文档A", "document A", max_width=20),
        Column("value_b", "数值B", "value B", "number", unit_key="unit_b"),
        Column("unit_b", "单位B", "unit B", max_width=10),
        Column("evidence_b", "原文B", "evidence B", "evidence"),
        Column("doc_b", "文档B", "document B", max_width=20),
        Column("difference", "差(B−A)", "difference (B−A)", "number", unit_key="_diff_unit", signed=True),
        Column("same_document", "同一文档", "same document", "bool"),
        Column("distinct_values", "取值个数", "distinct values", "int"),
        _INDICATOR_ID,
    ],
)

FIGURES_SHEET = SheetSpec(
    "明细", "All figures", "Figures",
    [
        *_REGION,
        _LEVEL,
        *_IND,
        _KIND,
        *_VALUE,
        Column("rank_scope", "排名范围", "rank scope", max_width=12),
        Column("estimated", "预计", "estimated", "bool"),
        Column("hardness", "力度", "commitment", max_width=10),
        Column("qualifier", "限定", "qualifier", max_width=20),
        Column("evidence", "原文", "evidence", "evidence"),
        Column("section", "章节", "section", max_width=24),
        Column("name_source", "名称来源", "name source", max_width=12),
        Column("subject", "主体", "subject", max_width=16),
        Column("doc_title", "文档标题", "document title", max_width=30),
        Column("source", "来源文件", "source file", max_width=30),
        Column("doc_id", "文档", "document", max_width=20),
        Column("doc_type", "文档类型", "document type", "label", labels=labels.DOC_TYPE, max_width=16),
        Column("doc_year", "文档年份", "document year", "int"),
        Column("doc_date", "文档日期", "document date", max_width=12),
        Column("start", "起", "start", "int"),
        Column("end", "止", "end", "int"),
        _INDICATOR_ID,
    ],
)

DOCUMENTS_SHEET = SheetSpec(
    "文档", "Documents", "Documents",
    [
        Column("doc_id", "文档", "document", max_width=20),
        Column("title", "标题", "title", max_width=40),
        Column("doc_type", "文档类型", "document type", "label", labels=labels.DOC_TYPE, max_width=16),
        *_REGION,
        _LEVEL,
        Column("parent_code", "上级代码", "parent code", max_width=10),
        Column("year", "年份", "year", "int"),
        Column("date", "日期", "date", max_width=12),
        Column("speaker", "报告人", "speaker", max_width=12),
        Column("source", "来源文件", "source file", max_width=40),
        Column("part", "页内序号", "part", "int"),
        Column("encoding", "编码", "encoding", max_width=12),
        Column("n_chars", "字数", "characters", "int"),
        Column("repairs", "修复", "repairs", max_width=40),
        Column("source_sha256", "SHA-256", "SHA-256", max_width=20),
    ],
)

ABOUT_SHEET = SheetSpec(
    "说明", "About", "About",
    [Column("item", "项目", "item", max_width=22), Column("content", "内容", "content", "evidence")],
)


# ---------------------------------------------------------------- rows


class SheetRows:
    """A table's rows in a sheet's order, handed out a batch at a time: never all of them as dicts at once.

    The order is a sort of the polars frame on key columns worked out from the table (`key`: what each
    part of the sort key is made of, below), the rows become dicts a slice at a time as the sheet is
    written, and the sorted frame is let go once it has been. The order is the one a stable sort of every
    row's dict on the same key gives (tests/report/test_sheet_rows.py).

    Parts of a key: ("text", column): the value as text, "" when empty; ("rank", id, name): the
    vocabulary's order (Vocabulary.rank); ("measure", column): MEASURE_ORDER; ("period", column):
    _period_key; ("int", column, default): the number, or `default` when there is none.
    """

    BATCH = 2_000

    def __init__(self, table, key: Sequence[tuple] = (), vocab: "Vocabulary | None" = None,
                 extend: Callable[[dict], None] | None = None, drop: Sequence[str] = ()):
        self._table = table
        self._key = key
        self._vocab = vocab
        self._drop = drop
        self._frame = None
        self._order = None
        self._height: int | None = None
        self.extend = extend

    def __len__(self) -> int:
        from govreport.report import height

        if self._height is None:
            self._height = 0 if self._table is None else height(self._table)
        return self._height

    def frame(self):
        """The table as read (read on first use); `order()` puts it in the sheet's order."""
        import polars as pl

        from govreport.report import collect

        if self._frame is None:
            frame = pl.DataFrame() if self._table is None else collect(self._table)
            self._frame = frame.drop([c for c in self._drop if c in frame.columns])
        return self._frame

    def order(self):
        """The rows' places in the sheet's order (a polars Series of row numbers), worked out on first use.

        Sorting row numbers on the key columns, not the table itself, keeps one copy of the table in memory."""
        import polars as pl

        if self._order is None:
            frame = self.frame()
            if self._key and frame.height:
                keys = sort_keys(frame, self._key, self._vocab)
                names = [f"_sort_{i}" for i in range(len(keys))]
                self._order = (frame.select(k.alias(n) for k, n in zip(keys, names)).with_row_index("_place")
                               .sort(names, maintain_order=True).get_column("_place"))
            else:
                self._order = pl.Series("_place", range(frame.height), dtype=pl.UInt32)
        return self._order

    def sorted_columns(self, *names: str) -> list[list]:
        """Columns of the table in the sheet's order, as lists (a column the table lacks: all None)."""
        frame, order = self.frame(), self.order()
        return [frame.get_column(n).gather(order).to_list() if n in frame.columns else [None] * frame.height
                for n in names]

    def __iter__(self) -> Iterator[dict]:
        frame, order = self.frame(), self.order()
        self._frame = self._order = None  # written once: the table goes when the sheet is done
        yield from gathered_rows(frame, order, self.extend)

    def __getitem__(self, part: slice) -> list[dict]:
        """The first rows (`rows[:200]`), as dicts."""
        if not isinstance(part, slice) or part.start not in (None, 0) or part.step not in (None, 1):
            raise TypeError("SheetRows gives only its first rows: rows[:n]")
        return self.head(len(self) if part.stop is None else part.stop)

    def head(self, n: int) -> list[dict]:
        return list(gathered_rows(self.frame(), self.order().head(n), self.extend))


def gathered_rows(frame, order, extend: Callable[[dict], None] | None = None, batch: int | None = None) -> Iterator[dict]:
    """The rows of `frame` at the places `order` gives, as dicts, a batch at a time."""
    batch = batch or SheetRows.BATCH
    for start in range(0, len(order), batch):
        for row in frame[order.slice(start, batch)].iter_rows(named=True):
            if extend is not None:
                extend(row)
            yield row


def sort_keys(frame, key: Sequence[tuple], vocab: "Vocabulary | None") -> list:
    """Polars expressions, one or more per part of `key`, that sort as the Python key would (see SheetRows)."""
    import polars as pl

    def column(name: str):
        return pl.col(name) if name in frame.columns else pl.lit(None, dtype=pl.String)

    def text(name: str):  # _s: "" for None, else the value as text
        col = column(name)
        if name in frame.columns and frame.schema[name] != pl.String:
            col = col.cast(pl.String)
        return col.fill_null("")

    exprs = []
    for kind, *names in key:
        if kind == "text":
            exprs.append(text(names[0]))
        elif kind == "rank":
            assert vocab is not None
            ident = text(names[0])
            exprs.append(pl.when(ident.is_in(list(vocab.headline))).then(0).when(ident.is_in(list(vocab.order))).then(1)
                         .otherwise(2))
            exprs.append(ident.replace_strict(vocab.order, default=len(vocab.order), return_dtype=pl.Int64))
            exprs.append(text(names[1]))
        elif kind == "measure":
            exprs.append(text(names[0]).replace_strict(MEASURE_ORDER, default=99, return_dtype=pl.Int64))
        elif kind == "period":
            # _period_key is Python's (str.isdigit, int of the year): the distinct periods are few, so each is
            # placed by it in Python and the column sorts by that place
            values = frame.get_column(names[0]).unique().to_list() if names[0] in frame.columns else [None]
            order = {k: i for i, k in enumerate(sorted({_period_key(v) for v in values}))}
            place = {v: order[_period_key(v)] for v in values}  # None and "" are one place, as in _period_key
            ranked = [v for v in place if v is not None]
            exprs.append(column(names[0]).replace_strict(ranked, [place[v] for v in ranked], default=None,
                                                         return_dtype=pl.Int64).fill_null(place.get(None, -1)))
        elif kind == "int":
            name, default = names
            whole = name in frame.columns and frame.schema[name].is_integer()
            exprs.append(pl.col(name).fill_null(default) if whole else pl.lit(default, dtype=pl.Int64))
        else:
            raise ValueError(f"unknown sort key part {kind!r}")
    return exprs


def _diff_unit(unit: Any) -> str:
    # A difference of two rates is in percentage points: no "%" suffix on it.
    return "个百分点" if unit == "%" else _s(unit)


def _gap_unit(r: dict) -> None:
    # compare names the gap's unit (个百分点 for rates); older tables leave it to the target's
    r["_gap_unit"] = r.get("gap_unit") or _diff_unit(r.get("target_unit"))


def _unit_difference(column: str) -> Callable[[dict], None]:
    def extend(r: dict) -> None:
        r["_diff_unit"] = _diff_unit(r.get(column))

    return extend


_RANK = ("rank", "indicator_id", "indicator")


def attainment_rows(frame, vocab: Vocabulary) -> SheetRows:
    return SheetRows(frame, [("text", "region_code"), ("text", "region"), _RANK, ("measure", "measure"), ("period", "period"),
                             ("text", "target_doc"), ("text", "target_evidence"), ("text", "actual_doc")], vocab, _gap_unit)


def across_rows(frame, vocab: Vocabulary) -> SheetRows:
    return SheetRows(frame, [_RANK, ("measure", "measure"), ("period", "period"), ("text", "kind"), ("text", "parent_code"),
                             ("int", "sibling_rank", 10**9), ("text", "region_code"), ("text", "doc_id"), ("text", "evidence")],
                     vocab, _unit_difference("unit"))


def series_rows(frame, vocab: Vocabulary) -> SheetRows:
    return SheetRows(frame, [("text", "region_code"), ("text", "region"), _RANK, ("measure", "measure"), ("text", "unit"),
                             ("period", "period"), ("text", "target_doc"), ("text", "actual_doc")], vocab,
                     _unit_difference("unit"))


def conflict_rows(frame, vocab: Vocabulary) -> SheetRows:
    return SheetRows(frame, [("text", "region_code"), _RANK, ("measure", "measure"), ("period", "period"), ("text", "kind"),
                             ("text", "doc_a"), ("text", "evidence_a"), ("text", "doc_b"), ("text", "evidence_b")], vocab,
                     _unit_difference("unit_a"))


def headline(table, vocab: Vocabulary):
    """The rows of a table (DataFrame or LazyFrame) about headline indicators, as a DataFrame; None for None."""
    import polars as pl

    from govreport.report import collect

    if table is None:
        return None
    lazy = table.lazy()
    if "indicator_id" not in lazy.collect_schema().names():
        return collect(lazy.head(0))
    return collect(lazy.filter(pl.col("indicator_id").cast(pl.String).fill_null("").is_in(list(vocab.headline))))


def figures_order(frame):
    """The places of the indicators table's rows in reading order (by source file, document, position in
    the text), as a polars Series of row numbers: the table itself is not copied to sort it."""
    import polars as pl

    keys = [c for c in ("source", "doc_id", "start", "end", "indicator", "measure", "period", "kind") if c in frame.columns]
    if not keys:
        return pl.Series("_place", range(frame.height), dtype=pl.UInt32)
    return (frame.select(keys).with_row_index("_place").sort(keys, nulls_last=True, maintain_order=True)
            .get_column("_place"))


def figure_rows(frame, order, titles: Mapping[str, str]) -> Iterator[dict]:
    """Stream the indicators table in `order`, adding each figure's document title."""
    for row in gathered_rows(frame, order):
        row["doc_title"] = titles.get(_s(row.get("doc_id")))
        yield row


def document_rows(frame) -> SheetRows:
    return SheetRows(frame, [("text", "region_code"), ("int", "year", 0), ("text", "source"), ("int", "part", 0), ("text", "doc_id")],
                     drop=("text",))


# ---------------------------------------------------------------- panel


@dataclass(frozen=True)
class Fact:
    """One cell of the panel: a government's target and actual for an indicator in a period, in one unit."""

    region: str
    region_code: str
    indicator: str
    indicator_id: str
    measure: str
    unit: str
    period: str
    target: float | None
    target_hi: float | None
    actual: float | None


_num = finite


def panel_facts(series=None, attainment=None, *, vocab: Vocabulary) -> list[Fact]:
    """Headline facts from the series table, else from attainment (an actual only beside a target in its unit)."""
    facts: list[Fact] = []
    if series is not None and series.height:
        for r in series.iter_rows(named=True):
            if _s(r.get("indicator_id")) not in vocab.headline:
                continue
            facts.append(Fact(_s(r.get("region")), _s(r.get("region_code")), _s(r.get("indicator")), _s(r.get("indicator_id")),
                              _s(r.get("measure")), _s(r.get("unit")), _s(r.get("period")),
                              _num(r.get("target_value")), _num(r.get("target_value_hi")), _num(r.get("actual_value"))))
    elif attainment is not None and attainment.height:
        for r in attainment.iter_rows(named=True):
            if _s(r.get("indicator_id")) not in vocab.headline:
                continue
            unit = _s(r.get("target_unit"))
            same_unit = _s(r.get("actual_unit")) in ("", unit)
            facts.append(Fact(_s(r.get("region")), _s(r.get("region_code")), _s(r.get("indicator")), _s(r.get("indicator_id")),
                              _s(r.get("measure")), unit, _s(r.get("period")),
                              _num(r.get("target_value")), _num(r.get("target_value_hi")),
                              _num(r.get("actual_value")) if same_unit else None))
    return facts


def _fmt_number(v: float) -> str:
    return f"{v:g}" if abs(v) < 1e15 else repr(v)


def _cell_value(values: set, ranged: set) -> Any:
    """One panel cell: the number, a range as text (7-8), or every value when documents disagree (5 / 5.5)."""
    if not ranged and len(values) == 1:
        return next(iter(values))
    if not values and not ranged:
        return None
    parts = sorted({_fmt_number(v) for v in values} | {f"{_fmt_number(lo)}-{_fmt_number(hi)}" for lo, hi in ranged})
    return " / ".join(parts)


def panel_table(facts: list[Fact], vocab: Vocabulary, lang: str) -> tuple[SheetSpec, list[dict]]:
    """Indicators × governments as rows, periods as columns (target and actual side by side)."""
    periods = sorted({f.period for f in facts if f.period}, key=_period_key)
    cells: dict[tuple, dict[str, tuple[set, set, set]]] = {}
    for f in facts:
        key = (vocab.rank(f.indicator_id, f.indicator), MEASURE_ORDER.get(f.measure, 99), f.measure, f.unit, f.region_code, f.region,
               f.indicator, f.indicator_id)
        slot = cells.setdefault(key, {}).setdefault(f.period, (set(), set(), set()))
        if f.target is not None:
            if f.target_hi is not None and f.target_hi != f.target:
                slot[1].add((f.target, f.target_hi))
            else:
                slot[0].add(f.target)
        if f.actual is not None:
            slot[2].add(f.actual)
    target_word, actual_word = ("目标", "实际") if lang == "zh" else ("target", "actual")
    columns = [
        _INDICATOR,
        _MEASURE,
        _UNIT,
        *_REGION,
    ]
    for p in periods:
        columns.append(Column(f"t:{p}", f"{p} {target_word}", f"{p} {target_word}", "number", unit_key="unit", max_width=14))
        columns.append(Column(f"a:{p}", f"{p} {actual_word}", f"{p} {actual_word}", "number", unit_key="unit", max_width=14))
    columns.append(_INDICATOR_ID)
    rows = []
    for key in sorted(cells, key=lambda k: (k[0], k[1], k[2], k[3], k[4], k[5])):
        _, _, measure, unit, code, region, indicator, ident = key
        row: dict[str, Any] = {"indicator": indicator, "measure": measure, "unit": unit, "region": region,
                               "region_code": code, "indicator_id": ident}
        for period, (targets, ranges, actuals) in cells[key].items():
            row[f"t:{period}"] = _cell_value(targets, ranges)
            row[f"a:{period}"] = _cell_value(actuals, set())
        rows.append(row)
    spec = SheetSpec("指标面板", "Panel", "Panel", columns)
    return spec, rows


def about_rows(*, lang: str, version: str, command: str, inputs: list[tuple[str, str, int]], documents: Sequence[dict],
               counts: Mapping[str, int], charts: int, charts_omitted: int, sheet_names: Mapping[str, str]) -> list[dict]:
    zh = lang == "zh"
    n_docs = len(documents)
    rows: list[dict] = []

    def add(item_zh: str, item_en: str, content_zh: str, content_en: str) -> None:
        rows.append({"item": item_zh if zh else item_en, "content": content_zh if zh else content_en})

    add("本工作簿", "This workbook",
        f"govreport 从 {n_docs} 份文档中提取的数字:目标与实际完成情况、指标面板、地区对比、历年变化、数字冲突、全部数字及其原文、文档清单和图表。"
        "每个数字都能追溯到文档(文档ID)和原文句子。",
        f"Figures govreport extracted from {n_docs} document(s): targets against actuals, a panel, governments compared, "
        "the years compared, conflicting figures, every figure with its evidence, the documents, and charts. "
        "Every figure traces to a document (document id) and the sentence that states it.")
    add("工具版本", "Toolkit version", f"govreport {version}", f"govreport {version}")
    add("生成命令", "Command", command, command)
    from govreport.io import shown_path

    for path, kind, n in inputs:
        path = shown_path(path)
        add("输入表", "Input table", f"{path}({kind},{n} 行)", f"{path} ({kind}, {n} rows)")
    shown = documents[:200]
    for d in shown:
        desc = " ".join(x for x in (_s(d.get("region")), _s(d.get("year") or ""), _s(d.get("title"))) if x)
        add("文档", "Document", f"{desc}  [{_s(d.get('doc_id'))}] {_s(d.get('source'))}",
            f"{desc}  [{_s(d.get('doc_id'))}] {_s(d.get('source'))}")
    if n_docs > len(shown):
        add("文档", "Document", f"……另有 {n_docs - len(shown)} 份,见「{sheet_names['documents']}」表",
            f"... {n_docs - len(shown)} more in the '{sheet_names['documents']}' sheet")
    if not documents:
        add("文档", "Document", "未提供文档表(docs.parquet):文档清单为空。", "No documents table was given: the document list is empty.")
    s = sheet_names
    add(f"表:{s['attainment']}", f"Sheet: {s['attainment']}",
        f"每个目标一行,与之后报告的实际值并列。差距 = 实际值 − 目标值(目标单位;百分比的差为百分点;区间目标从较近一端算起,区间内为 0),带正负号。"
        f"达成条件是 compare 认可的实际值范围(含“左右”的容差)。状态:绿色=达成,红色=未达成,灰色=尚无实际值,黄色=文档之间数字冲突。目标原文、实际原文是文档中的原句;目标文档/实际文档是「{s['documents']}」表中的文档ID。"
        f"共 {counts.get('attainment', 0)} 行。",
        f"One row per target beside the actual reported later. Gap = actual − target (in the target's unit; percentage "
        f"points for rates; for a range from the nearer end, 0 inside), signed. 'Met if' gives the actuals compare "
        f"accepts (with the tolerance of 'about'). Status: green = met, red = missed, grey = no actual yet, yellow = documents disagree. "
        f"The evidence columns quote the documents; the document columns are ids in the '{s['documents']}' sheet. "
        f"{counts.get('attainment', 0)} rows.")
    add(f"表:{s['panel']}", f"Sheet: {s['panel']}",
        "主要指标(指标表中 headline=yes)每个政府一行,年份为列,目标与实际并排。区间目标写作“7-8”;文档之间不一致时列出全部数值,用“/”分隔。用“指标”列筛选一个指标。",
        "Headline indicators, one row per government, years as columns, target and actual side by side. A range "
        "target reads '7-8'; when documents disagree all values are listed, separated by '/'. Filter the indicator column "
        "to see one indicator.")
    add(f"表:{s['charts']}", f"Sheet: {s['charts']}",
        f"图表用的数据(左)和 Excel 原生图表(右):每个主要指标的目标与实际逐年对比,以及各政府之间的对比。共 {charts} 张图"
        + (f",另有 {charts_omitted} 张因数量上限未画" if charts_omitted else "") + "。请勿排序此表,图表引用其单元格。",
        f"The charts' data (left) and native Excel charts (right): target against actual over the years for each headline "
        f"indicator, and governments side by side. {charts} chart(s)"
        + (f"; {charts_omitted} more not drawn (chart limit)" if charts_omitted else "")
        + ". Do not sort this sheet: the charts point at its cells.")
    add(f"表:{s['across']}", f"Sheet: {s['across']}",
        "每个政府的数字与其上级政府的同一数字并列;“较上级(放大)”= 本级 − 上级(百分比为百分点),正数表示本级目标或实际高于上级。同级排名:1 为同一上级下最高。"
        f"共 {counts.get('across', 0)} 行。",
        "Each government's figure beside its parent government's; 'vs parent (amplification)' = own − parent "
        "(percentage points for rates), positive when the government sets or reaches more than its parent. Rank among "
        f"siblings: 1 = highest under the same parent. {counts.get('across', 0)} rows.")
    add(f"表:{s['series']}", f"Sheet: {s['series']}",
        f"每个政府、指标、年份一行:当年目标、实际、目标较上年的变化、是否沿用上年目标。共 {counts.get('series', 0)} 行。",
        f"One row per government, indicator and year: the target, the actual, the change of target from the year before, "
        f"and whether the target was carried over. {counts.get('series', 0)} rows.")
    add(f"表:{s['conflicts']}", f"Sheet: {s['conflicts']}",
        f"同一事实在不同文档(或同一文档不同处)写成不同数字:A 与 B 两处原文并列。每个取值与它之前最近的一个矛盾取值并列一行(同一数字多处重复只算一个取值);"
        f"取值个数很多而且同一文档,多半是提取时未能区分的一串不同项目。共 {counts.get('conflicts', 0)} 行。",
        f"One fact stated with different values in two places; both quotations side by side. Each value sits beside the "
        f"latest earlier value it contradicts (a value restated in several places counts once); many distinct values in "
        f"one document are usually a list the extraction could not tell apart. {counts.get('conflicts', 0)} rows.")
    add(f"表:{s['figures']}", f"Sheet: {s['figures']}",
        f"提取出的每一个数字,带来源文档、原文和字符位置(起、止为清洗后文本中的位置)。共 {counts.get('figures', 0)} 行,可筛选。",
        f"Every extracted figure with its document, evidence and character offsets (start, end in the cleaned text). "
        f"{counts.get('figures', 0)} rows, filterable.")
    add(f"表:{s['documents']}", f"Sheet: {s['documents']}",
        f"每份文档一行:地区及区划代码、年份、类型、日期、来源文件、编码、字数和清洗时做过的修复。共 {counts.get('documents', 0)} 行。",
        f"One row per document: government and division code, year, type, date, source file, encoding, length and the "
        f"repairs made while cleaning. {counts.get('documents', 0)} rows.")
    add("数字与格式", "Numbers",
        "数值按原文单位写入(582.4 亿元写作 582.4,单位列为 亿元);百分比显示一位小数,亿元两位,但从不少于原文的小数位。所有单元格都是数值或文本,没有公式。",
        "Values are written in the unit of the text (582.4 亿元 is 582.4 with unit 亿元); rates show one decimal, 亿元 two, "
        "never fewer than the text gives. Every cell is a value or text: there are no formulas.")
    return rows
