"""Native Excel charts (not pictures) for the headline indicators.

Two kinds, both drawn from one data table on the charts sheet so a chart's
numbers can be read and checked beside it:

- over the years: one government's target and actual for one indicator,
  measure and unit, year by year (needs two years or more);
- across governments: every government's target and actual for one
  indicator, measure and unit in the latest period two or more governments
  report.

Figures in different units are never drawn on one axis, and a range target
(7-8) is left out of a chart rather than drawn as a number the document does
not give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govreport.report import labels
from govreport.report.excel import Column, SheetSpec
from govreport.report.sheets import MEASURE_ORDER, Fact, Vocabulary, _period_key

MAX_CHARTS = 60  # a workbook with hundreds of charts opens slowly and nobody reads them all
CHART_ROWS = 16  # height of one chart in sheet rows
DATA_COLUMNS = 6  # 图号 图表 类别 目标 实际 单位
FIRST_CHART_COLUMN = "H"
SECOND_CHART_COLUMN = "R"


@dataclass
class ChartPlan:
    number: int
    kind: str  # years / governments
    title: str
    unit: str
    category_title: str
    rows: list[dict] = field(default_factory=list)  # category, target, actual


def _single(values: set) -> float | None:
    """The one value documents agree on, or None (disagreement is not drawn)."""
    return next(iter(values)) if len(values) == 1 else None


def plan_charts(facts: list[Fact], vocab: Vocabulary, lang: str) -> tuple[list[ChartPlan], int]:
    """The charts to draw, in a stable order, and how many were left out by MAX_CHARTS."""
    zh = lang == "zh"
    measure = labels.MEASURE[lang]
    # (indicator key, measure, unit, region) -> period -> (targets, actuals)
    cells: dict[tuple, dict[str, tuple[set, set]]] = {}
    names: dict[tuple, tuple[str, str]] = {}
    for f in facts:
        if f.measure == "rank":  # a place in a ranking has no axis worth drawing (and 1 is the best)
            continue
        key = (vocab.rank(f.indicator_id, f.indicator), MEASURE_ORDER.get(f.measure, 99), f.measure, f.unit)
        names[key] = (f.indicator, f.indicator_id)
        slot = cells.setdefault(key + (f.region_code, f.region), {}).setdefault(f.period, (set(), set()))
        if f.target is not None and (f.target_hi is None or f.target_hi == f.target):
            slot[0].add(f.target)
        if f.actual is not None:
            slot[1].add(f.actual)

    years: list[ChartPlan] = []
    across: list[ChartPlan] = []
    by_indicator: dict[tuple, list[tuple]] = {}
    for key in sorted(cells):
        by_indicator.setdefault(key[:4], []).append(key)
    for ind_key in sorted(by_indicator):
        indicator, _ = names[ind_key]
        m, unit = ind_key[2], ind_key[3]
        label = f"{indicator} {measure.get(m, m)}" + (f"({unit})" if unit and zh else f" ({unit})" if unit else "")
        for key in by_indicator[ind_key]:
            region = key[5]
            points = []
            for period in sorted(cells[key], key=_period_key):
                if not period.isdigit():
                    continue
                target, actual = _single(cells[key][period][0]), _single(cells[key][period][1])
                if target is not None or actual is not None:
                    points.append({"category": period, "target": target, "actual": actual})
            if len(points) >= 2:
                years.append(ChartPlan(0, "years", f"{region} {label}", unit, "年份" if zh else "year", points))
        # governments side by side, in the latest period at least two of them report
        periods: dict[str, list[dict]] = {}
        for key in by_indicator[ind_key]:
            for period, (targets, actuals) in cells[key].items():
                target, actual = _single(targets), _single(actuals)
                if target is not None or actual is not None:
                    periods.setdefault(period, []).append(
                        {"category": key[5] or key[4], "code": key[4], "target": target, "actual": actual})
        shared = [p for p, rows in periods.items() if len({r["code"] for r in rows}) >= 2]
        if shared:
            period = max(shared, key=_period_key)
            rows = sorted(periods[period], key=lambda r: (r["code"], r["category"]))
            across.append(ChartPlan(0, "governments", f"{label} {period}" + (" 各政府" if zh else ", by government"), unit,
                                    "政府" if zh else "government", rows))
    # Across-government charts first: they are few and compare the most.
    plans = across + years
    omitted = max(0, len(plans) - MAX_CHARTS)
    plans = plans[:MAX_CHARTS]
    for i, plan in enumerate(plans, 1):
        plan.number = i
    return plans, omitted


CHART_DATA_SHEET = SheetSpec(
    "图表", "Charts", "ChartData",
    [
        Column("chart", "图号", "chart", "int"),
        Column("title", "图表", "chart title", max_width=36),
        Column("category", "类别", "category", max_width=16),
        Column("target", "目标", "target", "number", unit_key="unit"),
        Column("actual", "实际", "actual", "number", unit_key="unit"),
        Column("unit", "单位", "unit", max_width=10),
    ],
)


def chart_data_rows(plans: list[ChartPlan]) -> list[dict[str, Any]]:
    rows = []
    for plan in plans:
        for point in plan.rows:
            rows.append({"chart": plan.number, "title": plan.title, "category": point["category"],
                         "target": point["target"], "actual": point["actual"], "unit": plan.unit})
    return rows


def add_charts(ws, plans: list[ChartPlan], lang: str) -> None:
    """Draw each plan from its rows of the data table (which starts at row 2), two charts abreast."""
    from openpyxl.chart import BarChart, LineChart, Reference, Series
    from openpyxl.chart.series import SeriesLabel

    target_word, actual_word = ("目标", "实际") if lang == "zh" else ("target", "actual")
    first = 2
    for i, plan in enumerate(plans):
        last = first + len(plan.rows) - 1
        if plan.kind == "years":
            chart = LineChart()
        else:
            chart = BarChart()
            chart.type = "col"
            chart.grouping = "clustered"
        chart.title = plan.title
        chart.y_axis.title = plan.unit or None
        chart.x_axis.title = plan.category_title
        # openpyxl >= 3.1 hides axes unless told otherwise.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.display_blanks = "gap"
        chart.height, chart.width = 7.5, 15
        values = [p[k] for p in plan.rows for k in ("target", "actual") if p[k] is not None]
        if plan.kind == "governments" and values and min(values) >= 0:
            chart.y_axis.scaling.min = 0  # bars cut off above zero exaggerate differences
        for col, word, key in ((4, target_word, "target"), (5, actual_word, "actual")):
            if all(p[key] is None for p in plan.rows):
                continue
            series = Series(Reference(ws, min_col=col, min_row=first, max_row=last), title=None)
            series.tx = SeriesLabel(v=word)
            if plan.kind == "years":
                series.marker.symbol = "circle"
                series.smooth = False
                if key == "target":
                    series.graphicalProperties.line.dashStyle = "dash"
            chart.series.append(series)
        chart.set_categories(Reference(ws, min_col=3, min_row=first, max_row=last))
        column = FIRST_CHART_COLUMN if i % 2 == 0 else SECOND_CHART_COLUMN
        ws.add_chart(chart, f"{column}{1 + (i // 2) * CHART_ROWS}")
        first = last + 1
