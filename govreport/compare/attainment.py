"""Target attainment: each target beside the actual that a later document reports for it.

The rules (docs/compare.md explains them for analysts):

- Which actual. Actuals for the same government, indicator, measure, period
  (and rank scope) in a unit convertible to the target's. Preferred, in turn:
  a final figure from another document; an estimate (预计) from another
  document; a figure from the target's own document (a report rarely states a
  target and its result, so this is used only when nothing else exists).
  Within that choice a statistical communiqué comes first, then the earliest
  document (the next year's report is the first to tell the result).
- When met. The target allows an interval of actuals, from its bound and the
  indicator's better direction (`direction` in govreport/data/indicators.csv):
    ge 以上 -> at least the value; le 以内 -> at most;
    eq (增长8%) -> at least, or at most for a lower-better indicator (CPI,
       失业率, 能耗, ranks), or within the tolerance when no direction is better;
    about 左右 -> within the tolerance, and anything beyond in the better direction;
    range 7%—8% -> within the range, and anything beyond in the better direction.
  Tolerance: `tolerance` percentage points for rates (default 0.5), a relative
  `level_tolerance` of the target for amounts (default 1%), none for ranks.
  An actual stated as a bound (突破2万家, 4.4%以内) is an interval too: met when
  all of it is acceptable, missed when none of it is, otherwise not enough to
  judge (status no_actual, with a note).
- Conflicting. When the preferred documents give different actuals (after unit
  conversion) that lead to different verdicts. Different actuals with the same
  verdict keep that verdict; `actual_alternatives` lists the other values and
  the conflicts table shows both sources.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from govreport.compare import units
from govreport.compare.figures import (
    INF,
    Figure,
    Vocabulary,
    count_side,
    phrase_key,
    phrase_verbs,
    reviews_several_years,
    direction_of,
    fmt,
    group,
    period_kind,
    prepare,
    stated_interval,
    text,
    tolerance_for,
    vocabulary,
)
from govreport.schema import ATTAINMENT

DEFAULT_TOLERANCE = 0.5  # percentage points, for rates
DEFAULT_LEVEL_TOLERANCE = 0.01  # relative, for amounts

# Columns beyond the ATTAINMENT contract, in this order, so analysts can filter and cite.
EXTRA: dict[str, str] = {
    "period_kind": "str",  # year / plan_end / span
    "target_qualifier": "str",
    "target_source": "str",
    "target_doc_year": "int",
    "target_doc_type": "str",
    "target_start": "int",
    "target_end": "int",
    "actual_value_hi": "float",
    "actual_bound": "str",
    "actual_estimated": "bool",
    "actual_same_document": "bool",
    "actual_in_target_unit": "float",
    "actual_qualifier": "str",
    "actual_source": "str",
    "actual_doc_year": "int",
    "actual_doc_type": "str",
    "actual_start": "int",
    "actual_end": "int",
    "actual_alternatives": "str",  # other values the preferred documents give, in the target's unit
    "n_actuals": "int",
    "direction": "str",  # higher / lower / none: which way is better for this figure
    "tolerance": "float",  # the slack of "about", in the target's unit
    "met_if": "str",  # the acceptable actuals, e.g. ">= 5.5", "<= 3.5", "4.5 to 5.5"
    "gap_unit": "str",
    "note": "str",
}
COLUMNS: dict[str, str] = {**ATTAINMENT, **EXTRA}


def attainment(
    frame,
    tolerance: float = DEFAULT_TOLERANCE,
    *,
    level_tolerance: float = DEFAULT_LEVEL_TOLERANCE,
    indicators_file: Path | None = None,
):
    """One row per target figure, with the actual reported for it and whether the target was met."""
    from govreport.io import frame_from_rows

    if tolerance < 0 or level_tolerance < 0:
        from govreport.errors import UsageError

        raise UsageError("tolerances cannot be negative")
    rows = [row for _, row in attainment_of(prepare(frame), tolerance, level_tolerance, indicators_file)]
    return frame_from_rows(rows, COLUMNS).select(list(COLUMNS))


def attainment_of(figures: list[Figure], tolerance: float, level_tolerance: float,
                  indicators_file: Path | None = None) -> list[tuple[Figure, dict[str, Any]]]:
    """Each target of `figures` (as `prepare` gives them) with its row of the attainment table, in target order."""
    vocab = vocabulary(indicators_file)
    actuals = group((f for f in figures if f.kind == "actual"), by_kind=False)
    # A goal named by a free phrase finds its result said another way (推进农民相对集中居住 -> 推动…) only when no
    # result has its own name: the phrase without its words of doing (data/phrase_verbs.csv) is then the key.
    by_phrase: dict[tuple, list[Figure]] = {}
    for f in figures:
        if f.kind == "actual" and _is_phrase(f) and not reviews_several_years(f) and (key := phrase_key(f.ind)):
            by_phrase.setdefault((f.gov, key, f.measure, f.period, f.scope), []).append(f)

    def actuals_of(t: Figure) -> list[Figure]:
        found = [a for a in actuals.get(t.key, []) if not _flow_of_several_years(a)]
        if not found and _is_phrase(t) and (key := phrase_key(t.ind)):
            found = by_phrase.get((t.gov, key, t.measure, t.period, t.scope), [])
        return found

    return [(t, _row(t, actuals_of(t), vocab, tolerance, level_tolerance)) for t in figures if t.kind == "target"]


def _flow_of_several_years(fig: Figure) -> bool:
    """A free phrase of things done (完成…, 新增…, 新建…) in a review of several years naming no year: 上海市 2023's
    过去五年工作回顾 新增森林30.1万亩、绿地5917公顷 or 完成801.6公里架空线入地 are five years' work, not 2022's."""
    return _is_phrase(fig) and reviews_several_years(fig) and (
        count_side(fig) == "new" or any(fig.ind.startswith(w) and len(fig.ind) > len(w) for w in phrase_verbs()[0]))


def _is_phrase(fig: Figure) -> bool:
    """A figure named by a free phrase: no vocabulary indicator (its id) says what it counts."""
    return not text(fig.row.get("indicator_id"))


# ---------------------------------------------------------------- choosing the actual


def _tier(target: Figure, actual: Figure) -> int:
    same = actual.doc == target.doc
    return (2 if same else 0) + (1 if actual.estimated else 0)


def _preference(actual: Figure) -> tuple:
    return (actual.doc_type != "statistical_communique",) + actual.order


def choose(target: Figure, actuals: list[Figure]) -> tuple[list[Figure], str]:
    """The actuals to judge the target by (best first), or none with the reason."""
    any_unit = target.value is None and not target.unit  # a qualitative target may carry no unit
    usable = [a for a in actuals if a.value is not None and (any_unit or units.comparable(a.unit, target.unit))]
    # A goal of new firms (新增…5家) is not judged by the total standing (…达到92家), nor the other way round.
    side = count_side(target)
    if side:
        same_side = [a for a in usable if count_side(a) in ("", side)]
        if usable and not same_side:
            other = "a total" if side == "new" else "new ones"
            return [], f"actual only as {other} (target counts {'new ones' if side == 'new' else 'a total'})"
        usable = same_side
    if not usable:
        other = sorted({a.unit for a in actuals if a.value is not None})
        return [], (f"actual only in {', '.join(other)}" if other else "")
    # A figure with the target's own qualifier (扣除留抵退税因素后 ...) is the same fact; others only if none is.
    same_qualifier = [a for a in usable if a.qualifier == target.qualifier]
    usable = same_qualifier or usable
    best = min(_tier(target, a) for a in usable)
    chosen = sorted((a for a in usable if _tier(target, a) == best), key=_preference)
    return chosen, ""


# ---------------------------------------------------------------- judging


def acceptable(target: Figure, direction: str, slack: float) -> tuple[float, float]:
    """The actuals that meet the target, in the target's unit."""
    v = target.value if target.value is not None else math.nan
    if target.bound == "ge":
        return (v, INF)
    if target.bound == "le":
        return (-INF, v)
    if target.bound == "range":
        lo, hi = v, (target.value_hi if target.value_hi is not None else v)
    elif target.bound == "about":
        lo, hi = v - slack, v + slack
    else:  # eq: a plain 增长8% is a floor (a ceiling for lower-better figures) as analysts read it
        lo, hi = (v, v) if direction != "none" else (v - slack, v + slack)
    if direction == "higher":
        hi = INF
    elif direction == "lower":
        lo = -INF
    return (lo, hi)


def verdict(interval: tuple[float, float], actual: tuple[float, float]) -> str:
    """met (all of the actual acceptable), missed (none of it), or undetermined."""
    lo, hi = interval
    a_lo, a_hi = actual
    scale = max([1.0] + [abs(x) for x in (lo, hi, a_lo, a_hi) if math.isfinite(x)])
    eps = 1e-9 * scale
    if a_lo >= lo - eps and a_hi <= hi + eps:
        return "met"
    if a_hi < lo - eps or a_lo > hi + eps:
        return "missed"
    return "undetermined"


def gap(target: Figure, actual: float) -> float:
    """Actual minus target in the target's unit; for a range, from the nearer end (0 inside)."""
    v = target.value or 0.0
    if target.bound == "range" and target.value_hi is not None:
        if actual < v:
            value = actual - v
        elif actual > target.value_hi:
            value = actual - target.value_hi
        else:
            value = 0.0
    else:
        value = actual - v
    return float(f"{value:.10g}")


def met_if(interval: tuple[float, float]) -> str:
    lo, hi = interval
    if math.isinf(lo) and math.isinf(hi):
        return "any"
    if math.isinf(hi):
        return f">= {fmt(lo)}"
    if math.isinf(lo):
        return f"<= {fmt(hi)}"
    return f"{fmt(lo)} to {fmt(hi)}"


def _row(target: Figure, actuals: list[Figure], vocab: Vocabulary, tolerance: float, level_tolerance: float) -> dict[str, Any]:
    r = target.row
    direction, assumed = direction_of(target, vocab)
    row: dict[str, Any] = {
        **target.identity(),
        "level": text(r.get("level")),
        "parent_code": text(r.get("parent_code")),
        "target_value": target.value,
        "target_value_hi": target.value_hi,
        "target_unit": target.unit,
        "target_bound": target.bound,
        "target_hardness": text(r.get("hardness")),
        "target_doc": target.doc,
        "target_evidence": text(r["evidence"]),
        "period_kind": period_kind(target.period, target.doc_year),
        "target_qualifier": target.qualifier,
        "target_source": text(r.get("source")),
        "target_doc_year": target.doc_year,
        "target_doc_type": target.doc_type,
        "target_start": r.get("start"),
        "target_end": r.get("end"),
        "direction": direction,
        "gap_unit": units.gap_unit(target.unit),
    }
    notes = ["direction assumed (indicator not in the vocabulary)"] if assumed else []
    if target.value is None:
        # 收入增长与经济增长基本同步: no number to judge, but the actual is shown for the analyst to judge.
        row["status"] = "qualitative"
        chosen, _ = choose(target, actuals)
        row["n_actuals"] = len(chosen)
        if chosen:
            row.update(_actual_columns(chosen[0], target))
            row["actual_alternatives"] = " / ".join(shown(a, target.unit) for a in chosen[1:] if a.value != chosen[0].value)
        row["note"] = "; ".join(notes)
        return row

    slack = tolerance_for(target.value, target.unit, target.measure, tolerance=tolerance, level_tolerance=level_tolerance)
    interval = acceptable(target, direction, slack)
    row["tolerance"] = slack
    row["met_if"] = met_if(interval)

    chosen, why = choose(target, actuals)
    row["n_actuals"] = len(chosen)
    if not chosen:
        row["status"] = "no_actual"
        row["note"] = "; ".join(notes + ([why] if why else []))
        return row

    # Judge every distinct actual the preferred documents give; the first is the one shown.
    judged: list[tuple[Figure, float, str]] = []
    seen: set[tuple] = set()
    for a in chosen:
        converted = units.convert(a.value, a.unit, target.unit)
        span = stated_interval(a, target.unit, slack=0.0, about=0.0)
        key = (span, a.bound)
        if converted is None or span is None or key in seen:
            continue
        seen.add(key)
        judged.append((a, converted, verdict(interval, span)))
    # An exact figure decides before a bound (突破2万家 beside 2.2万家); the first is the one shown.
    decisive = [j for j in judged if j[2] != "undetermined"]
    best, converted, first_verdict = (decisive or judged)[0]
    verdicts = {v for _, _, v in decisive}
    row.update(_actual_columns(best, target))
    row["actual_in_target_unit"] = converted
    row["actual_alternatives"] = " / ".join(shown(j[0], target.unit) for j in judged if j[0] is not best)
    row["gap"] = gap(target, converted)
    if best.estimated:
        notes.append("actual is an estimate (预计)")
    if best.doc == target.doc:
        notes.append("actual from the target's own document")
    if best.qualifier != target.qualifier:
        notes.append(f"actual stated {best.qualifier or 'without a qualifier'}")
    if len(verdicts) > 1:
        row["status"] = "conflicting"
        notes.append("documents disagree: " + " / ".join(f"{shown(a, target.unit)} {v}" for a, _, v in judged))
    elif verdicts:
        row["status"] = first_verdict
    else:
        row["status"] = "no_actual"
        notes.append(f"actual stated only as {best.bound} {fmt(best.value)} {best.unit}: not enough to judge")
    row["note"] = "; ".join(notes)
    return row


def shown(fig: Figure, unit: str) -> str:
    """A figure in `unit` with its bound: ">=4", "<=4.4", "7-8", "~6"."""
    v = fmt(units.convert(fig.value, fig.unit, unit))
    if fig.bound == "range":
        return f"{v}-{fmt(units.convert(fig.value_hi, fig.unit, unit))}"
    return {"ge": ">=", "le": "<=", "about": "~"}.get(fig.bound, "") + v


def _actual_columns(best: Figure, target: Figure) -> dict[str, Any]:
    a = best.row
    return {
        "actual_value": best.value,
        "actual_value_hi": best.value_hi,
        "actual_unit": best.unit,
        "actual_bound": best.bound,
        "actual_estimated": best.estimated,
        "actual_same_document": best.doc == target.doc,
        "actual_in_target_unit": units.convert(best.value, best.unit, target.unit) if target.unit else None,
        "actual_qualifier": best.qualifier,
        "actual_doc": best.doc,
        "actual_source": text(a.get("source")),
        "actual_doc_year": best.doc_year,
        "actual_doc_type": best.doc_type,
        "actual_evidence": text(a["evidence"]),
        "actual_start": a.get("start"),
        "actual_end": a.get("end"),
    }
