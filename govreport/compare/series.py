"""Across time: per government and indicator, the targets and actuals year by year.

One row per government, indicator, measure (and rank scope), unit kind and
period. The target of a year is the one first stated (normally that year's
report); the actual is chosen as in attainment (a final figure before an
estimate, a communiqué first, then the earliest report). Both are shown in
one unit per series, so 4.32 万亿元 and 43214 亿元 line up.
"""

from __future__ import annotations

from typing import Any

from govreport.compare import units
from govreport.compare.figures import Figure, period_year, prepare, text
from govreport.compare.regions import representative
from govreport.schema import SERIES

EXTRA: dict[str, str] = {
    "level": "str",
    "parent_code": "str",
    "rank_scope": "str",
    "target_hardness": "str",
    "target_evidence": "str",
    "target_source": "str",
    "target_doc_year": "int",
    "previous_target": "float",  # last year's target, in this series' unit
    "actual_bound": "str",
    "actual_estimated": "bool",
    "actual_evidence": "str",
    "actual_source": "str",
    "actual_doc_year": "int",
    "actual_change": "float",  # this year's actual minus last year's
}
COLUMNS: dict[str, str] = {**SERIES, **EXTRA}


def _period_order(period: str) -> tuple:
    year = period_year(period)
    head = period.split("-")[0]
    return (0, year, period) if year is not None else (1, int(head) if head.isdigit() else 0, period)


def series(frame):
    """Targets and actuals by year for each government and indicator, with the change of target from year to year."""
    from govreport.io import frame_from_rows

    return frame_from_rows(series_of(prepare(frame)), COLUMNS).select(list(COLUMNS))


def series_of(figures: list[Figure]) -> list[dict[str, Any]]:
    """The rows of the series table for `figures` (as `prepare` gives them)."""
    by_series: dict[tuple, dict[str, dict[str, list[Figure]]]] = {}
    for f in figures:
        key = (f.gov, f.ind, f.measure, f.scope, units.scale(f.unit).base)
        by_series.setdefault(key, {}).setdefault(f.period, {}).setdefault(f.kind, []).append(f)

    rows: list[dict[str, Any]] = []
    for _, periods in sorted(by_series.items()):
        chosen = {
            period: (min(kinds["target"], key=lambda f: (f.qualifier != "",) + f.order) if kinds.get("target") else None,
                     representative(kinds["actual"]) if kinds.get("actual") else None)
            for period, kinds in periods.items()
        }
        unit = _series_unit(chosen)
        for period in sorted(chosen, key=_period_order):
            target, actual = chosen[period]
            rows.append(_row(period, target, actual, unit, chosen))
    return rows


def _series_unit(chosen: dict[str, tuple[Figure | None, Figure | None]]) -> str:
    """The unit of the latest target, else of the latest actual (the unit the government now writes in)."""
    for slot in (0, 1):
        for period in sorted(chosen, key=_period_order, reverse=True):
            fig = chosen[period][slot]
            if fig is not None and fig.unit:
                return fig.unit
    return ""


def _in(fig: Figure | None, unit: str, hi: bool = False) -> float | None:
    if fig is None:
        return None
    return units.convert(fig.value_hi if hi else fig.value, fig.unit, unit)


def _row(period: str, target: Figure | None, actual: Figure | None, unit: str, chosen) -> dict[str, Any]:
    some = target or actual
    assert some is not None
    r = some.row
    row: dict[str, Any] = {
        **some.identity(period),
        "unit": unit,
        "level": text(r.get("level")),
        "parent_code": text(r.get("parent_code")),
        "rank_scope": some.scope,
    }
    if target is not None:
        row.update({
            "target_value": _in(target, unit),
            "target_value_hi": _in(target, unit, hi=True),
            "target_bound": target.bound,
            "target_doc": target.doc,
            "target_hardness": text(target.row.get("hardness")),
            "target_evidence": text(target.row["evidence"]),
            "target_source": text(target.row.get("source")),
            "target_doc_year": target.doc_year,
        })
    if actual is not None:
        row.update({
            "actual_value": _in(actual, unit),
            "actual_doc": actual.doc,
            "actual_bound": actual.bound,
            "actual_estimated": actual.estimated,
            "actual_evidence": text(actual.row["evidence"]),
            "actual_source": text(actual.row.get("source")),
            "actual_doc_year": actual.doc_year,
        })
    year = period_year(period)
    before = chosen.get(str(year - 1)) if year is not None else None
    if before is not None:
        last_target, last_actual = before
        now, then = _in(target, unit), _in(last_target, unit)
        if now is not None and then is not None:
            row["previous_target"] = then
            row["target_change"] = float(f"{now - then:.10g}")
            row["target_carried_over"] = (
                now == then
                and target.bound == last_target.bound  # type: ignore[union-attr]
                and _in(target, unit, hi=True) == _in(last_target, unit, hi=True)
            )
        now_a, then_a = _in(actual, unit), _in(last_actual, unit)
        if now_a is not None and then_a is not None:
            row["actual_change"] = float(f"{now_a - then_a:.10g}")
    return row
