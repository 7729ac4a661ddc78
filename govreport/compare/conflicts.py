"""Disagreements: one fact (government, indicator, measure, period, kind) stated with different values.

A report and the next year's report often disagree after data revisions, and
an estimate (预计) is often revised: that is information, not an error, so
every such pair is listed with both quotations. Two statements agree when both
can be true: equal numbers, a bound that leaves room (4万亿元以上 and 4.32万亿元),
左右 within the tolerance, or a rounding in another unit (4.32万亿元 and 43214亿元).
Statements with different qualifiers (扣除留抵退税因素后) are different facts.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from govreport.compare import units
from govreport.compare.attainment import DEFAULT_LEVEL_TOLERANCE, DEFAULT_TOLERANCE
from govreport.compare.figures import Figure, agree, prepare, text
from govreport.schema import CONFLICTS

EXTRA: dict[str, str] = {
    "rank_scope": "str",
    "qualifier": "str",
    "value_hi_a": "float",
    "bound_a": "str",
    "estimated_a": "bool",
    "source_a": "str",
    "doc_year_a": "int",
    "doc_type_a": "str",  # statistical_communique (final figures) beside a report's review (preliminary ones)
    "value_hi_b": "float",
    "bound_b": "str",
    "estimated_b": "bool",
    "source_b": "str",
    "doc_year_b": "int",
    "doc_type_b": "str",
    "same_document": "bool",  # both in one document: often two facts the extractor could not tell apart
}
COLUMNS: dict[str, str] = {**CONFLICTS, **EXTRA}


def conflicts(frame, *, tolerance: float = DEFAULT_TOLERANCE, level_tolerance: float = DEFAULT_LEVEL_TOLERANCE):
    """One row per pair of statements of the same fact that cannot both be true; a = the earlier document."""
    from govreport.io import frame_from_rows

    groups: dict[tuple, list[Figure]] = {}
    for f in prepare(frame):
        if f.value is not None:
            groups.setdefault(f.key + (f.kind, f.qualifier), []).append(f)

    rows: list[dict[str, Any]] = []
    for _, figs in sorted(groups.items()):
        distinct: dict[tuple, Figure] = {}
        for f in figs:  # already in document order
            distinct.setdefault((f.doc, f.value, f.value_hi, f.unit, f.bound), f)
        for a, b in combinations(distinct.values(), 2):
            if agree(a, b, tolerance=tolerance, level_tolerance=level_tolerance) is False:
                rows.append(_row(a, b))
    return frame_from_rows(rows, COLUMNS).select(list(COLUMNS))


def _row(a: Figure, b: Figure) -> dict[str, Any]:
    r = a.row
    theirs = units.convert(b.value, b.unit, a.unit)
    return {
        **a.identity(),
        "kind": a.kind,
        "value_a": a.value,
        "unit_a": a.unit,
        "doc_a": a.doc,
        "evidence_a": text(r["evidence"]),
        "value_b": b.value,
        "unit_b": b.unit,
        "doc_b": b.doc,
        "evidence_b": text(b.row["evidence"]),
        "difference": None if theirs is None or a.value is None else float(f"{theirs - a.value:.10g}"),
        "rank_scope": a.scope,
        "qualifier": a.qualifier,
        "value_hi_a": a.value_hi,
        "bound_a": a.bound,
        "estimated_a": a.estimated,
        "source_a": text(r.get("source")),
        "doc_year_a": a.doc_year,
        "doc_type_a": a.doc_type,
        "value_hi_b": b.value_hi,
        "bound_b": b.bound,
        "estimated_b": b.estimated,
        "source_b": text(b.row.get("source")),
        "doc_year_b": b.doc_year,
        "doc_type_b": b.doc_type,
        "same_document": a.doc == b.doc,
    }
